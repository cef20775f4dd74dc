# xen-elfnote.S — the ELF notes that tell Xen's domain builder how to load us.
#
# Xen's loader (libelf) reads notes named "Xen" from a PT_NOTE segment (docs/xen-abi.md §1). It
# refuses a PV kernel unless LOADER starts with "generic" and XEN_VERSION with "xen-3.0".
# HYPERCALL_PAGE names the page the builder fills with hypercall stubs. SUSPEND_CANCEL says we cope
# with the suspend hypercall returning 1 (cancelled or checkpointed) — which xl relies on for
# `xl save -c`. We need no VIRT_BASE, PADDR_OFFSET or ENTRY notes: the image is linked at virtual
# address 0, the defaults are 0, and the entry point is the ELF header's e_entry (_start in boot.S).
# The note types are Xen's numbers (docs/xen-abi.md §1).

XEN_ELFNOTE_HYPERCALL_PAGE = 2
XEN_ELFNOTE_XEN_VERSION    = 5
XEN_ELFNOTE_GUEST_OS       = 6
XEN_ELFNOTE_GUEST_VERSION  = 7
XEN_ELFNOTE_LOADER         = 8
XEN_ELFNOTE_SUSPEND_CANCEL = 14
XEN_ELFNOTE_PHYS32_ENTRY   = 18

# One note: namesz, descsz, type, "Xen\0", then the descriptor, each part padded to 4 bytes.
# \descriptor is one assembler line: a string (.asciz "…"), a number (.long / .quad) or a macro.
.macro xen_note type, descriptor:vararg
        .balign 4
        .long   4                       # namesz: "Xen\0"
        .long   .Ldesc_end\@ - .Ldesc\@ # descsz
        .long   \type
        .asciz  "Xen"
        .balign 4
.Ldesc\@:
        \descriptor
.Ldesc_end\@:
        .balign 4
.endm

# The guest's version: package.json's "version", which the Makefile writes into build/version.inc
# as the macro guest_version_asciz. The descriptor is labelled guest_version, so kernel.ts can print
# the same string at run time through addressOf("guest_version"): .note.Xen is placed in the loaded
# text segment (kernel.lds), not only in the PT_NOTE segment the loader reads.
        .include "version.inc"
.macro guest_version_descriptor
        .globl  guest_version
        .type   guest_version, @object
guest_version:
        guest_version_asciz
        .size   guest_version, . - guest_version
.endm

        .section .note.Xen, "a", @note
        xen_note XEN_ELFNOTE_GUEST_OS,       .asciz "xen-test-vm"
        xen_note XEN_ELFNOTE_GUEST_VERSION,  guest_version_descriptor
        xen_note XEN_ELFNOTE_XEN_VERSION,    .asciz "xen-3.0"
        xen_note XEN_ELFNOTE_LOADER,         .asciz "generic"
        xen_note XEN_ELFNOTE_HYPERCALL_PAGE, .quad hypercall_page
        xen_note XEN_ELFNOTE_SUSPEND_CANCEL, .long 1
        xen_note XEN_ELFNOTE_PHYS32_ENTRY,   .long _start_pvh
