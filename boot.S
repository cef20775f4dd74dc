# boot.S — where Xen starts the kernel, and the few things kernel.ts cannot say in TypeScript.
#
# There are two ways in, one per kind of guest (kernel.ts chapters 3 and 5):
#   - PV: Xen's domain builder jumps to _start (the ELF entry point) in 64-bit mode, ring 3, on a
#     one-page stack it made, with %rsi holding the virtual address of start_info
#     (docs/xen-abi.md §2.2) and every other register zero, and the page tables already built.
#   - PVH: Xen jumps to _start_pvh (the XEN_ELFNOTE_PHYS32_ENTRY note) in 32-bit protected mode
#     with paging off, %ebx holding the physical address of hvm_start_info (docs/xen-abi.md §14).
#     We build what a PV guest is given: page tables (the low 4 GiB mapped one to one with 2 MiB
#     pages, so that an address is a physical address, as it is a pseudo-physical one in PV), long
#     mode, a GDT with a 64-bit code segment; then we ask Xen for the hypercall page.
# Both move to a stack of our own (64 KiB in .bss) and call kernel.ts's exported
# main(bootInfo, mode) with the System V calling convention: mode 0 is PV, 1 is PVH. main never
# returns; if it did, that is a bug, and we say so through kernel.ts's trap().
#
# This file also holds:
#   - hypercall_page: the page Xen fills with one 32-byte stub per hypercall — in PV because our
#     ELF note XEN_ELFNOTE_HYPERCALL_PAGE (xen-elfnote.S) names it, in PVH because _start_pvh asks
#     for it through the MSR that Xen's CPUID leaves name. We fill it with `ret` (0xc3) at link
#     time; kernel.ts checks at boot that the first byte is no longer 0xc3, so a page Xen did not
#     fill is a clear message instead of a mysterious hang.
#   - __ts_trap: where compiled code goes when it cannot go on with JavaScript's meaning (an integer
#     leaving the exact range, a division by zero, a string index out of range). %rdi holds the
#     address of a message string record; we hand it to kernel.ts's trap(), which logs it and
#     crashes the domain.
#   - debugPortWrite: one byte to I/O port 0xe9, which Xen prints on its own console for an HVM or
#     PVH guest; kernel.ts uses it only in PVH, for what it must say before it has a console.
# It does not set up interrupts, exceptions or event upcalls: the kernel polls (kernel.ts explains why).

BOOT_STACK_BYTES = 65536
BOOT_MODE_PV     = 0                            # main's second argument (kernel.ts BOOT_MODE_*)
BOOT_MODE_PVH    = 1

        .section .text.boot, "ax", @progbits
        .globl  _start
        .type   _start, @function
_start:
        cld
        movq    %rsi, %rdi                      # main's bootInfo: start_info's virtual address
        movl    $BOOT_MODE_PV, %esi
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

# ---- PVH ----
# Control registers and the MSR are Intel's and AMD's architecture (docs/xen-abi.md §14):
CR0_PE      = 0x00000001                        # protected mode (already on at entry)
CR0_PG      = 0x80000000                        # paging
CR4_PAE     = 0x00000020                        # 64-bit page-table entries, needed by long mode
MSR_EFER    = 0xc0000080
EFER_LME    = 0x00000100                        # long mode enable
PDE_2MIB    = 0x83                              # present | writable | page size (a 2 MiB page)
TABLE_ENTRY = 0x03                              # present | writable: points to the next table
XEN_CPUID_FIRST = 0x40000000                    # Xen's CPUID leaves start at one of
XEN_CPUID_LAST  = 0x40010000                    #   0x40000000, 0x40000100, … (Viridian may be first)

        .code32
        .globl  _start_pvh
        .type   _start_pvh, @function
_start_pvh:
        cld
        movl    %ebx, %esi                      # keep hvm_start_info's physical address
        # PML4[0] → the PDPT; PDPT[0..3] → four page directories; their 2048 entries map 0–4 GiB.
        movl    $pvh_pdpt + TABLE_ENTRY, pvh_pml4
        movl    $pvh_page_directories + TABLE_ENTRY, %eax
        movl    $pvh_pdpt, %edi
        movl    $4, %ecx
