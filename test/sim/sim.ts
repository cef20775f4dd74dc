// test/sim/sim.ts — a simulated Xen, domain builder and xenconsoled that run kernel.ts under Node.
//
// What it does: transpiles kernel.ts with ts.transpileModule, runs it in a fresh `vm` context whose
// globals are the intrinsics of docs/design.md backed by SimMemory, lays the domain out like
// libxenguest does (image at 0 with the hypercall page and the kernel's staticBuffers, then the p2m
// array, start_info, the xenstore ring, the console ring; fake scattered MFNs; shared_info in a
// frame of "Xen's"), and answers the hypercalls kernel.ts makes (sched_op yield/poll/shutdown/
// watchdog, event_channel_op send/alloc_unbound/close, update_va_mapping, xen_version; any other
// gets -ENOSYS, as from a Xen that lacks it), and keeps a system time: vcpu_info[0].time carries a
// stamp of it (optionally lagging, as Xen's calibration stamp does), a poll's absolute timeout is
// honoured when a `tick` step comes up, and a watchdog left unfed shuts the domain down (reason
// 4) once time moves past its expiry. `cmdline` is where xl puts `extra`; the step
// `notifySuspendChannel` is libxl suspending through the port the guest offers in
// device/suspend/event-channel; cpuRelax (`pause`) is counted, and a kernel that keeps running it
// is stopped as spinning (KernelSpins).
// A scenario is a list of steps (toolstack/tester actions); whenever the kernel polls with nothing
// pending and the daemons are idle, the next step runs; when none are left the run ends.
// SCHEDOP_shutdown ends the run with the reason — except suspend (reason 2) when the scenario
// queued a resume or a cancel: then the save tool's checks are applied (shared_info unmapped,
// ring MFNs canonicalised to pfns, rdx = start_info's MFN, a valid p2m frame-list tree,
// console drained) and the domain comes back, either as a new domain (new MFNs everywhere,
// p2m and start_info rewritten, new ports — the rings' two only, no watchdog —, a fresh
// shared_info with the tree's root zeroed and every event masked, a new xenstore connection
// without watches, another host's clock) or cancelled (hypercall returns 1, nothing changed).
// A new domain also has a new domid (one more), its xenstore home moved there with what the old
// one held, and the nodes libxl makes for every domain made afresh (xenstored.ts).
// With `mode: "pvh"` the domain is laid out as xl builds a PVH guest (docs/xen-abi.md §14): the
// image, hvm_start_info in the page after it (main gets its address and BOOT_MODE_PVH), the
// rings at libxl's special pages 0xFEFFC and 0xFEFFF, and no start_info, p2m, MFNs or M2P
// (machineToPhys throws, update_va_mapping is −ENOSYS). It answers HVMOP_get_param for the four
// ring params, XENMEM_current_reservation (RAM + the 8 special pages, one fewer once shared_info
// has replaced a RAM page) and XENMEM_add_to_physmap(shared_info), which maps Xen's shared_info
// frame at the guest's gfn; bytes to the debug port (debugPortWrite) are recorded. A PVH
// suspend must pass rdx = 0 and leave shared_info in place, and comes back as "cancel"
// (returns 1), "checkpoint" (xl save -c: returns 0 in the same domain, which is what a guest
// without an event callback sees) or "resume" (returns 0 in a new domain: new domid, ports and
// shared_info frame — mapped nowhere until add_to_physmap —, a new xenstore connection, both
// ring pages zeroed as the restorer does, the same ring gfns).
// The result carries the console log as xenconsoled saw it (nothing is flushed for the kernel at
// the end: a line it did not drain is lost).
// What it does not do: real time (a `tick` step is one simulated second), TSC scaling, exceptions,
// more than one vCPU, virtual IRQs or a periodic timer (kernel.ts binds none: its clock is the
// timeout of SCHEDOP_poll).
// Where its numbers come from: every hypercall number, sub-op number and struct offset that
// kernel.ts declares is read from kernel.ts (kernel-constants.ts), so the two cannot disagree —
// and so this simulation cannot tell whether they are Xen's: the real-Xen rig (test/xen) checks
// that. What only the simulation knows (its fake MFNs and addresses, Xen's errno values, parts of
// shared_info the kernel never touches) is declared below.

import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import * as ts from "typescript";
import { KERNEL_FILE, kernelConstants } from "./kernel-constants";
import { MemoryFault, PAGE_SIZE, SimMemory } from "./memory";
import { SimXenstored, XenstoredOptions } from "./xenstored";

// ---- the ABI as kernel.ts declares it (docs/xen-abi.md): one table, the kernel's ----
const {
  HYPERCALL_UPDATE_VA_MAPPING, HYPERCALL_XEN_VERSION, HYPERCALL_SCHED_OP, HYPERCALL_EVENT_CHANNEL_OP,
  SCHEDOP_YIELD, SCHEDOP_SHUTDOWN, SCHEDOP_POLL, SHUTDOWN_SUSPEND, EVTCHNOP_SEND,
  XENVER_VERSION, XENVER_EXTRAVERSION, XENVER_EXTRAVERSION_BYTES,
  START_INFO_NR_PAGES, START_INFO_SHARED_INFO, START_INFO_STORE_MFN, START_INFO_STORE_EVTCHN,
  START_INFO_CONSOLE_MFN, START_INFO_CONSOLE_EVTCHN, START_INFO_MFN_LIST,
  SHARED_INFO_EVTCHN_PENDING, SHARED_INFO_ARCH_MAX_PFN, SHARED_INFO_ARCH_FRAME_LIST_LIST,
  VCPU0_UPCALL_MASK, VCPU0_TIME_VERSION, VCPU0_TIME_SYSTEM_TIME,
  CONSOLE_OUT, CONSOLE_OUT_SIZE, CONSOLE_OUT_CONS, CONSOLE_OUT_PROD, RET_OPCODE, P2M_ENTRIES_PER_PAGE,
  BOOT_MODE_PV, BOOT_MODE_PVH, HVM_START_INFO_MAGIC, HVM_START_MAGIC_VALUE,
  HYPERCALL_MEMORY_OP, HYPERCALL_HVM_OP, XENMEM_CURRENT_RESERVATION, XENMEM_ADD_TO_PHYSMAP,
  XENMAPSPACE_SHARED_INFO, HVMOP_GET_PARAM, DOMID_SELF,
  HVM_PARAM_STORE_PFN, HVM_PARAM_STORE_EVTCHN, HVM_PARAM_CONSOLE_PFN, HVM_PARAM_CONSOLE_EVTCHN,
  SCHEDOP_WATCHDOG, EVTCHNOP_ALLOC_UNBOUND, EVTCHNOP_CLOSE, START_INFO_CMD_LINE, COMMAND_LINE_BYTES,
} = kernelConstants(
  "HYPERCALL_UPDATE_VA_MAPPING", "HYPERCALL_XEN_VERSION", "HYPERCALL_SCHED_OP", "HYPERCALL_EVENT_CHANNEL_OP",
  "SCHEDOP_YIELD", "SCHEDOP_SHUTDOWN", "SCHEDOP_POLL", "SHUTDOWN_SUSPEND", "EVTCHNOP_SEND",
  "XENVER_VERSION", "XENVER_EXTRAVERSION", "XENVER_EXTRAVERSION_BYTES",
  "START_INFO_NR_PAGES", "START_INFO_SHARED_INFO", "START_INFO_STORE_MFN", "START_INFO_STORE_EVTCHN",
  "START_INFO_CONSOLE_MFN", "START_INFO_CONSOLE_EVTCHN", "START_INFO_MFN_LIST",
  "SHARED_INFO_EVTCHN_PENDING", "SHARED_INFO_ARCH_MAX_PFN", "SHARED_INFO_ARCH_FRAME_LIST_LIST",
  "VCPU0_UPCALL_MASK", "VCPU0_TIME_VERSION", "VCPU0_TIME_SYSTEM_TIME",
  "CONSOLE_OUT", "CONSOLE_OUT_SIZE", "CONSOLE_OUT_CONS", "CONSOLE_OUT_PROD", "RET_OPCODE", "P2M_ENTRIES_PER_PAGE",
  "BOOT_MODE_PV", "BOOT_MODE_PVH", "HVM_START_INFO_MAGIC", "HVM_START_MAGIC_VALUE",
  "HYPERCALL_MEMORY_OP", "HYPERCALL_HVM_OP", "XENMEM_CURRENT_RESERVATION", "XENMEM_ADD_TO_PHYSMAP",
  "XENMAPSPACE_SHARED_INFO", "HVMOP_GET_PARAM", "DOMID_SELF",
  "HVM_PARAM_STORE_PFN", "HVM_PARAM_STORE_EVTCHN", "HVM_PARAM_CONSOLE_PFN", "HVM_PARAM_CONSOLE_EVTCHN",
  "SCHEDOP_WATCHDOG", "EVTCHNOP_ALLOC_UNBOUND", "EVTCHNOP_CLOSE", "START_INFO_CMD_LINE", "COMMAND_LINE_BYTES",
);

