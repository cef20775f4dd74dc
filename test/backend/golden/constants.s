# constants.ts compiled by the xen-test-vm backend (backend/); do not edit by hand.
	.file "constants.ts"
	.file 1 "constants.ts"
	.text

# function pageOf(address), exported
	.globl pageOf
	.type pageOf,@function
pageOf:
	.loc 1 18 1
	# pageOf: export function pageOf(address: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter address
	.loc 1 19 3
	# pageOf: if (verbose) {
	movq var.verbose(%rip), %rax	# verbose
	testq %rax, %rax
	je .Lelse_1
	.loc 1 20 5
	# pageOf: return 0;
	movq $0, %rax
	jmp .Lreturn_0
	jmp .Lendif_2
.Lelse_1:
	.loc 1 21 10
	# pageOf: if (verbose) {
	movq var.verbose(%rip), %rax	# verbose
	testq %rax, %rax
	je .Lelse_3
	.loc 1 22 5
	# pageOf: return verbose ? 1 : 2;
	movq var.verbose(%rip), %rax	# verbose
	testq %rax, %rax
	je .Lelse_4
	movq $1, %rax
	jmp .Lendcond_5
.Lelse_4:
	movq $2, %rax
.Lendcond_5:
	jmp .Lreturn_0
.Lelse_3:
.Lendif_2:
	.loc 1 24 3
	# pageOf: return (address & PAGE_MASK) + HALF_PAGE + TOP + BANNER_LENGTH + name...
	movq -8(%rbp), %rax	# address
	andl $-4096, %eax	# &
	movslq %eax, %rax	# int32 result
	addq $2048, %rax	# +
	addq $2147483647, %rax	# +
	addq $11, %rax	# +
	pushq %rax
	movq var.name(%rip), %rax	# name
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	addq $2, %rax	# +
	pushq %rax
	movq $1, %rax	# CHECK
	testq %rax, %rax
	je .Lelse_6
	movq $1, %rax
	jmp .Lendcond_7
.Lelse_6:
	movq $0, %rax
.Lendcond_7:
	movq %rax, %rdi
	popq %rax
	addq %rdi, %rax	# +
	leaq hypercall_page(%rip), %rdi	# HYPERCALL_PAGE
	addq %rdi, %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_8
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_8
.Lreturn_0:
	leave
	ret
.Ltrap_8:
	leaq .Lstring0(%rip), %rdi	# trap: constants.ts:24:10: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size pageOf, .-pageOf

	.section .rodata
# string records: .quad length, then the bytes
	.balign 8
.Lstring0:	# "constants.ts:24:10: integer result outside the exact range"
	.quad 58
	.ascii "constants.ts:24:10: integer result outside the exact range"
	.balign 8
.Lstring1:	# "xen-test-vm"
	.quad 11
	.ascii "xen-test-vm"

	.data
# module-level lets
	.balign 8
	.type var.name,@object
	.size var.name, 8
var.name:
	.quad .Lstring1	# let name = BANNER
	.balign 8
	.type var.verbose,@object
	.size var.verbose, 8
var.verbose:
	.quad 0	# let verbose = false

	.section .note.GNU-stack,"",@progbits