1:      movl    %eax, (%edi)
        addl    $4096, %eax
        addl    $8, %edi
        loop    1b
        movl    $PDE_2MIB, %eax                 # entry i maps physical i × 2 MiB
        movl    $pvh_page_directories, %edi
        movl    $2048, %ecx
2:      movl    %eax, (%edi)                    # the high halves stay 0 (bss is zeroed by the loader)
        addl    $0x200000, %eax
        addl    $8, %edi
        loop    2b
        movl    %cr4, %eax                      # long mode: PAE, then the tables, then EFER.LME,
        orl     $CR4_PAE, %eax                  # then paging on; the far jump enters 64-bit code
        movl    %eax, %cr4
        movl    $pvh_pml4, %eax
        movl    %eax, %cr3
        movl    $MSR_EFER, %ecx
        rdmsr
        orl     $EFER_LME, %eax
        wrmsr
        movl    %cr0, %eax
        orl     $CR0_PG + CR0_PE, %eax
        movl    %eax, %cr0
        lgdt    pvh_gdt_pointer
        ljmp    $PVH_CODE_SELECTOR, $pvh_long_mode

        .code64
pvh_long_mode:
        movl    $PVH_DATA_SELECTOR, %eax
        movl    %eax, %ds
        movl    %eax, %es
        movl    %eax, %ss
        movl    %eax, %fs
        movl    %eax, %gs
        leaq    boot_stack_top(%rip), %rsp
        # The hypercall page: find Xen's CPUID leaves by their signature "XenVMMXenVMM"; leaf
        # base + 2 gives in %ebx the MSR to which the page's physical address is written.
        movl    $XEN_CPUID_FIRST, %r8d
3:      movl    %r8d, %eax
        cpuid
        cmpl    $0x566e6558, %ebx               # "XenV"
        jne     4f
        cmpl    $0x65584d4d, %ecx               # "MMXe"
        jne     4f
        cmpl    $0x4d4d566e, %edx               # "nVMM"
        jne     4f
        leal    2(%r8), %eax
        cpuid
        movl    %ebx, %ecx                      # the MSR's number
        leaq    hypercall_page(%rip), %rax      # its physical address, in %edx:%eax
        movq    %rax, %rdx
        shrq    $32, %rdx
        wrmsr
        jmp     5f
4:      addl    $0x100, %r8d
        cmpl    $XEN_CPUID_LAST, %r8d
        jb      3b                              # not found: main will find the page unfilled
5:      movl    %esi, %edi                      # main's bootInfo: hvm_start_info
        movl    $BOOT_MODE_PVH, %esi
        xorl    %ebp, %ebp
        call    main
        leaq    main_returned_message(%rip), %rdi
        jmp     __ts_trap
        .size   _start_pvh, . - _start_pvh

        .globl  debugPortWrite
        .type   debugPortWrite, @function
debugPortWrite:
        movl    %edi, %eax
        outb    %al, $0xe9
        ret
        .size   debugPortWrite, . - debugPortWrite

        .section .rodata.boot, "a", @progbits
        .balign 8
PVH_CODE_SELECTOR = 0x08
PVH_DATA_SELECTOR = 0x10
pvh_gdt:
        .quad   0                               # the null descriptor
        .quad   0x00af9a000000ffff              # 0x08: 64-bit code, ring 0 (L = 1, D = 0)
        .quad   0x00cf92000000ffff              # 0x10: data, ring 0, read/write, flat
pvh_gdt_end:
pvh_gdt_pointer:
        .word   pvh_gdt_end - pvh_gdt - 1
        .long   pvh_gdt

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

# The PVH page tables: one PML4, one PDPT and four page directories (filled by _start_pvh).
        .section .bss.pvh_page_tables, "aw", @nobits
        .balign 4096
pvh_pml4:
        .skip   4096
pvh_pdpt:
        .skip   4096
pvh_page_directories:
        .skip   4 * 4096