/** the hvm_param indexes kernel.ts reads, by name (tests name the missing one) */
export const HVM_PARAMS = {
  HVM_PARAM_STORE_PFN, HVM_PARAM_STORE_EVTCHN, HVM_PARAM_CONSOLE_PFN, HVM_PARAM_CONSOLE_EVTCHN,
} as const;

// ---- what kernel.ts does not declare: Xen's side of the ABI, and the simulation's own layout ----
const EINVAL = -22;                      // Xen's errno values, negated as hypercalls return them
const ENOSYS = -38;
const START_INFO_FLAGS = 48;             // start_info.flags (the restore tool clears it)
const XEN_LEGACY_MAX_VCPUS = 32;         // shared_info.vcpu_info[32], each of
const VCPU_INFO_BYTES = 64;              // sizeof(struct vcpu_info)
const VCPU_INFO_PENDING_SEL = 8;         // vcpu_info.evtchn_pending_sel
const SHARED_INFO_EVTCHN_MASK = 2560;    // unsigned long evtchn_mask[64]
const SHARED_INFO_ARCH_BYTES = 48;       // struct arch_shared_info, from arch.max_pfn on
const SCHED_POLL_NR_PORTS = 8;           // struct sched_poll: ports (pointer) at 0, then these
const SCHED_POLL_TIMEOUT = 16;
const SCHED_POLL_MAX_PORTS = 128;        // Xen refuses a longer list
const EPERM = -1;
const ESRCH = -3;
const ENOSPC = -28;
// Issue 11's, Xen's side. (The op numbers and start_info.cmd_line come from kernel.ts above;
// sim.test.ts checks the simulation answers them as Xen's headers number them.)
const SCHEDOP_PIN_OVERRIDE = 7;          // sched.h: for the hardware domain only (core.c: −EPERM for a domU)
const SCHED_WATCHDOG_TIMEOUT = 4;        // struct sched_watchdog { uint32_t id; uint32_t timeout; }, seconds
const NR_DOMAIN_WATCHDOG_TIMERS = 2;     // xen/include/xen/sched.h: watchdogs per domain
const SHUTDOWN_WATCHDOG = 4;             // sched.h SHUTDOWN_watchdog: what Xen shuts a domain down with
const ALLOC_UNBOUND_REMOTE_DOM = 2;      // struct evtchn_alloc_unbound: domid_t dom (at 0), remote_dom (at 2),
const ALLOC_UNBOUND_PORT = 4;            //   evtchn_port_t port (out)
const MAX_GUEST_CMDLINE = COMMAND_LINE_BYTES; // xen.h: start_info.cmd_line's size
/** cpuRelax calls (x86 `pause`) before the simulation calls the kernel wedged in a busy loop */
export const CPU_RELAX_BOUND = 100_000;
const HVM_START_INFO_CMDLINE = 24;       // hvm_start_info.cmdline_paddr (u64; 0 = none)
const HVM_START_INFO_VERSION = 4;        // struct hvm_start_info (xen-abi §14.4): u32 version
const HVM_START_INFO_MEMMAP = 40;        // u64 memmap_paddr
const HVM_START_INFO_MEMMAP_ENTRIES = 48; // u32 memmap_entries
const HVM_START_INFO_BYTES = 56;
const HVM_MEMMAP_ENTRY_BYTES = 24;       // struct hvm_memmap_table_entry: addr, size, type
const XEN_HVM_MEMMAP_TYPE_RAM = 1;
const XEN_HVM_MEMMAP_TYPE_RESERVED = 2;
const ADD_TO_PHYSMAP_SPACE = 4;          // struct xen_add_to_physmap: u32 space
const ADD_TO_PHYSMAP_IDX = 8;            //   u64 idx
const ADD_TO_PHYSMAP_GPFN = 16;          //   u64 gpfn
const HVM_PARAM_INDEX = 4;               // struct xen_hvm_param: u32 index
const HVM_PARAM_VALUE = 8;               //   u64 value
/** libxl's eight "special pages" below 4 GiB (xen-abi §14.2): special_pfn(i) = 0xFEFF8 + i */
const X86_HVM_SPECIAL_PFN_BASE = 0xfeff8;
const X86_HVM_NR_SPECIAL_PAGES = 8;
export const PVH_STORE_PFN = X86_HVM_SPECIAL_PFN_BASE + 4;    // 0xFEFFC
export const PVH_CONSOLE_PFN = X86_HVM_SPECIAL_PFN_BASE + 7;  // 0xFEFFF

export const HYPERCALL_PAGE_ADDRESS = 0x1000;
/** where the image's Xen notes put the GUEST_VERSION string (xen-elfnote.S labels it guest_version) */
export const GUEST_VERSION_ADDRESS = 0x0800;
/** the version the build writes into that note: package.json's */
export const PACKAGE_VERSION: string = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../../package.json"), "utf8"),
).version;
const BSS_START = 0x2000;
const SHARED_INFO_MFN = 0xfee00; // a frame that belongs to Xen, not to the guest
const MFN_BASE = 0x200000;

/** thrown by SCHEDOP_shutdown so that main() unwinds */
export class ShutdownSentinel extends Error {
  constructor(readonly reason: number) {
    super(`SCHEDOP_shutdown(${reason})`);
  }
}

/** thrown when the scenario has nothing left to do and the kernel waits */
export class EndOfScript extends Error {
  constructor() {
    super("end of scenario");
  }
}

export class KernelSpins extends Error {}

export type Step = ((sim: SimDomain) => void) & { isTick?: boolean };

/** how the domain boots: PV (start_info, MFNs, p2m) or PVH (hvm_start_info, HVM params) */
export type BootMode = "pv" | "pvh";
export const MODES: readonly BootMode[] = ["pv", "pvh"];

/**
 * Register `body` once per boot mode, the mode in the test's name: `register` is uvu's `test`.
 * The tests of boot, control, rings, suspend and fuzzing all run in both modes this way.
 */
export function eachMode(register: (name: string, fn: () => void) => void, name: string, body: (mode: BootMode) => void): void {
  for (const mode of MODES) register(`[${mode}] ${name}`, () => body(mode));
}

/**
 * What a suspend turns into. "resume": a new domain (new domid, ports, shared_info; new
 * xenstore connection). "cancel": the hypercall returns 1 (a failed save). "checkpoint":
 * `xl save -c` — returns 1 to a PV guest, but 0 to a PVH guest without an event callback
 * (xen-abi §14.10), in the same domain with everything as it was.
 */
