# switch.ts compiled by the xen-test-vm backend (backend/); do not edit by hand.
	.file "switch.ts"
	.file 1 "switch.ts"
	.text

# function isQuiet(code)
	.type fn.isQuiet,@function
fn.isQuiet:
	.loc 1 9 1
	# isQuiet: function isQuiet(code: number): boolean {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter code
	.loc 1 10 3
	# isQuiet: return code !== Command.Crash;
	movq -8(%rbp), %rax	# code
	cmpq $10, %rax	# compare with Command.Crash
	setne %al	# !==
	movzbl %al, %eax
.Lreturn_0:
	leave
	ret
	.size fn.isQuiet, .-fn.isQuiet

# function classify(code), exported
	.globl classify
	.type classify,@function
classify:
	.loc 1 13 1
	# classify: export function classify(code: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 1 local slot(s)
	movq %rdi, -8(%rbp)	# parameter code
	.loc 1 14 3
	# classify: switch (code) {
	movq -8(%rbp), %rax	# code
	cmpq $1, %rax	# case Command.PowerOff
	je .Lcase_3
	cmpq $3, %rax	# case Command.Halt
	je .Lcase_4
	cmpq $2, %rax	# case Command.Reboot
	je .Lcase_6
	jmp .Lcase_5
.Lcase_3:
.Lcase_4:
	.loc 1 17 7
	# classify: return 0;
	movq $0, %rax
	jmp .Lreturn_1
.Lcase_5:
	.loc 1 19 7
	# classify: return isQuiet(code) ? -1 : -2;
	movq -8(%rbp), %rdi	# code
	call fn.isQuiet
	testq %rax, %rax
	je .Lelse_7
	movq $-1, %rax
	jmp .Lendcond_8
.Lelse_7:
	movq $-2, %rax
.Lendcond_8:
	jmp .Lreturn_1
.Lcase_6:
	.loc 1 21 7
	# classify: return 1;
	movq $1, %rax
	jmp .Lreturn_1
.Lendswitch_2:
.Lreturn_1:
	leave
	ret
	.size classify, .-classify

	.section .note.GNU-stack,"",@progbits
