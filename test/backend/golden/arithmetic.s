# arithmetic.ts compiled by the xen-test-vm backend (backend/); do not edit by hand.
	.file "arithmetic.ts"
	.file 1 "arithmetic.ts"
	.text

# function mix(a, b), exported
	.globl mix
	.type mix,@function
mix:
	.loc 1 2 1
	# mix: export function mix(a: number, b: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 4 local slot(s)
	movq %rdi, -8(%rbp)	# parameter a
	movq %rsi, -16(%rbp)	# parameter b
	.loc 1 3 3
	# mix: const sum = a + b * 3;
	movq -16(%rbp), %rax	# b
	imulq $3, %rax	# *
	jo .Ltrap_1
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_1
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_1
	movq %rax, %rdi
	movq -8(%rbp), %rax	# a
	addq %rdi, %rax	# +
	jo .Ltrap_2
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_2
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_2
	movq %rax, -24(%rbp)	# sum
	.loc 1 4 3
	# mix: const rest = sum % b;
	movq -24(%rbp), %rax	# sum
	movq -16(%rbp), %rdi
	testq %rdi, %rdi	# divisor 0?
	je .Ltrap_3
	cqo	# % (sign of the dividend, as JS)
	idivq %rdi
	movq %rdx, %rax
	movq %rax, -32(%rbp)	# rest
	.loc 1 5 3
	# mix: return Math.floor(sum / b) - ((a / b) | 0) + rest;
	movq -24(%rbp), %rax	# sum
	movq -16(%rbp), %rdi
	testq %rdi, %rdi	# divisor 0?
	je .Ltrap_5
	cqo	# Math.floor(a / b)
	idivq %rdi	# truncated quotient in %rax, remainder in %rdx
	testq %rdx, %rdx
	je .Lfloored_4
	xorq %rdi, %rdx	# remainder and divisor of different signs?
	jns .Lfloored_4
	subq $1, %rax	# then the floor is one below
.Lfloored_4:
	pushq %rax
	movq -8(%rbp), %rax	# a
	movq -16(%rbp), %rdi
	testq %rdi, %rdi	# divisor 0?
	jne .Ldivide_6
	xorl %eax, %eax	# divisor 0: JS gives NaN or Infinity, and | 0 makes it 0
	jmp .Ldivided_7
.Ldivide_6:
	cqo	# (a / b) | 0
	idivq %rdi	# exact truncated quotient
	movslq %eax, %rax	# ToInt32
.Ldivided_7:
	movq %rax, %rdi
	popq %rax
	subq %rdi, %rax	# -
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_8
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_8
	addq -32(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_8
	negq %rcx
	cmpq %rcx, %rax
	jl .Ltrap_8
.Lreturn_0:
	leave
	ret
.Ltrap_1:
	leaq .Lstring0(%rip), %rdi	# trap: arithmetic.ts:3:19: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_2:
	leaq .Lstring1(%rip), %rdi	# trap: arithmetic.ts:3:15: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_3:
	leaq .Lstring2(%rip), %rdi	# trap: arithmetic.ts:4:16: remainder by zero
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_5:
	leaq .Lstring3(%rip), %rdi	# trap: arithmetic.ts:5:10: division by zero in Math.floor
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_8:
	leaq .Lstring4(%rip), %rdi	# trap: arithmetic.ts:5:10: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size mix, .-mix

	.section .rodata
# string records: .quad length, then the bytes
	.balign 8
.Lstring0:	# "arithmetic.ts:3:19: integer result outside the exact range"
	.quad 58
	.ascii "arithmetic.ts:3:19: integer result outside the exact range"
	.balign 8
.Lstring1:	# "arithmetic.ts:3:15: integer result outside the exact range"
	.quad 58
	.ascii "arithmetic.ts:3:15: integer result outside the exact range"
	.balign 8
.Lstring2:	# "arithmetic.ts:4:16: remainder by zero"
	.quad 37
	.ascii "arithmetic.ts:4:16: remainder by zero"
	.balign 8
.Lstring3:	# "arithmetic.ts:5:10: division by zero in Math.floor"
	.quad 50
	.ascii "arithmetic.ts:5:10: division by zero in Math.floor"
	.balign 8
.Lstring4:	# "arithmetic.ts:5:10: integer result outside the exact range"
	.quad 58
	.ascii "arithmetic.ts:5:10: integer result outside the exact range"

	.section .note.GNU-stack,"",@progbits
