# memory.ts compiled by the xen-test-vm backend (backend/); do not edit by hand.
	.file "memory.ts"
	.file 1 "memory.ts"
	.text

# function notify(port, pendingWord), exported
	.globl notify
	.type notify,@function
notify:
	.loc 1 13 1
	# notify: export function notify(port: number, pendingWord: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter port
	movq %rsi, -16(%rbp)	# parameter pendingWord
	.loc 1 14 3
	# notify: store64(SEND_ARGUMENT, port);
	leaq buf.SEND_ARGUMENT(%rip), %rdi	# SEND_ARGUMENT
	movq -8(%rbp), %rax	# port
	movq %rax, (%rdi)	# store64: write the value's low bits at the address in %rdi
	.loc 1 15 3
	# notify: fullBarrier();
	lock orq $0, (%rsp)	# fullBarrier: a locked instruction orders loads after earlier stores
	.loc 1 16 3
	# notify: if (testAndClearBit(pendingWord, port & 63)) return load32(SEND_ARGUM...
	movq -16(%rbp), %rax	# pendingWord
	pushq %rax
	movq -8(%rbp), %rax	# port
	andl $63, %eax	# &
	popq %rdi
	lock btrq %rax, (%rdi)	# testAndClearBit: atomically clear the bit, old value in CF
	setc %al
	movzbl %al, %eax
	testq %rax, %rax
	je .Lelse_1
	.loc 1 16 48
	# notify: return load32(SEND_ARGUMENT);
	leaq buf.SEND_ARGUMENT(%rip), %rax	# SEND_ARGUMENT
	movl (%rax), %eax	# load32: read memory at the address in %rax
	jmp .Lreturn_0
.Lelse_1:
	.loc 1 17 3
	# notify: return hypercall(HYPERVISOR_EVENT_CHANNEL_OP, EVTCHNOP_SEND, SEND_ARG...
	movq $4, %rdi	# EVTCHNOP_SEND
	leaq buf.SEND_ARGUMENT(%rip), %rsi	# SEND_ARGUMENT
	movq $0, %rdx
	movq $0, %r10
	movq $0, %r8
	call hypercall_page+1024
.Lreturn_0:
	leave
	ret
	.size notify, .-notify

	.bss
# static buffers (staticBuffer)
	.balign 8
	.type buf.SEND_ARGUMENT,@object
	.size buf.SEND_ARGUMENT, 8
buf.SEND_ARGUMENT:
	.skip 8

	.section .note.GNU-stack,"",@progbits
