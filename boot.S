# boot.S — where Xen starts the kernel, and the two things kernel.ts cannot say in TypeScript.
#
# Xen's domain builder jumps to _start (the ELF entry point) in 64-bit mode, ring 3, on a one-page
# stack it made, with %rsi holding the virtual address of start_info (docs/xen-abi.md §2.2) and
# every other register zero. We keep %rsi, move to a stack of our own (64 KiB in .bss), and call
# kernel.ts's exported main(startInfoAddress) with the System V calling convention. main never
# returns; if it did, that is a bug, and we say so through kernel.ts's trap().
#
# This file also holds:
#   - hypercall_page: the page Xen fills with one 32-byte stub per hypercall, because our ELF note
#     XEN_ELFNOTE_HYPERCALL_PAGE (xen-elfnote.S) names it. We fill it with `ret` (0xc3) at link time;
#     kernel.ts checks at boot that the first byte is no longer 0xc3, so a missing or ignored note is a
#     clear message instead of a mysterious hang.
#   - __ts_trap: where compiled code goes when it cannot go on with JavaScript's meaning (an integer
#     leaving the exact range, a division by zero, a string index out of range). %rdi holds the
#     address of a message string record; we hand it to kernel.ts's trap(), which logs it and
#     crashes the domain.
# It does not set up interrupts, exceptions or event upcalls: the kernel polls (kernel.ts explains why).

BOOT_STACK_BYTES = 65536

        .section .text.boot, "ax", @progbits
        .globl  _start
        .type   _start, @function
_start:
        cld
        movq    %rsi, %rdi                      # main's argument: start_info's virtual address
        leaq    boot_stack_top(%rip), %rsp      # our own stack, 16-byte aligned at the call
        xorl    %ebp, %ebp                      # end of the frame-pointer chain for debuggers
        call    main
        leaq    main_returned_message(%rip), %rdi
        jmp     __ts_trap
        .size   _start, . - _start

        .globl  __ts_trap
        .type   __ts_trap, @function
__ts_trap:
        andq    $-16, %rsp                      # trap() is an ordinary function: align the stack
        call    trap                            # logs "trap: …" and crashes the domain
1:      ud2                                     # not reached; without a trap table Xen kills the domain
        jmp     1b
        .size   __ts_trap, . - __ts_trap

        .section .rodata.boot, "a", @progbits
        .balign 8
main_returned_message:                          # a string record, as the backend lays them out
        .quad   2f - 1f
1:      .ascii  "boot.S: main returned"
2:

# The hypercall page: one page, page-aligned, executable, filled with `ret` until Xen rewrites it.
        .section .hypercall_page, "ax", @progbits
        .balign 4096
        .globl  hypercall_page
        .type   hypercall_page, @object
hypercall_page:
        .fill   4096, 1, 0xc3
        .size   hypercall_page, 4096

        .section .bss.boot_stack, "aw", @nobits
        .balign 16
boot_stack:
        .skip   BOOT_STACK_BYTES
boot_stack_top:
