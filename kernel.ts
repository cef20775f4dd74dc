// kernel.ts — xen-test-vm, a tiny Xen guest that does what a toolstack tester tells it.
//
// What this file does: everything the guest does after boot.S has handed it a stack — it maps
// shared_info, prints on the PV console ring, talks to xenstore, watches control/shutdown and
// control/testing, and powers off, reboots, halts, crashes or ignores on request.
// It also suspends and resumes itself (xl save / restore / migrate, save -c), cooperating with
// the toolstack's save code as Xen's suspend protocol requires. One image boots both as a PV
// guest and as a PVH guest (xl's type = "pv" or "pvh"); the two differ only in how the kernel
// starts and finds things, which chapter 5 says.
// What it does not do: interrupts, exceptions (Xen's defaults), SMP, grant tables, devices
// other than the two rings the toolstack gives every guest, or the optional event-channel
// flavour of suspend requests.
//
// The file is written in the TypeScript subset that backend/ compiles (docs/backend.md):
// numbers are integers, strings are literals, memory is reached only through load/store on
// buffers. The same text is compiled to x86-64 by backend/ and also run under Node against a
// simulated Xen (test/sim/).

// ============================================================================================
// Chapter 1. What this is and how to read it
// ============================================================================================
//
// A Xen PV guest is a program that runs in ring 3 of a virtual CPU without any emulated
// hardware. Everything it knows about the world arrives in one page, start_info, whose address
// the hypervisor leaves in %rsi. Everything it asks of the world goes either through a
// hypercall (a `syscall` into Xen, reached through a page of stubs that Xen fills in at load
// time) or through shared-memory rings that another domain (dom0's xenstored and xenconsoled)
// reads and writes, with "event channels" as the doorbell in each direction. A PVH guest is
// the same program in a hardware container instead of ring 3: it starts differently and finds
// its pages differently (chapter 5), and from then on everything is the same.
//
// The chapters follow the order in which a reader needs them; each uses only what came before
// it, except where it says so:
//   2. the machine interface: the handful of primitive operations the compiler turns into
//      single instructions;
//   3. what Xen hands a PV guest at boot: the builder's layout and start_info;
//   4. hypercalls;
//   5. the other way in: what differs when the same image boots as a PVH guest;
//   6. mapping shared_info, the page where Xen posts pending events and the time;
//   7. a one-second tick from chained poll deadlines;
//   8. waiting for events without ever taking an interrupt;
//   9. the console ring, where every line of output goes;
//  10. small helpers: printing, escaping, comparing bytes;
//  11. the xenstore client;
//  12. the control state machine (the reason this kernel exists), opened by its state table;
//  13. a small JSON reader, for the control machine's JSON commands;
//  14. suspend and resume: what the save and restore tools need from a guest;
//  15. actions: power off, reboot, crash, ...;
//  16. the balloon: giving memory back to Xen and taking it again, on the toolstack's word;
//  17. what the VM publishes in xenstore: its status, a guest agent's keys, feature keys;
//  18. the main loop, main() and trap().
//
// Where the facts come from. Every offset, number and protocol rule about Xen is explained in
// docs/xen-abi.md, in this repository, with the Xen header or source each comes from; a
// constant here names its header and field, and [xen-abi §N] points at section N of that
// document. What the kernel promises its users — the commands, what each does, the console
// lines a harness may match — is docs/usage.md.

// ============================================================================================
// Chapter 2. The machine interface
// ============================================================================================
//
// The compiler knows these names and turns each call into the instructions in its comment.
// Under Node, test/sim/ supplies plain functions with the same behaviour over simulated memory.

declare function load8(address: number): number;    // movzbl (addr), %eax
declare function load16(address: number): number;   // movzwl (addr), %eax
declare function load32(address: number): number;   // movl (addr), %eax (zero-extends)
declare function load64(address: number): number;   // movq (addr), %rax (beyond 2^53-1 traps)
declare function store8(address: number, value: number): void;   // movb: the low 8 bits
declare function store16(address: number, value: number): void;  // movw: the low 16 bits
declare function store32(address: number, value: number): void;  // movl: the low 32 bits
declare function store64(address: number, value: number): void;  // movq: all 64 bits
declare function hypercall(op: number, a1: number, a2: number, a3: number, a4: number, a5: number): number;
    // a1…a5 → rdi, rsi, rdx, r10, r8; call hypercall_page+32×op (op must be a constant); rax
declare function readBarrier(): void;   // compiler barrier (x86-64 never reorders loads with loads)
declare function writeBarrier(): void;  // compiler barrier (x86-64 never reorders stores with stores)
declare function fullBarrier(): void;   // lock orq $0, (%rsp)
declare function testAndClearBit(address: number, bit: number): boolean;
    // lock btrq %rax, (%rdi); setc %al: atomically clear the bit and say whether it was set
declare function staticBuffer(bytes: number, align: number): number;
    // no instruction: reserves zeroed .bss at assembly time; the name is its address
declare function addressOf(symbol: string): number;  // leaq symbol(%rip), %rax: a symbol of boot.S
declare function cpuRelax(): void;     // pause: the hint a busy-wait loop gives the CPU
declare function machineToPhys(mfn: number): number;
    // movabsq $0xFFFF800000000000, %rcx; movq (%rcx,%rax,8), %rax: Xen's M2P table [xen-abi §4].
    // The table's address needs all 64 bits, and an x86 memory operand can only carry a 32-bit
    // sign-extended displacement, so the address is loaded into a register first. A value
    // beyond 2^53-1 (an invalid entry is all ones) traps.

// Why three barriers: x86-64 keeps loads in order with loads, stores with stores, and a load
// with a later store; the only reordering it does is a store with a later load. So a write
// barrier (data before the index that publishes it) and a read barrier (index before the data
// it covers) only have to stop the compiler. fullBarrier is a real fence; the rings use it
// where the reference ring code (xenconsoled, Mini-OS) puts a full mb(): where ring space
// changes hands, between an index and the bytes it frees.

// A note on numbers. Every value here is an integer held exactly; the bitwise operators work
// on 32 bits as in JavaScript, so they are used only on values known to fit (ring indexes,
// flags). Machine addresses and frame numbers can exceed 2^31, so they are combined with
// `+`, `*` and Math.floor(… / …), never with `|`, `<<` or `>>`.

const PAGE_SIZE = 4096;                 // bytes in an x86 page
const UINT32_MODULUS = 4294967296;      // 2^32: ring indexes are free-running u32 counters

// ============================================================================================
// Chapter 3. What Xen hands a PV guest at boot
// ============================================================================================
//
// Two kinds of page number appear everywhere below. A machine frame number (MFN) names a
// page of the host's real memory; our pages are scattered among the host's frames, and a
// restore on another host gives us different ones. A pseudo-physical frame number (pfn)
// names a page of the domain as the domain counts them, 0 … nr_pages-1, and never changes.
// The p2m array ("pseudo-physical to machine", which the builder hands us as mfn_list) maps
// pfn → MFN; Xen's read-only M2P table (machineToPhys, chapter 2) maps MFN → pfn [xen-abi §4].
//
// The domain builder lays the guest out in one virtual region starting at 0, the elements
// packed in this order, each page-aligned, and maps the region onto pfn 0, 1, 2, … in order
// [xen-abi §2.1]. Because our image is linked at 0, a virtual address inside the region *is*
// a pseudo-physical address: the page with frame number pfn lives at pfn × 4096.
//
//    virtual address = pfn × 4096
//    0 ─────────────► +------------------------------+
//                     | test-vm.xen: boot.S, the     |  code, the hypercall page, read-only
//                     | compiled kernel, notes,      |  data and notes, then .data and .bss
//                     | .data, .bss (zeroed)         |  (our stack, buffers, frame lists)
//                     +------------------------------+
//    mfn_list ──────► | p2m array: one u64 MFN per   |  nr_pages × 8 bytes, page-rounded
//                     | pfn, 0 … nr_pages-1          |
//                     +------------------------------+
//    %rsi ──────────► | start_info                   |  one page: the table below
//                     +------------------------------+
//                     | xenstore ring                |  start_info's pfn + 1 (store_mfn)
//                     +------------------------------+
//                     | console ring                 |  start_info's pfn + 2 (console mfn)
//                     +------------------------------+
//                     | boot page tables (L4 … L1)   |  mapped read-only: Xen validates them
//                     +------------------------------+
//                     | boot stack (one page)        |  boot.S leaves it for a stack of its own
//                     +------------------------------+
//                     | padding, ≥ 512 KiB           |  up to a 4 MiB boundary; pages above the
//    end of mapping ► +------------------------------+  mapping exist but are not mapped
//
// start_info gives the rings as MFNs, not addresses; machineToPhys turns each into its pfn
// and so into the address where the region already maps it. shared_info is not in the region
// at all: it is Xen's page, and chapter 6 maps it.
//
// Offsets below are struct start_info (xen/include/public/xen.h) for x86-64 [xen-abi §2.3].

const START_INFO_MAGIC = 0;              // char magic[32]: "xen-3.0-x86_64"
const START_INFO_NR_PAGES = 32;          // unsigned long nr_pages: pages given to the domain
const START_INFO_SHARED_INFO = 40;       // unsigned long shared_info: MACHINE address of shared_info
const START_INFO_STORE_MFN = 56;         // xen_pfn_t store_mfn: machine frame of the xenstore ring
const START_INFO_STORE_EVTCHN = 64;      // uint32_t store_evtchn: its event channel
const START_INFO_CONSOLE_MFN = 72;       // console.domU.mfn: machine frame of the console ring
const START_INFO_CONSOLE_EVTCHN = 80;    // console.domU.evtchn: its event channel
const START_INFO_PT_BASE = 88;           // unsigned long pt_base: VA of the boot page tables
const START_INFO_NR_PT_FRAMES = 96;      // unsigned long nr_pt_frames: how many pages they take
const START_INFO_MFN_LIST = 104;         // unsigned long mfn_list: VA of the p2m array (boot only)
const START_INFO_CMD_LINE = 128;         // char cmd_line[1024]: xl's `extra`, NUL-terminated [xen-abi §15.6]
const COMMAND_LINE_BYTES = 1024;         // MAX_GUEST_CMDLINE

let startInfo = 0;       // virtual address of start_info (the %rsi that boot.S passed on)
let mfnList = 0;         // start_info.mfn_list: u64 machine frame of every pseudo-physical page
                         // (read once: a restore leaves the field stale but rewrites the array
                         // in place with the new frames, so this address stays right)
let domainPages = 0;     // start_info.nr_pages
let consoleRing = 0;     // virtual address of the console page (chapter 9), 0 until known
let consolePort = 0;     // its event channel
let storeRing = 0;       // virtual address of the xenstore page (chapter 11)
let storePort = 0;       // its event channel

// The machine frame behind one of our own virtual addresses: look its pfn up in the p2m.
function machineFrameOf(virtualAddress: number): number {
    return load64(mfnList + Math.floor(virtualAddress / PAGE_SIZE) * 8);
}

// Turn a machine frame we own into the virtual address of that page: the M2P table gives the
// pseudo-physical frame, and in the builder's 1:1 region that is the virtual page number.
function virtualAddressOfFrame(mfn: number): number {
    return machineToPhys(mfn) * PAGE_SIZE;
}

// Read what start_info says about the domain and its two rings: at boot, and again after a
// resume in a new domain, where the restore tool has rewritten these fields.
function readStartInfo(): void {
    domainPages = load64(startInfo + START_INFO_NR_PAGES);
    consoleRing = virtualAddressOfFrame(load64(startInfo + START_INFO_CONSOLE_MFN));
    consolePort = load32(startInfo + START_INFO_CONSOLE_EVTCHN);
    storeRing = virtualAddressOfFrame(load64(startInfo + START_INFO_STORE_MFN));
    storePort = load32(startInfo + START_INFO_STORE_EVTCHN);
}

// ============================================================================================
// Chapter 4. Hypercalls
// ============================================================================================
//
// A hypercall is a call into slot `op` of the hypercall page; arguments that are structures
// are passed by address. Every structure we ever pass is built in one static scratch buffer,
// used by one hypercall at a time (this kernel has a single thread of control and takes no
// interrupts, so nothing can interleave). Numbers from xen/include/public/xen.h and the
// sub-operation headers [xen-abi §3].

const HYPERCALL_UPDATE_VA_MAPPING = 14;  // __HYPERVISOR_update_va_mapping
const HYPERCALL_XEN_VERSION = 17;        // __HYPERVISOR_xen_version
const HYPERCALL_SCHED_OP = 29;           // __HYPERVISOR_sched_op
const HYPERCALL_EVENT_CHANNEL_OP = 32;   // __HYPERVISOR_event_channel_op

const SCHEDOP_YIELD = 0;                 // sched.h: give up the CPU
const SCHEDOP_SHUTDOWN = 2;              // sched.h: struct sched_shutdown { uint32_t reason; }
const SCHEDOP_POLL = 3;                  // sched.h: struct sched_poll
const SCHEDOP_WATCHDOG = 6;              // sched.h: struct sched_watchdog { uint32_t id, timeout; }
const SHUTDOWN_POWEROFF = 0;             // sched.h SHUTDOWN_poweroff
const SHUTDOWN_REBOOT = 1;               // sched.h SHUTDOWN_reboot
const SHUTDOWN_SUSPEND = 2;              // sched.h SHUTDOWN_suspend (rdx = start_info MFN)
const SHUTDOWN_CRASH = 3;                // sched.h SHUTDOWN_crash
const SHUTDOWN_SOFT_RESET = 5;           // sched.h SHUTDOWN_soft_reset (4, watchdog, is Xen's own)

const EVTCHNOP_CLOSE = 3;                // event_channel.h: struct evtchn_close { uint32_t port; }
const EVTCHNOP_SEND = 4;                 // event_channel.h: struct evtchn_send { uint32_t port; }
const EVTCHNOP_ALLOC_UNBOUND = 6;        // event_channel.h: struct evtchn_alloc_unbound
const NO_PORT = -1;                      // "no second port" for pollPorts and waitOnPorts
const DOMID_SELF = 0x7ff0;               // xen.h: "the calling domain"

const XENVER_VERSION = 0;                // version.h: returns major << 16 | minor
const XENVER_EXTRAVERSION = 1;           // version.h: fills a 16-byte string
const XENVER_EXTRAVERSION_BYTES = 16;    // version.h xen_extraversion_t

const UVMF_INVLPG = 2;                   // xen.h UVMF_INVLPG: flush this one mapping
const PTE_PRESENT_WRITABLE = 3;          // x86 PTE bits P (1) | RW (2); Xen adds USER itself

const hypercallArguments = staticBuffer(64, 8);   // the argument structure of the current hypercall
const pollPortList = staticBuffer(16, 8);         // uint32_t ports[] of sched_poll

// SCHEDOP_shutdown [xen-abi §10]. Xen pauses the domain and does not normally return; if it
// ever does (a toolstack may resume a crashed domain, or an argument was refused), we ask
// again.
function shutdownForever(reason: number): void {
    while (true) {
        store32(hypercallArguments, reason);
        hypercall(HYPERCALL_SCHED_OP, SCHEDOP_SHUTDOWN, hypercallArguments, 0, 0, 0);
    }
}

function yieldCpu(): void {
    hypercall(HYPERCALL_SCHED_OP, SCHEDOP_YIELD, 0, 0, 0, 0);
}

// Ring the doorbell on an event channel whose other end belongs to dom0.
function notifyPort(port: number): void {
    store32(hypercallArguments, port);
    hypercall(HYPERCALL_EVENT_CHANNEL_OP, EVTCHNOP_SEND, hypercallArguments, 0, 0, 0);
}

// Block until `port` (or `second`, unless it is NO_PORT) is pending or Xen's system time
// reaches the deadline, given as two 32-bit halves (nanoseconds since the host booted need
// more than 53 bits after 104 days); a deadline of 0 means none. struct sched_poll: 0 ports
// (pointer), 8 nr_ports (u32), 16 timeout (u64, absolute Xen system time in ns) [xen-abi §5,
// §15.7]. Only a listed port or the timeout wakes us.
function pollPorts(port: number, second: number, deadlineHigh: number, deadlineLow: number): number {
    store32(pollPortList, port);
    store32(pollPortList + 4, second);
    store64(hypercallArguments, pollPortList);
    store32(hypercallArguments + 8, second === NO_PORT ? 1 : 2);
    store32(hypercallArguments + 16, deadlineLow);
    store32(hypercallArguments + 20, deadlineHigh);
    return hypercall(HYPERCALL_SCHED_OP, SCHEDOP_POLL, hypercallArguments, 0, 0, 0);
}

// A new event channel whose other end dom0 may bind [xen-abi §15.3]: struct
// evtchn_alloc_unbound is dom (u16, 0), remote_dom (u16, 2), port (u32, 4, set by Xen).
// Gives the port, or Xen's negative error.
function allocatePortForDom0(): number {
    store16(hypercallArguments, DOMID_SELF);
    store16(hypercallArguments + 2, 0);
    store32(hypercallArguments + 4, 0);
    const result = hypercall(HYPERCALL_EVENT_CHANNEL_OP, EVTCHNOP_ALLOC_UNBOUND, hypercallArguments, 0, 0, 0);
    return result < 0 ? result : load32(hypercallArguments + 4);
}

function closePort(port: number): void {
    store32(hypercallArguments, port);
    hypercall(HYPERCALL_EVENT_CHANNEL_OP, EVTCHNOP_CLOSE, hypercallArguments, 0, 0, 0);
}

function mapPage(virtualAddress: number, machineAddress: number): number {
    return hypercall(HYPERCALL_UPDATE_VA_MAPPING, virtualAddress,
        machineAddress + PTE_PRESENT_WRITABLE, UVMF_INVLPG, 0, 0);
}

// ============================================================================================
// Chapter 5. The other way in: PVH
// ============================================================================================
//
// The same image also boots as a PVH guest (xl: type = "pvh"). A PVH guest runs in a hardware
// container (Intel VT-x or AMD SVM, with nested paging), like an HVM guest but with no
// emulated devices, no BIOS and no device model: it talks to Xen through the same hypercalls,
// event channels and rings as a PV guest. What changes is how it starts and how it finds
// things [xen-abi §14]:
//
//  - Where it starts. Xen enters at the XEN_ELFNOTE_PHYS32_ENTRY address in 32-bit protected
//    mode with paging off, and %ebx holding the physical address of struct hvm_start_info.
//    There is no start_info, no p2m, no page tables and no stack: boot.S builds page tables
//    that map the low 4 GiB one to one, enters long mode and calls main with mode PVH. So in
//    PVH, too, an address is a (guest-)physical address.
//  - The hypercall page. A PV guest gets it from its note; a PVH guest asks for it by writing
//    the page's physical address to a model-specific register whose number CPUID leaf
//    0x40000002 (counting from Xen's leaf base) gives. boot.S does that before anything else,
//    so main() can check the page the same way in both modes. Xen fills it with vmcall (Intel)
//    or vmmcall (AMD) stubs; by calling through the page, the kernel never has to know which
//    CPU it is on, and the calling convention stays PV's (rdi, rsi, rdx, r10, r8).
//  - Frame numbers. Xen translates a PVH guest's addresses itself (the guest is "auto-
//    translated"): every frame number the guest gives or gets is a guest frame number, what
//    the PV chapters call a pfn. There are no MFNs to look up, no M2P, and no p2m to publish.
//  - The rings. hvm_start_info says nothing about xenstore or the console; their page numbers
//    and event channels are HVM parameters, read with HVMOP_get_param. libxl puts both pages in
//    a "special page" region just below 4 GiB, inside the one-to-one map.
//  - shared_info. There is no machine address to map. Instead the guest names a page of its
//    own (XENMEM_add_to_physmap, space shared_info), and Xen puts its shared_info page there in
//    place of the RAM that was there. A new domain after a restore has a new shared_info, so
//    this is done again after every resume in a new domain.
//  - Memory. A PVH guest's size is what XENMEM_current_reservation says it holds.
//  - Suspend. The same SCHEDOP_shutdown(suspend), with nothing in its extra argument: no
//    start_info frame to name, no frame-list tree, no MFNs to turn into pfns. The save tools
//    copy guest frames as they are (live migration uses hardware log-dirty tracking, so it
//    works on a Xen built without shadow paging).

const BOOT_MODE_PV = 0;                  // what boot.S passes as main's second argument
const BOOT_MODE_PVH = 1;

// struct hvm_start_info (arch-x86/hvm/start_info.h) [xen-abi §14.4]: we check its magic and
// read the command line from the physical address it gives [xen-abi §15.6].
const HVM_START_INFO_MAGIC = 0;          // u32 magic
const HVM_START_INFO_VERSION = 4;        // u32 version: 1 and later have the memory map
const HVM_START_INFO_CMDLINE_PADDR = 24; // u64 cmdline_paddr: the NUL-terminated line; 0 = none
const HVM_START_INFO_MEMMAP_PADDR = 40;  // u64 memmap_paddr: struct hvm_memmap_table_entry[]
const HVM_START_INFO_MEMMAP_ENTRIES = 48; // u32 memmap_entries
const HVM_MEMMAP_ENTRY_BYTES = 24;       // struct hvm_memmap_table_entry: u64 addr, u64 size,
const HVM_MEMMAP_ADDR = 0;               //   u32 type, u32 reserved
const HVM_MEMMAP_SIZE = 8;
const HVM_MEMMAP_TYPE = 16;
const HVM_MEMMAP_TYPE_RAM = 1;           // XEN_HVM_MEMMAP_TYPE_RAM
const IDENTITY_MAP_END = UINT32_MODULUS; // boot.S maps physical 0 … 4 GiB at the same addresses
const HVM_START_MAGIC_VALUE = 0x336ec578; // XEN_HVM_START_MAGIC_VALUE

// Hypercalls only PVH uses [xen-abi §14.6–§14.9].
const HYPERCALL_MEMORY_OP = 12;          // __HYPERVISOR_memory_op
const HYPERCALL_HVM_OP = 34;             // __HYPERVISOR_hvm_op
const XENMEM_CURRENT_RESERVATION = 3;    // memory.h: argument = address of a domid_t
const XENMEM_ADD_TO_PHYSMAP = 7;         // memory.h: struct xen_add_to_physmap
const XENMAPSPACE_SHARED_INFO = 0;       // memory.h: idx 0 = the shared_info page
const HVMOP_GET_PARAM = 1;               // hvm_op.h: struct xen_hvm_param

const HVM_PARAM_STORE_PFN = 1;           // hvm/params.h [xen-abi §14.7]
const HVM_PARAM_STORE_EVTCHN = 2;
const HVM_PARAM_CONSOLE_PFN = 17;
const HVM_PARAM_CONSOLE_EVTCHN = 18;

let bootMode = BOOT_MODE_PV;
let hvmStartInfo = 0;                    // physical address of hvm_start_info (PVH only)

// The value of one HVM parameter of our own domain, or a negative error. struct xen_hvm_param:
// 0 domid (u16), 4 index (u32), 8 value (u64).
function hvmParam(index: number): number {
    store16(hypercallArguments, DOMID_SELF);
    store32(hypercallArguments + 4, index);
    store64(hypercallArguments + 8, 0);
    const result = hypercall(HYPERCALL_HVM_OP, HVMOP_GET_PARAM, hypercallArguments, 0, 0, 0);
    if (result < 0) {
        return result;
    }
    return load64(hypercallArguments + 8);
}

