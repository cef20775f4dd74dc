# runtime.s — the tiny user-space runtime the differential tests link compiled programs against.
#
# What it does: gives a compiled subset program (which exports `main`) a process to run in on
# x86-64 Linux with no libc: `_start` aligns the stack, calls `main`, then exits with status 0;
# `printInt(n)` writes n as signed 64-bit decimal plus "\n"; `printChar(c)` writes one byte;
# `exit(code)` ends the process with that status; `__ts_trap(record)` writes
# "trap: <message>\n" to stderr and exits with status 70 (the record is the backend's string
# format: a .quad length followed by the bytes).
# Standard output goes through a 64 KiB buffer, flushed when full, at exit and at a trap, so a
# program printing thousands of lines makes a handful of write(2) calls, not one per byte.
#
# What it does not do: no heap, no argv/environment, no floating point, no signals, no stdin.
# It is assembled with `as --64` and linked with `ld`; nothing else from the toolchain is needed.
#
# It also polices the calling convention: design.md requires %rsp to be 16-byte aligned at every
# call, so each entry point checks that (%rsp + 8) is a multiple of 16 and, if not, reports
# "runtime: stack misaligned at a call to <name>" on stderr and exits with status 71. (Nothing
# here would crash on a misaligned stack, so without the check such a bug would go unnoticed.)
#
# Every routine follows the System V AMD64 convention the backend uses (arguments in rdi, rsi,
# rdx…, callee-saved rbx, rbp, r12–r15 preserved); the syscalls only clobber rax, rcx, r11
# and whatever argument registers we load.

        .set SYS_WRITE, 1               # Linux x86-64 syscall numbers (arch/x86/entry/syscalls)
        .set SYS_EXIT_GROUP, 231
        .set STDOUT_FD, 1
        .set STDERR_FD, 2
        .set TRAP_EXIT_STATUS, 70       # the status design.md gives a trapped test program
        .set OUTPUT_BUFFER_BYTES, 65536
        .set MISALIGNED_EXIT_STATUS, 71 # ours: a call reached the runtime with a misaligned stack

        .bss
        .balign 16
output_buffer:
        .skip OUTPUT_BUFFER_BYTES
output_used:                            # bytes currently waiting in output_buffer
        .skip 8

        .section .rodata
misaligned_message:
        .ascii "runtime: stack misaligned at a call to "
        .set MISALIGNED_MESSAGE_BYTES, . - misaligned_message
name_printInt:
        .ascii "printInt\n"
name_printChar:
        .ascii "printChar\n"
name_exit:
        .ascii "exit\n"
name_trap:
        .ascii "__ts_trap\n"
trap_prefix:
        .ascii "trap: "
        .set TRAP_PREFIX_BYTES, . - trap_prefix
newline_byte:
        .ascii "\n"

        .text

# CHECK_ALIGNMENT name, length: at a routine's first instruction (%rsp + 8) must be 16-byte aligned.
        .macro CHECK_ALIGNMENT name, length
        leaq    8(%rsp), %rax
        testq   $15, %rax
        jz      1000f
        leaq    \name(%rip), %rsi
        movl    $\length, %edx
        jmp     stack_misaligned
1000:
        .endm

# _start: the kernel enters here with %rsp pointing at argc (already 16-byte aligned by the ABI,
# but we do not rely on it). main must see a 16-byte aligned stack at its call.
        .globl _start
_start:
        xorl    %ebp, %ebp
        andq    $-16, %rsp
        call    main
        xorl    %edi, %edi
        call    exit                    # never returns

# write_all(rdi = fd, rsi = address, rdx = length): write(2) until everything is out.
# A failed write (negative rax) gives up silently: there is nowhere left to report it.
write_all:
1:      testq   %rdx, %rdx
        jz      2f
        movl    $SYS_WRITE, %eax
        pushq   %rdi
        pushq   %rsi
        pushq   %rdx
        syscall
        popq    %rdx
        popq    %rsi
        popq    %rdi
        testq   %rax, %rax
        jle     2f
        addq    %rax, %rsi
        subq    %rax, %rdx
        jmp     1b
2:      ret

# flush_output: write the buffered standard output and empty the buffer.
flush_output:
        movl    $STDOUT_FD, %edi
        leaq    output_buffer(%rip), %rsi
        movq    output_used(%rip), %rdx
        call    write_all
        movq    $0, output_used(%rip)
        ret