export type SuspendOutcome = "resume" | "cancel" | "checkpoint";

export interface DomainOptions {
  mode: BootMode;
  domid: number;
  nrPages: number;
  toolstack: "xl" | "xenopsd";
  storePort: number;
  consolePort: number;
  /** xenconsoled consumes at most this many bytes per turn */
  consoleChunk: number;
  /** xenconsoled does nothing for this many turns at first (ring-full tests) */
  consoleStalledTurns: number;
  /** Xen did not honour the HYPERCALL_PAGE note */
  hypercallPageUnfilled: boolean;
  /** update_va_mapping of shared_info fails (−EINVAL), as for a bad frame */
  sharedInfoMapFails: boolean;
  store: Partial<XenstoredOptions>;
  /** give up after this many hypercalls (a kernel that never settles) */
  hypercallBudget: number;
  /** what each suspend turns into, in order; when none is left, suspend ends the run */
  suspendOutcomes: SuspendOutcome[];
  /** PVH: hvm_start_info's magic (a wrong one must stop the boot) */
  hvmStartMagic: number;
  /** PVH: params libxl left at 0 (index numbers, HVM_PARAMS) */
  hvmParamsMissing: number[];
  /** PVH: params hvm_op refuses (−EPERM) */
  hvmParamsRefused: number[];
  /** Xen system time after a resume on "another host" */
  resumeTimeNs: bigint;
  /** Xen system time at boot, ns (a bigint so that hosts up for centuries can be simulated) */
  startTimeNs: bigint;
  /** how far the stamp in vcpu_info lags behind the true time (Xen: up to about a second) */
  stampLagNs: bigint;
  /**
   * the kernel command line (xl's `extra`): PV in start_info.cmd_line, cut to 1023 bytes as
   * libxenguest's strncpy does; PVH NUL-terminated right after hvm_start_info, its address in
   * cmdline_paddr ("" = none: cmdline_paddr 0)
   */
  cmdline: string;
}

const defaults: DomainOptions = {
  mode: "pv",
  domid: 7,
  nrPages: 4096,
  toolstack: "xl",
  storePort: 1,
  consolePort: 2,
  consoleChunk: Infinity,
  consoleStalledTurns: 0,
  hypercallPageUnfilled: false,
  sharedInfoMapFails: false,
  store: {},
  hypercallBudget: 2_000_000,
  startTimeNs: 5_000_000_000n,
  suspendOutcomes: [],
  hvmStartMagic: HVM_START_MAGIC_VALUE,
  hvmParamsMissing: [],
  hvmParamsRefused: [],
  resumeTimeNs: 1_000_000_000n,
  stampLagNs: 0n,
  cmdline: "",
};

let compiledKernel: vm.Script | undefined;

function checkByte(byte: number): void {
  if (!Number.isInteger(byte) || byte < 0 || byte > 0xff) throw new MemoryFault(`debugPortWrite(${byte}): not a byte`);
}

/** kernel.ts, transpiled once per process */
export function kernelScript(): vm.Script {
  if (!compiledKernel) {
    const file = KERNEL_FILE;
    const source = fs.readFileSync(file, "utf8");
    // An inline source map and a real file name let c8 report coverage on kernel.ts itself.
    const out = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, inlineSourceMap: true, inlineSources: true,
        sourceRoot: path.dirname(file),
      },
      fileName: "kernel.ts",
    });
    // The JS is also written next to the compiled tests, where c8 finds it and its map.
    const jsFile = path.resolve(__dirname, "../../kernel.sim.js");
    try {
      fs.writeFileSync(jsFile, out.outputText);
    } catch {
      // coverage of kernel.ts is a nicety; running it is what matters
    }
    compiledKernel = new vm.Script(out.outputText, { filename: jsFile });
  }
  return compiledKernel;
}

class ConsoleDaemon {
  log = "";
  stalledTurns: number;
  constructor(private readonly memory: SimMemory, private readonly ring: number, private readonly chunk: number,
              stalledTurns: number, private readonly notifyGuest: () => void) {
    this.stalledTurns = stalledTurns;
    memory.setU32(ring + CONSOLE_OUT_CONS, 0);
    memory.setU32(ring + CONSOLE_OUT_PROD, 0);
  }
  /** like xenconsoled's buffer_append: nothing if the indexes are 0 apart or impossible */
  service(): boolean {
    if (this.stalledTurns > 0) {
      this.stalledTurns--;
      return false;
    }
    const m = this.memory;
    const cons = m.u32(this.ring + CONSOLE_OUT_CONS);
    const prod = m.u32(this.ring + CONSOLE_OUT_PROD);
    const queued = (prod - cons) >>> 0;
    if (queued === 0 || queued > CONSOLE_OUT_SIZE) return false;
    const take = Math.min(queued, this.chunk);
    let text = "";
    for (let i = 0; i < take; i++) {
      text += String.fromCharCode(m.readByte(this.ring + CONSOLE_OUT + ((cons + i) & (CONSOLE_OUT_SIZE - 1))));
    }
    this.log += text;
    m.setU32(this.ring + CONSOLE_OUT_CONS, (cons + take) >>> 0);
    this.notifyGuest();
    return true;
  }
}

export interface RunResult {
  outcome: "shutdown" | "end" | "error";
  reason?: number;
  error?: unknown;
  console: string;
  /** what the kernel wrote to I/O port 0xe9 (PVH only: Xen's console, `xl dmesg`) */
  debugPort: string;
  lines: string[];
  sim: SimDomain;
}

export class SimDomain {
  readonly options: DomainOptions;
  readonly memory = new SimMemory();
  readonly context: vm.Context;
  readonly exports: Record<string, (...args: unknown[]) => unknown> = {};
  private bssCursor = BSS_START;
  private readonly steps: Step[];
  sharedInfo = new Uint8Array(PAGE_SIZE);
  sharedInfoMfn = SHARED_INFO_MFN;
  mfnBase = MFN_BASE;
  /** frames the simulated domain really has (≥ nr_pages, so that tiny nr_pages can be tested) */
  totalFrames = 0;
  /** what the save tool found wrong at each suspend (tests expect none) */
  readonly saveProblems: string[] = [];
  suspends = 0;
  startInfo = 0;
  /** PVH: guest-physical address of hvm_start_info (main's first argument) */
  hvmStartInfo = 0;
  /** PVH: the gfn where add_to_physmap put the current shared_info, −1 while it is nowhere */
  sharedInfoGpfn = -1;
  /** PVH: what XENMEM_current_reservation answers (RAM + special pages − a replaced RAM page) */
  reservation = 0;
  /** PVH: the bytes written to I/O port 0xe9 */
  debugPort = "";
  storeRing = 0;
  consoleRing = 0;
  p2m = 0;
  store!: SimXenstored;
  console!: ConsoleDaemon;
  hypercalls = 0;
  nowNs = 0n;
  /** the absolute timeouts of the kernel's polls, in order */
  readonly pollTimeouts: bigint[] = [];
  ticksDelivered = 0;
  readonly boundPorts = new Set<number>();
  /** the ports the guest allocated with alloc_unbound in this domain → the remote domain named */
  readonly guestPorts = new Map<number, number>();
  /** the ports the guest closed (EVTCHNOP_close), in order, over every domain */
  readonly closedPorts: number[] = [];
  /** the port lists of the kernel's polls, in order (pollTimeouts holds their timeouts) */
  readonly pollPortLists: number[][] = [];
  /** the domain's watchdogs (SCHEDOP_watchdog): id − 1 → expiry in Xen system time; none in a new domain */
  readonly watchdogs: (bigint | undefined)[] = [];
  cpuRelaxCalls = 0;
  readonly hypercallLog: string[] = [];

  constructor(options: Partial<DomainOptions>, steps: Step[]) {
    this.options = { ...defaults, ...options };
    // Own copies: the simulation shifts and tests push, which must touch neither the defaults
    // nor a caller's array.
    const o = this.options;
    o.suspendOutcomes = [...o.suspendOutcomes];
    o.hvmParamsMissing = [...o.hvmParamsMissing];
    o.hvmParamsRefused = [...o.hvmParamsRefused];
    o.store = { ...o.store };
    this.steps = [...steps];
    const m = this.memory;
    // The image: the hypercall page (filled by "Xen" unless told otherwise).
    const hypercallPage = new Uint8Array(PAGE_SIZE).fill(this.options.hypercallPageUnfilled ? RET_OPCODE : 0xcc);
    if (!this.options.hypercallPageUnfilled) hypercallPage[0] = 0x51; // push %rcx: the first stub
    m.map(HYPERCALL_PAGE_ADDRESS / PAGE_SIZE, hypercallPage);
    // The first page: code and, in it, the notes with the version string, NUL-terminated.
    const firstPage = new Uint8Array(PAGE_SIZE);
    firstPage.set(Buffer.from(`${PACKAGE_VERSION}\0`, "latin1"), GUEST_VERSION_ADDRESS);
    m.map(Math.floor(GUEST_VERSION_ADDRESS / PAGE_SIZE), firstPage);
    const intrinsics = {
      load8: (a: number) => m.load(a, 1),
      load16: (a: number) => m.load(a, 2),
      load32: (a: number) => m.load(a, 4),
      load64: (a: number) => m.load(a, 8),
      store8: (a: number, v: number) => m.store(a, 1, v),
      store16: (a: number, v: number) => m.store(a, 2, v),
      store32: (a: number, v: number) => m.store(a, 4, v),
      store64: (a: number, v: number) => m.store(a, 8, v),
      readBarrier: () => undefined,
      writeBarrier: () => undefined,
      fullBarrier: () => undefined,
      testAndClearBit: (a: number, bit: number) => m.testAndClearBit(a, bit),
      staticBuffer: (bytes: number, align: number) => this.allocate(bytes, align),
      addressOf: (symbol: string) => {
        if (symbol === "hypercall_page") return HYPERCALL_PAGE_ADDRESS;
        if (symbol === "guest_version") return GUEST_VERSION_ADDRESS;
        // kernel.lds: the page-aligned end of .bss (every staticBuffer is allocated by then)
        if (symbol === "_image_end") return Math.ceil(this.bssCursor / PAGE_SIZE) * PAGE_SIZE;
        throw new MemoryFault(`addressOf(${symbol}): no such symbol in boot.S, xen-elfnote.S or kernel.lds`);
      },
      machineToPhys: (mfn: number) => {
        if (this.options.mode === "pvh") {
          throw new MemoryFault(`machineToPhys(0x${mfn.toString(16)}) in PVH: there is no M2P (the compiled kernel faults)`);
        }
        return this.machineToPhys(mfn);
      },
      // x86 `pause`: what a busy-wait loop runs. A kernel told to spin never stops; the simulation
      // stops it after CPU_RELAX_BOUND of them.
      cpuRelax: () => {
        if (++this.cpuRelaxCalls > CPU_RELAX_BOUND) {
          throw new KernelSpins(`spinning: more than ${CPU_RELAX_BOUND} cpuRelax calls`);
        }
      },
      debugPortWrite: (byte: number) => {
        if (this.options.mode !== "pvh") throw new MemoryFault("debugPortWrite in PV: outb in ring 3 faults");
        checkByte(byte);
        this.debugPort += String.fromCharCode(byte);
      },
      hypercall: (op: number, a1: number, a2: number, a3: number, a4: number, a5: number) =>
        this.hypercall(op, a1, a2, a3, a4, a5),
      exports: this.exports,
    };
    this.context = vm.createContext(intrinsics);
    kernelScript().runInContext(this.context);
    this.build();
  }

  // ---- memory layout ----

  private allocate(bytes: number, align: number): number {
    const start = Math.ceil(this.bssCursor / align) * align;
    this.bssCursor = start + bytes;
    for (let page = Math.floor(start / PAGE_SIZE); page * PAGE_SIZE < start + bytes; page++) {
      if (!this.memory.pages.has(page)) this.memory.map(page, new Uint8Array(PAGE_SIZE));
    }
    this.memory.allowWrites(start, bytes, `staticBuffer@0x${start.toString(16)}`);
    return start;
  }

  /** fake, scattered machine frames: pfn → base + 3·(frames − 1 − pfn) + 1 */
  mfnOf(pfn: number): number {
    return this.mfnBase + 3 * (this.totalFrames - 1 - pfn) + 1;
  }

  machineToPhys(mfn: number): number {
    const offset = mfn - this.mfnBase - 1;
    const pfn = this.totalFrames - 1 - offset / 3;
    if (offset < 0 || offset % 3 !== 0 || pfn < 0 || pfn >= this.totalFrames) {
      throw new MemoryFault(`machineToPhys(0x${mfn.toString(16)}): not a frame of this domain`);
    }
    return pfn;
  }

  private frameForMfn(mfn: number): Uint8Array {
    if (mfn === this.sharedInfoMfn) return this.sharedInfo;
    const pfn = this.machineToPhys(mfn);
    const frame = this.pfnFrames.get(pfn);
    if (!frame) throw new MemoryFault(`frame 0x${mfn.toString(16)} is not populated in the simulation`);
    return frame;
  }

  private readonly pfnFrames = new Map<number, Uint8Array>();

  private newPage(writable: string | null): number {
    const page = Math.ceil(this.bssCursor / PAGE_SIZE);
    const frame = new Uint8Array(PAGE_SIZE);
    this.memory.map(page, frame);
    this.bssCursor = (page + 1) * PAGE_SIZE;
    if (writable) this.memory.allowWrites(page * PAGE_SIZE, PAGE_SIZE, writable);
    return page * PAGE_SIZE;
  }

  private build(): void {
    const o = this.options;
    if (o.mode === "pvh") this.buildPvh();
    else this.buildPv();
    this.sharedInfo[VCPU0_UPCALL_MASK] = 1; // masked, as the builder leaves it
    this.nowNs = o.startTimeNs;
    this.publishTime();
    this.boundPorts.add(o.storePort);
    this.boundPorts.add(o.consolePort);
    this.store = new SimXenstored(this.memory, this.storeRing, () => this.setPending(o.storePort), {
      domid: o.domid, toolstack: o.toolstack, requestChunk: Infinity, replyChunk: Infinity,
      initialRequestIndex: 0, initialReplyIndex: 0, ...o.store,
    });
    this.console = new ConsoleDaemon(this.memory, this.consoleRing, o.consoleChunk, o.consoleStalledTurns,
      () => this.setPending(o.consolePort));
  }