// Ask Xen to put shared_info at our page `address`. struct xen_add_to_physmap: 0 domid (u16),
// 2 size (u16, unused here), 4 space (u32), 8 idx (u64), 16 gpfn (u64).
function placeSharedInfo(address: number): number {
    store16(hypercallArguments, DOMID_SELF);
    store16(hypercallArguments + 2, 0);
    store32(hypercallArguments + 4, XENMAPSPACE_SHARED_INFO);
    store64(hypercallArguments + 8, 0);
    store64(hypercallArguments + 16, Math.floor(address / PAGE_SIZE));
    return hypercall(HYPERCALL_MEMORY_OP, XENMEM_ADD_TO_PHYSMAP, hypercallArguments, 0, 0, 0);
}

function currentReservation(): number {
    store16(hypercallArguments, DOMID_SELF);
    return hypercall(HYPERCALL_MEMORY_OP, XENMEM_CURRENT_RESERVATION, hypercallArguments, 0, 0, 0);
}

// Read the four parameters that locate the rings. A parameter Xen refuses, or a ring page of 0
// (libxl sets all four for every PVH guest), leaves that ring unknown: 0. Gives the name of the
// first missing one, or "" when all are there.
function readHvmParams(): string {
    domainPages = currentReservation();
    const consolePfn = hvmParam(HVM_PARAM_CONSOLE_PFN);
    const consoleEvtchn = hvmParam(HVM_PARAM_CONSOLE_EVTCHN);
    const storePfn = hvmParam(HVM_PARAM_STORE_PFN);
    const storeEvtchn = hvmParam(HVM_PARAM_STORE_EVTCHN);
    consoleRing = consolePfn > 0 ? consolePfn * PAGE_SIZE : 0;
    consolePort = consoleEvtchn > 0 ? consoleEvtchn : 0;
    storeRing = storePfn > 0 ? storePfn * PAGE_SIZE : 0;
    storePort = storeEvtchn > 0 ? storeEvtchn : 0;
    if (consoleRing === 0) {
        return "HVM_PARAM_CONSOLE_PFN";
    }
    if (consolePort === 0) {
        return "HVM_PARAM_CONSOLE_EVTCHN";
    }
    if (storeRing === 0) {
        return "HVM_PARAM_STORE_PFN";
    }
    if (storePort === 0) {
        return "HVM_PARAM_STORE_EVTCHN";
    }
    return "";
}

// ============================================================================================
// Chapter 6. Mapping shared_info
// ============================================================================================
//
// shared_info is a page that belongs to Xen. It holds, among other things, one bit per event
// channel that Xen sets when the channel fires, and a per-vCPU mask that stops Xen from
// trying to deliver those events as upcalls, and the system time. In PV, start_info tells us
// its machine address; to read it we need a virtual address, so we ask Xen to map it over a
// page of our own .bss (the frame that was there stays ours, unused). The mapping points at a
// frame that is not ours, which is why suspend (chapter 14) must take it down before a save
// and put it back after. In PVH, Xen puts it at that same page of ours (chapter 5).
// Offsets: struct shared_info and struct vcpu_info (xen/include/public/xen.h) [xen-abi §4.1].

const SHARED_INFO_EVTCHN_PENDING = 2048; // unsigned long evtchn_pending[64]: bit n = port n
const VCPU0_UPCALL_MASK = 1;             // vcpu_info[0].evtchn_upcall_mask (byte)

const sharedInfoPage = staticBuffer(PAGE_SIZE, PAGE_SIZE);
let sharedInfoMapped = false;

function mapSharedInfo(): number {
    const result = bootMode === BOOT_MODE_PVH ? placeSharedInfo(sharedInfoPage) :
        mapPage(sharedInfoPage, load64(startInfo + START_INFO_SHARED_INFO));
    if (result === 0) {
        sharedInfoMapped = true;
    }
    return result;
}

// ============================================================================================
// Chapter 7. A one-second tick
// ============================================================================================
//
// Liveness lines are printed once a second, and waits are bounded in seconds. The obvious way,
// Xen's periodic vCPU timer on VIRQ_TIMER, does not work for a kernel that sleeps in
// SCHEDOP_poll: Xen stops a vCPU's periodic timer whenever it is descheduled
// (xen/common/sched/core.c stops `periodic_timer` for the vCPU being switched out), so a
// polling guest never hears it — found on real Xen 4.17, where no tick ever came. Instead
// every poll carries an absolute deadline in Xen system time, and the deadlines are chained:
// each is the previous one plus one second, so ticks stay one second apart without reading a
// clock in between. This chapter keeps the deadline; chapter 8's waitOnPort hands it to every
// poll and calls advanceTickDeadline when a poll ends because the deadline passed.
//
// The first deadline, and a resynchronisation when we have fallen far behind (a long stall,
// or a new host after a restore), need "now". Xen publishes system time in vcpu_info[0].time
// as a stamp taken at its last calibration (at most about a second old) plus a TSC scale we
// do not use: the stamp is close enough for a liveness tick. It is read under Xen's seqlock
// (version odd = update in progress; changed = read again) [xen-abi §4.1], as two 32-bit
// halves so that a host up for more than 104 days cannot push it out of the exact range.

const VCPU0_TIME_VERSION = 32;           // vcpu_info[0].time.version (u32)
const VCPU0_TIME_SYSTEM_TIME = 48;       // vcpu_info[0].time.system_time (u64, ns)
const TICK_PERIOD_NS = 1000000000;       // one second, in nanoseconds

let tickDeadlineHigh = 0;                // the next deadline, high and low 32 bits
let tickDeadlineLow = 0;
let systemTimeHigh = 0;                  // the last stamp read by readSystemTime
let systemTimeLow = 0;
let ticksOwed = 0;                       // seconds gone by while waiting; the main loop prints them

function readSystemTime(): void {
    while (true) {
        const version = load32(sharedInfoPage + VCPU0_TIME_VERSION);
        readBarrier();
        systemTimeLow = load32(sharedInfoPage + VCPU0_TIME_SYSTEM_TIME);
        systemTimeHigh = load32(sharedInfoPage + VCPU0_TIME_SYSTEM_TIME + 4);
        readBarrier();
        if ((version & 1) === 0 && load32(sharedInfoPage + VCPU0_TIME_VERSION) === version) {
            return;
        }
    }
}

// Add `nanoseconds` (less than 2^32) to the deadline, carrying from the low half into the high.
function addToTickDeadline(nanoseconds: number): void {
    tickDeadlineLow = tickDeadlineLow + nanoseconds;
    if (tickDeadlineLow >= UINT32_MODULUS) {
        tickDeadlineLow = tickDeadlineLow - UINT32_MODULUS;
        tickDeadlineHigh = tickDeadlineHigh + 1;
    }
}

// Set the deadline to `nanoseconds` after the last stamp read.
function setTickDeadlineAfterSystemTime(nanoseconds: number): void {
    tickDeadlineHigh = systemTimeHigh;
    tickDeadlineLow = systemTimeLow;
    addToTickDeadline(nanoseconds);
}

function startTicking(): void {
    readSystemTime();
    setTickDeadlineAfterSystemTime(TICK_PERIOD_NS);
}

// One second is over: the next deadline is one period later.
function advanceTickDeadline(): void {
    addToTickDeadline(TICK_PERIOD_NS);
    // Fallen more than a second behind Xen's own (slightly old) stamp: start again from it,
    // rather than print a burst of catch-up ticks.
    readSystemTime();
    const behindHigh = systemTimeHigh - tickDeadlineHigh;
    if (behindHigh > 1 || (behindHigh >= 0 &&
        behindHigh * UINT32_MODULUS + (systemTimeLow - tickDeadlineLow) > TICK_PERIOD_NS)) {
        setTickDeadlineAfterSystemTime(TICK_PERIOD_NS);
    }
}

// ============================================================================================
// Chapter 8. Event channels without upcalls
// ============================================================================================
//
// An ordinary kernel lets Xen interrupt it when an event arrives. This one never does: in PV
// the builder starts us with evtchn_upcall_mask = 1 and we keep it that way (we registered no
// callback, so an upcall would crash the domain); in PVH no upcall is ever delivered, since
// we never set HVM_PARAM_CALLBACK_IRQ [xen-abi §14.8]. Instead we wait with SCHEDOP_poll, which
// sleeps until the listed port is pending whatever the masks say, and we consume an event
// by atomically clearing its pending bit.
//
// The order matters [xen-abi §5]: first look for work; if there is none, clear the port's
// pending bit; if the bit was set, look again (the event may be the work); only if it was
// clear, poll. An event that arrives after the clear sets the bit again, and poll then
// returns at once — nothing is lost. A bit left set would make Xen skip the wake-up of the
// next event, so every consumed bit is cleared.
//
// Every poll also carries a deadline, the next whole second of chapter 7, so no wait can last
// forever: the caller is told that a second went by and decides when to give up.

function portPending(port: number): boolean {
    return testAndClearBit(sharedInfoPage + SHARED_INFO_EVTCHN_PENDING, port);
}

// Look at a pending bit without consuming it.
function portStillPending(port: number): boolean {
    const byte = load8(sharedInfoPage + SHARED_INFO_EVTCHN_PENDING + (port >>> 3));
    return (byte & (1 << (port & 7))) !== 0;
}

// Wait for `port` once (the caller has already checked that there is no work). Returns true
// if the wait ended because the next second arrived (the caller counts those to bound its
// wait; the main loop prints a tick line for each).
function waitOnPort(port: number): boolean {
    return waitOnPorts(port, NO_PORT);
}

// The same, also woken by `second` (the main loop's suspend channel, chapter 14), whose
// pending bit the caller consumes itself, with portPending, as its check for work: so it is
// already clear when we get here, and whatever sets it again ends the poll [xen-abi §15.7].
function waitOnPorts(port: number, second: number): boolean {
    // Without shared_info (before it is mapped, or around a suspend) there is no pending bit
    // to clear and no clock to read: all we can do is give the CPU away. Such a wait never
    // counts a second, so it is bounded only by the other side's progress.
    if (!sharedInfoMapped) {
        yieldCpu();
        return false;
    }
    // Clear before polling: Xen wakes a poller only when the bit goes from 0 to 1, so a bit
    // left set by an earlier event would let this poll sleep through a new one. If it was set,
    // an event came since the caller looked: go back and look again instead of sleeping.
    if (portPending(port)) {
        return false;
    }
    if (pollPorts(port, second, tickDeadlineHigh, tickDeadlineLow) < 0) {
        yieldCpu();          // a refused poll (bad port) must not turn into a storm of ticks
        return false;
    }
    // Poll returns 0 for an event and a timeout alike; the pending bit tells them apart. An
    // event is left pending here (the next call clears it). If the event and the deadline
    // came together, the deadline is kept, and the next poll, already late, reports it.
    if (portStillPending(port) || (second !== NO_PORT && portStillPending(second))) {
        return false;
    }
    // Nothing but a listed port or the timeout ends a poll: a second is over.
    ticksOwed = ticksOwed + 1;
    advanceTickDeadline();
    return true;
}

// ============================================================================================
// Chapter 9. The console ring
// ============================================================================================
//
// Output goes into the `out` half of struct xencons_interface (xen/include/public/io/console.h)
// [xen-abi §9]: a 2048-byte ring with free-running u32 indexes. We own out_prod, xenconsoled
// owns out_cons. A byte is written at out[prod mod 2048], then prod is published after a
// write barrier; xenconsoled is told by an event. When the ring is full we wait for
// xenconsoled to move out_cons. A console that never drains must not stop the kernel from
// obeying commands, so after CONSOLE_STALL_TICKS seconds without progress we drop output
// (and say so once it flows again).
//
//    the console page (struct xencons_interface)
//       0 +-------------------------------+
//         | in[1024]   keyboard input     |  unused: this kernel reads no input
//    1024 +-------------------------------+
//         | out[2048]                     |
//         |   ...  "tick 41\r\n" "domain  |  byte n of our output lives at out[n mod 2048]
//         |   7 tick 42\r\n"  ...         |
//    3072 +-------------------------------+
//         | in_cons, in_prod   (u32 each) |  unused
//    3080 | out_cons           (u32)      |  xenconsoled: all bytes before it are taken
//    3084 | out_prod           (u32)      |  us: all bytes before it are written
//    3088 +-------------------------------+
//
//    Bytes waiting = out_prod - out_cons (mod 2^32), never more than 2048. Both indexes only
//    grow, wrapping at 2^32; the ring position is the index mod 2048, so a message may be cut
//    in two at the end of out[] and continue at its start.

const CONSOLE_OUT = 1024;                // char out[2048]
const CONSOLE_OUT_SIZE = 2048;
const CONSOLE_OUT_CONS = 3080;           // XENCONS_RING_IDX out_cons (xenconsoled)
const CONSOLE_OUT_PROD = 3084;           // XENCONS_RING_IDX out_prod (us)
const CONSOLE_STALL_TICKS = 3;           // seconds a full or undrained ring may block us
const CONSOLE_BLIND_WAITS = 100000;      // waits without shared_info (no clock) a drain may take

let consoleStalled = false;
let consoleDroppedBytes = 0;

// Bytes waiting for xenconsoled, or -1 when the indexes make no sense (xenconsoled itself
// ignores such a ring; so do we, rather than write outside the ring's meaning).
function consoleBytesQueued(): number {
    const consumer = load32(consoleRing + CONSOLE_OUT_CONS);
    const producer = load32(consoleRing + CONSOLE_OUT_PROD);
    fullBarrier();   // read out_cons before overwriting the bytes it says are free
    const queued = (producer - consumer) >>> 0;
    if (queued > CONSOLE_OUT_SIZE) {
        return -1;
    }
    return queued;
}

// One byte into the ring. xenconsoled is not notified per byte (endLine does that once per
// line); only a full ring makes us notify and wait. Once a wait has gone CONSOLE_STALL_TICKS
// seconds without room, every later byte is dropped at once until one fits again, so a dead
// console costs a few seconds once, not a few seconds per byte.
function consolePutRaw(byte: number): void {
    if (consoleRing === 0) {
        return;
    }
    let stallTicks = 0;
    while (true) {
        const queued = consoleBytesQueued();
        if (queued < 0) {
            consoleDroppedBytes = consoleDroppedBytes + 1;
            return;
        }
        if (queued < CONSOLE_OUT_SIZE) {
            const producer = load32(consoleRing + CONSOLE_OUT_PROD);
            store8(consoleRing + CONSOLE_OUT + (producer & (CONSOLE_OUT_SIZE - 1)), byte);
            writeBarrier();
            store32(consoleRing + CONSOLE_OUT_PROD, (producer + 1) >>> 0);
            consoleStalled = false;
            return;
        }
        if (consoleStalled || consolePort === 0) {
            consoleDroppedBytes = consoleDroppedBytes + 1;
            return;
        }
        notifyPort(consolePort);
        if (waitOnPort(consolePort)) {
            stallTicks = stallTicks + 1;
            if (stallTicks >= CONSOLE_STALL_TICKS) {
                consoleStalled = true;
            }
        }
    }
}

// Terminals want "\r\n"; xenconsoled passes bytes through unchanged.
function consolePut(byte: number): void {
    if (byte === 10) {
        consolePutRaw(13);
    }
    consolePutRaw(byte);
}

// End a line: newline, then tell xenconsoled there is something to read.
function endLine(): void {
    consolePut(10);
    if (consoleRing !== 0 && consolePort !== 0) {
        notifyPort(consolePort);
    }
}

// Wait until xenconsoled has taken every byte. Used before a shutdown hypercall: xenconsoled
// copies the ring only when it gets round to it, and once the toolstack destroys the domain
// the page, and any line still in it, is gone. Bounded to CONSOLE_STALL_TICKS seconds in
// all. Without shared_info waitOnPort counts no seconds (chapter 8), so there the bound is a
// number of waits instead: a crash that cannot even map shared_info must still happen.
function consoleDrain(): void {
    if (consoleRing === 0 || consolePort === 0) {
        return;
    }
    notifyPort(consolePort);
    let stallTicks = 0;
    let blindWaits = 0;
    while (consoleBytesQueued() > 0 && stallTicks < CONSOLE_STALL_TICKS &&
           blindWaits < CONSOLE_BLIND_WAITS) {
        if (!sharedInfoMapped) {
            blindWaits = blindWaits + 1;
        }
        if (waitOnPort(consolePort)) {
            stallTicks = stallTicks + 1;
        }
    }
}

// ============================================================================================
// Chapter 10. Small helpers: printing and comparing bytes
// ============================================================================================
//
// There is no string concatenation in the subset, so a line is printed piece by piece and
// ended with endLine(). Values received from outside are shown escaped (quotes, backslashes
// and anything unprintable as \xHH) and truncated, so one hostile value cannot flood the
// console or confuse a log parser. Received values live in buffers, not strings, so they are
// compared byte by byte: with a literal (bytesEqual) or with another buffer (bytesMatch).

const DISPLAY_LIMIT = 120;               // bytes of a received value shown before "..."

function print(text: string): void {
    for (let i = 0; i < text.length; i++) {
        consolePut(text.charCodeAt(i));
    }
}

function log(text: string): void {
    print(text);
    endLine();
}

function printDecimal(value: number): void {
    if (value < 0) {
        consolePut(45); // '-'
        printDecimal(-value);
        return;
    }
    if (value >= 10) {
        printDecimal(Math.floor(value / 10));
    }
    consolePut(48 + (value % 10));
}

function hexDigit(nibble: number): number {
    return nibble < 10 ? 48 + nibble : 87 + nibble; // '0'…'9', 'a'…'f'
}

function printEscapedByte(byte: number): void {
    if (byte === 34 || byte === 92) {            // '"' and '\'
        consolePut(92);
        consolePut(byte);
    } else if (byte === 10) {
        print("\\n");
    } else if (byte === 13) {
        print("\\r");
    } else if (byte === 9) {
        print("\\t");
    } else if (byte >= 32 && byte < 127) {
        consolePut(byte);
    } else {
        print("\\x");
        consolePut(hexDigit(byte >>> 4));
        consolePut(hexDigit(byte & 15));
    }
}

// "…" in double quotes, escaped; longer values end with `..." (N bytes)`.
function printQuoted(address: number, length: number): void {
    consolePut(34);
    const shown = length > DISPLAY_LIMIT ? DISPLAY_LIMIT : length;
    for (let i = 0; i < shown; i++) {
        printEscapedByte(load8(address + i));
    }
    if (shown < length) {
        print("...\" (");
        printDecimal(length);
        print(" bytes)");
    } else {
        consolePut(34);
    }
}

// Print bytes from memory, escaped, without quotes.
function printBytes(address: number, length: number): void {
    for (let i = 0; i < length; i++) {
        printEscapedByte(load8(address + i));
    }
}

function logErrno(text: string, errno: number): void {
    print(text);
    printDecimal(errno);
    endLine();
}

function copyBytes(destination: number, source: number, length: number): void {
    for (let i = 0; i < length; i++) {
        store8(destination + i, load8(source + i));
    }
}

// Do `length` bytes at `address` spell exactly `word`?
function bytesEqual(address: number, length: number, word: string): boolean {
    if (length !== word.length) {
        return false;
    }
    for (let i = 0; i < length; i++) {
        if (load8(address + i) !== word.charCodeAt(i)) {
            return false;
        }
    }
    return true;
}

// Do `length` bytes at `first` equal those at `second`?
function bytesMatch(first: number, second: number, length: number): boolean {
    for (let i = 0; i < length; i++) {
        if (load8(first + i) !== load8(second + i)) {
            return false;
        }
    }
    return true;
}

// Parse a short decimal reply (our domid); -1 if it is not one.
function decimalFromBytes(address: number, length: number): number {
    if (length === 0 || length > 9) {
        return -1;
    }
    let value = 0;
    for (let i = 0; i < length; i++) {
        const byte = load8(address + i);
        if (byte < 48 || byte > 57) {
            return -1;
        }
        value = value * 10 + (byte - 48);
    }
    return value;
}

// Write `value` (0 or more) in decimal at `address`; gives the number of digits written.
function decimalIntoBytes(address: number, value: number): number {
    let digits = 1;
    for (let bigger = value; bigger >= 10; bigger = Math.floor(bigger / 10)) {
        digits = digits + 1;
    }
    let rest = value;
    for (let i = digits - 1; i >= 0; i--) {
        store8(address + i, 48 + (rest % 10));
        rest = Math.floor(rest / 10);
    }
    return digits;
}

function bytesStartWith(address: number, length: number, prefix: string): boolean {
    if (length < prefix.length) {
        return false;
    }
    return bytesEqual(address, prefix.length, prefix);
}

// ============================================================================================
// Chapter 11. The xenstore client
// ============================================================================================
//
// xenstore is dom0's little key-value database, and the only way the toolstack talks to us.
// The conversation runs over one shared page holding two 1024-byte rings, struct
// xenstore_domain_interface (xen/include/public/io/xs_wire.h) [xen-abi §6.1]: we produce
// requests into req[] and xenstored produces replies and watch events into rsp[]. Each
// message is a 16-byte header {type, req_id, tx_id, len} followed by len ≤ 4096 payload bytes
// [xen-abi §6.2] — more than a ring holds, so both directions stream a message through the
// ring in pieces: write what fits, publish, notify, wait for space, continue.
//
// A request is answered by a reply carrying the same req_id. Most requests here are sent one at
// a time, each waiting for its reply; the boot and the resume instead send theirs together and
// then collect the replies ("several requests in flight", below), since every wait for
// xenstored is a round trip to dom0. Watch events (type 15) may arrive before any reply; they
// are noted in a flag per watched key and dealt with by the main loop, never in the middle of
// a request.
//
// The other end is trusted with nothing: every index pair is checked (more than 1024 bytes
// in flight is impossible in a sane ring), every length is checked against 4096, and a
// broken stream is logged and dropped (we resynchronise at the producer's index) rather than
// followed into a write outside our buffers. A failed request returns a negative error code
// whose name (ENOENT, EACCES, …) the caller can print.
//
//    the xenstore page (struct xenstore_domain_interface)
//       0 +-------------------------------+
//         | req[1024]  our requests       |  we write at req[req_prod mod 1024]
//    1024 +-------------------------------+
//         | rsp[1024]  replies and watch  |  we read at rsp[rsp_cons mod 1024]
//         |            events             |
//    2048 +-------------------------------+
//         | req_cons  (u32)  xenstored's  |  how far xenstored has read req[]
//    2052 | req_prod  (u32)  ours         |  how far we have written req[]
//    2056 | rsp_cons  (u32)  ours         |  how far we have read rsp[]
//    2060 | rsp_prod  (u32)  xenstored's  |  how far xenstored has written rsp[]
//         | ... features, connection, error: not used here
//         +-------------------------------+
//
//    one message in a ring: a request to read our "domid" key
//         +---------+---------+---------+---------+------------------------+
//         | type    | req_id  | tx_id   | len     | payload, len bytes     |
//         | 2 (READ)| 1       | 0       | 6       | d o m i d \0           |
//         +---------+---------+---------+---------+------------------------+
//         0         4         8         12        16                       22
//    The reply carries the same req_id, type 2 again (or 16, ERROR, with an errno name), and
//    the value as its payload: "7", no NUL. A watch event is type 15 with req_id 0 and the
//    payload "path\0token\0".