# put_byte(dil = byte): append one byte to the output buffer, flushing first when it is full.
# Preserves rdi's byte across the flush.
put_byte:
        movq    output_used(%rip), %rax
        cmpq    $OUTPUT_BUFFER_BYTES, %rax
        jb      1f
        pushq   %rdi
        subq    $8, %rsp                # keep the stack 16-byte aligned for the call
        call    flush_output
        addq    $8, %rsp
        popq    %rdi
        xorl    %eax, %eax
1:      leaq    output_buffer(%rip), %rcx
        movb    %dil, (%rcx,%rax)
        incq    %rax
        movq    %rax, output_used(%rip)
        ret

# printChar(rdi = c): write the low byte of c.
        .globl printChar
printChar:
        CHECK_ALIGNMENT name_printChar, 10
        subq    $8, %rsp
        call    put_byte
        addq    $8, %rsp
        ret

# printInt(rdi = n): write n in signed decimal followed by "\n". The digits are produced
# backwards into a 32-byte scratch area on the stack (20 digits + sign is the most a 64-bit
# value needs). The magnitude is taken as an unsigned number, so -2^63 prints correctly.
        .globl printInt
printInt:
        CHECK_ALIGNMENT name_printInt, 9
        pushq   %rbx
        subq    $32, %rsp               # scratch; with the push, rsp stays 16-byte aligned
        movq    %rdi, %rax
        movq    %rdi, %r8               # remember the sign
        testq   %rax, %rax
        jns     1f
        negq    %rax                    # unsigned magnitude (also right for -2^63)
1:      leaq    32(%rsp), %rbx          # rbx = one past the end of the scratch area
        movl    $10, %ecx
2:      xorl    %edx, %edx
        divq    %rcx                    # rax = magnitude / 10, rdx = next digit
        addb    $'0', %dl
        decq    %rbx
        movb    %dl, (%rbx)
        testq   %rax, %rax
        jnz     2b
        testq   %r8, %r8
        jns     3f
        decq    %rbx
        movb    $'-', (%rbx)
3:      leaq    32(%rsp), %rax
        cmpq    %rax, %rbx
        je      4f
        movzbl  (%rbx), %edi
        call    put_byte
        incq    %rbx
        jmp     3b
4:      movl    $'\n', %edi
        call    put_byte
        addq    $32, %rsp
        popq    %rbx
        ret

# stack_misaligned(rsi = routine name, rdx = its length): report the broken convention, exit 71.
stack_misaligned:
        andq    $-16, %rsp
        pushq   %rsi
        pushq   %rdx
        call    flush_output
        movl    $STDERR_FD, %edi
        leaq    misaligned_message(%rip), %rsi
        movl    $MISALIGNED_MESSAGE_BYTES, %edx
        call    write_all
        popq    %rdx
        popq    %rsi
        movl    $STDERR_FD, %edi
        call    write_all
        movl    $MISALIGNED_EXIT_STATUS, %edi
        movl    $SYS_EXIT_GROUP, %eax
        syscall
        hlt                             # not reached

# exit(rdi = status): flush standard output and end the process with that status.
        .globl exit
exit:
        CHECK_ALIGNMENT name_exit, 5
        pushq   %rdi
        call    flush_output
        popq    %rdi
        movl    $SYS_EXIT_GROUP, %eax
        syscall
        hlt                             # not reached

# __ts_trap(rdi = address of a string record): the compiled code found a value JavaScript would
# have computed differently (range, division by zero, index). Flush what the program printed so
# far, report "trap: <message>" on stderr, and exit with status 70.
        .globl __ts_trap
__ts_trap:
        CHECK_ALIGNMENT name_trap, 10
        pushq   %rdi
        call    flush_output
        movl    $STDERR_FD, %edi
        leaq    trap_prefix(%rip), %rsi
        movl    $TRAP_PREFIX_BYTES, %edx
        call    write_all
        movq    (%rsp), %rax
        movl    $STDERR_FD, %edi
        leaq    8(%rax), %rsi           # the bytes follow the .quad length
        movq    (%rax), %rdx
        call    write_all
        movl    $STDERR_FD, %edi
        leaq    newline_byte(%rip), %rsi
        movl    $1, %edx
        call    write_all
        movl    $TRAP_EXIT_STATUS, %edi
        movl    $SYS_EXIT_GROUP, %eax
        syscall
        hlt                             # not reached

        .section .note.GNU-stack,"",@progbits