  /**
   * PVH, as xl builds it (xen-abi §14.2): the start-info block in the page after the image,
   * RAM up to nr_pages (not simulated beyond the pages in use), the two rings at libxl's
   * special pages just below 4 GiB. shared_info is nowhere until the guest asks for it.
   */
  private buildPvh(): void {
    const m = this.memory;
    const o = this.options;
    this.totalFrames = o.nrPages;
    this.reservation = o.nrPages + X86_HVM_NR_SPECIAL_PAGES;
    // libxenguest's layout: the command line (if any) right after the struct, its size rounded up
    // to 8 bytes (xg_dom_x86.c), then, in this simulation, the memory map.
    const cmdline = Buffer.from(o.cmdline, "latin1");
    const cmdlineBytes = cmdline.length === 0 ? 0 : Math.ceil((cmdline.length + 1) / 8) * 8;
    const memmapOffset = HVM_START_INFO_BYTES + cmdlineBytes + 8;
    const info = this.newPage(null);
    for (let end = PAGE_SIZE; end < memmapOffset + 2 * HVM_MEMMAP_ENTRY_BYTES; end += PAGE_SIZE) this.newPage(null);
    this.hvmStartInfo = info;
    const memmap = info + memmapOffset;
    m.setU32(info + HVM_START_INFO_MAGIC, o.hvmStartMagic);
    m.setU32(info + HVM_START_INFO_VERSION, 1);
    m.setU64(info + HVM_START_INFO_CMDLINE, cmdline.length === 0 ? 0 : info + HVM_START_INFO_BYTES);
    for (let i = 0; i < cmdline.length; i++) m.writeByte(info + HVM_START_INFO_BYTES + i, cmdline[i]);
    if (cmdline.length > 0) m.writeByte(info + HVM_START_INFO_BYTES + cmdline.length, 0);
    m.setU64(info + HVM_START_INFO_MEMMAP, memmap);
    m.setU32(info + HVM_START_INFO_MEMMAP_ENTRIES, 2);
    m.setU64(memmap, 0);
    m.setU64(memmap + 8, o.nrPages * PAGE_SIZE);
    m.setU32(memmap + 16, XEN_HVM_MEMMAP_TYPE_RAM);
    m.setU64(memmap + HVM_MEMMAP_ENTRY_BYTES, X86_HVM_SPECIAL_PFN_BASE * PAGE_SIZE);
    m.setU64(memmap + HVM_MEMMAP_ENTRY_BYTES + 8, X86_HVM_NR_SPECIAL_PAGES * PAGE_SIZE);
    m.setU32(memmap + HVM_MEMMAP_ENTRY_BYTES + 16, XEN_HVM_MEMMAP_TYPE_RESERVED);
    this.storeRing = PVH_STORE_PFN * PAGE_SIZE;
    this.consoleRing = PVH_CONSOLE_PFN * PAGE_SIZE;
    m.map(PVH_STORE_PFN, new Uint8Array(PAGE_SIZE));
    m.map(PVH_CONSOLE_PFN, new Uint8Array(PAGE_SIZE));
    m.allowWrites(this.storeRing, PAGE_SIZE, "xenstore ring");
    m.allowWrites(this.consoleRing, PAGE_SIZE, "console ring");
  }

  /** PV, as libxenguest builds it: see the header. */
  private buildPv(): void {
    const m = this.memory;
    const o = this.options;
    // p2m array (read-only to the kernel in this phase)
    this.p2m = Math.ceil(this.bssCursor / PAGE_SIZE) * PAGE_SIZE;
    // The p2m covers nr_pages, and at least the layout itself (start_info, rings, some slack).
    const layoutFrames = this.p2m / PAGE_SIZE + Math.ceil((o.nrPages + 64) * 8 / PAGE_SIZE) + 3 + 16;
    this.totalFrames = Math.max(o.nrPages, layoutFrames);
    const p2mPages = Math.ceil(this.totalFrames * 8 / PAGE_SIZE);
    for (let i = 0; i < p2mPages; i++) this.newPage(null);
    this.writeP2m();
    this.startInfo = this.newPage("start_info");
    this.storeRing = this.newPage("xenstore ring");
    this.consoleRing = this.newPage("console ring");
    for (const [page, frame] of m.pages) this.pfnFrames.set(page, frame);
    const si = this.startInfo;
    const magic = "xen-3.0-x86_64";
    for (let i = 0; i < magic.length; i++) m.writeByte(si + i, magic.charCodeAt(i));
    m.setU64(si + START_INFO_NR_PAGES, o.nrPages);
    m.setU64(si + START_INFO_SHARED_INFO, this.sharedInfoMfn * PAGE_SIZE);
    m.setU64(si + START_INFO_STORE_MFN, this.mfnOf(this.storeRing / PAGE_SIZE));
    m.setU32(si + START_INFO_STORE_EVTCHN, o.storePort);
    m.setU64(si + START_INFO_CONSOLE_MFN, this.mfnOf(this.consoleRing / PAGE_SIZE));
    m.setU32(si + START_INFO_CONSOLE_EVTCHN, o.consolePort);
    m.setU64(si + START_INFO_MFN_LIST, this.p2m);
    // xg_dom_x86.c: strncpy into cmd_line, then cmd_line[MAX_GUEST_CMDLINE - 1] = '\0'
    const cmdline = Buffer.from(o.cmdline, "latin1").subarray(0, MAX_GUEST_CMDLINE - 1);
    for (let i = 0; i < cmdline.length; i++) m.writeByte(si + START_INFO_CMD_LINE + i, cmdline[i]);
    m.writeByte(si + START_INFO_CMD_LINE + cmdline.length, 0);
  }

  private writeP2m(): void {
    for (let pfn = 0; pfn < this.totalFrames; pfn++) {
      const address = this.p2m + pfn * 8;
      const frame = this.memory.pages.get(Math.floor(address / PAGE_SIZE))!;
      Buffer.from(frame.buffer, frame.byteOffset, PAGE_SIZE).writeBigUInt64LE(BigInt(this.mfnOf(pfn)), address % PAGE_SIZE);
    }
  }

  // ---- suspend: what the save tool checks, and the two ways back ----

  private static u64(frame: Uint8Array, offset: number): number {
    return Number(Buffer.from(frame.buffer, frame.byteOffset, PAGE_SIZE).readBigUInt64LE(offset));
  }

  /** The p2m frame-list tree published in shared_info, checked as map_p2m_tree does (and more). */
  checkFrameListTree(): string[] {
    const problems: string[] = [];
    const maxPfn = SimDomain.u64(this.sharedInfo, SHARED_INFO_ARCH_MAX_PFN);
    const fllMfn = SimDomain.u64(this.sharedInfo, SHARED_INFO_ARCH_FRAME_LIST_LIST);
    if (maxPfn !== this.options.nrPages) problems.push(`arch.max_pfn is ${maxPfn}, expected ${this.options.nrPages}`);
    let fll: Uint8Array;
    try {
      fll = this.frameForMfn(fllMfn);
    } catch {
      return [...problems, `bad mfn ${fllMfn} for p2m frame list list`];
    }
    const p2mPages = Math.ceil(maxPfn / P2M_ENTRIES_PER_PAGE);
    const lists = Math.ceil(p2mPages / P2M_ENTRIES_PER_PAGE);
    if (lists > P2M_ENTRIES_PER_PAGE) problems.push("max_pfn too large for p2m tree");
    for (let j = 0; j < lists && j < P2M_ENTRIES_PER_PAGE; j++) {
      const listMfn = SimDomain.u64(fll, j * 8);
      let list: Uint8Array;
      try {
        list = this.frameForMfn(listMfn);
      } catch {
        problems.push(`bad mfn ${listMfn} in p2m frame list list [${j}]`);
        continue;
      }
      for (let k = j * P2M_ENTRIES_PER_PAGE; k < Math.min(p2mPages, (j + 1) * P2M_ENTRIES_PER_PAGE); k++) {
        const entry = SimDomain.u64(list, (k % P2M_ENTRIES_PER_PAGE) * 8);
        const expected = this.mfnOf(this.p2m / PAGE_SIZE + k);
        if (entry !== expected) problems.push(`p2m frame list [${k}] is ${entry}, expected ${expected}`);
      }
    }
    return problems;
  }