const XS_REQ = 0;                        // char req[1024]
const XS_RSP = 1024;                     // char rsp[1024]
const XS_REQ_CONS = 2048;                // XENSTORE_RING_IDX req_cons (xenstored)
const XS_REQ_PROD = 2052;                // req_prod (us)
const XS_RSP_CONS = 2056;                // rsp_cons (us)
const XS_RSP_PROD = 2060;                // rsp_prod (xenstored)
const XS_RING_SIZE = 1024;               // XENSTORE_RING_SIZE
const XS_HEADER_BYTES = 16;              // sizeof(struct xsd_sockmsg), whose u32 fields are:
const XS_HEADER_TYPE = 0;                //   type: XS_READ, XS_WRITE, … (below)
const XS_HEADER_REQ_ID = 4;              //   req_id: ours to choose; the reply echoes it
const XS_HEADER_TX_ID = 8;               //   tx_id: 0 outside a transaction (we use none)
const XS_HEADER_LEN = 12;                //   len: payload bytes after the header
const XS_PAYLOAD_MAX = 4096;             // XENSTORE_PAYLOAD_MAX
const XS_REPLY_TIMEOUT_TICKS = 10;       // seconds we wait for xenstored before giving up

const XS_READ = 2;                       // enum xsd_sockmsg_type
const XS_WATCH = 4;
const XS_UNWATCH = 5;
const XS_WRITE = 11;
const XS_RM = 13;
const XS_WATCH_EVENT = 15;
const XS_ERROR = 16;

// Error codes: negative numbers for the errno names xenstored sends (xsd_errors in
// xs_wire.h), plus two of our own for a broken or silent xenstored.
const XSE_EINVAL = -1;
const XSE_EACCES = -2;
const XSE_EEXIST = -3;
const XSE_EISDIR = -4;
const XSE_ENOENT = -5;
const XSE_ENOMEM = -6;
const XSE_ENOSPC = -7;
const XSE_EIO = -8;
const XSE_ENOTEMPTY = -9;
const XSE_ENOSYS = -10;
const XSE_EROFS = -11;
const XSE_EBUSY = -12;
const XSE_EAGAIN = -13;
const XSE_EISCONN = -14;
const XSE_E2BIG = -15;
const XSE_EPERM = -16;
const XSE_UNKNOWN = -17;                 // an ERROR reply with a name we do not know
const XSE_PROTOCOL = -18;                // the ring or a header made no sense
const XSE_TIMEOUT = -19;                 // no reply within XS_REPLY_TIMEOUT_TICKS

function storeErrorName(code: number): string {
    switch (code) {
        case XSE_EINVAL: return "EINVAL";
        case XSE_EACCES: return "EACCES";
        case XSE_EEXIST: return "EEXIST";
        case XSE_EISDIR: return "EISDIR";
        case XSE_ENOENT: return "ENOENT";
        case XSE_ENOMEM: return "ENOMEM";
        case XSE_ENOSPC: return "ENOSPC";
        case XSE_EIO: return "EIO";
        case XSE_ENOTEMPTY: return "ENOTEMPTY";
        case XSE_ENOSYS: return "ENOSYS";
        case XSE_EROFS: return "EROFS";
        case XSE_EBUSY: return "EBUSY";
        case XSE_EAGAIN: return "EAGAIN";
        case XSE_EISCONN: return "EISCONN";
        case XSE_E2BIG: return "E2BIG";
        case XSE_EPERM: return "EPERM";
        case XSE_PROTOCOL: return "protocol error";
        case XSE_TIMEOUT: return "no reply";
        default: return "unknown error";
    }
}

// The payload of an ERROR reply is the errno name and a NUL.
function storeErrorFromReply(address: number, length: number): number {
    const nameLength = length > 0 && load8(address + length - 1) === 0 ? length - 1 : length;
    for (let code = XSE_EINVAL; code >= XSE_EPERM; code--) {
        if (bytesEqual(address, nameLength, storeErrorName(code))) {
            return code;
        }
    }
    return XSE_UNKNOWN;
}

let storeNextRequestId = 1;

const storeRequest = staticBuffer(XS_HEADER_BYTES + XS_PAYLOAD_MAX, 8);  // header + payload being sent
let storeRequestLength = 0;              // payload bytes so far
let storeRequestTooLong = false;
const storeMessage = staticBuffer(XS_HEADER_BYTES + XS_PAYLOAD_MAX, 8);  // message being received
const storeReply = staticBuffer(XS_PAYLOAD_MAX, 8);                      // payload of the last reply
let storeReplyLength = 0;

// The three keys we watch (chapter 12 says what they mean). A watch is registered with a token
// of our choosing, and each event carries the token back: one token per key tells them apart.
// An event only raises the key's flag; the main loop reads the key when it next looks.
const WATCH_TOKEN_SHUTDOWN = "shutdown-watch";
const WATCH_TOKEN_TESTING = "testing-watch";
const WATCH_TOKEN_SYSRQ = "sysrq-watch";
const WATCH_TOKEN_TARGET = "target-watch";   // memory/target, while the balloon is on (chapter 16)
let shutdownWatchFired = false;
let testingWatchFired = false;
let sysrqWatchFired = false;
let targetWatchFired = false;

// ---- sending ----

function requestBegin(type: number): void {
    store32(storeRequest + XS_HEADER_TYPE, type);
    storeRequestLength = 0;
    storeRequestTooLong = false;
}

function requestAppendByte(byte: number): void {
    if (storeRequestLength >= XS_PAYLOAD_MAX) {
        storeRequestTooLong = true;
        return;
    }
    store8(storeRequest + XS_HEADER_BYTES + storeRequestLength, byte);
    storeRequestLength = storeRequestLength + 1;
}

// The bytes of a literal, without a NUL.
function requestAppendText(text: string): void {
    for (let i = 0; i < text.length; i++) {
        requestAppendByte(text.charCodeAt(i));
    }
}

// A path or token literal followed by its NUL.
function requestAppendString(text: string): void {
    requestAppendText(text);
    requestAppendByte(0);
}

function requestAppendBytes(address: number, length: number): void {
    for (let i = 0; i < length; i++) {
        requestAppendByte(load8(address + i));
    }
}

// Bytes we may still write into req[], or -1 when the index pair is impossible.
function storeRequestSpace(): number {
    const consumer = load32(storeRing + XS_REQ_CONS);
    const producer = load32(storeRing + XS_REQ_PROD);
    fullBarrier();   // read the consumer index before writing the bytes it frees
    const inFlight = (producer - consumer) >>> 0;
    if (inFlight > XS_RING_SIZE) {
        print("xenstore: request ring indexes make no sense (prod ");
        printDecimal(producer);
        print(", cons ");
        printDecimal(consumer);
        log("); request dropped");
        return -1;
    }
    return XS_RING_SIZE - inFlight;
}

// How many bytes one copy may move at a ring index: no further than the end of the ring's
// array (the rest wraps round to its start, in the next piece), no more than `ready` (the
// space or the bytes there are), no more than `wanted`.
function ringChunk(index: number, ready: number, wanted: number): number {
    let chunk = XS_RING_SIZE - (index & (XS_RING_SIZE - 1));
    if (chunk > ready) {
        chunk = ready;
    }
    if (chunk > wanted) {
        chunk = wanted;
    }
    return chunk;
}

// Stream `length` bytes from `source` into req[], in as many pieces as it takes. A message
// may be larger than the ring, so xenstored is notified after every piece that leaves more to
// send: it only makes room if it knows there is something to read.
function storeWriteStream(source: number, length: number): number {
    let sent = 0;
    let waitedTicks = 0;
    while (sent < length) {
        const space = storeRequestSpace();
        if (space < 0) {
            return XSE_PROTOCOL;
        }
        if (space === 0) {
            notifyPort(storePort);
            if (waitOnPort(storePort)) {
                waitedTicks = waitedTicks + 1;
                if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
                    log("xenstore: request ring stayed full; request abandoned");
                    return XSE_TIMEOUT;
                }
            }
            continue;
        }
        const producer = load32(storeRing + XS_REQ_PROD);
        const chunk = ringChunk(producer, space, length - sent);
        const to = storeRing + XS_REQ + (producer & (XS_RING_SIZE - 1));
        copyBytes(to, source + sent, chunk);
        writeBarrier();  // the bytes before the index that publishes them
        store32(storeRing + XS_REQ_PROD, (producer + chunk) >>> 0);
        sent = sent + chunk;
        if (sent < length) {
            notifyPort(storePort);
        }
    }
    notifyPort(storePort);
    return 0;
}

// ---- receiving ----

// Throw away whatever xenstored has produced: after a broken header there is no telling
// where the next message starts, and after a timeout the rest of the late reply would be read
// as the start of the next message.
function storeResynchronise(): void {
    const producer = load32(storeRing + XS_RSP_PROD);
    fullBarrier();
    store32(storeRing + XS_RSP_CONS, producer);
    notifyPort(storePort);
}

// Bytes ready in rsp[], or -1 (logged, resynchronised) when the index pair is impossible.
function storeBytesAvailable(): number {
    const consumer = load32(storeRing + XS_RSP_CONS);
    const producer = load32(storeRing + XS_RSP_PROD);
    readBarrier();   // the index before the bytes it covers
    const available = (producer - consumer) >>> 0;
    if (available > XS_RING_SIZE) {
        print("xenstore: reply ring indexes make no sense (prod ");
        printDecimal(producer);
        print(", cons ");
        printDecimal(consumer);
        log("); resynchronising");
        storeResynchronise();
        return -1;
    }
    return available;
}

// Read exactly `length` bytes from rsp[] into `destination`, waiting as needed.
function storeReadStream(destination: number, length: number): number {
    let received = 0;
    let waitedTicks = 0;
    while (received < length) {
        const available = storeBytesAvailable();
        if (available < 0) {
            return XSE_PROTOCOL;
        }
        if (available === 0) {
            if (waitOnPort(storePort)) {
                waitedTicks = waitedTicks + 1;
                if (waitedTicks >= XS_REPLY_TIMEOUT_TICKS) {
                    log("xenstore: no reply from xenstored; giving up on this request");
                    storeResynchronise();
                    return XSE_TIMEOUT;
                }
            }
            continue;
        }
        const consumer = load32(storeRing + XS_RSP_CONS);
        const chunk = ringChunk(consumer, available, length - received);
        const from = storeRing + XS_RSP + (consumer & (XS_RING_SIZE - 1));
        copyBytes(destination + received, from, chunk);
        fullBarrier();   // finish copying before handing the space back
        store32(storeRing + XS_RSP_CONS, (consumer + chunk) >>> 0);
        notifyPort(storePort);   // xenstored may be waiting for room to send the rest
        received = received + chunk;
    }
    return 0;
}

// A watch event's payload is "path\0token\0"; we registered one token per key.
function noteWatchEvent(payload: number, length: number): void {
    let pathEnd = 0;
    while (pathEnd < length && load8(payload + pathEnd) !== 0) {
        pathEnd = pathEnd + 1;
    }
    const token = payload + pathEnd + 1;
    let tokenLength = length - pathEnd - 1;
    if (tokenLength > 0 && load8(token + tokenLength - 1) === 0) {
        tokenLength = tokenLength - 1;
    }
    if (tokenLength < 0) {
        tokenLength = 0;
    }
    if (bytesEqual(token, tokenLength, WATCH_TOKEN_SHUTDOWN)) {
        shutdownWatchFired = true;
    } else if (bytesEqual(token, tokenLength, WATCH_TOKEN_TESTING)) {
        testingWatchFired = true;
    } else if (bytesEqual(token, tokenLength, WATCH_TOKEN_SYSRQ)) {
        sysrqWatchFired = true;
    } else if (bytesEqual(token, tokenLength, WATCH_TOKEN_TARGET)) {
        targetWatchFired = true;
    } else {
        print("xenstore: watch event with an unknown token ");
        printQuoted(token, tokenLength);
        endLine();
    }
}

// Read one whole message. Watch events are noted and give 0; a message that is a reply gives
// 1 and leaves the message in storeMessage; failures give a negative error code.
function storeReceiveMessage(): number {
    const headerResult = storeReadStream(storeMessage, XS_HEADER_BYTES);
    if (headerResult < 0) {
        return headerResult;
    }
    const length = load32(storeMessage + XS_HEADER_LEN);
    if (length > XS_PAYLOAD_MAX) {
        print("xenstore: message of ");
        printDecimal(length);
        log(" bytes exceeds the 4096-byte limit; resynchronising");
        storeResynchronise();
        return XSE_PROTOCOL;
    }
    const payloadResult = storeReadStream(storeMessage + XS_HEADER_BYTES, length);
    if (payloadResult < 0) {
        return payloadResult;
    }
    if (load32(storeMessage + XS_HEADER_TYPE) === XS_WATCH_EVENT) {
        noteWatchEvent(storeMessage + XS_HEADER_BYTES, length);
        return 0;
    }
    return 1;
}

// ---- several requests in flight ----
//
// Every request costs a round trip: our notification has to reach dom0, xenstored has to be
// scheduled there, read, answer and notify us back, and on a busy (or emulated) dom0 that wait
// is far longer than anything the guest does itself. Nothing in the protocol makes a client
// wait for one reply before sending the next request: xenstored takes req[] as a stream of
// messages and answers each one as it completes it, and every reply carries the req_id of its
// request [xen-abi §6.2], which is there so that a client can tell the answers to several
// requests apart. So the boot and the resume (chapters 14 and 18) queue everything they have to
// say, send it all at once and only then collect the replies: being ready costs one round
// trip, not one per key.
//
// A batch is a list of requests, each with the req_id it was given and a note of how its
// failure is reported. Sending writes the queued messages into req[] and notifies once;
// collecting reads messages until every request has its reply, matched by req_id, noting watch
// events as they come (the watches a batch registers fire at once) and logging and skipping a
// reply with an id the batch does not hold. Reporting then goes through the results in the
// order the requests were queued and logs each failure in the words a lone request would use.
// A request sent alone (storeTransact, below) is a batch of one.
//
// What is in flight is bounded by what req[] holds, 1024 bytes: while we write we do not read,
// so we never write more than the ring can take before we start collecting. A request that
// would not fit after those queued before it first sends and collects them; one bigger than the
// ring (a status near its size limit, say) goes alone, streamed in pieces as above. A
// batch holds at most XS_BATCH_MAX requests; one more reports the batch so far first.

const XS_BATCH_MAX = 16;                 // requests in one batch (the boot queues 8, a resume 8 or 9)
const XS_BATCH_PATH_KEPT = 64;           // bytes of each request's path kept for its report

// How a request's result is reported once its reply is in.
const REPORT_NONE = 0;                   // not at all: the caller looks at the result itself
const REPORT_WATCH = 1;                  // "xenstore: cannot watch <path>: <error name>"
const REPORT_WRITE = 2;                  // "xenstore: cannot write <path>: <error name>"
const REPORT_STATUS = 3;                 // the status key's own rule (chapter 17)
const REPORT_DOMID = 4;                  // the read of "domid": its value becomes domainId

const batchMessages = staticBuffer(XS_HEADER_BYTES + XS_PAYLOAD_MAX, 8);  // queued, not yet sent
let batchBytes = 0;                      // bytes queued in batchMessages
let batchCount = 0;                      // requests in the batch (sent or not)
let batchUnanswered = 0;                 // of them, how many still wait for a reply
const batchIds = staticBuffer(XS_BATCH_MAX * 8, 8);           // each request's req_id
const batchReports = staticBuffer(XS_BATCH_MAX * 8, 8);       // its REPORT_*
const batchResults = staticBuffer(XS_BATCH_MAX * 8, 8);       // its reply's length, or an error
const batchAnswered = staticBuffer(XS_BATCH_MAX * 8, 8);      // 1 once its result is in
const batchPaths = staticBuffer(XS_BATCH_MAX * XS_BATCH_PATH_KEPT, 8);
const batchPathLengths = staticBuffer(XS_BATCH_MAX * 8, 8);

function batchSetResult(slot: number, result: number): void {
    store64(batchResults + slot * 8, result);
    store64(batchAnswered + slot * 8, 1);
    batchUnanswered = batchUnanswered - 1;
}

// Put the request built with requestBegin/requestAppend* into the batch; gives its slot, whose
// result storeBatchResult gives once the batch has been sent. A request too long for the
// protocol is never sent: its result is E2BIG at once.
function storeQueue(report: number): number {
    if (batchCount >= XS_BATCH_MAX) {
        storeFinishBatch();
    }
    const messageBytes = XS_HEADER_BYTES + storeRequestLength;
    if (batchBytes > 0 && batchBytes + messageBytes > XS_RING_SIZE) {
        storeSendBatch();
    }
    const slot = batchCount;
    batchCount = batchCount + 1;
    batchUnanswered = batchUnanswered + 1;
    store64(batchAnswered + slot * 8, 0);
    store64(batchReports + slot * 8, report);
    // The path is the payload up to its NUL (every request we send starts with one).
    let pathLength = 0;
    while (pathLength < XS_BATCH_PATH_KEPT && pathLength < storeRequestLength &&
        load8(storeRequest + XS_HEADER_BYTES + pathLength) !== 0) {
        pathLength = pathLength + 1;
    }
    copyBytes(batchPaths + slot * XS_BATCH_PATH_KEPT, storeRequest + XS_HEADER_BYTES, pathLength);
    store64(batchPathLengths + slot * 8, pathLength);
    if (storeRequestTooLong) {
        store64(batchIds + slot * 8, 0);
        batchSetResult(slot, XSE_E2BIG);
        return slot;
    }
    const requestId = storeNextRequestId;
    storeNextRequestId = storeNextRequestId >= 2147483647 ? 1 : storeNextRequestId + 1;
    store64(batchIds + slot * 8, requestId);
    store32(storeRequest + XS_HEADER_REQ_ID, requestId);
    store32(storeRequest + XS_HEADER_TX_ID, 0);
    store32(storeRequest + XS_HEADER_LEN, storeRequestLength);
    copyBytes(batchMessages + batchBytes, storeRequest, messageBytes);
    batchBytes = batchBytes + messageBytes;
    return slot;
}

// Every request still waiting gets `error` (the ring broke, or xenstored fell silent).
function batchFailUnanswered(error: number): void {
    for (let slot = 0; slot < batchCount; slot++) {
        if (load64(batchAnswered + slot * 8) === 0) {
            batchSetResult(slot, error);
        }
    }
}

// The slot still waiting for the reply with this req_id, or -1.
function batchSlotOf(requestId: number): number {
    for (let slot = 0; slot < batchCount; slot++) {
        if (load64(batchAnswered + slot * 8) === 0 && load64(batchIds + slot * 8) === requestId) {
            return slot;
        }
    }
    return -1;
}

// The req_id of the first request still waiting, for the log.
function batchFirstUnansweredId(): number {
    for (let slot = 0; slot < batchCount; slot++) {
        if (load64(batchAnswered + slot * 8) === 0) {
            return load64(batchIds + slot * 8);
        }
    }
    return 0;
}

// Send what is queued, then collect replies until every request in the batch has its result.
// A successful reply's payload is left in storeReply (the last one collected), and the domid
// read's value is taken out of it as it arrives.
function storeSendBatch(): void {
    if (batchBytes > 0) {
        const sendResult = storeWriteStream(batchMessages, batchBytes);
        batchBytes = 0;
        if (sendResult < 0) {
            batchFailUnanswered(sendResult);
            return;
        }
    }
    while (batchUnanswered > 0) {
        const kind = storeReceiveMessage();
        if (kind < 0) {
            batchFailUnanswered(kind);
            return;
        }
        if (kind === 0) {
            continue;
        }
        const length = load32(storeMessage + XS_HEADER_LEN);
        const slot = batchSlotOf(load32(storeMessage + XS_HEADER_REQ_ID));
        if (slot < 0) {
            print("xenstore: dropped a reply to request ");
            printDecimal(load32(storeMessage + XS_HEADER_REQ_ID));
            print(" while waiting for ");
            printDecimal(batchFirstUnansweredId());
            endLine();
            continue;
        }
        if (load32(storeMessage + XS_HEADER_TYPE) === XS_ERROR) {
            batchSetResult(slot, storeErrorFromReply(storeMessage + XS_HEADER_BYTES, length));
            continue;
        }
        copyBytes(storeReply, storeMessage + XS_HEADER_BYTES, length);
        storeReplyLength = length;
        if (load64(batchReports + slot * 8) === REPORT_DOMID) {
            domainId = decimalFromBytes(storeReply, length);
        }
        batchSetResult(slot, length);
    }
}

// A request's result once the batch has been sent: the reply's payload length, or a negative
// error code.
function storeBatchResult(slot: number): number {
    return load64(batchResults + slot * 8);
}

// Send and collect whatever is still queued, report every result in the order the requests
// were queued, and start an empty batch.
function storeFinishBatch(): void {
    storeSendBatch();
    const count = batchCount;
    batchCount = 0;
    for (let slot = 0; slot < count; slot++) {
        const result = load64(batchResults + slot * 8);
        const report = load64(batchReports + slot * 8);
        const path = batchPaths + slot * XS_BATCH_PATH_KEPT;
        const pathLength = load64(batchPathLengths + slot * 8);
        if (report === REPORT_STATUS) {
            statusWriteAnswered(result);
        } else if (report === REPORT_DOMID && result < 0) {
            domainId = -1;
        } else if (report === REPORT_WATCH && result < 0) {
            logPathErrorAt("xenstore: cannot watch ", path, pathLength, result);
        } else if (report === REPORT_WRITE && result < 0) {
            logPathErrorAt("xenstore: cannot write ", path, pathLength, result);
        }
    }
}

// Send the request built with requestBegin/requestAppend* and wait for its reply: a batch of
// one (anything still queued is sent and reported first). Gives the reply's payload length
// (payload in storeReply) or a negative error code. A reply with another req_id (one we gave
// up on, or a stray one) is logged and skipped, never taken as the answer to this request.
function storeTransact(): number {
    if (batchCount > 0) {
        storeFinishBatch();
    }
    const slot = storeQueue(REPORT_NONE);
    storeSendBatch();
    const result = storeBatchResult(slot);
    batchCount = 0;
    return result;
}

// Consume whatever xenstored has sent without being asked (watch events) — called by the
// main loop when the store port fired.
function storeReceiveUnsolicited(): void {
    while (true) {
        const available = storeBytesAvailable();
        if (available <= 0) {
            return;
        }
        const kind = storeReceiveMessage();
        if (kind < 0) {
            return;
        }
        if (kind === 1) {
            print("xenstore: dropped an unexpected reply to request ");
            printDecimal(load32(storeMessage + XS_HEADER_REQ_ID));
            endLine();
        }
    }
}

// ---- the operations we use ----
//
// Each builds one request, sends it and waits for the reply. Paths are relative: xenstored
// takes them as relative to /local/domain/<our domid>. A read gives the value's length (the
// value is in storeReply); the others give 0. All give a negative error code on failure.

// The result of a request whose reply carries nothing we need.
function storeTransactStatus(): number {
    const result = storeTransact();
    return result < 0 ? result : 0;
}

function storeRead(path: string): number {
    requestBegin(XS_READ);
    requestAppendString(path);
    return storeTransact();
}

// Write `valueLength` bytes from a buffer. The value has no NUL: its length is the payload's.
function storeWrite(path: string, value: number, valueLength: number): number {
    requestBegin(XS_WRITE);
    requestAppendString(path);
    requestAppendBytes(value, valueLength);
    return storeTransactStatus();
}

// Write a literal: the same request, its bytes taken from a string.
function storeWriteText(path: string, value: string): number {
    requestBegin(XS_WRITE);
    requestAppendString(path);
    requestAppendText(value);
    return storeTransactStatus();
}

function storeRemove(path: string): number {
    requestBegin(XS_RM);
    requestAppendString(path);
    return storeTransactStatus();
}

// A write and a remove for a path built at run time: `pathLength` bytes at `path`, no NUL.
function storeWriteAt(path: number, pathLength: number, value: string): number {
    requestBegin(XS_WRITE);
    requestAppendBytes(path, pathLength);
    requestAppendByte(0);
    requestAppendText(value);
    return storeTransactStatus();
}

function storeRemoveAt(path: number, pathLength: number): number {
    requestBegin(XS_RM);
    requestAppendBytes(path, pathLength);
    requestAppendByte(0);
    return storeTransactStatus();
}

function storeUnwatch(path: string, token: string): number {
    requestBegin(XS_UNWATCH);
    requestAppendString(path);
    requestAppendString(token);
    return storeTransactStatus();
}

function storeWatch(path: string, token: string): number {
    requestBegin(XS_WATCH);
    requestAppendString(path);
    requestAppendString(token);
    return storeTransactStatus();
}

// Our domain id, as xenstore's "domid" key says: printed in the banner and every tick, and
// compared after a suspend to tell a new domain from the same one (chapter 14).
let domainId = -1;

function readDomainId(): number {
    const length = storeRead("domid");
    return length >= 0 ? decimalFromBytes(storeReply, length) : -1;
}

// The same read, queued in a batch: domainId is set when its reply arrives (-1 if it fails).
function queueDomainIdRead(): void {
    requestBegin(XS_READ);
    requestAppendString("domid");
    storeQueue(REPORT_DOMID);
}

// Queued in a batch: a watch, and a write of a literal, each failure reported with its path.
function queueWatch(path: string, token: string): void {
    requestBegin(XS_WATCH);
    requestAppendString(path);
    requestAppendString(token);
    storeQueue(REPORT_WATCH);
}

function queueWriteText(path: string, value: string): void {
    requestBegin(XS_WRITE);
    requestAppendString(path);
    requestAppendText(value);
    storeQueue(REPORT_WRITE);
}

// Every failed operation on a key is reported the same way: "<what><path>: <error name>".
function logPathError(what: string, path: string, error: number): void {
    print(what);
    print(path);
    print(": ");
    log(storeErrorName(error));
}

// The same for a path kept in memory (a batch's request): `length` bytes at `path`.
function logPathErrorAt(what: string, path: number, length: number, error: number): void {
    print(what);
    printBytes(path, length);
    print(": ");
    log(storeErrorName(error));
}

// ============================================================================================
// Chapter 12. The control state machine
// ============================================================================================
//
// Three keys drive the kernel, and the kernel command line can say at boot what the third
// would; docs/usage.md is the user's description of all of them.
//
// control/shutdown is the toolstack's: `xl shutdown` writes "poweroff", `xl reboot` writes
// "reboot", a save writes "suspend". We acknowledge by writing "" and then act. The order is
// forced [xen-abi §8.2]: libxl waits up to 60 s for the acknowledgement and reports failure
// without it; for "suspend" it only starts waiting for the domain to suspend once the value
// has changed (and cancels the save if it never does). Acting first would lose the write:
// after a poweroff nobody is left to make it, and a suspending domain is paused before it
// could.
//
// control/sysrq is the toolstack's too: `xl sysrq` writes one key [xen-abi §15.5]. We answer
// the way Linux does: acknowledge with "", then act on the three keys that map onto actions
// (c crash, b reboot, o poweroff) and only log the others.
//
// control/testing is the tester's. It is acknowledged first, for the same reason (the action
// may end the domain), then parsed in one of two protocols:
//   text:  now:X  — do X at once;  next:X — make X the override for the next shutdown request;
//          after:N:X — do X in N seconds;  cancel — drop what is pending;
//          suspend-channel:on|ignore|off — offer a suspend event channel (chapter 14);
//          agent:on|off, feature:NAME:on|off|absent, cant-suspend:TEXT — keys a toolstack reads
//          (chapter 17)
//   JSON:  {"when":"now"|"onshutdown","ack":"ok"|"none"|"delete"|<string>,"action":X,
//           "ackDelay":N,"delay":N}   (the last two optional, whole seconds)
// with X one of suspend, poweroff, reboot, halt, crash, ignore, hang, spin, watchdog,
// soft-reset (chapter 15), and N a whole number of seconds from 0 to 86400. The JSON is read
// by chapter 13's reader; this chapter only says what its members mean. The words of the
// kernel command line are obeyed at boot, in order, exactly as if each had been written to
// control/testing (without the acknowledgement: there is no key to acknowledge).
//
// The machine's state has three independent parts:
//   the override   IDLE, or ARMED(X, A, a, d): an action X, a way A to acknowledge the
//                  shutdown request it will take (A: "ok" writes "", "none" leaves the request
//                  in place, "delete" removes the key, any other string is written as the
//                  acknowledgement), and two delays in seconds: a before acknowledging, d
//                  between the acknowledgement and X. `next:X` arms (X, "ok", 0, 0); the JSON
//                  form arms its own "ack", "ackDelay" and "delay".
//   the timer      none, or TIMER(X, k): X is done k seconds from now (`after:k:X`, or JSON
//                  "now" with "delay": k). One at a time; a new one replaces the old.
//   the response   none, ACKING(X, A, k, d): a shutdown request taken by an override, to be
//                  acknowledged in k seconds, or ACTING(X, k): acknowledged, X in k seconds.
// Everything that can happen (B is a new override's acknowledgement, with its delays):
//
//   event                          | what happens
//   -------------------------------+---------------------------------------------------------
//   control/shutdown = W           | IDLE, no response: ack ""; do W if it is an action we
//     (W not empty, not our own    |   know, else log "unknown shutdown request"
//     acknowledgement (1))         | ARMED(X, A, a, d): → IDLE; the response starts
//                                  |   (ACKING(X, A, a, d)); W is not looked at
//                                  | a response running: log "busy with a delayed
//                                  |   response; request ignored" (the override stays)
//   control/shutdown empty or      | nothing
//     missing, or our own ack (1)  |
//   control/sysrq = one key        | ack ""; log it; c, b, o: do crash, reboot, poweroff
//   control/testing = now:Y, or    | ack; do Y (the rest of the state stays as it is)
//     JSON "now" without "delay"   |
//   control/testing = next:Y, or   | ack; → ARMED(Y, B): the new override replaces the old
//     JSON "onshutdown"            |
//   control/testing = after:k:Y,   | ack; → TIMER(Y, k), replacing a pending timer
//     or JSON "now" with "delay" k |
//   control/testing = cancel       | ack; → IDLE, no timer, no response (a request still
//                                  |   waiting for its acknowledgement is left unanswered)
//   control/testing = agent:,      | ack; write or remove the keys (chapter 17); the state
//     feature:, cant-suspend:,     |   above does not change
//     suspend-channel:             |
//   control/testing malformed, or  | ack; log "bogus command: <reason>"; nothing changes
//     any key holding bad input    |
//   a second passes                | "domain N tick T", then a line for each pending part;
//                                  |   every count k goes down by one (2)
//   a count reaches 0              | ACKING(X, A, 0, d): ack per A → ACTING(X, d);
//                                  | ACTING(X, 0): → no response; do X;
//                                  | TIMER(X, 0): → no timer; do X
//   the suspend channel fires      | on: do suspend, with no acknowledgement anywhere;
//                                  | ignore: log it; nothing else (chapter 14)
//   resume in a new domain (3)     | watch again; everything above is kept as it was
//
//   After every row but "a second passes", data/test-vm/status is written again (chapter 17).
//
//   "do Y" for suspend returns here (chapter 14), in the same domain or a new one, in the
//   same state; so does watchdog (Xen ends the domain a second later), and ignore does
//   nothing but say so; every other action ends the domain or stops the kernel (hang, spin).
//   "ack" on control/testing is a write of ""; when it fails (xl makes the key read-only to a
//   guest dom0 created: EACCES), the failure is logged and the command is obeyed all the same.
//   (1) After a custom acknowledgement string is written, its watch fires and we read our own
//       string back: that one value, once, is not a new request.
//   (2) Counts are in seconds the guest runs, counted by the tick (chapter 7), not read from
//       a clock: so a timer means the same on a new host, whose clock differs, and a suspended
//       guest's timers stop while it is saved and go on where they were after a restore or a
//       migration. A count of k set between two ticks ends on the (k+1)-th tick after: between
//       k and k+1 seconds later, never earlier; k = 0 ends on the next turn of the main loop.
//   (3) A resume in a new domain re-registers the watches (the new xenstore connection has
//       none), and each fires once. A key whose acknowledgement failed, or was left in place
//       on purpose (A = "none"), still holds the command already obeyed before the suspend; in
//       that first firing, the value handled last on that key is skipped, not obeyed again.
//
// A watch only says "this key may have changed": it fires once when registered, again for our
// own acknowledgement, and several firings fold into one flag before the main loop looks. So
// a handler always re-reads the key, and an empty or missing value means "nothing to do" —
// which is exactly what our own "" acknowledgement reads back as.

// ---- the actions, the override, the timer and the response ----

const ACTION_NONE = 0;
const ACTION_POWEROFF = 1;
const ACTION_REBOOT = 2;
const ACTION_HALT = 3;
const ACTION_CRASH = 4;
const ACTION_SUSPEND = 5;
const ACTION_IGNORE = 6;
const ACTION_HANG = 7;
const ACTION_SPIN = 8;
const ACTION_WATCHDOG = 9;
const ACTION_SOFT_RESET = 10;
const ACTION_LAST = ACTION_SOFT_RESET;

function actionName(action: number): string {
    switch (action) {
        case ACTION_POWEROFF: return "poweroff";
        case ACTION_REBOOT: return "reboot";
        case ACTION_HALT: return "halt";
        case ACTION_CRASH: return "crash";
        case ACTION_SUSPEND: return "suspend";
        case ACTION_IGNORE: return "ignore";
        case ACTION_HANG: return "hang";
        case ACTION_SPIN: return "spin";
        case ACTION_WATCHDOG: return "watchdog";
        case ACTION_SOFT_RESET: return "soft-reset";
        default: return "none";
    }
}

// The action spelled by exactly these bytes, or ACTION_NONE.
function actionFromBytes(address: number, length: number): number {
    for (let action = ACTION_POWEROFF; action <= ACTION_LAST; action++) {
        if (bytesEqual(address, length, actionName(action))) {
            return action;
        }
    }
    return ACTION_NONE;
}

// How to acknowledge the shutdown request that triggers an override (A in the table).
const ACK_OK = 0;                        // write ""
const ACK_NONE = 1;                      // leave the request in place
const ACK_DELETE = 2;                    // remove the key
const ACK_CUSTOM = 3;                    // write the tester's own string

const SECONDS_MAX = 86400;               // the longest delay a command may ask for: one day

// A count of `seconds` in ticks (note (2) of the table): the first tick after a command comes
// less than a second after it, so it must not count as a whole one.
function ticksFor(seconds: number): number {
    return seconds === 0 ? 0 : seconds + 1;
}

// The override: IDLE while overrideAction is ACTION_NONE, otherwise ARMED(X, A, a, d).
let overrideAction = ACTION_NONE;
let overrideAckMode = ACK_OK;
const overrideAckText = staticBuffer(XS_PAYLOAD_MAX, 8);
let overrideAckLength = 0;
let overrideAckDelay = 0;                // a, in seconds
let overrideActDelay = 0;                // d, in seconds

function setOverride(action: number, ackMode: number, ackText: number, ackLength: number,
    ackDelay: number, actDelay: number): void {
    overrideAction = action;
    overrideAckMode = ackMode;
    copyBytes(overrideAckText, ackText, ackLength);
    overrideAckLength = ackLength;
    overrideAckDelay = ackDelay;
    overrideActDelay = actDelay;
    print("override set: ");
    log(actionName(action));
    resultAppend("override set: ");
    resultAppend(actionName(action));
}

// The timer: none while timerAction is ACTION_NONE, otherwise TIMER(timerAction, ticks left).
let timerAction = ACTION_NONE;
let timerTicksLeft = 0;

function setTimer(action: number, seconds: number): void {
    if (timerAction !== ACTION_NONE) {
        print("timer replaced: ");
        log(actionName(timerAction));
    }
    timerAction = action;
    timerTicksLeft = ticksFor(seconds);
    timerSecondsSet = seconds;
    resultAppend("timer set: ");
    resultAppend(actionName(action));
    print("timer set: ");
    print(actionName(action));
    print(" in ");
    printDecimal(seconds);
    log(" s");
}

// The response to a shutdown request an override took, while it waits (the table's ACKING
// and ACTING). It keeps its own copy of the override's acknowledgement, since a new `next:`
// may arm another override meanwhile.
const RESPONSE_NONE = 0;
const RESPONSE_ACKING = 1;
const RESPONSE_ACTING = 2;
let responsePhase = RESPONSE_NONE;
let responseAction = ACTION_NONE;
let responseTicksLeft = 0;
let responseActDelay = 0;
let responseAckMode = ACK_OK;
const responseAckText = staticBuffer(XS_PAYLOAD_MAX, 8);
let responseAckLength = 0;

// ---- remembered values: notes (1) and (3) of the table ----
//
// A remembered value is a record: a u64 length, then that many bytes (at most 4096). Length
// 0 means nothing is remembered: an empty value never gets as far as a comparison, because
// it means "nothing to do".

const REMEMBERED_VALUE_BYTES = 8 + XS_PAYLOAD_MAX;

function remember(record: number, address: number, length: number): void {
    store64(record, length);
    copyBytes(record + 8, address, length);
}

function forget(record: number): void {
    store64(record, 0);
}

function isRemembered(record: number, address: number, length: number): boolean {
    return length > 0 && load64(record) === length && bytesMatch(record + 8, address, length);
}

const ownShutdownAck = staticBuffer(REMEMBERED_VALUE_BYTES, 8);      // (1): our custom ack
const lastShutdownValue = staticBuffer(REMEMBERED_VALUE_BYTES, 8);   // (3): per key, the value
const lastTestingValue = staticBuffer(REMEMBERED_VALUE_BYTES, 8);    //      handled last
const lastSysrqValue = staticBuffer(REMEMBERED_VALUE_BYTES, 8);
let shutdownRepeatGuard = false;         // (3): raised by a resume, lowered by the next firing
let testingRepeatGuard = false;
let sysrqRepeatGuard = false;

// The value being handled, copied out of storeReply (which the acknowledgement reuses).
const commandValue = staticBuffer(XS_PAYLOAD_MAX, 8);
let commandLength = 0;

// Is the value just read the one handled last on this key, while the guard is up? If not,
// it becomes the one handled last.
function alreadyHandled(guard: boolean, last: number): boolean {
    if (guard && isRemembered(last, commandValue, commandLength)) {
        log("already handled before the suspend; not again");
        return true;
    }
    remember(last, commandValue, commandLength);
    return false;
}

// Read a watched key into commandValue and print it. Gives false when there is nothing to do
// (missing, empty, or unreadable — the last is logged).
function readControlKey(path: string): boolean {
    const length = storeRead(path);
    if (length === XSE_ENOENT) {
        return false;
    }
    if (length < 0) {
        logPathError("xenstore: cannot read ", path, length);
        return false;
    }
    if (length === 0) {
        return false;
    }
    copyBytes(commandValue, storeReply, length);
    commandLength = length;
    print(path);
    print(" = ");
    printQuoted(commandValue, commandLength);
    endLine();
    return true;
}

function acknowledge(path: string): void {
    const result = storeWriteText(path, "");
    if (result < 0) {
        logPathError("ack failed: ", path, result);
    }
}

// ---- control/shutdown, and the response an override makes ----

function handleShutdownRequest(): void {
    const guard = shutdownRepeatGuard;
    shutdownRepeatGuard = false;
    if (!readControlKey("control/shutdown")) {
        return;
    }
    if (alreadyHandled(guard, lastShutdownValue)) {
        return;
    }
    statusDirty = true;
    if (isRemembered(ownShutdownAck, commandValue, commandLength)) {
        forget(ownShutdownAck);
        log("that is our own acknowledgement; nothing to do");
        return;
    }
    forget(ownShutdownAck);
    if (responsePhase !== RESPONSE_NONE) {
        log("busy with a delayed response; request ignored");
        return;
    }
    if (overrideAction !== ACTION_NONE) {
        startResponse();
        return;
    }
    acknowledge("control/shutdown");
    const action = actionFromBytes(commandValue, commandLength);
    if (action === ACTION_NONE || action === ACTION_IGNORE) {
        log("unknown shutdown request; ignored");
        return;
    }
    performAction(action);
}

// The override takes the request: it becomes the response, and the machine is IDLE again.
function startResponse(): void {
    responseAction = overrideAction;
    responseAckMode = overrideAckMode;
    copyBytes(responseAckText, overrideAckText, overrideAckLength);
    responseAckLength = overrideAckLength;
    responseActDelay = overrideActDelay;
    overrideAction = ACTION_NONE;
    print("override ");
    print(actionName(responseAction));
    log(" replaces the request");
    if (overrideAckDelay > 0) {
        responsePhase = RESPONSE_ACKING;
        responseTicksLeft = ticksFor(overrideAckDelay);
        print("acknowledging in ");
        printDecimal(overrideAckDelay);
        log(" s");
        return;
    }
    acknowledgeThenAct();
}

function acknowledgeThenAct(): void {
    acknowledgeShutdownPerResponse();
    if (responseActDelay > 0) {
        responsePhase = RESPONSE_ACTING;
        responseTicksLeft = ticksFor(responseActDelay);
        print("acting in ");
        printDecimal(responseActDelay);
        log(" s");
        return;
    }
    responsePhase = RESPONSE_NONE;
    performAction(responseAction);
}

function acknowledgeShutdownPerResponse(): void {
    if (responseAckMode === ACK_OK) {
        acknowledge("control/shutdown");
    } else if (responseAckMode === ACK_NONE) {
        log("request left in place, as the override asked");
    } else if (responseAckMode === ACK_DELETE) {
        const result = storeRemove("control/shutdown");
        if (result < 0) {
            logPathError("ack failed: ", "control/shutdown", result);
        }
    } else {
        const result = storeWrite("control/shutdown", responseAckText, responseAckLength);
        if (result < 0) {
            logPathError("ack failed: ", "control/shutdown", result);
        } else {
            remember(ownShutdownAck, responseAckText, responseAckLength);
        }
    }
}

// ---- counting down: the table's "a second passes" and "a count reaches 0" ----

// Called by every tick: one second off each pending count, and a line for each that is still
// running (the line says the ticks left, which is never less than the seconds left).
function countDownOneSecond(): void {
    if (timerAction !== ACTION_NONE && timerTicksLeft > 0) {
        timerTicksLeft = timerTicksLeft - 1;
        if (timerTicksLeft > 0) {
            print("timer: ");
            print(actionName(timerAction));
            print(" in ");
            printDecimal(timerTicksLeft);
            log(" s");
        }
    }
    if (responsePhase !== RESPONSE_NONE && responseTicksLeft > 0) {
        responseTicksLeft = responseTicksLeft - 1;
        if (responseTicksLeft > 0) {
            print("response: ");
            print(responsePhase === RESPONSE_ACKING ? "acknowledging" : actionName(responseAction));
            print(" in ");
            printDecimal(responseTicksLeft);
            log(" s");
        }
    }
}

// Act on the counts that have reached 0; says whether it did anything.
function runDueCounts(): boolean {
    if (responsePhase === RESPONSE_ACKING && responseTicksLeft === 0) {
        statusDirty = true;
        acknowledgeThenAct();
        return true;
    }
    if (responsePhase === RESPONSE_ACTING && responseTicksLeft === 0) {
        responsePhase = RESPONSE_NONE;
        statusDirty = true;
        performAction(responseAction);
        return true;
    }
    if (timerAction !== ACTION_NONE && timerTicksLeft === 0) {
        const action = timerAction;
        timerAction = ACTION_NONE;
        statusDirty = true;
        print("timer fired: ");
        log(actionName(action));
        performAction(action);
        return true;
    }
    return false;
}

// ---- control/sysrq ----

function handleSysrq(): void {
    const guard = sysrqRepeatGuard;
    sysrqRepeatGuard = false;
    if (!readControlKey("control/sysrq")) {
        return;
    }
    if (alreadyHandled(guard, lastSysrqValue)) {
        return;
    }
    statusDirty = true;
    acknowledge("control/sysrq");
    if (commandLength !== 1) {
        logBogus(BOGUS_SYSRQ_NOT_ONE_KEY);
        return;
    }
    const key = load8(commandValue);
    print("sysrq: ");
    printEscapedByte(key);
    let action = ACTION_NONE;
    if (key === 99) {                    // 'c'
        action = ACTION_CRASH;
    } else if (key === 98) {             // 'b'
        action = ACTION_REBOOT;
    } else if (key === 111) {            // 'o'
        action = ACTION_POWEROFF;
    }
    if (action === ACTION_NONE) {
        log(" (no action)");
        return;
    }
    endLine();
    performAction(action);
}

// ---- control/testing and the command line: the commands ----

const BOGUS_NEITHER = 1;
const BOGUS_UNKNOWN_ACTION = 2;
const BOGUS_BAD_JSON = 3;
const BOGUS_TRAILING = 4;
const BOGUS_TOO_DEEP = 5;
const BOGUS_MISSING_WHEN = 6;
const BOGUS_MISSING_ACK = 7;
const BOGUS_MISSING_ACTION = 8;
const BOGUS_WHEN_NOT_STRING = 9;
const BOGUS_ACK_NOT_STRING = 10;
const BOGUS_ACTION_NOT_STRING = 11;
const BOGUS_UNKNOWN_WHEN = 12;
const BOGUS_AFTER_FORM = 13;
const BOGUS_SECONDS = 14;
const BOGUS_DELAY_NOT_SECONDS = 15;
const BOGUS_ACK_DELAY_NOT_SECONDS = 16;
const BOGUS_ACK_DELAY_NOW = 17;
const BOGUS_SUSPEND_CHANNEL_MODE = 18;
const BOGUS_SYSRQ_NOT_ONE_KEY = 19;
const BOGUS_FEATURE_FORM = 20;
const BOGUS_BALLOON_FORM = 21;

function bogusReason(reason: number): string {
    switch (reason) {
        case BOGUS_NEITHER: return "expected now:, next:, after:, cancel, suspend-channel:, agent:, feature:, cant-suspend:, balloon: or a JSON object";
        case BOGUS_UNKNOWN_ACTION: return "unknown action";
        case BOGUS_BAD_JSON: return "malformed JSON";
        case BOGUS_TRAILING: return "text after the JSON object";
        case BOGUS_TOO_DEEP: return "JSON nested too deeply";
        case BOGUS_MISSING_WHEN: return "missing member \"when\"";
        case BOGUS_MISSING_ACK: return "missing member \"ack\"";
        case BOGUS_MISSING_ACTION: return "missing member \"action\"";
        case BOGUS_WHEN_NOT_STRING: return "member \"when\" is not a string";
        case BOGUS_ACK_NOT_STRING: return "member \"ack\" is not a string";
        case BOGUS_ACTION_NOT_STRING: return "member \"action\" is not a string";
        case BOGUS_UNKNOWN_WHEN: return "\"when\" is neither \"now\" nor \"onshutdown\"";
        case BOGUS_AFTER_FORM: return "after: expects after:<seconds>:<action>";
        case BOGUS_SECONDS: return "seconds must be a whole number from 0 to 86400";
        case BOGUS_DELAY_NOT_SECONDS: return "member \"delay\" is not a whole number of seconds from 0 to 86400";
        case BOGUS_ACK_DELAY_NOT_SECONDS: return "member \"ackDelay\" is not a whole number of seconds from 0 to 86400";
        case BOGUS_ACK_DELAY_NOW: return "\"ackDelay\" needs \"when\":\"onshutdown\"";
        case BOGUS_SUSPEND_CHANNEL_MODE: return "unknown suspend-channel mode";
        case BOGUS_SYSRQ_NOT_ONE_KEY: return "control/sysrq must be one key";
        case BOGUS_FEATURE_FORM: return "feature: expects feature:<name>:on|off|absent";
        case BOGUS_BALLOON_FORM: return "balloon: expects balloon:obey|refuse|slow:<pages>|partial:<percent>|off";
        default: return "unreadable command";
    }
}

function logBogus(reason: number): void {
    print("bogus command: ");
    log(bogusReason(reason));
}

// A command refused: said on the console, and kept as the command's result (chapter 17).
function reportBogus(reason: number): void {
    logBogus(reason);
    resultAppend("bogus command: ");
    resultAppend(bogusReason(reason));
}

// A count of seconds written in decimal digits only: 0 … SECONDS_MAX, or -1. (Six digits
// are never needed; more are refused before they could add up to a large number.)
function secondsFromBytes(address: number, length: number): number {
    if (length > 6) {
        return -1;
    }
    const value = decimalFromBytes(address, length);
    return value > SECONDS_MAX ? -1 : value;
}

function handleTestingCommand(): void {
    const guard = testingRepeatGuard;
    testingRepeatGuard = false;
    if (!readControlKey("control/testing")) {
        return;
    }
    if (alreadyHandled(guard, lastTestingValue)) {
        return;
    }
    acknowledge("control/testing");
    obeyCommand();
}

// Obey the command in commandValue: control/testing's value, or one word of the command line.
function obeyCommand(): void {
    noteCommand();
    // JSON if the first byte that is not JSON white space (chapter 13) opens an object.
    let start = 0;
    while (start < commandLength && isJsonSpace(load8(commandValue + start))) {
        start = start + 1;
    }
    if (start < commandLength && load8(commandValue + start) === 123) {   // '{'
        handleJsonCommand();
        return;
    }
    if (bytesStartWith(commandValue, commandLength, "now:")) {
        const action = actionFromBytes(commandValue + 4, commandLength - 4);
        if (action === ACTION_NONE) {
            reportBogus(BOGUS_UNKNOWN_ACTION);
            return;
        }
        resultAppend("action: ");
        resultAppend(actionName(action));
        performAction(action);
        return;
    }
    if (bytesStartWith(commandValue, commandLength, "next:")) {
        const action = actionFromBytes(commandValue + 5, commandLength - 5);
        if (action === ACTION_NONE) {
            reportBogus(BOGUS_UNKNOWN_ACTION);
            return;
        }
        setOverride(action, ACK_OK, 0, 0, 0, 0);
        return;
    }
    if (bytesStartWith(commandValue, commandLength, "after:")) {
        handleAfter();
        return;
    }
    if (bytesEqual(commandValue, commandLength, "cancel")) {
        cancelEverything();
        return;
    }
    if (bytesStartWith(commandValue, commandLength, "suspend-channel:")) {
        const mode = suspendChannelModeFromBytes(commandValue + 16, commandLength - 16);
        if (mode < 0) {
            reportBogus(BOGUS_SUSPEND_CHANNEL_MODE);
            return;
        }
        setSuspendChannel(mode);
        return;
    }
    if (bytesEqual(commandValue, commandLength, "agent:on")) {
        setAgent(true);
        return;
    }
    if (bytesEqual(commandValue, commandLength, "agent:off")) {
        setAgent(false);
        return;
    }
    if (bytesStartWith(commandValue, commandLength, "feature:")) {
        handleFeature();
        return;
    }
    if (bytesStartWith(commandValue, commandLength, "cant-suspend:")) {
        handleCantSuspend();
        return;
    }
    if (bytesStartWith(commandValue, commandLength, "balloon:")) {
        handleBalloonCommand();
        return;
    }
    reportBogus(BOGUS_NEITHER);
}

// after:N:X — the seconds run up to the second colon; both parts must be there.
function handleAfter(): void {
    const seconds = commandValue + 6;
    let secondsLength = 0;
    while (6 + secondsLength < commandLength && load8(seconds + secondsLength) !== 58) {   // ':'
        secondsLength = secondsLength + 1;
    }
    const actionLength = commandLength - 6 - secondsLength - 1;
    if (secondsLength === 0 || actionLength <= 0) {
        reportBogus(BOGUS_AFTER_FORM);
        return;
    }
    const count = secondsFromBytes(seconds, secondsLength);
    if (count < 0) {
        reportBogus(BOGUS_SECONDS);
        return;
    }
    const action = actionFromBytes(seconds + secondsLength + 1, actionLength);
    if (action === ACTION_NONE) {
        reportBogus(BOGUS_UNKNOWN_ACTION);
        return;
    }
    setTimer(action, count);
}

function cancelEverything(): void {
    let dropped = false;
    if (overrideAction !== ACTION_NONE) {
        print("override cancelled: ");
        log(actionName(overrideAction));
        overrideAction = ACTION_NONE;
        dropped = true;
    }
    if (timerAction !== ACTION_NONE) {
        print("timer cancelled: ");
        log(actionName(timerAction));
        timerAction = ACTION_NONE;
        dropped = true;
    }
    if (responsePhase !== RESPONSE_NONE) {
        print("delayed response cancelled: ");
        log(actionName(responseAction));
        responsePhase = RESPONSE_NONE;
        dropped = true;
    }
    if (!dropped) {
        log("cancel: nothing was pending");
    }
    resultAppend(dropped ? "cancelled" : "nothing was pending");
}

// A JSON command (the table's "when" rows): "now" does the action at once, or after "delay";
// "onshutdown" arms it with the acknowledgement "ack" names and the two delays. The reader is
// chapter 13.
function handleJsonCommand(): void {
    const refusal = readJsonCommand();
    if (refusal !== 0) {
        reportBogus(refusal);
        return;
    }
    const action = actionFromBytes(jsonAction, jsonActionLength);
    if (action === ACTION_NONE) {
        reportBogus(BOGUS_UNKNOWN_ACTION);
        return;
    }
    const delay = jsonDelay < 0 ? 0 : jsonDelay;
    if (bytesEqual(jsonWhen, jsonWhenLength, "now")) {
        if (jsonAckDelay >= 0) {
            reportBogus(BOGUS_ACK_DELAY_NOW);
        } else if (jsonDelay >= 0) {
            setTimer(action, delay);
        } else {
            resultAppend("action: ");
            resultAppend(actionName(action));
            performAction(action);
        }
        return;
    }
    if (!bytesEqual(jsonWhen, jsonWhenLength, "onshutdown")) {
        reportBogus(BOGUS_UNKNOWN_WHEN);
        return;
    }
    let ackMode = ACK_CUSTOM;
    if (bytesEqual(jsonAck, jsonAckLength, "ok")) {
        ackMode = ACK_OK;
    } else if (bytesEqual(jsonAck, jsonAckLength, "none")) {
        ackMode = ACK_NONE;
    } else if (bytesEqual(jsonAck, jsonAckLength, "delete")) {
        ackMode = ACK_DELETE;
    }
    setOverride(action, ackMode, jsonAck, jsonAckLength, jsonAckDelay < 0 ? 0 : jsonAckDelay, delay);
}

// ---- the kernel command line ----
//
// Its words, separated by spaces, are commands. They are obeyed once per boot, after the
// watches exist (so a word can act at once, suspend included), not after a resume: a resumed
// guest carries on with whatever they set up.

const commandLine = staticBuffer(COMMAND_LINE_BYTES + 8, 8);

// Where the line is, or 0 when there is none [xen-abi §15.6].
function commandLineAddress(): number {
    if (bootMode === BOOT_MODE_PV) {
        return startInfo + START_INFO_CMD_LINE;
    }
    const address = load64(hvmStartInfo + HVM_START_INFO_CMDLINE_PADDR);
    if (address !== 0 && address + COMMAND_LINE_BYTES > IDENTITY_MAP_END) {
        log("command line: above the first 4 GiB, which boot.S does not map; ignored");
        return 0;
    }
    return address;
}

function obeyCommandLine(): void {
    const address = commandLineAddress();
    if (address === 0) {
        return;
    }
    // Copied first: commandValue, where each word goes, is also where a command's own
    // reading happens, and the line must outlive them all.
    let length = 0;
    while (length < COMMAND_LINE_BYTES && load8(address + length) !== 0) {
        store8(commandLine + length, load8(address + length));
        length = length + 1;
    }
    let at = 0;
    while (at < length) {
        while (at < length && load8(commandLine + at) === 32) {
            at = at + 1;
        }
        let end = at;
        while (end < length && load8(commandLine + end) !== 32) {
            end = end + 1;
        }
        if (end > at) {
            copyBytes(commandValue, commandLine + at, end - at);
            commandLength = end - at;
            print("command line: ");
            printQuoted(commandValue, commandLength);
            endLine();
            obeyCommand();
        }
        at = end;
    }
}

// ---- connecting the keys ----
//
// At boot, and again after a resume in a new domain, whose xenstore connection starts with no
// watches: register the three watches and advertise, with control/feature-* = "1", the requests
// we understand. The toolstack creates those keys writable by the guest; they are how a
// guest says it has a handler for each request [xen-abi §7], and a harness takes
// control/feature-poweroff as the sign that the guest is ready. connectControlKeys only queues
// the six requests: its caller adds what else it has to say and sends the batch (chapter 11),
// so they all cost one round trip together.

// A watch registered at once, for a caller outside a batch (the balloon, chapter 16).
function watch(path: string, token: string): void {
    queueWatch(path, token);
    storeFinishBatch();
}

function connectControlKeys(): void {
    queueWatch("control/shutdown", WATCH_TOKEN_SHUTDOWN);
    queueWatch("control/testing", WATCH_TOKEN_TESTING);
    queueWatch("control/sysrq", WATCH_TOKEN_SYSRQ);
    queueWriteText("control/feature-poweroff", "1");
    queueWriteText("control/feature-reboot", "1");
    queueWriteText("control/feature-suspend", "1");
}

// ============================================================================================
// Chapter 13. A small JSON reader
// ============================================================================================
//
// Just enough JSON (RFC 8259) to pick three string members — "when", "ack" and "action" — and
// two counts of seconds — "delay" and "ackDelay" — out of one object, and to skip anything
// else correctly: other members, of any type, are allowed
// and ignored, as a tester's tool may add its own. Strings are decoded (escapes, \uXXXX to
// UTF-8) into fixed buffers of 4096 bytes, which always suffice because decoding never makes
// a string longer than the 4096 input bytes it came from. Nesting is bounded, so that hostile
// input cannot exhaust the stack.
//
// The reader is a cursor over the bytes (jsonAt … jsonEnd) and one error slot: the first
// failure records a BOGUS_* reason (chapter 12) and every later step gives up at once, so a
// caller checks jsonError once at the end instead of after every step.

const JSON_MAX_DEPTH = 32;

let jsonAt = 0;          // address of the next byte
let jsonEnd = 0;         // address one past the last byte
let jsonError = 0;       // a BOGUS_* reason once something went wrong
let jsonDecodedLength = 0;

const jsonKey = staticBuffer(XS_PAYLOAD_MAX, 8);     // the member name being read
const jsonWhen = staticBuffer(XS_PAYLOAD_MAX, 8);    // the three members of a command, decoded,
const jsonAck = staticBuffer(XS_PAYLOAD_MAX, 8);     // with their lengths below (-1: absent)
const jsonAction = staticBuffer(XS_PAYLOAD_MAX, 8);
let jsonWhenLength = -1;
let jsonAckLength = -1;
let jsonActionLength = -1;
let jsonDelay = -1;                                   // the two optional counts of seconds
let jsonAckDelay = -1;                                // (-1: absent)

function isJsonSpace(byte: number): boolean {
    return byte === 32 || byte === 9 || byte === 10 || byte === 13;
}

function jsonPeek(): number {
    return jsonAt < jsonEnd ? load8(jsonAt) : -1;
}

function jsonSkipSpace(): void {
    while (jsonAt < jsonEnd && isJsonSpace(load8(jsonAt))) {
        jsonAt = jsonAt + 1;
    }
}

function jsonFail(reason: number): boolean {
    if (jsonError === 0) {
        jsonError = reason;
    }
    return false;
}

function hexValue(byte: number): number {
    if (byte >= 48 && byte <= 57) {
        return byte - 48;
    }
    if (byte >= 97 && byte <= 102) {
        return byte - 87;
    }
    if (byte >= 65 && byte <= 70) {
        return byte - 55;
    }
    return -1;
}

// Four hex digits after "\u"; -1 if malformed.
function jsonReadHex4(): number {
    if (jsonEnd - jsonAt < 4) {
        return -1;
    }
    let value = 0;
    for (let i = 0; i < 4; i++) {
        const digit = hexValue(load8(jsonAt + i));
        if (digit < 0) {
            return -1;
        }
        value = value * 16 + digit;
    }
    jsonAt = jsonAt + 4;
    return value;
}

function jsonEmit(destination: number, byte: number): void {
    if (destination !== 0 && jsonDecodedLength < XS_PAYLOAD_MAX) {
        store8(destination + jsonDecodedLength, byte);
    }
    jsonDecodedLength = jsonDecodedLength + 1;
}

function jsonEmitCodePoint(destination: number, codePoint: number): void {
    if (codePoint < 0x80) {
        jsonEmit(destination, codePoint);
    } else if (codePoint < 0x800) {
        jsonEmit(destination, 0xc0 + (codePoint >> 6));
        jsonEmit(destination, 0x80 + (codePoint & 63));
    } else if (codePoint < 0x10000) {
        jsonEmit(destination, 0xe0 + (codePoint >> 12));
        jsonEmit(destination, 0x80 + ((codePoint >> 6) & 63));
        jsonEmit(destination, 0x80 + (codePoint & 63));
    } else {
        jsonEmit(destination, 0xf0 + (codePoint >> 18));
        jsonEmit(destination, 0x80 + ((codePoint >> 12) & 63));
        jsonEmit(destination, 0x80 + ((codePoint >> 6) & 63));
        jsonEmit(destination, 0x80 + (codePoint & 63));
    }
}

// A string starting at '"'; decoded into `destination` (0: just skip). The decoded length is
// left in jsonDecodedLength; the input is at most 4096 bytes, so the decoding always fits.
function jsonString(destination: number): boolean {
    if (jsonPeek() !== 34) {
        return jsonFail(BOGUS_BAD_JSON);
    }
    jsonAt = jsonAt + 1;
    jsonDecodedLength = 0;
    while (true) {
        if (jsonAt >= jsonEnd) {
            return jsonFail(BOGUS_BAD_JSON);
        }
        const byte = load8(jsonAt);
        jsonAt = jsonAt + 1;
        if (byte === 34) {
            return true;
        }
        if (byte < 32) {
            return jsonFail(BOGUS_BAD_JSON);
        }
        if (byte !== 92) {
            jsonEmit(destination, byte);
            continue;
        }
        if (jsonAt >= jsonEnd) {
            return jsonFail(BOGUS_BAD_JSON);
        }
        const escape = load8(jsonAt);
        jsonAt = jsonAt + 1;
        switch (escape) {
            case 34: jsonEmit(destination, 34); break;   // \"
            case 92: jsonEmit(destination, 92); break;   // \\
            case 47: jsonEmit(destination, 47); break;   // \/
            case 98: jsonEmit(destination, 8); break;    // \b
            case 102: jsonEmit(destination, 12); break;  // \f
            case 110: jsonEmit(destination, 10); break;  // \n
            case 114: jsonEmit(destination, 13); break;  // \r
            case 116: jsonEmit(destination, 9); break;   // \t
            case 117: {                                  // \uXXXX
                let codePoint = jsonReadHex4();
                if (codePoint < 0) {
                    return jsonFail(BOGUS_BAD_JSON);
                }
                // A high surrogate followed by an escaped low one is one code point.
                if (codePoint >= 0xd800 && codePoint < 0xdc00 && jsonEnd - jsonAt >= 6 &&
                    load8(jsonAt) === 92 && load8(jsonAt + 1) === 117) {
                    const saved = jsonAt;
                    jsonAt = jsonAt + 2;
                    const low = jsonReadHex4();
                    if (low >= 0xdc00 && low < 0xe000) {
                        codePoint = 0x10000 + (codePoint - 0xd800) * 1024 + (low - 0xdc00);
                    } else {
                        jsonAt = saved;
                    }
                }
                jsonEmitCodePoint(destination, codePoint);
                break;
            }
            default:
                return jsonFail(BOGUS_BAD_JSON);
        }
    }
}

