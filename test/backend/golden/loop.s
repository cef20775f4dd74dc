# loop.ts compiled by the xen-test-vm backend (backend/); do not edit by hand.
	.file "loop.ts"
	.file 1 "loop.ts"
	.text

# function sumOdd(limit), exported
	.globl sumOdd
	.type sumOdd,@function
sumOdd:
	.loc 1 4 1
	# sumOdd: export function sumOdd(limit: number): number {
	pushq %rbp
	movq %rsp, %rbp
	subq $32, %rsp	# 3 local slot(s)
	movq %rdi, -8(%rbp)	# parameter limit
	.loc 1 5 3
	# sumOdd: for (let i = 0; i < limit; i++) {
	movq $0, %rax
	movq %rax, -16(%rbp)	# i
.Lfor_1:
	movq -16(%rbp), %rax	# i
	cmpq -8(%rbp), %rax
	jge .Lendfor_3
	.loc 1 6 5
	# sumOdd: if (i % 2 === 0) continue;
	movq -16(%rbp), %rax	# i
	andq $1, %rax	# % 2 of a non-negative value
	cmpq $0, %rax	# compare with 0
	jne .Lelse_4
	.loc 1 6 22
	# sumOdd: continue;
	jmp .Lfornext_2
.Lelse_4:
	.loc 1 7 5
	# sumOdd: if (i > 100) break;
	movq -16(%rbp), %rax	# i
	cmpq $100, %rax	# compare with 100
	jle .Lelse_5
	.loc 1 7 18
	# sumOdd: break;
	jmp .Lendfor_3
.Lelse_5:
	.loc 1 8 5
	# sumOdd: total += i;
	movq var.total(%rip), %rax	# total
	addq -16(%rbp), %rax	# +
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_6
	movq %rax, var.total(%rip)	# total =
.Lfornext_2:
	.loc 1 5 30
	# sumOdd: i++
	movq -16(%rbp), %rax	# i
	addq $1, %rax	# ++
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_7
	movq %rax, -16(%rbp)	# i =
	jmp .Lfor_1
.Lendfor_3:
	.loc 1 10 3
	# sumOdd: let n = limit;
	movq -8(%rbp), %rax	# limit
	movq %rax, -24(%rbp)	# n
	.loc 1 11 3
	# sumOdd: while (n > 0 && total < 1000) n--;
.Lwhile_8:
	movq -24(%rbp), %rax	# n
	cmpq $0, %rax	# compare with 0
	jle .Lendwhile_9
	movq var.total(%rip), %rax	# total
	cmpq $1000, %rax	# compare with 1000
	jge .Lendwhile_9
	.loc 1 11 33
	# sumOdd: n--;
	movq -24(%rbp), %rax	# n
	subq $1, %rax	# --
	movabsq $9007199254740991, %rcx	# 2^53-1, the exact range
	cmpq %rcx, %rax
	jg .Ltrap_10
	movq %rax, -24(%rbp)	# n =
	jmp .Lwhile_8
.Lendwhile_9:
	.loc 1 12 3
	# sumOdd: return total;
	movq var.total(%rip), %rax	# total
.Lreturn_0:
	leave
	ret
.Ltrap_6:
	leaq .Lstring0(%rip), %rdi	# trap: loop.ts:8:5: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_7:
	leaq .Lstring1(%rip), %rdi	# trap: loop.ts:5:30: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
.Ltrap_10:
	leaq .Lstring2(%rip), %rdi	# trap: loop.ts:11:33: integer result outside the exact range
	andq $-16, %rsp	# align the stack for the call
	call __ts_trap	# never returns
	ud2
	.size sumOdd, .-sumOdd

	.section .rodata
# string records: .quad length, then the bytes
	.balign 8
.Lstring0:	# "loop.ts:8:5: integer result outside the exact range"
	.quad 51
	.ascii "loop.ts:8:5: integer result outside the exact range"
	.balign 8
.Lstring1:	# "loop.ts:5:30: integer result outside the exact range"
	.quad 52
	.ascii "loop.ts:5:30: integer result outside the exact range"
	.balign 8
.Lstring2:	# "loop.ts:11:33: integer result outside the exact range"
	.quad 53
	.ascii "loop.ts:11:33: integer result outside the exact range"

	.data
# module-level lets
	.balign 8
	.type var.total,@object
	.size var.total, 8
var.total:
	.quad 0	# let total = 0

	.section .note.GNU-stack,"",@progbits