  private suspend(rdx: number): number {
    this.suspends++;
    const pvh = this.options.mode === "pvh";
    const problems = pvh ? this.pvhSaveProblems(rdx) : this.pvSaveProblems(rdx);
    const m = this.memory;
    if (m.u32(this.consoleRing + CONSOLE_OUT_CONS) !== m.u32(this.consoleRing + CONSOLE_OUT_PROD)) {
      this.console.service();
      problems.push("console not drained before the suspend hypercall");
    }
    this.saveProblems.push(...problems);
    const outcome = this.options.suspendOutcomes.shift();
    if (outcome === undefined || problems.length > 0) throw new ShutdownSentinel(SHUTDOWN_SUSPEND);
    this.hypercallLog.push(`suspend → ${outcome}`);
    if (outcome === "cancel") return 1;
    // xl save -c: xc_domain_resume's modify_returncode sets rax = 1 for PV, and for HVM only
    // with an event callback, which the kernel never sets (xen-abi §14.10): PVH sees 0.
    if (outcome === "checkpoint") return pvh ? 0 : 1;
    if (pvh) this.restorePvhAsNewDomain();
    else this.restoreAsNewDomain();
    return 0;
  }

  /** PV: what xc_domain_save needs (xen-abi §11.3) */
  private pvSaveProblems(startInfoMfn: number): string[] {
    const m = this.memory;
    const si = this.startInfo;
    const problems: string[] = [];
    if (startInfoMfn !== this.mfnOf(si / PAGE_SIZE)) problems.push(`rdx ${startInfoMfn} is not start_info's MFN`);
    for (const [page, frame] of m.pages) {
      if (frame === this.sharedInfo) problems.push(`shared_info is still mapped at 0x${(page * PAGE_SIZE).toString(16)}`);
    }
    const storePfn = m.u64(si + START_INFO_STORE_MFN);
    const consolePfn = m.u64(si + START_INFO_CONSOLE_MFN);
    if (storePfn !== this.storeRing / PAGE_SIZE) problems.push(`start_info.store_mfn holds ${storePfn}, not the ring's pfn`);
    if (consolePfn !== this.consoleRing / PAGE_SIZE) problems.push(`start_info.console.domU.mfn holds ${consolePfn}, not the ring's pfn`);
    problems.push(...this.checkFrameListTree());
    return problems;
  }

  /**
   * PVH: the save copies guest frames as they are and needs nothing of the guest (xen-abi
   * §14.10); rdx must be 0 as Linux passes it. shared_info staying at its gfn is not the save's
   * need but kernel.ts's promise (chapter 14: "shared_info left where it is").
   */
  private pvhSaveProblems(rdx: number): string[] {
    const problems: string[] = [];
    if (rdx !== 0) problems.push(`rdx is ${rdx}, not 0, in a PVH suspend`);
    if (this.sharedInfoGpfn < 0 || this.memory.pages.get(this.sharedInfoGpfn) !== this.sharedInfo) {
      problems.push("shared_info is not at the gfn the guest placed it at");
    }
    return problems;
  }

  /**
   * Both modes: the new domain's id, event channels, xenstore connection and clock. The new
   * domain has only the two ports the restorer binds: what the guest allocated belonged to the
   * old one. Xen's watchdogs belong to the domain too: the new one has none.
   */
  private enterNewDomain(): void {
    const o = this.options;
    o.domid += 1;
    this.boundPorts.clear();
    this.guestPorts.clear();
    this.watchdogs.length = 0;
    o.storePort += 10;
    o.consolePort += 10;
    this.boundPorts.add(o.storePort);
    this.boundPorts.add(o.consolePort);
    this.store.moveToDomain(o.domid);
    this.nowNs = o.resumeTimeNs;
  }

  private restoreAsNewDomain(): void {
    const m = this.memory;
    const o = this.options;
    const si = this.startInfo;
    const storePfn = m.u64(si + START_INFO_STORE_MFN);
    const consolePfn = m.u64(si + START_INFO_CONSOLE_MFN);
    // New frames for every page; the restore tool rewrites the p2m in place.
    this.mfnBase += 0x100000;
    this.writeP2m();
    // A fresh shared_info: vcpu_info and arch copied, the tree's root zeroed, events masked.
    const old = this.sharedInfo;
    const fresh = new Uint8Array(PAGE_SIZE);
    fresh.set(old.subarray(0, XEN_LEGACY_MAX_VCPUS * VCPU_INFO_BYTES), 0);
    fresh.set(old.subarray(SHARED_INFO_ARCH_MAX_PFN, SHARED_INFO_ARCH_MAX_PFN + SHARED_INFO_ARCH_BYTES), SHARED_INFO_ARCH_MAX_PFN);
    fresh.fill(0, SHARED_INFO_ARCH_FRAME_LIST_LIST, SHARED_INFO_ARCH_FRAME_LIST_LIST + 8);
    fresh.fill(0xff, SHARED_INFO_EVTCHN_MASK, SHARED_INFO_EVTCHN_MASK + 512);
    for (let v = 0; v < XEN_LEGACY_MAX_VCPUS; v++) {
      const pendingSel = v * VCPU_INFO_BYTES + VCPU_INFO_PENDING_SEL;
      fresh.fill(0, pendingSel, pendingSel + 8);
    }
    this.sharedInfo = fresh;
    this.sharedInfoMfn += 7;
    this.enterNewDomain();
    // start_info, found through rdx, patched by the restore tool.
    m.setU64(si + START_INFO_STORE_MFN, this.mfnOf(storePfn));
    m.setU32(si + START_INFO_STORE_EVTCHN, o.storePort);
    m.setU64(si + START_INFO_CONSOLE_MFN, this.mfnOf(consolePfn));
    m.setU32(si + START_INFO_CONSOLE_EVTCHN, o.consolePort);
    m.setU64(si + START_INFO_NR_PAGES, o.nrPages);
    m.setU64(si + START_INFO_SHARED_INFO, this.sharedInfoMfn * PAGE_SIZE);
    m.setU32(si + START_INFO_FLAGS, 0);
    this.publishTime();
  }

  /**
   * PVH (xen-abi §14.10): the same gfns for everything; a new shared_info frame that is mapped
   * nowhere until add_to_physmap (its gfn holds a RAM copy of the old page meanwhile); both ring
   * pages zeroed by the restorer; new ports in the params (hvmOp reads them from the options).
   */
  private restorePvhAsNewDomain(): void {
    const m = this.memory;
    if (this.sharedInfoGpfn >= 0) m.map(this.sharedInfoGpfn, Uint8Array.from(this.sharedInfo));
    this.sharedInfoGpfn = -1;
    this.sharedInfo = new Uint8Array(PAGE_SIZE);
    this.sharedInfoMfn += 7;
    this.reservation = this.options.nrPages + X86_HVM_NR_SPECIAL_PAGES;
    m.pages.get(this.storeRing / PAGE_SIZE)!.fill(0);
    m.pages.get(this.consoleRing / PAGE_SIZE)!.fill(0);
    this.enterNewDomain();
    this.publishTime();
  }

  // ---- event channels ----

  setPending(port: number): void {
    this.sharedInfo[SHARED_INFO_EVTCHN_PENDING + (port >> 3)] |= 1 << (port & 7);
  }

  private clearPending(port: number): void {
    this.sharedInfo[SHARED_INFO_EVTCHN_PENDING + (port >> 3)] &= ~(1 << (port & 7));
  }

  /**
   * What libxl does to suspend a guest that offers a suspend event channel
   * (libxl_dom_suspend.c): read device/suspend/event-channel, bind to that port from dom0 and
   * notify it — here, the port is set pending. No key, or a port the guest has not allocated, is
   * a mistake of the test, not of the kernel: the step throws saying so. A port allocated for
   * another domain than dom0 is the kernel's mistake: libxl's bind would fail
   * (event_channel.c checks the unbound port's remote_domid), so nothing is notified and the
   * save tool's problem list says why.
   */
  notifySuspendChannel(): void {
    const value = this.store.value("device/suspend/event-channel");
    if (value === undefined || !/^[0-9]+$/.test(value)) {
      throw new Error(`notifySuspendChannel: device/suspend/event-channel is ${value === undefined ? "missing" : JSON.stringify(value)}`
        + " (the test notified a guest that offers no suspend channel)");
    }
    const port = Number(value);
    const remote = this.guestPorts.get(port);
    if (remote === undefined) {
      throw new Error(`notifySuspendChannel: port ${port} (from device/suspend/event-channel) is not one the guest allocated`
        + ` in this domain (its ports: ${[...this.guestPorts.keys()].join(", ") || "none"})`);
    }
    if (remote !== 0) {
      this.saveProblems.push(`suspend channel port ${port} was allocated for domain ${remote}, not dom0: libxl cannot bind it`);
      return;
    }
    this.hypercallLog.push(`libxl: notify suspend channel ${port}`);
    this.setPending(port);
  }