function jsonDigits(): number {
    let count = 0;
    while (jsonAt < jsonEnd && load8(jsonAt) >= 48 && load8(jsonAt) <= 57) {
        jsonAt = jsonAt + 1;
        count = count + 1;
    }
    return count;
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
function jsonNumber(): boolean {
    if (jsonPeek() === 45) {
        jsonAt = jsonAt + 1;
    }
    if (jsonPeek() === 48) {
        jsonAt = jsonAt + 1;
    } else if (jsonDigits() === 0) {
        return jsonFail(BOGUS_BAD_JSON);
    }
    if (jsonPeek() === 46) {
        jsonAt = jsonAt + 1;
        if (jsonDigits() === 0) {
            return jsonFail(BOGUS_BAD_JSON);
        }
    }
    if (jsonPeek() === 101 || jsonPeek() === 69) {
        jsonAt = jsonAt + 1;
        if (jsonPeek() === 43 || jsonPeek() === 45) {
            jsonAt = jsonAt + 1;
        }
        if (jsonDigits() === 0) {
            return jsonFail(BOGUS_BAD_JSON);
        }
    }
    return true;
}

function jsonLiteral(word: string): boolean {
    if (jsonEnd - jsonAt < word.length || !bytesEqual(jsonAt, word.length, word)) {
        return jsonFail(BOGUS_BAD_JSON);
    }
    jsonAt = jsonAt + word.length;
    return true;
}

// Skip one value of any kind.
function jsonSkipValue(depth: number): boolean {
    if (depth > JSON_MAX_DEPTH) {
        return jsonFail(BOGUS_TOO_DEEP);
    }
    jsonSkipSpace();
    const first = jsonPeek();
    if (first === 34) {
        return jsonString(0);
    }
    if (first === 123 || first === 91) {          // '{' or '['
        const closer = first === 123 ? 125 : 93;
        jsonAt = jsonAt + 1;
        jsonSkipSpace();
        if (jsonPeek() === closer) {
            jsonAt = jsonAt + 1;
            return true;
        }
        while (true) {
            if (first === 123) {
                jsonSkipSpace();
                if (!jsonString(0)) {
                    return false;
                }
                jsonSkipSpace();
                if (jsonPeek() !== 58) {
                    return jsonFail(BOGUS_BAD_JSON);
                }
                jsonAt = jsonAt + 1;
            }
            if (!jsonSkipValue(depth + 1)) {
                return false;
            }
            jsonSkipSpace();
            const next = jsonPeek();
            jsonAt = jsonAt + 1;
            if (next === closer) {
                return true;
            }
            if (next !== 44) {
                return jsonFail(BOGUS_BAD_JSON);
            }
        }
    }
    if (first === 116) {
        return jsonLiteral("true");
    }
    if (first === 102) {
        return jsonLiteral("false");
    }
    if (first === 110) {
        return jsonLiteral("null");
    }
    return jsonNumber();
}

// The value of a member we care about: must be a string; decoded into `destination`.
function jsonMemberString(destination: number, notStringReason: number): number {
    jsonSkipSpace();
    if (jsonPeek() !== 34) {
        if (!jsonSkipValue(1)) {
            return -1;
        }
        jsonFail(notStringReason);
        return -1;
    }
    if (!jsonString(destination)) {
        return -1;
    }
    return jsonDecodedLength;
}

// The value of a member that counts seconds: any JSON value is read (so a malformed one is
// reported as such), and it must be a number written in digits alone, 0 … 86400. 1e3 and
// 5.0 are refused although they equal whole numbers: a tester who writes them meant
// something we would rather ask about than guess.
function jsonMemberSeconds(notSecondsReason: number): number {
    jsonSkipSpace();
    const start = jsonAt;
    if (!jsonSkipValue(1)) {
        return -1;
    }
    const seconds = secondsFromBytes(start, jsonAt - start);
    if (seconds < 0) {
        jsonFail(notSecondsReason);
    }
    return seconds;
}

// Read the command in commandValue, which starts with '{' after optional space, into jsonWhen,
// jsonAck, jsonAction, jsonDelay and jsonAckDelay. Gives 0, or the BOGUS_* reason the command
// is refused for.
function readJsonCommand(): number {
    jsonAt = commandValue;
    jsonEnd = commandValue + commandLength;
    jsonError = 0;
    jsonWhenLength = -1;
    jsonAckLength = -1;
    jsonActionLength = -1;
    jsonDelay = -1;
    jsonAckDelay = -1;
    jsonSkipSpace();
    jsonAt = jsonAt + 1;                          // the '{' seen by the caller
    jsonSkipSpace();
    if (jsonPeek() === 125) {
        jsonAt = jsonAt + 1;
    } else {
        while (jsonError === 0) {
            jsonSkipSpace();
            if (!jsonString(jsonKey)) {
                break;
            }
            const keyLength = jsonDecodedLength;
            jsonSkipSpace();
            if (jsonPeek() !== 58) {
                jsonFail(BOGUS_BAD_JSON);
                break;
            }
            jsonAt = jsonAt + 1;
            if (bytesEqual(jsonKey, keyLength, "when")) {
                jsonWhenLength = jsonMemberString(jsonWhen, BOGUS_WHEN_NOT_STRING);
            } else if (bytesEqual(jsonKey, keyLength, "ack")) {
                jsonAckLength = jsonMemberString(jsonAck, BOGUS_ACK_NOT_STRING);
            } else if (bytesEqual(jsonKey, keyLength, "action")) {
                jsonActionLength = jsonMemberString(jsonAction, BOGUS_ACTION_NOT_STRING);
            } else if (bytesEqual(jsonKey, keyLength, "delay")) {
                jsonDelay = jsonMemberSeconds(BOGUS_DELAY_NOT_SECONDS);
            } else if (bytesEqual(jsonKey, keyLength, "ackDelay")) {
                jsonAckDelay = jsonMemberSeconds(BOGUS_ACK_DELAY_NOT_SECONDS);
            } else {
                jsonSkipValue(1);
            }
            if (jsonError !== 0) {
                break;
            }
            jsonSkipSpace();
            const next = jsonPeek();
            jsonAt = jsonAt + 1;
            if (next === 125) {
                break;
            }
            if (next !== 44) {
                jsonFail(BOGUS_BAD_JSON);
            }
        }
    }
    if (jsonError === 0) {
        jsonSkipSpace();
        if (jsonAt < jsonEnd) {
            jsonFail(BOGUS_TRAILING);
        }
    }
    if (jsonError === 0 && jsonWhenLength < 0) {
        jsonFail(BOGUS_MISSING_WHEN);
    }
    if (jsonError === 0 && jsonAckLength < 0) {
        jsonFail(BOGUS_MISSING_ACK);
    }
    if (jsonError === 0 && jsonActionLength < 0) {
        jsonFail(BOGUS_MISSING_ACTION);
    }
    return jsonError;
}

// ============================================================================================
// Chapter 14. Suspend and resume
// ============================================================================================
//
// To save a PV guest, the toolstack pauses it and copies every page, rewriting machine frame
// numbers to pseudo-physical ones as it goes; to restore it, it builds a new domain with new
// frames, event channels and shared_info, and rewrites our p2m array and parts of start_info.
// The guest has to help on both sides [xen-abi §11]:
//
// Before: the tools find our p2m array through a three-level tree we publish in shared_info
// (arch.pfn_to_mfn_frame_list_list: a page of MFNs of "frame-list" pages, each holding up to
// 512 MFNs of p2m pages, each p2m page holding 512 entries) together with arch.max_pfn, the
// number of pages it covers. The tree's pages are ours (staticBuffers); their MFNs come from
// the p2m itself. We also turn the two ring MFNs in start_info into pfns (the restore tool
// reads pfns there), and unmap shared_info, because a mapping of a frame that is not ours
// makes the save fail: the save tool rewrites every page-table entry from MFN to pfn, and
// shared_info's frame has no pfn. Then SCHEDOP_shutdown(suspend) with the start_info MFN in
// rdx, which the tools use to find start_info in the saved image.
//
// After: the hypercall returns 1 if the suspend was cancelled or only a checkpoint was taken
// (same domain: put the MFNs back, remap shared_info) and 0 if we woke up in a new domain
// (re-read start_info, map the new shared_info, rebuild the tree — every MFN in it is of the
// old host, and the restore tool zeroes its root, so without this the next save fails —
// forget any half-read xenstore replies, register the watches again: the new xenstore
// connection has none).
//
// A PVH guest has none of the frame-number work to do (chapter 5): the tools copy its guest
// frames as they are, shared_info included, and it passes 0 in rdx. After a resume in a new
// domain it asks for the new shared_info at the same page, reads the HVM parameters again and
// reconnects; the rest is the same in both modes.
//
//    the p2m frame-list tree (PV only), as the save tool walks it from shared_info
//
//    shared_info.arch                frameListList     frameLists            p2m array
//    +----------------------+        (one page)        (FRAME_LIST_PAGES_MAX (mfn_list, 8 bytes
//    | max_pfn = nr_pages   |                           pages, contiguous)    per pfn)
//    | pfn_to_mfn_frame_    |        +-----------+     +-----------+         +---------------+
//    |   list_list = MFN ───┼──────► | MFN ──────┼───► | MFN ──────┼───────► | MFN of pfn 0  |
//    +----------------------+        | MFN ───┐  |     | MFN ───┐  |         | …   pfn 511   |
//                                    | 0      │  |     | …      │  |         +---------------+
//                                    | …      │  |     | (512)  └──┼───────► | MFN of pfn 512|
//                                    +--------┼--+     +-----------+         | …   pfn 1023  |
//                                             │        | MFN …     |         +---------------+
//                                             └──────► | (the next |         | …             |
//                                                      |  512)     |
//                                                      +-----------+
//
//    Every arrow is a machine frame number, so the tool can follow it without our page
//    tables. One p2m page holds 512 entries (2 MiB of guest); one frame-list page names 512
//    p2m pages (1 GiB); the root names up to 512 frame-list pages, of which we reserve 8.

const SHARED_INFO_ARCH_MAX_PFN = 3088;        // arch_shared_info.max_pfn: pages covered by the p2m
const SHARED_INFO_ARCH_FRAME_LIST_LIST = 3096; // arch_shared_info.pfn_to_mfn_frame_list_list (an MFN)
const P2M_ENTRIES_PER_PAGE = 512;            // 8-byte MFNs in a 4 KiB page
const FRAME_LIST_PAGES_MAX = 8;              // each covers 512 × 512 pages: 8 GiB of guest in all

const frameListList = staticBuffer(PAGE_SIZE, PAGE_SIZE);
const frameLists = staticBuffer(FRAME_LIST_PAGES_MAX * PAGE_SIZE, PAGE_SIZE);

function clearWords(address: number, count: number): void {
    for (let i = 0; i < count; i++) {
        store64(address + i * 8, 0);
    }
}

// Build the tree from the p2m as it is now, and publish it. The frame-list pages are
// contiguous, so entry k of the flat list is the MFN of p2m page k whichever page holds it.
function publishFrameListTree(): boolean {
    const entries = p2mExtended ? balloonPfnLimit : domainPages;
    const builderPages = Math.floor(p2mBuilderEntries / P2M_ENTRIES_PER_PAGE);
    const p2mPages = Math.floor((entries + P2M_ENTRIES_PER_PAGE - 1) / P2M_ENTRIES_PER_PAGE);
    const frameListCount = Math.floor((p2mPages + P2M_ENTRIES_PER_PAGE - 1) / P2M_ENTRIES_PER_PAGE);
    if (frameListCount > FRAME_LIST_PAGES_MAX) {
        print("suspend: ");
        printDecimal(entries);
        log(" pages are more than this kernel's p2m tree covers; save will not work");
        return false;
    }
    clearWords(frameListList, P2M_ENTRIES_PER_PAGE);
    clearWords(frameLists, frameListCount * P2M_ENTRIES_PER_PAGE);
    for (let page = 0; page < p2mPages; page++) {
        const address = p2mExtended && page >= builderPages ?
            p2mExtension + (page - builderPages) * PAGE_SIZE : mfnList + page * PAGE_SIZE;
        store64(frameLists + page * 8, machineFrameOf(address));
    }
    for (let list = 0; list < frameListCount; list++) {
        store64(frameListList + list * 8, machineFrameOf(frameLists + list * PAGE_SIZE));
    }
    store64(sharedInfoPage + SHARED_INFO_ARCH_MAX_PFN, entries);
    writeBarrier();
    store64(sharedInfoPage + SHARED_INFO_ARCH_FRAME_LIST_LIST, machineFrameOf(frameListList));
    return true;
}

function unmapSharedInfo(): number {
    const result = hypercall(HYPERCALL_UPDATE_VA_MAPPING, sharedInfoPage, 0, UVMF_INVLPG, 0, 0);
    if (result === 0) {
        sharedInfoMapped = false;
    }
    return result;
}

// SCHEDOP_shutdown(suspend): 0 = resumed in a new domain, 1 = the same domain goes on.
function suspendHypercall(startInfoFrame: number): number {
    store32(hypercallArguments, SHUTDOWN_SUSPEND);
    return hypercall(HYPERCALL_SCHED_OP, SCHEDOP_SHUTDOWN, hypercallArguments, startInfoFrame, 0, 0);
}

// PV: the frame-number work around the hypercall, as the header of this chapter says.
function suspendPv(): number {
    // From here until shared_info is back nothing may print: with shared_info unmapped
    // waitOnPort can only yield and counts no seconds, so a full ring would hold us forever.
    const startInfoFrame = machineFrameOf(startInfo);
    store64(startInfo + START_INFO_STORE_MFN, Math.floor(storeRing / PAGE_SIZE));
    store64(startInfo + START_INFO_CONSOLE_MFN, Math.floor(consoleRing / PAGE_SIZE));
    const unmapResult = unmapSharedInfo();
    const result = unmapResult === 0 ? suspendHypercall(startInfoFrame) : unmapResult;
    if (result === 0) {
        return result;
    }
    // Same domain (a cancel, a checkpoint, or a refused unmap or suspend): the frames are the
    // ones we had, so the rings' MFNs go back and shared_info is mapped again. The tree is
    // still valid; it is republished anyway, as Linux does, since it costs little.
    store64(startInfo + START_INFO_STORE_MFN, machineFrameOf(storeRing));
    store64(startInfo + START_INFO_CONSOLE_MFN, machineFrameOf(consoleRing));
    if (!sharedInfoMapped) {
        remapSharedInfoOrCrash();
    }
    publishFrameListTree();
    return result;
}

// PVH: the hypercall with nothing in rdx, and shared_info left where it is. A return of 0 is
// not enough to know that this is a new domain: after `xl save -c`, libxl makes the hypercall
// return 1 only in a guest that has an event callback (HVM_PARAM_CALLBACK_IRQ), which this one
// does not take [xen-abi §14.10], so the checkpointed domain sees 0 too. So on 0 we first
// reconnect — the event channels, the rings' ports and shared_info may all be new — and then
// ask xenstore for our domid: the same id means the same domain, which goes on as after a
// cancel, its watches still in place.
function suspendPvh(): number {
    const result = suspendHypercall(0);
    if (result !== 0) {
        return result;
    }
    sharedInfoMapped = false;            // a new domain's shared_info is nowhere yet
    const missing = readHvmParams();
    remapSharedInfoOrCrash();
    startTicking();
    if (missing.length > 0) {
        print("resume: Xen gave no value for ");
        log(missing);
    }
    const id = readDomainId();
    return id >= 0 && id === domainId ? 1 : 0;
}

function suspendDomain(): void {
    if (bootMode === BOOT_MODE_PV && !publishFrameListTree()) {
        log("suspend refused");
        return;
    }
    log("suspending");
    publishState("suspending");
    consoleDrain();          // so "suspending" is in the log before this domain is saved
    const result = bootMode === BOOT_MODE_PV ? suspendPv() : suspendPvh();
    if (result === 0) {
        resumeCount = resumeCount + 1;
        resumeInNewDomain();             // which publishes "running" in its batch
        return;
    }
    startTicking();
    if (result === 1) {
        log("suspend cancelled");
        resumeCount = resumeCount + 1;
    } else {
        logErrno("suspend failed: error ", result);
    }
    offerFreshSuspendChannel(true);      // the toolstack's end of the old one is unbound now
    publishState("running");
}

// Without shared_info the kernel can neither wait nor tell time, so a failed mapping ends the
// domain. The message is drained first, but that drain counts no seconds (chapter 8): it lasts
// until xenconsoled takes the bytes. The upcall mask is set even though the builder (and a
// restore, which copies vcpu_info from the saved page) leaves it 1: an upcall with no callback
// registered would kill the domain, and the store makes that impossible whatever came before.
function remapSharedInfoOrCrash(): void {
    const mapResult = mapSharedInfo();
    if (mapResult !== 0) {
        logErrno("xen-test-vm: cannot map shared_info: error ", mapResult);
        consoleDrain();
        shutdownForever(SHUTDOWN_CRASH);
    }
    store8(sharedInfoPage + VCPU0_UPCALL_MASK, 1);   // we take no upcalls
}

function resumeInNewDomain(): void {
    if (bootMode === BOOT_MODE_PV) {     // PVH has done this already, in suspendPvh
        readStartInfo();
        remapSharedInfoOrCrash();
        startTicking();                  // a new host has a clock of its own
        publishFrameListTree();
    }
    storeResynchronise();    // replies to the old connection will never be wanted
    // Watch flags from the old connection are void (the keys are re-read when the new watches
    // fire), and the repeat guards make that first firing skip a command already obeyed.
    shutdownWatchFired = false;
    testingWatchFired = false;
    sysrqWatchFired = false;
    targetWatchFired = false;
    shutdownRepeatGuard = true;
    testingRepeatGuard = true;
    sysrqRepeatGuard = true;
    // As at boot (chapter 18), one batch: our new domid, the watches, the feature keys and the
    // status, sent together and answered in one round trip.
    queueDomainIdRead();
    connectControlKeys();
    if (targetWatched) {
        queueWatch("memory/target", WATCH_TOKEN_TARGET);
    }
    queueState("running");
    storeSendBatch();
    log("resumed in a new domain");
    storeFinishBatch();
    offerFreshSuspendChannel(false);     // the old domain's port died with it
    if (agentOn) {
        writeAgentKeys();                // the new domain's home starts without them
    }
}

// ---- the suspend event channel ----
//
// A guest may offer the toolstack a quicker way to ask for a suspend than control/shutdown:
// an event channel, left unbound for dom0, whose number it writes to
// device/suspend/event-channel. libxl looks for that key on every save, migration and
// checkpoint and, when it holds a port, binds it and sends one notification instead of
// writing "suspend" [xen-abi §15.4]: there is no acknowledgement, the guest just suspends,
// and libxl waits for the domain to do so (and gives up after a timeout). Upstream Linux
// offers none, so the default is off. `suspend-channel:on` offers one; `ignore` offers one
// and then ignores its notifications, so that the toolstack's timeout can be tested; `off`
// closes it and empties the key, which libxl reads as "no channel" just as it reads a missing
// one. (Removing the key would work once; but libxl made it in a directory the guest may not
// write, so the guest could never create it again for a later `on`.)
//
// An event channel belongs to a domain, so a resume in a new domain starts with none: the
// channel is offered again, on a fresh port. After a cancelled suspend the domain is the same
// and so is the port, but libxl has unbound its end; a fresh port is offered there too (the
// old one closed), so that every save begins the same way.

const SUSPEND_CHANNEL_OFF = 0;
const SUSPEND_CHANNEL_ON = 1;
const SUSPEND_CHANNEL_IGNORE = 2;
let suspendChannelMode = SUSPEND_CHANNEL_OFF;
let suspendChannelPort = NO_PORT;
const suspendChannelDigits = staticBuffer(16, 8);     // the port, in decimal, as written

function suspendChannelModeFromBytes(address: number, length: number): number {
    if (bytesEqual(address, length, "on")) {
        return SUSPEND_CHANNEL_ON;
    }
    if (bytesEqual(address, length, "ignore")) {
        return SUSPEND_CHANNEL_IGNORE;
    }
    if (bytesEqual(address, length, "off")) {
        return SUSPEND_CHANNEL_OFF;
    }
    return -1;
}

function setSuspendChannel(mode: number): void {
    resultAppend("suspend channel: ");
    resultAppend(suspendChannelModeName(mode));
    if (mode === SUSPEND_CHANNEL_OFF) {
        if (suspendChannelPort === NO_PORT) {
            suspendChannelMode = mode;
            log("suspend channel: none offered");
            return;
        }
        closePort(suspendChannelPort);
        suspendChannelPort = NO_PORT;
        suspendChannelMode = mode;
        const result = storeWriteText("device/suspend/event-channel", "");
        if (result < 0) {
            logPathError("suspend channel: cannot empty ", "device/suspend/event-channel", result);
        }
        log("suspend channel: withdrawn");
        return;
    }
    suspendChannelMode = mode;
    if (suspendChannelPort !== NO_PORT) {
        log(mode === SUSPEND_CHANNEL_ON ? "suspend channel: notifications obeyed" :
            "suspend channel: notifications ignored");
        return;
    }
    offerSuspendChannel();
}

// Allocate a port for dom0 and publish it. On failure the mode stays, with no port: the next
// resume tries again.
function offerSuspendChannel(): void {
    const port = allocatePortForDom0();
    if (port < 0) {
        logErrno("suspend channel: cannot offer: error ", port);
        return;
    }
    const digits = decimalIntoBytes(suspendChannelDigits, port);
    const result = storeWrite("device/suspend/event-channel", suspendChannelDigits, digits);
    if (result < 0) {
        closePort(port);
        logPathError("suspend channel: cannot offer: ", "device/suspend/event-channel", result);
        return;
    }
    suspendChannelPort = port;
    print("suspend channel: port ");
    printDecimal(port);
    print(" offered");
    log(suspendChannelMode === SUSPEND_CHANNEL_IGNORE ? " (notifications ignored)" : "");
}

// After a suspend that returned: `sameDomain` when it was cancelled (the old port is still
// ours, and is closed first).
function offerFreshSuspendChannel(sameDomain: boolean): void {
    if (sameDomain && suspendChannelPort !== NO_PORT) {
        closePort(suspendChannelPort);
    }
    suspendChannelPort = NO_PORT;
    if (suspendChannelMode !== SUSPEND_CHANNEL_OFF) {
        offerSuspendChannel();
    }
}

function handleSuspendChannelNotification(): void {
    statusDirty = true;
    if (suspendChannelMode !== SUSPEND_CHANNEL_ON) {
        log("suspend channel: notification ignored");
        return;
    }
    log("suspend channel: notified");
    performAction(ACTION_SUSPEND);
}

// ============================================================================================
// Chapter 15. Actions
// ============================================================================================
//
// Each action is announced on the console, and the console is drained, before the hypercall
// that may end the domain — otherwise the most useful line of the log would die with it.
// halt has no shutdown reason of its own in Xen; like the original xen-test-vm, we power off.
// suspend is the one action that returns after doing what it says: the domain goes on, here
// or in a new domain. watchdog returns too, since its whole point is that the guest looks
// fine until Xen decides otherwise.
//
// The other four are ways for a guest to go wrong that a toolstack must cope with:
//   hang        the guest stops answering anything: no acknowledgements, no console, no tick.
//               Its vCPU sleeps in SCHEDOP_poll with no deadline, costing no CPU time, the way
//               a kernel stuck waiting for an interrupt that never comes looks from outside.
//               It still wakes for an event on the store port now and then (xenstored sends
//               one when a watched key changes) and goes straight back to sleep.
//   spin        the same, but the vCPU never sleeps: a busy loop of `pause`, 100 % of a CPU,
//               the way a kernel stuck in a lock looks.
//   watchdog    arm Xen's domain watchdog for one second and never feed it [xen-abi §15.1]:
//               Xen then shuts the domain down with reason watchdog (4), and xl does what
//               on_watchdog says. Until then the guest carries on as usual.
//   soft-reset  SCHEDOP_shutdown with reason soft_reset (5) [xen-abi §15.2]: how a guest asks
//               to be reset in place (kexec does it); xl does what on_soft_reset says.

const WATCHDOG_SECONDS = 1;

function performAction(action: number): void {
    print("action: ");
    log(actionName(action));
    switch (action) {
        case ACTION_POWEROFF:
        case ACTION_HALT:
            actLast(SHUTDOWN_POWEROFF);
            break;
        case ACTION_REBOOT:
            actLast(SHUTDOWN_REBOOT);
            break;
        case ACTION_CRASH:
            actLast(SHUTDOWN_CRASH);
            break;
        case ACTION_SUSPEND:
            suspendDomain();
            break;
        case ACTION_HANG:
            publishState("hung");
            consoleDrain();
            hangForever();
            break;
        case ACTION_SPIN:
            publishState("hung");
            consoleDrain();
            spinForever();
            break;
        case ACTION_WATCHDOG:
            armWatchdogNeverFed();
            break;
        case ACTION_SOFT_RESET:
            actLast(SHUTDOWN_SOFT_RESET);
            break;
        default:
            break;
    }
}

// The status says "acting" (chapter 17), the console is drained, and the domain ends.
function actLast(reason: number): void {
    publishState("acting");
    consoleDrain();
    shutdownForever(reason);
}

function hangForever(): void {
    while (true) {
        if (sharedInfoMapped) {
            portPending(storePort);      // consumed unread, so that the next poll sleeps
        }
        if (pollPorts(storePort, NO_PORT, 0, 0) < 0) {
            yieldCpu();
        }
    }
}

function spinForever(): void {
    while (true) {
        cpuRelax();
    }
}

// struct sched_watchdog: id (u32, 0: a new watchdog), timeout (u32, seconds). Xen gives the
// new watchdog's id; feeding it would be the same call with that id.
function armWatchdogNeverFed(): void {
    store32(hypercallArguments, 0);
    store32(hypercallArguments + 4, WATCHDOG_SECONDS);
    const id = hypercall(HYPERCALL_SCHED_OP, SCHEDOP_WATCHDOG, hypercallArguments, 0, 0, 0);
    if (id < 0) {
        logErrno("watchdog: SCHEDOP_watchdog failed: error ", id);
        return;
    }
    log("watchdog armed: 1 s, never fed");
}

// ============================================================================================
// Chapter 16. The balloon
// ============================================================================================
//
// A domain's memory is a reservation: the number of pages Xen lets it hold (its "current
// reservation", what `xl list` shows as Mem) up to a maximum the toolstack sets (maxmem)
// [xen-abi §17.1]. A guest can give pages back (XENMEM_decrease_reservation) and take pages
// again (XENMEM_populate_physmap) while it runs; a balloon driver does that on the toolstack's
// behalf. The toolstack writes the size it wants, in KiB, to memory/target — `xl mem-set`
// does, squeezed does on XenServer — and watches the domain's reservation follow
// [xen-abi §17.5, §17.6]. This kernel's balloon can also refuse, crawl or stop half way, on
// command, because those are the guests toolstacks must cope with.
//
// Which pages. The pages are numbered by their pfn. We give back from the top down and take
// again from the top up, so the pages we hold are always one run below `balloonTop` (less any
// holes Xen itself made, in PVH). The pages at the bottom are the kernel's own and are never
// given back [xen-abi §17.3]: in PV everything the domain builder mapped for us (chapter 3's
// picture, up to its 4 MiB boundary: the image, the p2m, start_info, the rings, the page
// tables, the stack), since Xen frees a page only once nothing maps it, and a page given
// back but still mapped would be counted gone while the save tools find it still there; in
// PVH the image and the block the builder puts just above it (hvm_start_info and the command
// line), with room to spare.
//
// Why a PV guest must keep its P2M true [xen-abi §17.2]. In PV the guest, not Xen, keeps the
// pfn → MFN table (chapter 3), and the save tools read it through the frame-list tree
// (chapter 14) to know which machine frames make up the domain. A page given back must be
// marked absent there (INVALID_P2M_ENTRY, all ones), or a save would copy a frame that is no
// longer ours; a page taken again gets the MFN Xen chose, which Xen writes back into our
// request (Xen updates the M2P side itself). And the table must have room for every pfn the
// domain may hold: the builder sized it for the boot size only, so pfns above that live in
// p2mExtension, whose pages the frame-list tree lists after the builder's, once the balloon
// is on. A PVH guest has no such table: Xen translates its frames, and the save tools ask Xen.
//
// Modes: obey (go to the target, in batches), slow:N (at most N pages a second), partial:P
// (only P % of the way to each new target), refuse (read the target, say so, do nothing) and
// off (not even watching). Targets that make no sense are ignored, and targets beyond what
// the domain can do are clamped to it, each with a line saying which.

const XENMEM_DECREASE_RESERVATION = 1;   // memory.h: struct xen_memory_reservation
const XENMEM_MAXIMUM_RESERVATION = 4;    // memory.h: argument = address of a domid_t
const XENMEM_POPULATE_PHYSMAP = 6;       // memory.h: struct xen_memory_reservation
// struct xen_memory_reservation (32 bytes) [xen-abi §17.1]
const RESERVATION_EXTENT_START = 0;      // u64: address of the array of frame numbers
const RESERVATION_NR_EXTENTS = 8;        // u64: how many
const RESERVATION_EXTENT_ORDER = 16;     // u32: 0, single pages
const RESERVATION_MEM_FLAGS = 20;        // u32: 0, no placement wishes
const RESERVATION_DOMID = 24;            // u16

const BALLOON_OFF = 0;
const BALLOON_OBEY = 1;
const BALLOON_REFUSE = 2;
const BALLOON_SLOW = 3;
const BALLOON_PARTIAL = 4;
const BALLOON_BATCH = 512;               // pages per hypercall: one page of frame numbers
const BALLOON_RATE_MAX = 1048576;        // slow:N, pages a second (4 GiB)
const KIB_PER_PAGE = 4;
const TARGET_DIGITS_MAX = 12;            // KiB: up to a little under 1 PiB
const P2M_EXTENSION_ENTRIES = 16384;     // PV: 64 MiB of pfns above the boot size
const PVH_PFN_LIMIT = 786432;            // PVH: stay below 3 GiB, under the MMIO hole
const INVALID_P2M_ENTRY = -1;            // all ones, as a 64-bit store writes it
const PVH_FLOOR_MARGIN_PAGES = 512;      // 2 MiB above our image kept for the start-info block
const MIB_4_PAGES = 1024;

let balloonMode = BALLOON_OFF;
let balloonRate = 0;                     // slow: pages a second
let balloonPercent = 100;                // partial: how far to go
let balloonGoal = -1;                    // pages to hold; -1: none
let balloonTop = 0;                      // first pfn above the run we hold
let balloonFloorPfn = 0;                 // pfns below this are the kernel's
let balloonPfnLimit = 0;                 // pfns we could ever describe
let p2mBuilderEntries = 0;               // PV: pfns the builder's p2m pages hold, page-rounded
let p2mExtended = false;                 // PV: the frame-list tree covers p2mExtension too
let targetWatched = false;
let pvhInitialTop = 0;                   // PVH: the top the memory map gave at boot
const balloonFrames = staticBuffer(BALLOON_BATCH * 8, PAGE_SIZE);
const p2mExtension = staticBuffer(P2M_EXTENSION_ENTRIES * 8, PAGE_SIZE);

// Where the p2m entry of `pfn` is (PV).
function p2mEntry(pfn: number): number {
    if (pfn < p2mBuilderEntries) {
        return mfnList + pfn * 8;
    }
    return p2mExtension + (pfn - p2mBuilderEntries) * 8;
}

// PVH: the pages of RAM the memory map (hvm_start_info version 1 [xen-abi §17.4]) names
// below `limitPfn` — or, with `limitPfn` 0, the first pfn above all of its RAM below 4 GiB.
// Without a map (or with none we can read), the reservation stands in for both.
function pvhRam(limitPfn: number): number {
    if (load32(hvmStartInfo + HVM_START_INFO_VERSION) >= 1) {
        const map = load64(hvmStartInfo + HVM_START_INFO_MEMMAP_PADDR);
        const entries = load32(hvmStartInfo + HVM_START_INFO_MEMMAP_ENTRIES);
        let top = 0;
        let below = 0;
        for (let i = 0; i < entries && i < 128 && map !== 0 && map < IDENTITY_MAP_END; i++) {
            const entry = map + i * HVM_MEMMAP_ENTRY_BYTES;
            const start = Math.floor(load64(entry + HVM_MEMMAP_ADDR) / PAGE_SIZE);
            const end = Math.floor((load64(entry + HVM_MEMMAP_ADDR) + load64(entry + HVM_MEMMAP_SIZE)) / PAGE_SIZE);
            if (load32(entry + HVM_MEMMAP_TYPE) === HVM_MEMMAP_TYPE_RAM && end <= Math.floor(IDENTITY_MAP_END / PAGE_SIZE)) {
                top = end > top ? end : top;
                const stop = end < limitPfn ? end : limitPfn;
                below = stop > start ? below + (stop - start) : below;
            }
        }
        if (top > 0) {
            return limitPfn === 0 ? top : below;
        }
    }
    return limitPfn === 0 ? currentReservation() : currentReservation() - (pvhInitialTop - limitPfn);
}

// The pages the balloon counts as held. PV: what Xen says, which is every pfn below the top.
// PVH: the RAM of the memory map below the top, as Linux counts it. Not Xen's count: when a
// PVH domain's memory is below its maxmem, libxl starts it in populate-on-demand mode
// [xen-abi §17.4], whose map shows maxmem of RAM while Xen backs only `memory` of it; the
// balloon must first give back the part that was never backed, which Xen's count does not
// see go.
// Pages taken above the map's RAM (when maxmem allows more than the map shows) count too.
function balloonHeld(): number {
    if (bootMode === BOOT_MODE_PV) {
        return pagesHeld();
    }
    if (balloonTop <= pvhInitialTop) {
        return pvhRam(balloonTop);
    }
    return pvhRam(pvhInitialTop) + (balloonTop - pvhInitialTop);
}

// At boot, before anything can change the domain's size: where the run of pages ends, which
// pages are the kernel's, and how far the table of pages may reach.
function measureMemory(): void {
    if (bootMode === BOOT_MODE_PV) {
        balloonTop = domainPages;
        p2mBuilderEntries = Math.floor((domainPages + P2M_ENTRIES_PER_PAGE - 1) / P2M_ENTRIES_PER_PAGE) *
            P2M_ENTRIES_PER_PAGE;
        balloonPfnLimit = p2mBuilderEntries + P2M_EXTENSION_ENTRIES;
        // The builder maps its pieces, then at least 512 KiB more, up to a 4 MiB boundary.
        const piecesEnd = Math.floor(load64(startInfo + START_INFO_PT_BASE) / PAGE_SIZE) +
            load64(startInfo + START_INFO_NR_PT_FRAMES) + 1;
        const mappedEnd = Math.floor((piecesEnd + 128 + MIB_4_PAGES - 1) / MIB_4_PAGES) * MIB_4_PAGES;
        balloonFloorPfn = mappedEnd < domainPages ? mappedEnd : domainPages;
        return;
    }
    balloonTop = pvhRam(0);
    pvhInitialTop = balloonTop;
    balloonPfnLimit = PVH_PFN_LIMIT;
    balloonFloorPfn = Math.floor((addressOf("_image_end") + 2 * 1048576 - 1) / (2 * 1048576)) * 512 +
        PVH_FLOOR_MARGIN_PAGES;
}

// PV: every p2m entry the builder's pages have room for beyond the boot size, and every
// entry of the extension, says "absent"; then the frame-list tree is published again to
// cover them all, so that a save after the domain has grown sees every page.
function extendP2m(): void {
    if (bootMode !== BOOT_MODE_PV || p2mExtended) {
        return;
    }
    for (let pfn = balloonTop; pfn < balloonPfnLimit; pfn++) {
        store64(p2mEntry(pfn), INVALID_P2M_ENTRY);
    }
    p2mExtended = true;
    publishFrameListTree();
}

function maximumReservation(): number {
    store16(hypercallArguments, DOMID_SELF);
    return hypercall(HYPERCALL_MEMORY_OP, XENMEM_MAXIMUM_RESERVATION, hypercallArguments, 0, 0, 0);
}

// One XENMEM call on the `count` frame numbers in balloonFrames; gives how many were done.
function reservationCall(op: number, count: number): number {
    store64(hypercallArguments + RESERVATION_EXTENT_START, balloonFrames);
    store64(hypercallArguments + RESERVATION_NR_EXTENTS, count);
    store32(hypercallArguments + RESERVATION_EXTENT_ORDER, 0);
    store32(hypercallArguments + RESERVATION_MEM_FLAGS, 0);
    store16(hypercallArguments + RESERVATION_DOMID, DOMID_SELF);
    const done = op === XENMEM_DECREASE_RESERVATION ?
        hypercall(HYPERCALL_MEMORY_OP, XENMEM_DECREASE_RESERVATION, hypercallArguments, 0, 0, 0) :
        hypercall(HYPERCALL_MEMORY_OP, XENMEM_POPULATE_PHYSMAP, hypercallArguments, 0, 0, 0);
    return done < 0 ? 0 : done;
}

// Give back the `count` pages just below the top.
function giveBack(count: number): number {
    for (let i = 0; i < count; i++) {
        const pfn = balloonTop - 1 - i;
        store64(balloonFrames + i * 8, bootMode === BOOT_MODE_PV ? load64(p2mEntry(pfn)) : pfn);
    }
    const done = reservationCall(XENMEM_DECREASE_RESERVATION, count);
    for (let i = 0; i < done && bootMode === BOOT_MODE_PV; i++) {
        store64(p2mEntry(balloonTop - 1 - i), INVALID_P2M_ENTRY);
    }
    balloonTop = balloonTop - done;
    return done;
}

// Take `count` pages again just above the top.
function takeBack(count: number): number {
    for (let i = 0; i < count; i++) {
        store64(balloonFrames + i * 8, balloonTop + i);
    }
    const done = reservationCall(XENMEM_POPULATE_PHYSMAP, count);
    for (let i = 0; i < done && bootMode === BOOT_MODE_PV; i++) {
        store64(p2mEntry(balloonTop + i), load64(balloonFrames + i * 8));   // Xen wrote the MFN
    }
    balloonTop = balloonTop + done;
    return done;
}

function printKib(pages: number): void {
    printDecimal(pages * KIB_PER_PAGE);
    print(" KiB");
}

// ---- the commands and the target ----

function setBalloon(mode: number, amount: number): void {
    balloonMode = mode;
    balloonGoal = -1;
    resultAppend("balloon: ");
    print("balloon: ");
    if (mode === BALLOON_OFF) {
        log("off");
        resultAppend("off");
        if (targetWatched) {
            const result = storeUnwatch("memory/target", WATCH_TOKEN_TARGET);
            if (result < 0) {
                logPathError("xenstore: cannot unwatch ", "memory/target", result);
            }
            targetWatched = false;
        }
        return;
    }
    if (mode === BALLOON_SLOW) {
        balloonRate = amount;
        print("slow, ");
        printDecimal(amount);
        log(" pages a second");
        resultAppend("slow, ");
        resultAppendDecimal(amount);
        resultAppend(" pages a second");
    } else if (mode === BALLOON_PARTIAL) {
        balloonPercent = amount;
        print("partial, ");
        printDecimal(amount);
        log(" %");
        resultAppend("partial, ");
        resultAppendDecimal(amount);
        resultAppend(" %");
    } else {
        log(mode === BALLOON_OBEY ? "obey" : "refuse");
        resultAppend(mode === BALLOON_OBEY ? "obey" : "refuse");
    }
    extendP2m();
    if (!targetWatched) {
        watch("memory/target", WATCH_TOKEN_TARGET);     // fires at once: the target is read then
        targetWatched = true;
    }
}

// balloon:obey|refuse|off, balloon:slow:N, balloon:partial:P, from commandValue.
function handleBalloonCommand(): void {
    const word = commandValue + 8;
    const wordLength = commandLength - 8;
    if (bytesEqual(word, wordLength, "obey")) {
        setBalloon(BALLOON_OBEY, 0);
    } else if (bytesEqual(word, wordLength, "refuse")) {
        setBalloon(BALLOON_REFUSE, 0);
    } else if (bytesEqual(word, wordLength, "off")) {
        setBalloon(BALLOON_OFF, 0);
    } else if (bytesStartWith(word, wordLength, "slow:")) {
        const rate = wordLength - 5 > 7 ? -1 : decimalFromBytes(word + 5, wordLength - 5);
        if (rate < 1 || rate > BALLOON_RATE_MAX) {
            reportBogus(BOGUS_BALLOON_FORM);
            return;
        }
        setBalloon(BALLOON_SLOW, rate);
    } else if (bytesStartWith(word, wordLength, "partial:")) {
        const percent = wordLength - 8 > 3 ? -1 : decimalFromBytes(word + 8, wordLength - 8);
        if (percent < 0 || percent > 100) {
            reportBogus(BOGUS_BALLOON_FORM);
            return;
        }
        setBalloon(BALLOON_PARTIAL, percent);
    } else {
        reportBogus(BOGUS_BALLOON_FORM);
    }
}

// A count of KiB in decimal digits, at most TARGET_DIGITS_MAX of them; -1 if it is not one.
function kibFromBytes(address: number, length: number): number {
    if (length === 0 || length > TARGET_DIGITS_MAX) {
        return -1;
    }
    let value = 0;
    for (let i = 0; i < length; i++) {
        const byte = load8(address + i);
        if (byte < 48 || byte > 57) {
            return -1;
        }
        value = value * 10 + (byte - 48);
    }
    return value;
}

// memory/target changed (or its watch was just registered). Unlike the control keys, an
// empty value is said and refused here: the toolstack never means "nothing" by it.
function handleTarget(): void {
    if (balloonMode === BALLOON_OFF) {
        return;
    }
    const length = storeRead("memory/target");
    if (length < 0) {
        if (length !== XSE_ENOENT) {
            logPathError("xenstore: cannot read ", "memory/target", length);
        }
        return;
    }
    copyBytes(commandValue, storeReply, length);
    commandLength = length;
    print("memory/target = ");
    printQuoted(commandValue, commandLength);
    endLine();
    statusDirty = true;
    const kib = kibFromBytes(commandValue, commandLength);
    if (kib <= 0) {
        log("balloon: target ignored: not a positive number of KiB");
        return;
    }
    if (balloonMode === BALLOON_REFUSE) {
        print("balloon: target ");
        printDecimal(kib);
        log(" KiB; refusing");
        return;
    }
    const held = balloonHeld();
    let goal = Math.floor(kib / KIB_PER_PAGE);
    // What we hold once the top is down at the floor, and the most we may hold: Xen's maximum,
    // or what the table of pages can describe.
    // Xen's maximum counts what Xen counts; in PVH that is a few pages more than the memory
    // map's RAM (the builder's special pages), and the difference is kept out of our ceiling.
    const least = held - (balloonTop - balloonFloorPfn);
    const maximum = maximumReservation() - (pagesHeld() - held);
    let most = held + (balloonPfnLimit - balloonTop);
    if (maximum > 0 && maximum < most) {
        most = maximum;
    }
    if (goal < least) {
        print("balloon: target ");
        printDecimal(kib);
        print(" KiB is below what the kernel needs (");
        printKib(least);
        print("); aiming for ");
        printKib(least);
        endLine();
        goal = least;
    } else if (goal > most) {
        print("balloon: target ");
        printDecimal(kib);
        print(" KiB is above the most this domain may hold (");
        printKib(most);
        print("); aiming for ");
        printKib(most);
        endLine();
        goal = most;
    }
    if (balloonMode === BALLOON_PARTIAL) {
        const way = goal - held;
        goal = held + (way >= 0 ? Math.floor(way * balloonPercent / 100) :
            -Math.floor(-way * balloonPercent / 100));
        print("balloon: partial: aiming for ");
        printKib(goal);
        endLine();
    }
    print("balloon: from ");
    printKib(held);
    print(" to ");
    printKib(goal);
    endLine();
    balloonGoal = goal;
}

// One step towards the goal, of at most `limit` pages; says whether it did anything.
function balloonStep(limit: number): boolean {
    if (balloonGoal < 0) {
        return false;
    }
    const held = balloonHeld();
    const way = balloonGoal - held;
    statusDirty = true;
    if (way === 0) {
        print("balloon: reached ");
        printKib(held);
        endLine();
        balloonGoal = -1;
        return true;
    }
    let count = way > 0 ? way : -way;
    count = count < limit ? count : limit;
    count = count < BALLOON_BATCH ? count : BALLOON_BATCH;
    const done = way < 0 ? giveBack(count) : takeBack(count);
    const now = balloonHeld();
    if (done < count) {
        print(way < 0 ? "balloon: Xen took only " : "balloon: Xen gave only ");
        printDecimal(done);
        print(" of the ");
        printDecimal(count);
        print(" pages asked; stopping at ");
        printKib(now);
        endLine();
        balloonGoal = -1;
        return true;
    }
    print(way < 0 ? "balloon: gave back " : "balloon: took ");
    printDecimal(done);
    print(" pages, now ");
    printKib(now);
    endLine();
    return true;
}

// obey and partial work through the whole way at once; slow waits for the tick.
function balloonWork(): boolean {
    if (balloonMode === BALLOON_OBEY || balloonMode === BALLOON_PARTIAL) {
        return balloonStep(BALLOON_BATCH);
    }
    return false;
}

// Called by every tick.
function balloonOneSecond(): void {
    if (balloonMode === BALLOON_SLOW) {
        let left = balloonRate;
        while (left > 0 && balloonGoal >= 0) {
            const before = balloonTop;
            if (!balloonStep(left)) {
                return;
            }
            const moved = balloonTop > before ? balloonTop - before : before - balloonTop;
            if (moved === 0) {
                return;
            }
            left = left - moved;
        }
    }
}

function balloonModeName(mode: number): string {
    switch (mode) {
        case BALLOON_OBEY: return "obey";
        case BALLOON_REFUSE: return "refuse";
        case BALLOON_SLOW: return "slow";
        case BALLOON_PARTIAL: return "partial";
        default: return "off";
    }
}

// ============================================================================================
// Chapter 17. What the VM publishes
// ============================================================================================
//
// A toolstack learns about a guest from what the guest writes into its own xenstore home
// [xen-abi §16]. This chapter writes three kinds of thing there.
//
// Our own state, for test harnesses: data/test-vm/status holds one JSON object saying what
// the control machine of chapter 12 holds and what the last command did, so that a harness
// can read the VM's decisions instead of scraping its console. It is rewritten whenever
// something changes (a command, a request, a count reaching 0, a suspend, an action), never
// because a second went by; a timer is shown as it was set ("reboot in 5"), since the status
// is not rewritten as it counts down. It must be valid JSON whatever a tester wrote, so the
// last command is escaped byte by byte (anything outside printable ASCII as \u00XX, which
// reads the byte as Latin-1) and cut after LAST_COMMAND_SHOWN bytes. data/ is one of the
// directories libxl lets a guest write [xen-abi §16.1]; a write that fails anyway is logged
// once, and again only after a write has worked.
//
// A guest agent's keys, on command: what xe-guest-utilities and xen-guest-agent write and
// xapi reads for the VM's guest metrics [xen-abi §16.2]: attr/PVAddons/* (our own version as
// the "PV drivers" version), data/os_*, data/meminfo_total and data/meminfo_free in KiB, and
// data/updated, whose mere presence squeezed takes as a sign that the guest has booted (we
// write "1", as xenopsd itself does; xe-guest-utilities writes a timestamp). The memory
// figures are written again every minute (xe-guest-utilities does it every two, and
// xen-guest-agent only for the free memory: once a minute keeps a harness's wait short).
//
// Feature keys and the reason not to suspend: control/feature-NAME says which requests a
// guest handles [xen-abi §16.4]; data/cant_suspend_reason, while it exists and
// control/feature-suspend does too, makes xapi refuse to suspend or migrate the VM
// [xen-abi §16.3]. Neither is written again after a resume in a new domain, whose home
// starts empty: a tester who wants them there says so again. A tester sets, clears or removes each at will,
// to see what the toolstack makes of a guest that claims, or disclaims, a feature. Under xl,
// control/ is not the guest's: only the feature keys libxl created are writable, and a write
// to any other is refused with EACCES, which is logged like every refusal.

// ---- the status: a JSON text built in a buffer ----

// xenstored refuses a guest's node whose record (value and a small header) reaches 2048 bytes
// [xen-abi §16.1]. The longest status: about 270 bytes of names and fixed values, 32 of
// version, at most 6 × 200 + 5 for the last command (every byte as \u00XX, then "...") and
// about 110 for the result — under 1600, so this buffer is never full and never too big.
const STATUS_BYTES_MAX = 1800;
const LAST_COMMAND_SHOWN = 200;            // bytes of the last command shown in the status
const RESULT_BYTES_MAX = 256;

const statusText = staticBuffer(STATUS_BYTES_MAX, 8);
let statusLength = 0;
let statusState = "booting";
let statusDirty = false;                   // something changed since the last write
let statusWriteFailing = false;            // the last write failed (and was logged)
let resumeCount = 0;                       // resumes in a new domain and cancelled suspends
let commandCount = 0;                      // commands obeyed: control/testing and the command line
const lastCommand = staticBuffer(LAST_COMMAND_SHOWN, 8);
let lastCommandLength = -1;                // its whole length; -1: no command yet
const resultText = staticBuffer(RESULT_BYTES_MAX, 8);
let resultLength = -1;                     // -1: no command yet
let timerSecondsSet = 0;                   // the N of the pending timer, as it was set

function statusAppendByte(byte: number): void {
    if (statusLength < STATUS_BYTES_MAX) {
        store8(statusText + statusLength, byte);
        statusLength = statusLength + 1;
    }
}

function statusAppend(text: string): void {
    for (let i = 0; i < text.length; i++) {
        statusAppendByte(text.charCodeAt(i));
    }
}

const HEX_DIGITS = "0123456789abcdef";

// One byte inside a JSON string: printable ASCII as itself (" and \ escaped), anything else
// as \u00XX.
function statusAppendEscapedByte(byte: number): void {
    if (byte === 34 || byte === 92) {
        statusAppendByte(92);
        statusAppendByte(byte);
    } else if (byte >= 32 && byte <= 126) {
        statusAppendByte(byte);
    } else {
        statusAppend("\\u00");
        statusAppendByte(HEX_DIGITS.charCodeAt(byte >>> 4));
        statusAppendByte(HEX_DIGITS.charCodeAt(byte & 15));
    }
}

function statusAppendQuotedBytes(address: number, length: number): void {
    statusAppendByte(34);
    for (let i = 0; i < length; i++) {
        statusAppendEscapedByte(load8(address + i));
    }
    statusAppendByte(34);
}

function statusAppendQuoted(text: string): void {
    statusAppendByte(34);
    for (let i = 0; i < text.length; i++) {
        statusAppendEscapedByte(text.charCodeAt(i));
    }
    statusAppendByte(34);
}

function statusAppendDecimal(value: number): void {
    if (statusLength + 16 <= STATUS_BYTES_MAX) {
        statusLength = statusLength + decimalIntoBytes(statusText + statusLength, value);
    }
}

function statusAppendActionOrNull(action: number): void {
    if (action === ACTION_NONE) {
        statusAppend("null");
    } else {
        statusAppendQuoted(actionName(action));
    }
}

function suspendChannelModeName(mode: number): string {
    if (mode === SUSPEND_CHANNEL_ON) {
        return "on";
    }
    return mode === SUSPEND_CHANNEL_IGNORE ? "ignore" : "off";
}

// The length of the version string in the GUEST_VERSION note (NUL-terminated).
function versionLength(): number {
    const version = addressOf("guest_version");
    let length = 0;
    while (length < VERSION_BYTES_MAX && load8(version + length) !== 0) {
        length = length + 1;
    }
    return length;
}

// Build the status and queue its write (chapter 11's batch).
function queueStatus(): void {
    statusDirty = false;
    statusLength = 0;
    statusAppend("{\"version\":");
    statusAppendQuotedBytes(addressOf("guest_version"), versionLength());
    statusAppend(",\"mode\":");
    statusAppendQuoted(bootMode === BOOT_MODE_PVH ? "pvh" : "pv");
    statusAppend(",\"state\":");
    statusAppendQuoted(statusState);
    statusAppend(",\"override\":");
    statusAppendActionOrNull(overrideAction);
    statusAppend(",\"timer\":");
    if (timerAction === ACTION_NONE) {
        statusAppend("null");
    } else {
        statusAppendByte(34);
        statusAppend(actionName(timerAction));
        statusAppend(" in ");
        statusAppendDecimal(timerSecondsSet);
        statusAppendByte(34);
    }
    statusAppend(",\"response\":");
    statusAppendActionOrNull(responsePhase === RESPONSE_NONE ? ACTION_NONE : responseAction);
    statusAppend(",\"suspendChannel\":");
    statusAppendQuoted(suspendChannelModeName(suspendChannelMode));
    statusAppend(agentOn ? ",\"agent\":true" : ",\"agent\":false");
    statusAppend(",\"balloon\":");
    statusAppendQuoted(balloonModeName(balloonMode));
    statusAppend(",\"memoryKiB\":");
    statusAppendDecimal(pagesHeld() * KIB_PER_PAGE);
    statusAppend(",\"resumes\":");
    statusAppendDecimal(resumeCount);
    statusAppend(",\"commands\":");
    statusAppendDecimal(commandCount);
    statusAppend(",\"last\":");
    if (lastCommandLength < 0) {
        statusAppend("null");
    } else {
        statusAppendByte(34);
        const shown = lastCommandLength < LAST_COMMAND_SHOWN ? lastCommandLength : LAST_COMMAND_SHOWN;
        for (let i = 0; i < shown; i++) {
            statusAppendEscapedByte(load8(lastCommand + i));
        }
        if (shown < lastCommandLength) {
            statusAppend("...");
        }
        statusAppendByte(34);
    }
    statusAppend(",\"result\":");
    if (resultLength < 0) {
        statusAppend("null");
    } else {
        statusAppendQuotedBytes(resultText, resultLength);
    }
    statusAppendByte(125);                  // '}'
    requestBegin(XS_WRITE);
    requestAppendString("data/test-vm/status");
    requestAppendBytes(statusText, statusLength);
    storeQueue(REPORT_STATUS);
}

// What the reply to a status write said (chapter 11 calls this when it reports the batch).
function statusWriteAnswered(result: number): void {
    if (result < 0 && !statusWriteFailing) {
        logPathError("status: cannot write ", "data/test-vm/status", result);
    }
    statusWriteFailing = result < 0;
}

function writeStatus(): void {
    queueStatus();
    storeFinishBatch();
}

// A new state is published at once: the states that come before an action must be out
// before the action ends the domain. queueState is the same for a batch: the status goes out
// with the batch's other requests.
function publishState(state: string): void {
    statusState = state;
    writeStatus();
}

function queueState(state: string): void {
    statusState = state;
    queueStatus();
}

// ---- what the last command was and what it did ----

function noteCommand(): void {
    commandCount = commandCount + 1;
    lastCommandLength = commandLength;
    copyBytes(lastCommand, commandValue, commandLength < LAST_COMMAND_SHOWN ? commandLength : LAST_COMMAND_SHOWN);
    resultLength = 0;
    statusDirty = true;
}

function resultAppendByte(byte: number): void {
    if (resultLength >= 0 && resultLength < RESULT_BYTES_MAX) {
        store8(resultText + resultLength, byte);
        resultLength = resultLength + 1;
    }
}

function resultAppend(text: string): void {
    for (let i = 0; i < text.length; i++) {
        resultAppendByte(text.charCodeAt(i));
    }
}

function resultAppendDecimal(value: number): void {
    if (resultLength >= 0 && resultLength + 16 <= RESULT_BYTES_MAX) {
        resultLength = resultLength + decimalIntoBytes(resultText + resultLength, value);
    }
}

function resultAppendBytes(address: number, length: number): void {
    for (let i = 0; i < length; i++) {
        resultAppendByte(load8(address + i));
    }
}

// ---- the guest agent's keys ----

const AGENT_REFRESH_SECONDS = 60;
let agentOn = false;
let agentSecondsSinceRefresh = 0;
const agentValue = staticBuffer(64, 8);

function agentWrite(path: string, value: number, length: number): void {
    const result = storeWrite(path, value, length);
    if (result < 0) {
        logPathError("agent: cannot write ", path, result);
    }
}

function agentWriteText(path: string, value: string): void {
    const result = storeWriteText(path, value);
    if (result < 0) {
        logPathError("agent: cannot write ", path, result);
    }
}

function agentWriteDecimal(path: string, value: number): void {
    agentWrite(path, agentValue, decimalIntoBytes(agentValue, value));
}

// The `part`-th dot-separated number of our version (0: major, 1: minor, 2: micro), copied
// into agentValue; gives its length.
function versionPart(part: number): number {
    const version = addressOf("guest_version");
    const length = versionLength();
    let at = 0;
    for (let dots = 0; dots < part && at < length; at++) {
        if (load8(version + at) === 46) {
            dots = dots + 1;
        }
    }
    let partLength = 0;
    while (at + partLength < length && load8(version + at + partLength) >= 48 &&
        load8(version + at + partLength) <= 57 && partLength < 16) {
        partLength = partLength + 1;
    }
    copyBytes(agentValue, version + at, partLength);
    return partLength;
}

// Pages the kernel itself uses, never free to anything else: in PV everything the builder
// laid out, up to the end of its page tables and the stack page after them (chapter 3's
// picture); in PVH our image, whose .bss holds boot.S's page tables too.
function kernelPages(): number {
    if (bootMode === BOOT_MODE_PV) {
        return Math.floor(load64(startInfo + START_INFO_PT_BASE) / PAGE_SIZE) +
            load64(startInfo + START_INFO_NR_PT_FRAMES) + 1;
    }
    return Math.floor(addressOf("_image_end") / PAGE_SIZE);
}

// What the domain holds now, as Xen counts it (in PVH, less the RAM page shared_info replaced).
function pagesHeld(): number {
    const held = currentReservation();
    return held > 0 ? held : domainPages;
}

function writeAgentMemory(): void {
    const held = pagesHeld();
    const free = held > kernelPages() ? held - kernelPages() : 0;
    agentWriteDecimal("data/meminfo_total", held * KIB_PER_PAGE);
    agentWriteDecimal("data/meminfo_free", free * KIB_PER_PAGE);
    agentWriteText("data/updated", "1");
    agentSecondsSinceRefresh = 0;
}

function writeAgentKeys(): void {
    agentWrite("attr/PVAddons/MajorVersion", agentValue, versionPart(0));
    agentWrite("attr/PVAddons/MinorVersion", agentValue, versionPart(1));
    agentWrite("attr/PVAddons/MicroVersion", agentValue, versionPart(2));
    agentWriteText("attr/PVAddons/BuildVersion", "0");
    agentWriteText("attr/PVAddons/Installed", "1");
    const nameLength = versionLength();
    copyBytes(agentValue, addressOf("guest_version"), nameLength);
    agentWrite("data/os_uname", agentValue, nameLength);
    agentWriteText("data/os_distro", "xen-test-vm");
    const prefix = "xen-test-vm ";
    for (let i = 0; i < prefix.length; i++) {
        store8(agentValue + i, prefix.charCodeAt(i));
    }
    copyBytes(agentValue + prefix.length, addressOf("guest_version"), nameLength);
    agentWrite("data/os_name", agentValue, prefix.length + nameLength);
    writeAgentMemory();
}

function agentRemove(path: string): void {
    const result = storeRemove(path);
    if (result < 0 && result !== XSE_ENOENT) {
        logPathError("agent: cannot remove ", path, result);
    }
}

function setAgent(on: boolean): void {
    agentOn = on;
    if (on) {
        writeAgentKeys();
        log("agent: on");
        resultAppend("agent: on");
        return;
    }
    agentRemove("attr/PVAddons");
    agentRemove("data/os_name");
    agentRemove("data/os_uname");
    agentRemove("data/os_distro");
    agentRemove("data/meminfo_total");
    agentRemove("data/meminfo_free");
    agentRemove("data/updated");
    log("agent: off");
    resultAppend("agent: off");
}

// Called by every tick.
function agentOneSecond(): void {
    if (!agentOn) {
        return;
    }
    agentSecondsSinceRefresh = agentSecondsSinceRefresh + 1;
    if (agentSecondsSinceRefresh >= AGENT_REFRESH_SECONDS) {
        writeAgentMemory();
    }
}

// ---- feature keys and the reason not to suspend ----

const FEATURE_NAME_MAX = 32;
const FEATURE_PREFIX = "control/feature-";
const featurePath = staticBuffer(64, 8);

function isFeatureNameByte(byte: number): boolean {
    return (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte === 45 || byte === 95;
}

// feature:NAME:on|off|absent, from commandValue.
function handleFeature(): void {
    const name = commandValue + 8;
    let nameLength = 0;
    while (8 + nameLength < commandLength && isFeatureNameByte(load8(name + nameLength))) {
        nameLength = nameLength + 1;
    }
    const modeAt = 8 + nameLength + 1;
    if (nameLength === 0 || nameLength > FEATURE_NAME_MAX || modeAt > commandLength ||
        load8(name + nameLength) !== 58) {
        reportBogus(BOGUS_FEATURE_FORM);
        return;
    }
    const mode = commandValue + modeAt;
    const modeLength = commandLength - modeAt;
    let value = "";
    if (bytesEqual(mode, modeLength, "on")) {
        value = "1";
    } else if (bytesEqual(mode, modeLength, "off")) {
        value = "0";
    } else if (!bytesEqual(mode, modeLength, "absent")) {
        reportBogus(BOGUS_FEATURE_FORM);
        return;
    }
    for (let i = 0; i < FEATURE_PREFIX.length; i++) {
        store8(featurePath + i, FEATURE_PREFIX.charCodeAt(i));
    }
    copyBytes(featurePath + FEATURE_PREFIX.length, name, nameLength);
    const pathLength = FEATURE_PREFIX.length + nameLength;
    const result = value.length > 0 ?
        storeWriteAt(featurePath, pathLength, value) : storeRemoveAt(featurePath, pathLength);
    const shown = featurePath + 8;            // "feature-NAME", without "control/"
    const shownLength = pathLength - 8;
    printBytes(shown, shownLength);
    resultAppendBytes(shown, shownLength);
    if (result < 0 && !(value.length === 0 && result === XSE_ENOENT)) {
        print(": cannot write: ");
        log(storeErrorName(result));
        resultAppend(": cannot write: ");
        resultAppend(storeErrorName(result));
        return;
    }
    const said = value.length > 0 ? value : "removed";
    print(": ");
    log(said);
    resultAppend(": ");
    resultAppend(said);
}

// cant-suspend:TEXT sets data/cant_suspend_reason to TEXT; cant-suspend: removes it.
function handleCantSuspend(): void {
    const textLength = commandLength - 13;
    const result = textLength > 0 ?
        storeWrite("data/cant_suspend_reason", commandValue + 13, textLength) :
        storeRemove("data/cant_suspend_reason");
    if (result < 0 && !(textLength === 0 && result === XSE_ENOENT)) {
        print("cant-suspend: cannot write: ");
        log(storeErrorName(result));
        resultAppend("cant-suspend: cannot write: ");
        resultAppend(storeErrorName(result));
        return;
    }
    const said = textLength > 0 ? "cant-suspend: set" : "cant-suspend: removed";
    log(said);
    resultAppend(said);
}

// ============================================================================================
// Chapter 18. The main loop, main() and trap()
// ============================================================================================
//
// main() reads like the boot sequence it is: one call per step, each explained where it is
// defined. Its order matters in three places. In PV the console comes first because it is
// plain memory, named in start_info and usable before any hypercall works, so every later
// failure can at least be written down; a PVH guest learns where its console is only through
// a hypercall, so until then it can speak only on the debug port. The hypercall page is
// checked before the first hypercall: if Xen did not fill it (PV: it ignored our
// HYPERCALL_PAGE note [xen-abi §1.3]; PVH: boot.S found no Xen CPUID leaves), the page still
// holds the `ret` bytes boot.S put there, and every hypercall would silently do nothing and
// return whatever rax held. The watches come
// last, after the p2m tree is published, because a watch can bring a save request at once: a
// request written before its watch existed is not missed, since xenstored fires a watch once
// as soon as it is registered [xen-abi §6.2], and the handler reads the key.
//
// Everything the boot asks of xenstore before it is ready goes in one batch (chapter 11): our
// domid for the banner, the three watches, the three feature keys and the status "booting" are
// queued, sent together, and their replies collected, so being ready costs one round trip to
// dom0 instead of eight. The banner is printed once the replies are in (it names our domid),
// and failures are reported after it, key by key, as they always were. The command line is
// obeyed after that, with the watches in place, and before "ready".
//
// Then main loops forever: consume the tick and any watch events, handle the keys whose
// watches fired, and sleep in SCHEDOP_poll until the next event or second.

const RET_OPCODE = 0xc3;                 // x86 `ret`: what boot.S fills the hypercall page with
const VERSION_BYTES_MAX = 32;            // the longest version string we print

let tickCount = 0;

const xenExtraVersion = staticBuffer(XENVER_EXTRAVERSION_BYTES + 8, 8);

// If Xen did not fill the hypercall page, no hypercall works, so nobody can be told
// (consolePort = 0: no notify). The line is left in the ring, where xenconsoled may still
// find it, or a debugger or a dump. Then the kernel cannot stop: yieldCpu() is itself a
// hypercall, so with the page full of `ret` this loop is a busy spin that burns the vCPU
// until the domain is destroyed.
function checkHypercallPage(): void {
    if (load8(addressOf("hypercall_page")) !== RET_OPCODE) {
        return;
    }
    consolePort = 0;
    if (bootMode === BOOT_MODE_PVH) {
        debugPortPrint("xen-test-vm: PVH boot: Xen did not fill the hypercall page\n");
    }
    log("xen-test-vm: Xen did not fill the hypercall page (HYPERCALL_PAGE note ignored?)");
    while (true) {
        yieldCpu();
    }
}

function checkStartInfoMagic(): void {
    if (!bytesStartWith(startInfo + START_INFO_MAGIC, 32, "xen-3.0-x86_64")) {
        log("xen-test-vm: start_info does not begin with \"xen-3.0-x86_64\"; carrying on regardless");
    }
}

// A PVH boot that lacks something it needs cannot go on, and must not hang in silence: it says
// why on the console if it has one, and on Xen's debug port either way (an HVM or PVH guest's
// bytes to I/O port 0xe9 go to Xen's own console, shown by `xl dmesg` when Xen runs with
// guest_loglvl=all), then crashes, so the toolstack sees the domain die.
declare function debugPortWrite(byte: number): void;   // boot.S: outb %al, $0xe9 (PVH only)

function debugPortPrint(text: string): void {
    for (let i = 0; i < text.length; i++) {
        debugPortWrite(text.charCodeAt(i));
    }
}

function pvhCannotBoot(what: string, detail: string): void {
    debugPortPrint("xen-test-vm: PVH boot: ");
    debugPortPrint(what);
    debugPortPrint(detail);
    debugPortPrint("; crashing\n");
    print("xen-test-vm: PVH boot: ");
    print(what);
    print(detail);
    log("; crashing");
    consoleDrain();
    shutdownForever(SHUTDOWN_CRASH);
}

// Where the two ways in meet. First what needs no hypercall: a PV guest learns its size, its
// rings and their ports from start_info at once, so the console works even if the hypercall
// page does not; a PVH guest only notes where hvm_start_info is. Then, once the hypercall
// page is known to work, what needs one: a PVH guest checks hvm_start_info and reads the HVM
// parameters (chapter 5), and must crash if any is missing, since it cannot work without them.
function enterDomain(bootInfo: number, mode: number): void {
    bootMode = mode === BOOT_MODE_PVH ? BOOT_MODE_PVH : BOOT_MODE_PV;
    if (bootMode === BOOT_MODE_PV) {
        startInfo = bootInfo;
        mfnList = load64(startInfo + START_INFO_MFN_LIST);
        readStartInfo();
    } else {
        hvmStartInfo = bootInfo;
    }
}

function findRings(): void {
    if (bootMode === BOOT_MODE_PV) {
        checkStartInfoMagic();
        return;
    }
    if (load32(hvmStartInfo + HVM_START_INFO_MAGIC) !== HVM_START_MAGIC_VALUE) {
        pvhCannotBoot("hvm_start_info has the wrong magic number", "");
    }
    const missing = readHvmParams();
    if (missing.length > 0) {
        pvhCannotBoot("Xen gave no value for ", missing);
    }
}

// Print a NUL-terminated string from memory, escaped, at most `limit` bytes of it.
function printTerminated(address: number, limit: number): void {
    for (let i = 0; i < limit; i++) {
        const byte = load8(address + i);
        if (byte === 0) {
            return;
        }
        printEscapedByte(byte);
    }
}

// "xen-test-vm 0.2.0 PV, domid 7, memory 16 MiB, Xen 4.17.7-pre". Our version is the string in
// the XEN_ELFNOTE_GUEST_VERSION note (xen-elfnote.S, which the build fills in from
// package.json), so the banner says exactly what the loader was told. The note is loaded
// with the code, and xen-elfnote.S labels its string `guest_version`.
// domainId has been read by then, in the boot's batch (main, below).
function printBanner(): void {
    print("xen-test-vm ");
    printTerminated(addressOf("guest_version"), VERSION_BYTES_MAX);
    print(bootMode === BOOT_MODE_PVH ? " PVH" : " PV");
    print(", domid ");
    if (domainId >= 0) {
        printDecimal(domainId);
    } else {
        print("unknown");
    }
    print(", memory ");
    printDecimal(Math.floor(domainPages / 256));     // 256 pages of 4 KiB = 1 MiB
    print(" MiB, Xen ");
    const version = hypercall(HYPERCALL_XEN_VERSION, XENVER_VERSION, 0, 0, 0, 0);
    printDecimal(Math.floor(version / 65536));
    consolePut(46);
    printDecimal(version & 0xffff);
    for (let i = 0; i < XENVER_EXTRAVERSION_BYTES + 8; i++) {
        store8(xenExtraVersion + i, 0);
    }
    if (hypercall(HYPERCALL_XEN_VERSION, XENVER_EXTRAVERSION, xenExtraVersion, 0, 0, 0) >= 0) {
        printTerminated(xenExtraVersion, XENVER_EXTRAVERSION_BYTES);
    }
    endLine();
}

function tick(): void {
    tickCount = tickCount + 1;
    print("domain ");
    printDecimal(domainId);
    print(" tick ");
    printDecimal(tickCount);
    endLine();
    if (overrideAction !== ACTION_NONE) {
        print("override ");
        print(actionName(overrideAction));
        log(" is active");
    }
    countDownOneSecond();
    agentOneSecond();
    balloonOneSecond();
}

// One turn of the loop does whatever work there is; only a turn that found none may sleep,
// and only after the pending-bit dance of chapter 8 (work was checked, then the bit cleared).
// It sleeps on the store port, and on the suspend channel when one is offered (chapter 14):
// every command arrives through xenstore but that one notification, and the tick comes from
// the poll's deadline, not from an event. The counts of chapter 12 are run after the ticks
// that move them.
function mainLoop(): void {
    while (true) {
        let didWork = false;
        storeReceiveUnsolicited();
        while (shutdownWatchFired || testingWatchFired || sysrqWatchFired || targetWatchFired) {
            didWork = true;
            if (shutdownWatchFired) {
                shutdownWatchFired = false;
                handleShutdownRequest();
            }
            if (testingWatchFired) {
                testingWatchFired = false;
                handleTestingCommand();
            }
            if (sysrqWatchFired) {
                sysrqWatchFired = false;
                handleSysrq();
            }
            if (targetWatchFired) {
                targetWatchFired = false;
                handleTarget();
            }
        }
        if (suspendChannelPort !== NO_PORT && portPending(suspendChannelPort)) {
            didWork = true;
            handleSuspendChannelNotification();
        }
        if (consoleDroppedBytes > 0 && !consoleStalled) {
            print("console: ");
            printDecimal(consoleDroppedBytes);
            log(" bytes of output were dropped while the ring was stuck");
            consoleDroppedBytes = 0;
        }
        while (ticksOwed > 0) {
            ticksOwed = ticksOwed - 1;
            tick();
            didWork = true;
        }
        if (runDueCounts() || balloonWork()) {
            didWork = true;
        }
        if (didWork) {
            continue;
        }
        if (statusDirty) {
            writeStatus();
        }
        waitOnPorts(storePort, suspendChannelPort);
    }
}

// boot.S calls main with the address Xen handed over (start_info's virtual address in PV,
// hvm_start_info's physical address in PVH) and which of the two ways we came in.
export function main(bootInfo: number, mode: number): void {
    enterDomain(bootInfo, mode);     // PV: start_info (chapter 3); PVH: just where its info is
    checkHypercallPage();            // never returns if Xen did not fill the page
    findRings();                     // PVH: hvm_start_info and the HVM parameters (chapter 5)
    remapSharedInfoOrCrash();        // chapter 14 (also used after a resume): events and time
    startTicking();                  // chapter 7: the first deadline
    measureMemory();                 // chapter 16: which pages are the kernel's, for the balloon
    if (bootMode === BOOT_MODE_PV) {
        publishFrameListTree();      // chapter 14: from now on a save may start at any moment
    }
    queueDomainIdRead();             // chapter 11: for the banner
    connectControlKeys();            // chapter 12: watches and feature keys
    queueState("booting");           // chapter 17: the status, for harnesses
    storeSendBatch();                // chapter 11: all of it in one round trip
    printBanner();
    storeFinishBatch();              // chapter 11: any failure, key by key
    obeyCommandLine();               // chapter 12: the words of xl's `extra`, as commands
    log("ready");
    publishState("running");
    mainLoop();
}

// boot.S calls this when something went wrong that the compiled code itself detected (an
// integer leaving the exact range, a division by zero): report it and crash the domain. A
// trap while reporting a trap goes straight to the crash.
let trapping = false;

export function trap(message: string): void {
    if (!trapping) {
        trapping = true;
        print("trap: ");
        log(message);
        consoleDrain();
    }
    shutdownForever(SHUTDOWN_CRASH);
}
