# strings.ts compiled by the xen-test-vm backend (backend/); do not edit by hand.
	.file "strings.ts"
	.file 1 "strings.ts"
	.text

# function print(text), exported
	.globl print
	.type print,@function
print:
	.loc 1 6 1
	# print: export function print(text: string): void {
	pushq %rbp
	movq %rsp, %rbp
	subq $16, %rsp	# 2 local slot(s)
	movq %rdi, -8(%rbp)	# parameter text
	.loc 1 7 3
	# print: for (let i = 0; i < text.length; i++) printChar(text.charCodeAt(i));
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1:
	movq -8(%rbp), %rax	# text
	movq (%rax), %rax	# string length
	movq %rax, %rdi
	movq -16(%rbp), %rax	# i
	cmpq %rdi, %rax
	jge .Lendfor_3
	.loc 1 7 41
	# print: printChar(text.charCodeAt(i));
	movq -8(%rbp), %rax	# text
	movq -16(%rbp), %rdi
	movzbl 8(%rax,%rdi), %eax
	movq %rax, %rdi
	call printChar
.Lfornext_2:
	.loc 1 7 36
	# print: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_4
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1
.Lendfor_3:
.Lreturn_0:
	leave
	ret
.Ltrap_4:
	leaq .Lstring0(%rip), %rdi	# trap: strings.ts:7:36: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size print, .-print

# function greet(), exported
	.globl greet
	.type greet,@function
greet:
	.loc 1 10 1
	# greet: export function greet(): void {
	pushq %rbp
	movq %rsp, %rbp
	.loc 1 11 3
	# greet: print(GREETING);
	leaq .Lstring1(%rip), %rdi	# GREETING
	call print
	.loc 1 12 3
	# greet: print("hello, \"xen\"\n");
	leaq .Lstring1(%rip), %rdi	# "hello, \"xen\"\n"
	call print
.Lreturn_5:
	leave
	ret
	.size greet, .-greet

	.section .rodata
# string records: .quad length, then the bytes
	.balign 8
.Lstring0:	# "strings.ts:7:36: integer result outside the exact range"
	.quad 55
	.ascii "strings.ts:7:36: integer result outside the exact range"
	.balign 8
.Lstring1:	# "hello, \"xen\"\n"
	.quad 13
	.ascii "hello, \"xen\"\012"

	.section .note.GNU-stack,"",@progbits