  isPending(port: number): boolean {
    return (this.sharedInfo[SHARED_INFO_EVTCHN_PENDING + (port >> 3)] & (1 << (port & 7))) !== 0;
  }

  /** the daemons in dom0 get a turn; true if either moved */
  serviceDaemons(): boolean {
    const a = this.store.service();
    const b = this.console.service();
    return a || b;
  }

  // ---- time ----

  /** vcpu_info[0].time: version odd while updating, then the stamp (system_time) */
  publishTime(): void {
    const view = Buffer.from(this.sharedInfo.buffer, this.sharedInfo.byteOffset, PAGE_SIZE);
    const version = view.readUInt32LE(VCPU0_TIME_VERSION);
    view.writeUInt32LE((version + 1) >>> 0, VCPU0_TIME_VERSION);
    const stamp = this.nowNs > this.options.stampLagNs ? this.nowNs - this.options.stampLagNs : 0n;
    view.writeBigUInt64LE(BigInt.asUintN(64, stamp), VCPU0_TIME_SYSTEM_TIME);
    view.writeUInt32LE((version + 2) >>> 0, VCPU0_TIME_VERSION);
  }

  advanceTo(ns: bigint): void {
    if (ns > this.nowNs) this.nowNs = ns;
    this.publishTime();
    this.checkWatchdogs();
  }

  /**
   * Xen's watchdog timers (sched/core.c domain_watchdog_timeout): one that expires unfed shuts
   * the domain down with SHUTDOWN_watchdog. Checked whenever simulated time moves.
   */
  private checkWatchdogs(): void {
    const id = this.watchdogs.findIndex((expiry) => expiry !== undefined && expiry <= this.nowNs);
    if (id < 0) return;
    this.hypercallLog.push(`Xen: watchdog ${id + 1} fired`);
    throw new ShutdownSentinel(SHUTDOWN_WATCHDOG);
  }

  // ---- the scenario ----

  /** a `tick` step outside a poll with a deadline: one second passes */
  tick(): void {
    this.advanceTo(this.nowNs + 1_000_000_000n);
  }

  private runNextStep(): void {
    const step = this.steps.shift();
    if (!step) throw new EndOfScript();
    step(this);
  }

  /** in a poll with a deadline: if the next step is a tick, time jumps to the deadline */
  private timeoutIfTicking(timeout: bigint): boolean {
    if (timeout === 0n || this.steps.length === 0 || !this.steps[0].isTick) return false;
    this.steps.shift();
    this.ticksDelivered++;
    this.advanceTo(timeout);
    return true;
  }

  // ---- hypercalls ----

  private hypercall(op: number, a1: number, a2: number, a3: number, _a4: number, _a5: number): number {
    if (++this.hypercalls > this.options.hypercallBudget) throw new KernelSpins(`more than ${this.options.hypercallBudget} hypercalls`);
    if (this.memory.readByte(HYPERCALL_PAGE_ADDRESS) === RET_OPCODE) {
      throw new MemoryFault("hypercall through an unfilled hypercall page (it would just return)");
    }
    switch (op) {
      case HYPERCALL_SCHED_OP: return this.schedOp(a1, a2, a3);
      case HYPERCALL_EVENT_CHANNEL_OP: return this.eventChannelOp(a1, a2);
      case HYPERCALL_UPDATE_VA_MAPPING: return this.updateVaMapping(a1, a2, a3);
      case HYPERCALL_XEN_VERSION: return this.xenVersion(a1, a2);
      case HYPERCALL_MEMORY_OP: return this.memoryOp(a1, a2);
      case HYPERCALL_HVM_OP: return this.hvmOp(a1, a2);
      default: return ENOSYS;
    }
  }

  private schedOp(cmd: number, arg: number, _rdx: number): number {
    const m = this.memory;
    switch (cmd) {
      case SCHEDOP_YIELD:
        if (!this.serviceDaemons()) this.runNextStep();
        return 0;
      case SCHEDOP_SHUTDOWN:
        this.hypercallLog.push(`shutdown ${m.u32(arg)}`);
        if (m.u32(arg) === SHUTDOWN_SUSPEND) return this.suspend(_rdx);
        throw new ShutdownSentinel(m.u32(arg));
      case SCHEDOP_WATCHDOG: {
        const result = this.watchdog(m.u32(arg), m.u32(arg + SCHED_WATCHDOG_TIMEOUT));
        this.hypercallLog.push(`watchdog ${m.u32(arg)} ${m.u32(arg + SCHED_WATCHDOG_TIMEOUT)} → ${result}`);
        return result;
      }
      case SCHEDOP_PIN_OVERRIDE:
        return EPERM; // not the hardware domain
      case SCHEDOP_POLL: {
        const ports = m.u64(arg);
        const count = m.u32(arg + SCHED_POLL_NR_PORTS);
        const timeout = m.readUnsigned(arg + SCHED_POLL_TIMEOUT, 8);
        this.pollTimeouts.push(timeout);
        if (count > SCHED_POLL_MAX_PORTS) return EINVAL;
        const list: number[] = [];
        for (let i = 0; i < count; i++) {
          const port = m.u32(ports + 4 * i);
          if (!this.boundPorts.has(port)) return EINVAL;
          list.push(port);
        }
        this.pollPortLists.push(list);
        for (;;) {
          if (list.some((p) => this.isPending(p))) return 0;
          if (this.serviceDaemons()) continue;
          if (timeout !== 0n && timeout <= this.nowNs) return 0; // deadline already passed
          if (this.timeoutIfTicking(timeout)) return 0;
          this.runNextStep();
        }
      }
      default:
        return ENOSYS;
    }
  }

  /**
   * sched/core.c domain_watchdog: id 0 takes a free timer (−ENOSPC when both are in use) and
   * returns its id, 1-based; another id names one in use (−EINVAL otherwise): timeout 0 destroys
   * it, any other timeout feeds it. A timer expires `timeout` seconds from now — from id 0 with
   * timeout 0 at once, which here means at the next movement of time.
   */
  private watchdog(id: number, timeout: number): number {
    if (id > NR_DOMAIN_WATCHDOG_TIMERS) return EINVAL;
    const expiry = this.nowNs + BigInt(timeout) * 1_000_000_000n;
    if (id === 0) {
      for (let i = 0; i < NR_DOMAIN_WATCHDOG_TIMERS; i++) {
        if (this.watchdogs[i] !== undefined) continue;
        this.watchdogs[i] = expiry;
        return i + 1;
      }
      return ENOSPC;
    }
    if (this.watchdogs[id - 1] === undefined) return EINVAL;
    this.watchdogs[id - 1] = timeout === 0 ? undefined : expiry;
    return 0;
  }

  private eventChannelOp(cmd: number, arg: number): number {
    const m = this.memory;
    switch (cmd) {
      case EVTCHNOP_SEND: {
        const port = m.u32(arg);
        if (!this.boundPorts.has(port)) return EINVAL;
        if (port === this.options.storePort) this.store.service();
        else if (port === this.options.consolePort) this.console.service();
        return 0; // a guest-allocated port is unbound: Xen drops the notification
      }
      case EVTCHNOP_ALLOC_UNBOUND: {
        // event_channel.c evtchn_alloc_unbound: the lowest free port (0 is reserved);
        // remote_dom DOMID_SELF means the caller; the remote domain is not checked.
        if (!this.isSelf(arg)) return ESRCH;
        let remote = Number(m.readUnsigned(arg + ALLOC_UNBOUND_REMOTE_DOM, 2));
        if (remote === DOMID_SELF) remote = this.options.domid;
        let port = 1;
        while (this.boundPorts.has(port)) port++;
        this.boundPorts.add(port);
        this.guestPorts.set(port, remote);
        m.setU32(arg + ALLOC_UNBOUND_PORT, port);
        this.hypercallLog.push(`alloc_unbound for ${remote} → ${port}`);
        return 0;
      }
      case EVTCHNOP_CLOSE: {
        // Xen lets a guest close any of its ports, the store's and the console's too; the
        // simulation refuses those (−EINVAL, as for a port that is not bound) so that a kernel
        // closing the wrong port is noticed, not left to lose its rings.
        const port = m.u32(arg);
        this.hypercallLog.push(`close ${port}`);
        if (!this.guestPorts.has(port)) return EINVAL;
        this.guestPorts.delete(port);
        this.boundPorts.delete(port);
        this.clearPending(port); // free_evtchn clears a freed port's pending bit
        this.closedPorts.push(port);
        return 0;
      }
      default:
        return ENOSYS;
    }
  }

  private updateVaMapping(va: number, pte: number, _flags: number): number {
    if (this.options.mode === "pvh") return ENOSYS; // Xen's hvm_hypercall_table lacks it
    // An L1 table covers the whole bootstrap region, mapped or not (Xen: −EINVAL otherwise).
    if (va % PAGE_SIZE !== 0 || va < PAGE_SIZE || va >= this.bssCursor) return EINVAL;
    if (pte === 0) {
      this.memory.unmap(va / PAGE_SIZE);
      return 0;
    }
    if (this.options.sharedInfoMapFails) return EINVAL;
    const mfn = Math.floor(pte / PAGE_SIZE);
    try {
      this.memory.map(va / PAGE_SIZE, this.frameForMfn(mfn));
    } catch {
      return EINVAL;
    }
    return 0;
  }

  /** the domid_t at `address`: DOMID_SELF or our own id is us; any other is not ours to name */
  private isSelf(address: number): boolean {
    const domid = Number(this.memory.readUnsigned(address, 2));
    return domid === DOMID_SELF || domid === this.options.domid;
  }

  private memoryOp(cmd: number, arg: number): number {
    const m = this.memory;
    switch (cmd) {
      case XENMEM_CURRENT_RESERVATION:
        if (!this.isSelf(arg)) return ESRCH;
        return this.pagesHeld();
      case XENMEM_ADD_TO_PHYSMAP: {
        if (!this.isSelf(arg)) return ESRCH;
        if (this.options.mode !== "pvh") return EINVAL; // not an auto-translated guest
        if (m.u32(arg + ADD_TO_PHYSMAP_SPACE) !== XENMAPSPACE_SHARED_INFO || m.u64(arg + ADD_TO_PHYSMAP_IDX) !== 0) return EINVAL;
        if (this.options.sharedInfoMapFails) return EINVAL;
        const gpfn = m.u64(arg + ADD_TO_PHYSMAP_GPFN);
        this.hypercallLog.push(`add_to_physmap shared_info ${gpfn}`);
        const there = m.pages.get(gpfn);
        if (there !== this.sharedInfo && there !== undefined) this.reservation--; // the RAM page is freed
        if (this.sharedInfoGpfn >= 0 && this.sharedInfoGpfn !== gpfn) m.unmap(this.sharedInfoGpfn); // moved
        m.map(gpfn, this.sharedInfo);
        this.sharedInfoGpfn = gpfn;
        return 0;
      }
      default:
        return ENOSYS;
    }
  }

  /**
   * The pages the domain holds, as XENMEM_current_reservation answers (and `xl list` shows):
   * PV nr_pages; PVH RAM + the 8 special pages, one fewer once shared_info replaced a RAM page.
   */
  pagesHeld(): number {
    return this.options.mode === "pvh" ? this.reservation : this.options.nrPages;
  }

  /** HVMOP_get_param for the four ring params; libxl sets all four for every PVH guest. */
  private hvmOp(cmd: number, arg: number): number {
    if (this.options.mode !== "pvh" || cmd !== HVMOP_GET_PARAM) return ENOSYS;
    if (!this.isSelf(arg)) return ESRCH;
    const m = this.memory;
    const o = this.options;
    const index = m.u32(arg + HVM_PARAM_INDEX);
    this.hypercallLog.push(`get_param ${index}`);
    if (o.hvmParamsRefused.includes(index)) return EPERM;
    let value: number;
    switch (index) {
      case HVM_PARAM_STORE_PFN: value = this.storeRing / PAGE_SIZE; break;
      case HVM_PARAM_STORE_EVTCHN: value = o.storePort; break;
      case HVM_PARAM_CONSOLE_PFN: value = this.consoleRing / PAGE_SIZE; break;
      case HVM_PARAM_CONSOLE_EVTCHN: value = o.consolePort; break;
      default: return EINVAL; // the simulation knows no other
    }
    if (o.hvmParamsMissing.includes(index)) value = 0;
    m.setU64(arg + HVM_PARAM_VALUE, value);
    return 0;
  }

  private xenVersion(cmd: number, arg: number): number {
    if (cmd === XENVER_VERSION) return (4 << 16) | 17;
    if (cmd === XENVER_EXTRAVERSION) {
      const text = ".5-sim";
      for (let i = 0; i < XENVER_EXTRAVERSION_BYTES; i++) this.memory.store(arg + i, 1, i < text.length ? text.charCodeAt(i) : 0);
      return 0;
    }
    return ENOSYS;
  }

  // ---- running ----

  run(): RunResult {
    let outcome: RunResult["outcome"] = "error";
    let reason: number | undefined;
    let error: unknown;
    try {
      if (this.options.mode === "pvh") this.exports.main(this.hvmStartInfo, BOOT_MODE_PVH);
      else this.exports.main(this.startInfo, BOOT_MODE_PV);
      error = new Error("main returned");
    } catch (e) {
      if (e instanceof ShutdownSentinel) {
        outcome = "shutdown";
        reason = e.reason;
      } else if (e instanceof EndOfScript) {
        outcome = "end";
      } else {
        error = e;
      }
    }
    const consoleText = this.console.log;
    return { outcome, reason, error, console: consoleText, debugPort: this.debugPort, lines: consoleText.split("\r\n"), sim: this };
  }
}

export function runKernel(options: Partial<DomainOptions>, steps: Step[]): RunResult {
  return new SimDomain(options, steps).run();
}

// ---- steps a scenario is made of ----

export const tick = (): Step => Object.assign((sim: SimDomain) => sim.tick(), { isTick: true });
export const toolstackWrite = (key: string, value: string | Buffer): Step => (sim) => sim.store.toolstackWrite(key, value);
export const toolstackRemove = (key: string): Step => (sim) => sim.store.toolstackRemove(key);
export const chmodGuestWritable = (key: string): Step => (sim) => sim.store.chmodGuestWritable(key);
/** `xenstore-chmod -r KEY n0 r<domid>`: the guest may read KEY and what is below it, not write */
export const chmodReadOnly = (key: string): Step => (sim) => sim.store.chmodReadOnly(key);
export const custom = (f: (sim: SimDomain) => void): Step => f;
/** libxl suspending through the guest's suspend event channel: see SimDomain.notifySuspendChannel */
export const notifySuspendChannel = (): Step => (sim) => sim.notifySuspendChannel();
