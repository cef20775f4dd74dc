// test/kernel/balloon.test.ts — the balloon driver (issue 13, spec §10) in the Node simulation.
//
// What it checks, one case per rule of the contract (notes/contract-13.md) and every case booted
// as PV and as PVH ("[pv]"/"[pvh]" in the name): the console line of each balloon command and
// the bogus forms; obey down to a target and back up, then above the boot size up to the ceiling
// (maxPages above the boot size), the domain holding exactly the goal (XENMEM_current_reservation,
// as `xl list` shows it), pages given back from the top down and taken again from there up, in
// batches of at most 512 with a line each; PV: the P2M published through the frame-list tree
// true at every step (every entry INVALID or the frame the domain holds, every frame covered) and
// the tree covering the ceiling; refuse; slow:N (N pages a tick, a line a tick); partial:P; off
// (the watch removed with XS_UNWATCH: a later target is not acted on); hostile targets (not a
// number, empty, 0, "-5", too long, below the floor — clamped, and no page below it ever given
// back —, above the ceiling — clamped); a suspend/resume in the middle (PV: the save sees a true
// p2m; the size kept; the mode and the goal carry on in the new domain); `balloon:obey` on the
// kernel command line; the status JSON's "balloon" and "memoryKiB"; a PVH domain built with
// maxmem above memory (populate-on-demand: the unbacked part given back first, `xl list`
// unmoved). PVH counts held pages as the memory map's RAM below the balloon's top, as Linux does
// (facts-13.md §1), which is Xen's count less 7 (PVH_XEN_EXTRA). Throughout: nothing the
// simulated Xen counts as a mistake (a mapped frame given back, a populated gfn populated again).
// Most cases run under xenopsd, where acknowledging control/testing succeeds and logs nothing.
// Time is simulated: a `tick` step is one second.
// What it does not check: real Xen (test/xen does), the restore of a PoD domain (not verified
// what Xen does), squeezed.

import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  BootMode, custom, DomainOptions, eachMode, runKernel, RunResult, SimDomain, Step, tick,
  toolstackSetTarget, toolstackWrite,
} from "../sim/sim";
import { kernelConstants } from "../sim/kernel-constants";
import { XS_UNWATCH } from "../sim/xenstored";

const { HYPERCALL_MEMORY_OP } = kernelConstants("HYPERCALL_MEMORY_OP");
const XENMEM_DECREASE_RESERVATION = 1; // memory.h
const XENMEM_POPULATE_PHYSMAP = 6;

const both = (name: string, body: (mode: BootMode) => void) => eachMode(test, name, body);

const POWEROFF = 0;
const NR_PAGES = 4096;                 // the default domain: 16 MiB
const BOOT_KIB = NR_PAGES * 4;
const BATCH = 512;                     // the contract: up to 512 pages per hypercall
const P2M_SLACK_PAGES = 64 * 256;      // PV: the kernel's P2M describes the boot size + 64 MiB
const BOGUS = "bogus command: balloon: expects balloon:obey|refuse|slow:<pages>|partial:<percent>|off";
const IGNORED = "balloon: target ignored: not a positive number of KiB";
const STATUS = "data/test-vm/status";

/** xenopsd: the guest owns control/, so acknowledging control/testing succeeds and logs nothing */
const XENOPSD: Partial<DomainOptions> = { toolstack: "xenopsd" };
/** room to grow: max_pages 32 MiB, static-max 32 MiB */
const ROOMY: Partial<DomainOptions> = { ...XENOPSD, maxPages: 8192, staticMaxKiB: 32768 };

const testing = (value: string): Step => toolstackWrite("control/testing", value);
const target = (value: string): Step => toolstackWrite("memory/target", value);
const ticks = (n: number): Step[] => Array.from({ length: n }, () => tick());

function expectEnd(r: RunResult): void {
  assert.is(r.outcome, "end", `${String(r.error)}\n${r.console}`);
}

function expectShutdown(r: RunResult, reason: number): void {
  assert.is(r.outcome, "shutdown", `${String(r.error)}\n${r.console}`);
  assert.is(r.reason, reason, r.console);
}

/** `lines` appear in this order, each exactly, not necessarily next to each other */
function inOrder(r: RunResult, lines: string[], from = 0): number {
  for (const line of lines) {
    const at = r.lines.indexOf(line, from);
    assert.ok(at >= 0, `expected ${JSON.stringify(line)} after line ${from} in:\n${r.console}`);
    from = at + 1;
  }
  return from;
}

const has = (r: RunResult, line: string) => r.lines.includes(line);
const balloonLines = (r: RunResult) => r.lines.filter((l) => l.startsWith("balloon: "));

/**
 * PVH: how many more pages Xen counts than the balloon (facts-13.md §1). The balloon counts the
 * RAM of the memory map below its top, as Linux does (under populate-on-demand Xen's count does
 * not see the unbacked part go); Xen's count has the 8 special pages too, and not the RAM page
 * shared_info replaced, which the map still calls RAM.
 */
const PVH_XEN_EXTRA = 8 - 1;

/**
 * The floor in pages (the contract): PV every page the builder mapped, the bootstrap region up
 * to its 4 MiB boundary; PVH the end of the image rounded up to 2 MiB, plus 2 MiB.
 */
function floorPages(sim: SimDomain, mode: BootMode): number {
  if (mode === "pv") return sim.bootstrapPages;
  const imageEnd = (sim.context as unknown as { addressOf(symbol: string): number }).addressOf("_image_end");
  const twoMiB = 2 * 1024 * 1024;
  return (Math.ceil(imageEnd / twoMiB) * twoMiB + twoMiB) / 4096;
}

/**
 * The ceiling in pages as the balloon counts them: min(max_pages, PV: the boot size + 64 MiB).
 * PVH: max_pages is in Xen's count, so the most the balloon can count is PVH_XEN_EXTRA fewer
 * (aiming higher, Xen would refuse the last pages).
 */
const ceilingPages = (sim: SimDomain, mode: BootMode) =>
  (mode === "pv" ? Math.min(sim.maxPages, NR_PAGES + P2M_SLACK_PAGES) : sim.maxPages - PVH_XEN_EXTRA);
const aboveLine = (kib: number, ceiling: number) =>
  `balloon: target ${kib} KiB is above the most this domain may hold (${ceiling * 4} KiB); aiming for ${ceiling * 4} KiB`;

/** the batch lines from `from` pages to `to`, `per` pages at most in each (512, or slow's N) */
function stepLines(from: number, to: number, per = BATCH): string[] {
  const lines: string[] = [];
  let held = from;
  while (held !== to) {
    const k = Math.min(per, BATCH, Math.abs(to - held));
    held += to > held ? k : -k;
    lines.push(to < from ? `balloon: gave back ${k} pages, now ${held * 4} KiB` : `balloon: took ${k} pages, now ${held * 4} KiB`);
  }
  return lines;
}

/** what a move from `from` to `to` pages logs, after the target's own line */
function moveLines(from: number, to: number, per = BATCH): string[] {
  return [`balloon: from ${from * 4} KiB to ${to * 4} KiB`, ...stepLines(from, to, per), `balloon: reached ${to * 4} KiB`];
}

/**
 * What must hold at every step: nothing the simulated Xen counts as a mistake, no page below the
 * floor ever given back, and (PV) the P2M the tree publishes true — every entry below max_pfn
 * INVALID or the frame the domain holds there, every pfn held covered — and Xen's M2P naming the
 * pfn of each frame the P2M names.
 */
function checkTrue(sim: SimDomain, mode: BootMode, where: string): void {
  assert.equal(sim.balloonMistakes, [], `${where}: what Xen took but breaks the guest`);
  const floor = floorPages(sim, mode);
  const low = sim.releasedPfns.filter((pfn) => pfn < floor);
  assert.equal(low, [], `${where}: pfns below the floor (${floor}) given back`);
  if (mode === "pv") {
    assert.equal(sim.checkFrameListTree(), [], `${where}: the P2M through the tree`);
    const { entries } = sim.readP2mThroughTree();
    entries.forEach((mfn, pfn) => {
      if (mfn !== null && sim.machineToPhys(mfn) !== pfn) assert.unreachable(`${where}: M2P of p2m[${pfn}] is not ${pfn}`);
    });
  }
}

const check = (mode: BootMode, where: string): Step => custom((sim) => checkTrue(sim, mode, where));
/** the pages held as the balloon counts them (its "H"; PV: Xen's count; PVH: see PVH_XEN_EXTRA) */
const held = (sim: SimDomain) => (sim.options.mode === "pv" ? sim.pagesHeld() : sim.pagesHeld() - PVH_XEN_EXTRA);

interface Status {
  balloon: string;
  memoryKiB: number;
  result: string | null;
}

function status(sim: SimDomain): Status {
  const text = sim.store.value(STATUS);
  assert.ok(text !== undefined, "no status");
  return JSON.parse(text!) as Status;
}

// ---- the commands ----

const COMMANDS: [string, string][] = [
  ["balloon:obey", "balloon: obey"],
  ["balloon:refuse", "balloon: refuse"],
  ["balloon:slow:1", "balloon: slow, 1 pages a second"],
  ["balloon:slow:1048576", "balloon: slow, 1048576 pages a second"],
  ["balloon:partial:0", "balloon: partial, 0 %"],
  ["balloon:partial:100", "balloon: partial, 100 %"],
  ["balloon:partial:50", "balloon: partial, 50 %"],
  ["balloon:off", "balloon: off"],
];

for (const [command, line] of COMMANDS) {
  both(`${command}: the console says ${JSON.stringify(line)}, the status result the same`, (mode) => {
    const r = runKernel({ mode, ...XENOPSD }, [testing(command)]);
    expectEnd(r);
    inOrder(r, [`control/testing = "${command}"`, line]);
    assert.is(status(r.sim).result, line);
    checkTrue(r.sim, mode, command);
  });
}

const BOGUS_COMMANDS = [
  "balloon:", "balloon:bogus", "balloon:slow", "balloon:slow:", "balloon:slow:0", "balloon:slow:1048577", "balloon:slow:-1",
  "balloon:slow:1x", "balloon:partial:101", "balloon:partial:", "balloon:partial:-1", "balloon:obey:1",
];

both("the bogus forms: the bogus line, no mode changed (off stays off: no watch, no hypercall)", (mode) => {
  const steps = BOGUS_COMMANDS.map((c) => testing(c));
  const r = runKernel({ mode, ...XENOPSD }, [...steps, toolstackSetTarget(8192)]);
  expectEnd(r);
  assert.is(r.lines.filter((l) => l === BOGUS).length, BOGUS_COMMANDS.length, r.console);
  assert.not.ok(r.sim.store.watches.some((w) => w.token === "target-watch"), "no target watch");
  assert.is(held(r.sim), NR_PAGES);
  assert.not.ok(r.sim.hypercallLog.some((l) => l.startsWith("decrease_reservation")), "nothing given back");
  assert.is(status(r.sim).balloon, "off");
});

// ---- obey ----

both("obey: down to a target and back up, then above the boot size and up to the ceiling; the goal held at each step", (mode) => {
  let ceiling = 0;
  const r = runKernel({ mode, ...ROOMY }, [
    testing("balloon:obey"),
    check(mode, "on"),
    custom((sim) => assert.is(held(sim), BOOT_KIB / 4, "the boot target is the goal at once")),
    custom((sim) => assert.is(sim.pagesHeld(), mode === "pv" ? 4096 : 4096 + PVH_XEN_EXTRA, "Xen's count (xl list)")),
    toolstackSetTarget(8192),
    check(mode, "down"),
    custom((sim) => assert.is(held(sim), 2048)),
    toolstackSetTarget(16384),
    check(mode, "back up"),
    custom((sim) => assert.is(held(sim), 4096)),
    toolstackSetTarget(24576),
    check(mode, "above the boot size"),
    custom((sim) => assert.is(held(sim), 6144)),
    custom((sim) => {
      sim.maxPages = 8192; // as `xl mem-max` would leave it; the next target is written as dom0 would
      ceiling = ceilingPages(sim, mode);
    }),
    target("32768"),
    check(mode, "at the ceiling"),
    custom((sim) => assert.is(held(sim), ceiling)),
  ]);
  expectEnd(r);
  inOrder(r, [
    `control/testing = "balloon:obey"`, "balloon: obey", `memory/target = "${BOOT_KIB}"`, ...moveLines(NR_PAGES, 4096),
    `memory/target = "8192"`, ...moveLines(4096, 2048),
    `memory/target = "16384"`, ...moveLines(2048, 4096),
    `memory/target = "24576"`, ...moveLines(4096, 6144),
    `memory/target = "32768"`, ...(mode === "pv" ? [] : [aboveLine(32768, ceiling)]), ...moveLines(6144, ceiling),
  ]);
  assert.is(ceiling, mode === "pv" ? 8192 : 8192 - PVH_XEN_EXTRA);
  assert.is(status(r.sim).memoryKiB, r.sim.pagesHeld() * 4);
});

both("obey: pages go back from the top down and are taken again from there up, in batches of at most 512", (mode) => {
  const r = runKernel({ mode, ...ROOMY }, [
    testing("balloon:obey"),
    toolstackSetTarget(12288),
    toolstackSetTarget(14336), // below the boot size: growth above it has cases of its own
  ]);
  expectEnd(r);
  const sim = r.sim;
  checkTrue(sim, mode, "end");
  const released = [...sim.releasedPfns].sort((a, b) => a - b);
  const top = released[released.length - 1];
  assert.is(top, NR_PAGES - 1, "the top RAM page went first");
  assert.equal(released, Array.from({ length: released.length }, (_, i) => top - released.length + 1 + i), "one contiguous top");
  const taken = [...sim.populatedPfns].sort((a, b) => a - b);
  assert.is(taken[0], released[0], "taken again from the lowest given back");
  assert.equal(taken, Array.from({ length: taken.length }, (_, i) => taken[0] + i), "one contiguous top");
  for (const line of sim.hypercallLog.filter((l) => /^(decrease_reservation|populate_physmap) /.test(l))) {
    const asked = Number(line.split(" ")[1]);
    assert.ok(asked >= 1 && asked <= BATCH, line);
    assert.not.ok(line.includes("stopped"), line);
  }
  assert.is(held(sim), 3584);
});

test("[pv only] the frame-list tree and max_pfn cover the whole ceiling once the balloon is on (the boot size + 64 MiB, or max_pages)", () => {
  const r = runKernel({ ...XENOPSD, maxPages: 100_000, staticMaxKiB: 400_000 }, [testing("balloon:obey")]);
  expectEnd(r);
  const { maxPfn, problems } = r.sim.readP2mThroughTree();
  assert.equal(problems, []);
  assert.ok(maxPfn >= NR_PAGES + P2M_SLACK_PAGES, `max_pfn ${maxPfn}`);
  checkTrue(r.sim, "pv", "on");
});

both("obey: grows to the ceiling when max_pages is above what the kernel's P2M describes (PV: boot + 64 MiB; PVH: max_pages)", (mode) => {
  const options = { mode, ...XENOPSD, maxPages: 30_000, staticMaxKiB: 400_000 };
  const ceiling = mode === "pv" ? NR_PAGES + P2M_SLACK_PAGES : 30_000 - PVH_XEN_EXTRA;
  const r = runKernel(options, [testing("balloon:obey"), target("200000")]);
  expectEnd(r);
  inOrder(r, [
    `memory/target = "200000"`,
    aboveLine(200000, ceiling),
    ...moveLines(NR_PAGES, ceiling),
  ]);
  assert.is(held(r.sim), ceiling);
  checkTrue(r.sim, mode, "at the ceiling");
});

both("obey: Xen gives fewer pages than asked (max_pages lowered behind the kernel's back): 'gave only', stop, and a later target obeyed", (mode) => {
  const r = runKernel({ mode, ...ROOMY }, [
    testing("balloon:obey"),
    toolstackSetTarget(8192),
    custom((sim) => {
      // Wrap populate: the first call finds max_pages 100 pages above what the domain holds.
      // (Below the boot size, so that PVH takes back pages its memory map calls RAM.)
      const context = sim.context as unknown as { hypercall: (...a: number[]) => number };
      const hypercall = context.hypercall;
      let first = true;
      context.hypercall = (...a: number[]) => {
        if (first && a[0] === HYPERCALL_MEMORY_OP && a[1] === XENMEM_POPULATE_PHYSMAP) {
          first = false;
          sim.maxPages = sim.pagesHeld() + 100;
        }
        return hypercall(...a);
      };
      sim.maxPages = 8192;
      sim.store.toolstackWrite("memory/target", "12288");
    }),
    custom((sim) => {
      sim.maxPages = 8192;
    }),
    toolstackSetTarget(16384),
  ]);
  expectEnd(r);
  inOrder(r, [
    `memory/target = "12288"`, "balloon: from 8192 KiB to 12288 KiB",
    "balloon: Xen gave only 100 of the 512 pages asked; stopping at 8592 KiB",
  ]);
  assert.not.ok(has(r, "balloon: reached 12288 KiB"), "the goal was dropped");
  checkTrue(r.sim, mode, "after the refusal");
  assert.is(held(r.sim), 4096, "the later target obeyed");
});

/** a page taken from the domain behind the balloon's back (decrease_reservation made as the guest, from a step) */
function stealPage(sim: SimDomain, pfn: number): void {
  const intrinsics = sim.context as unknown as { staticBuffer(bytes: number, align: number): number; hypercall(...a: number[]): number };
  const list = intrinsics.staticBuffer(8, 8);
  const arg = intrinsics.staticBuffer(32, 8);
  sim.memory.setU64(list, sim.options.mode === "pv" ? sim.heldMfn(pfn)! : pfn);
  sim.memory.setU64(arg, list);
  sim.memory.setU64(arg + 8, 1);
  sim.memory.writeUnsigned(arg + 24, 2, 0x7ff0n); // DOMID_SELF
  assert.is(intrinsics.hypercall(HYPERCALL_MEMORY_OP, XENMEM_DECREASE_RESERVATION, arg, 0, 0, 0), 1);
}

both("obey: Xen takes fewer pages than given (a page in the run is no longer the domain's): 'took only', the goal dropped", (mode) => {
  const r = runKernel({ mode, ...ROOMY }, [
    testing("balloon:obey"),
    custom((sim) => stealPage(sim, NR_PAGES - 100)),
    toolstackSetTarget(8192),
    toolstackSetTarget(16384),
  ]);
  expectEnd(r);
  // PV counts what Xen says (the stolen page too); PVH counts the map's RAM below its top
  const stopped = mode === "pv" ? NR_PAGES - 100 : NR_PAGES - 99;
  inOrder(r, [
    `memory/target = "8192"`, `balloon: from ${mode === "pv" ? 16380 : 16384} KiB to 8192 KiB`,
    `balloon: Xen took only 99 of the 512 pages asked; stopping at ${stopped * 4} KiB`,
  ]);
  assert.not.ok(has(r, "balloon: reached 8192 KiB"), "the goal was dropped");
  inOrder(r, [`memory/target = "16384"`, `balloon: from ${stopped * 4} KiB to 16384 KiB`]);
});

both("slow: a new target on the way replaces the goal, from where the domain is then", (mode) => {
  const r = runKernel({ mode, ...ROOMY }, [
    testing("balloon:obey"),
    testing("balloon:slow:100"),
    toolstackSetTarget(15360),
    tick(),
    custom((sim) => assert.ok(held(sim) > 3840 && held(sim) < 4096, `on the way: ${held(sim)}`)),
    custom((sim) => sim.setTarget(16384)),
    ...ticks(4),
  ]);
  expectEnd(r);
  const turned = r.lines.indexOf(`memory/target = "16384"`, r.lines.indexOf(`memory/target = "15360"`));
  assert.ok(turned > 0, r.console);
  assert.match(r.lines[turned + 1], /^balloon: from \d+ KiB to 16384 KiB$/);
  assert.ok(has(r, "balloon: reached 16384 KiB"), r.console);
  assert.not.ok(has(r, "balloon: reached 15360 KiB"), "the first goal was replaced");
  assert.is(held(r.sim), 4096);
  checkTrue(r.sim, mode, "slow, replaced");
});

// ---- refuse, slow, partial, off ----

both("refuse: the target read and logged, nothing given back or taken", (mode) => {
  const r = runKernel({ mode, ...ROOMY }, [testing("balloon:refuse"), toolstackSetTarget(8192), toolstackSetTarget(24576)]);
  expectEnd(r);
  inOrder(r, [
    "balloon: refuse", `memory/target = "${BOOT_KIB}"`, `balloon: target ${BOOT_KIB} KiB; refusing`,
    `memory/target = "8192"`, "balloon: target 8192 KiB; refusing",
    `memory/target = "24576"`, "balloon: target 24576 KiB; refusing",
  ]);
  assert.not.ok(r.lines.some((l) => l.startsWith("balloon: from ")), r.console);
  assert.is(held(r.sim), NR_PAGES);
  assert.not.ok(r.sim.hypercallLog.some((l) => /^(decrease_reservation|populate_physmap)/.test(l)));
  assert.is(status(r.sim).balloon, "refuse");
});

both("slow:100: 100 pages a tick, a line a tick, until the goal; then obeys no faster back up", (mode) => {
  const from = 4096;
  const goal = from - 256;
  const samples: number[] = [];
  const sample = custom((sim) => samples.push(held(sim)));
  const r = runKernel({ mode, ...ROOMY }, [
    testing("balloon:obey"),
    testing("balloon:slow:100"),
    toolstackSetTarget(goal * 4),
    sample, tick(), sample, tick(), sample, tick(), sample, tick(), sample,
  ]);
  expectEnd(r);
  assert.is(held(r.sim), goal);
  const after = inOrder(r, ["balloon: slow, 100 pages a second", `memory/target = "${goal * 4}"`, `balloon: from ${from * 4} KiB to ${goal * 4} KiB`]);
  const batches = r.lines.slice(after).filter((l) => l.startsWith("balloon: gave back"));
  assert.equal(batches, stepLines(from, goal, 100), r.console);
  for (let i = 1; i < samples.length; i++) assert.ok(samples[i - 1] - samples[i] <= 100, `tick ${i}: ${samples.join(", ")}`);
  assert.ok(samples.filter((s, i) => i > 0 && s !== samples[i - 1]).length >= 2, `it took several ticks: ${samples.join(", ")}`);
  assert.ok(has(r, `balloon: reached ${goal * 4} KiB`));
  checkTrue(r.sim, mode, "slow");
  assert.is(status(r.sim).balloon, "slow");
});

both("slow:1 across many ticks: never more than one page a tick, and the tick lines go on", (mode) => {
  const samples: number[] = [];
  const steps: Step[] = [testing("balloon:obey"), testing("balloon:slow:1"), toolstackSetTarget(8192)];
  for (let i = 0; i < 5; i++) steps.push(custom((sim) => samples.push(held(sim))), tick());
  const r = runKernel({ mode, ...ROOMY }, steps);
  expectEnd(r);
  for (let i = 1; i < samples.length; i++) assert.ok(samples[i - 1] - samples[i] <= 1, samples.join(", "));
  assert.ok(held(r.sim) >= 4096 - 6 && held(r.sim) < 4096, `a page a tick over 5 ticks: ${held(r.sim)}`);
  assert.ok(r.lines.some((l) => / tick 5$/.test(l)), r.console);
});

both("partial:50: half the way (rounded toward where it is), then stops; the next target starts again from there", (mode) => {
  const r = runKernel({ mode, ...ROOMY }, [testing("balloon:obey"), testing("balloon:partial:50"), toolstackSetTarget(8192), toolstackSetTarget(16384)]);
  expectEnd(r);
  const firstGoal = 4096 + Math.trunc(((2048 - 4096) * 50) / 100);
  const secondGoal = firstGoal + Math.trunc(((4096 - firstGoal) * 50) / 100);
  inOrder(r, [
    "balloon: partial, 50 %",
    `memory/target = "8192"`, `balloon: partial: aiming for ${firstGoal * 4} KiB`, ...moveLines(4096, firstGoal),
    `memory/target = "16384"`, `balloon: partial: aiming for ${secondGoal * 4} KiB`, ...moveLines(firstGoal, secondGoal),
  ]);
  assert.is(held(r.sim), secondGoal);
  checkTrue(r.sim, mode, "partial");
});

both("partial:P rounds toward where the domain is: 33 % of an odd distance", (mode) => {
  const r = runKernel({ mode, ...ROOMY }, [testing("balloon:obey"), testing("balloon:partial:33"), toolstackSetTarget(4096 * 4 - 4 * 101)]);
  expectEnd(r);
  const goal = 4096 - 33; // 101 × 33 / 100 = 33.33: 33 pages
  inOrder(r, [`balloon: partial: aiming for ${goal * 4} KiB`, ...moveLines(4096, goal)]);
  assert.is(held(r.sim), goal);
});

both("off removes the watch (XS_UNWATCH): a later target is not even read, the size stays", (mode) => {
  const r = runKernel({ mode, ...ROOMY }, [testing("balloon:obey"), toolstackSetTarget(8192), testing("balloon:off"), toolstackSetTarget(16384), tick()]);
  expectEnd(r);
  const off = inOrder(r, ["balloon: obey", `memory/target = "8192"`, "balloon: reached 8192 KiB", "balloon: off"]);
  assert.not.ok(r.lines.slice(off).some((l) => l.startsWith("memory/target") || l.startsWith("balloon: ")), r.console);
  assert.is(held(r.sim), 2048);
  assert.not.ok(r.sim.store.watches.some((w) => w.token === "target-watch"), "no watch left");
  const unwatch = r.sim.store.requests.filter((q) => q.type === XS_UNWATCH);
  assert.is(unwatch.length, 1);
  assert.is(unwatch[0].payload.toString("latin1"), "memory/target\0target-watch\0");
  assert.is(status(r.sim).balloon, "off");
  assert.is(status(r.sim).memoryKiB, r.sim.pagesHeld() * 4);
});

both("a mode turned on watches memory/target with the token target-watch, once; switching modes does not watch twice", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [testing("balloon:obey"), testing("balloon:refuse"), testing("balloon:slow:5")]);
  expectEnd(r);
  assert.equal(r.sim.store.watches.filter((w) => w.token === "target-watch").map((w) => w.path), ["memory/target"]);
});

test("[pvh only] xl's maxmem above memory (populate-on-demand): the unbacked part goes first with xl list unmoved, then each mem-set is met", () => {
  // memory = 16 MiB, maxmem = 32 MiB: the map says 32 MiB of RAM, Xen backs 16 (facts-13.md §1)
  const xen: number[] = [];
  const look = custom((sim) => xen.push(sim.pagesHeld()));
  const r = runKernel({ mode: "pvh", ...XENOPSD, pvhMaxmemPages: 8192, staticMaxKiB: 32768 }, [
    look,
    testing("balloon:obey"),
    look,
    toolstackSetTarget(8192),
    look,
    toolstackSetTarget(24576),
    look,
  ]);
  expectEnd(r);
  inOrder(r, [
    `memory/target = "${BOOT_KIB}"`, ...moveLines(8192, 4096),
    `memory/target = "8192"`, ...moveLines(4096, 2048),
    `memory/target = "24576"`, ...moveLines(2048, 6144),
  ]);
  assert.equal(xen, [4096 + PVH_XEN_EXTRA, 4096 + PVH_XEN_EXTRA, 2048 + PVH_XEN_EXTRA, 6144 + PVH_XEN_EXTRA],
    "Xen's count: unmoved by giving back the unbacked half, then the target (+ the special pages) at each step");
  checkTrue(r.sim, "pvh", "PoD");
  assert.is(status(r.sim).memoryKiB, r.sim.pagesHeld() * 4);
});

test("[pvh only] the ceiling is max_pages in Xen's count: the balloon may count PVH_XEN_EXTRA fewer (within the map: a PoD domain)", () => {
  const r = runKernel({ mode: "pvh", ...XENOPSD, pvhMaxmemPages: 8192, staticMaxKiB: 32768 }, [
    testing("balloon:obey"),
    toolstackSetTarget(24576), // max_pages 6144 + 256
    target("32768"),           // as dom0 would write it, max_pages left as it is
  ]);
  expectEnd(r);
  const ceiling = 6400 - PVH_XEN_EXTRA;
  inOrder(r, [`memory/target = "24576"`, ...moveLines(4096, 6144), `memory/target = "32768"`, aboveLine(32768, ceiling), ...moveLines(6144, ceiling)]);
  assert.not.ok(r.lines.some((l) => l.startsWith("balloon: Xen gave only")), r.console);
  assert.is(r.sim.pagesHeld(), 6400, "all max_pages allows");
});

// ---- hostile targets ----

const NOT_NUMBERS = ["abc", "", "0", "-5", "12abc", " 8192", "8192 ", "0x2000", "1e4", "9999999999999", "00000000000000001"];

for (const value of NOT_NUMBERS) {
  both(`target ${JSON.stringify(value)}: ignored with the line, the size kept, and the next target obeyed`, (mode) => {
    const r = runKernel({ mode, ...ROOMY }, [testing("balloon:obey"), target(value), toolstackSetTarget(8192)]);
    expectEnd(r);
    inOrder(r, [`memory/target = ${JSON.stringify(value)}`, IGNORED, `memory/target = "8192"`, ...moveLines(4096, 2048)]);
    assert.is(held(r.sim), 2048);
    checkTrue(r.sim, mode, value);
  });
}

both("target 999999999999 (12 digits): a number, above the ceiling: clamped to it", (mode) => {
  const r = runKernel({ mode, ...ROOMY }, [testing("balloon:obey"), target("999999999999")]);
  expectEnd(r);
  const ceiling = ceilingPages(r.sim, mode);
  inOrder(r, [
    `memory/target = "999999999999"`,
    aboveLine(999999999999, ceiling),
    ...moveLines(4096, ceiling),
  ]);
  assert.is(held(r.sim), ceiling);
});

both("target below the floor: clamped to it, and no page below it ever given back", (mode) => {
  const r = runKernel({ mode, ...ROOMY }, [testing("balloon:obey"), target("1024"), target("4")]);
  expectEnd(r);
  const floor = floorPages(r.sim, mode);
  inOrder(r, [
    `memory/target = "1024"`,
    `balloon: target 1024 KiB is below what the kernel needs (${floor * 4} KiB); aiming for ${floor * 4} KiB`,
    ...moveLines(4096, floor),
    `memory/target = "4"`,
    `balloon: target 4 KiB is below what the kernel needs (${floor * 4} KiB); aiming for ${floor * 4} KiB`,
  ]);
  assert.is(held(r.sim), floor);
  checkTrue(r.sim, mode, "at the floor");
});

both("a target at 3 KiB rounds down to 0 pages: below the floor, clamped (not ignored: it is a positive number)", (mode) => {
  const r = runKernel({ mode, ...ROOMY }, [testing("balloon:obey"), target("3")]);
  expectEnd(r);
  const floor = floorPages(r.sim, mode);
  assert.ok(has(r, `balloon: target 3 KiB is below what the kernel needs (${floor * 4} KiB); aiming for ${floor * 4} KiB`), r.console);
  assert.is(held(r.sim), floor);
});

both("a target not a multiple of 4 KiB: the goal is rounded down to whole pages", (mode) => {
  const r = runKernel({ mode, ...ROOMY }, [testing("balloon:obey"), target("8195")]);
  expectEnd(r);
  inOrder(r, [`memory/target = "8195"`, ...moveLines(4096, 2048)]);
  assert.is(held(r.sim), 2048);
});

// ---- suspend / resume ----

both("a suspend and resume of a ballooned domain: the save sees a true p2m, the size is kept, and it obeys in the new domain", (mode) => {
  const r = runKernel({ mode, ...ROOMY, suspendOutcomes: ["resume"] }, [
    testing("balloon:obey"),
    toolstackSetTarget(8192),
    check(mode, "before the suspend"),
    toolstackWrite("control/shutdown", "suspend"),
    tick(),
    check(mode, "after the resume"),
    custom((sim) => assert.is(held(sim), 2048, "the size kept")),
    toolstackSetTarget(12288),
    check(mode, "obeying in the new domain"),
    toolstackWrite("control/shutdown", "poweroff"),
  ]);
  expectShutdown(r, POWEROFF);
  assert.equal(r.sim.saveProblems, []);
  const resumed = r.lines.findIndex((l) => l.startsWith("resumed in a new domain"));
  assert.ok(resumed >= 0, r.console);
  inOrder(r, [`memory/target = "12288"`, ...moveLines(2048, 3072)], resumed);
  assert.is(held(r.sim), 3072);
  assert.ok(r.sim.store.watches.some((w) => w.token === "target-watch" && w.absolute === "/local/domain/8/memory/target"),
    "the watch is registered again in the new domain");
  assert.is(status(r.sim).memoryKiB, r.sim.pagesHeld() * 4);
});

both("a suspend in the middle of slow ballooning: the mode and the goal carry on in the new domain", (mode) => {
  const from = 4096;
  const goal = from - 600;
  const r = runKernel({ mode, ...ROOMY, suspendOutcomes: ["resume"] }, [
    testing("balloon:obey"),
    testing("balloon:slow:200"),
    toolstackSetTarget(goal * 4),
    tick(),
    custom((sim) => assert.ok(held(sim) > goal, `still on the way: ${held(sim)}`)),
    toolstackWrite("control/shutdown", "suspend"),
    ...ticks(6),
    check(mode, "after"),
  ]);
  expectEnd(r);
  assert.equal(r.sim.saveProblems, []);
  assert.ok(r.lines.some((l) => l.startsWith("resumed in a new domain")), r.console);
  assert.is(held(r.sim), goal, r.console);
  assert.ok(has(r, `balloon: reached ${goal * 4} KiB`), r.console);
  assert.is(status(r.sim).balloon, "slow");
});

test("[pv only] a domain grown above its boot size saves and restores with every frame (the tree covers the pfns above nr_pages)", () => {
  const r = runKernel({ ...ROOMY, suspendOutcomes: ["resume"] }, [
    testing("balloon:obey"),
    toolstackSetTarget(24576),
    check("pv", "grown"),
    toolstackWrite("control/shutdown", "suspend"),
    tick(),
    check("pv", "restored"),
  ]);
  expectEnd(r);
  assert.equal(r.sim.saveProblems, []);
  assert.is(held(r.sim), 6144);
  assert.ok(r.sim.isPresent(6143) && !r.sim.isPresent(6144));
  const { entries } = r.sim.readP2mThroughTree();
  assert.is(entries[6143], r.sim.heldMfn(6143), "the restore wrote the new frame into the P2M");
  assert.is(entries[6144], null, "INVALID above the top");
});

// ---- the command line, the status ----

both("balloon:obey on the kernel command line: on at boot, the target read, and obeyed", (mode) => {
  const r = runKernel({ mode, ...ROOMY, cmdline: "balloon:obey" }, [toolstackSetTarget(8192)]);
  expectEnd(r);
  inOrder(r, ["balloon: obey", `memory/target = "${BOOT_KIB}"`, `balloon: reached ${BOOT_KIB} KiB`, `memory/target = "8192"`, ...moveLines(4096, 2048)]);
  assert.is(held(r.sim), 2048);
  assert.is(status(r.sim).balloon, "obey");
});

both("the status: \"balloon\" off and \"memoryKiB\" the pages held × 4 at boot; both follow each mode and step", (mode) => {
  const seen: Status[] = [];
  const xen: number[] = [];
  const look = custom((sim) => {
    seen.push(status(sim));
    xen.push(sim.pagesHeld());
  });
  const r = runKernel({ mode, ...ROOMY }, [
    look,
    testing("balloon:obey"), toolstackSetTarget(8192), look,
    testing("balloon:refuse"), look,
    testing("balloon:partial:10"), look,
    testing("balloon:slow:7"), look,
    testing("balloon:off"), look,
  ]);
  expectEnd(r);
  assert.equal(seen.map((s) => s.balloon), ["off", "obey", "refuse", "partial", "slow", "off"]);
  // memoryKiB is Xen's count (what `xl list` shows, as data/meminfo_total): PVH's has the special pages
  assert.equal(seen.map((s) => s.memoryKiB), xen.map((pages) => pages * 4));
  assert.is(xen[1], mode === "pv" ? 2048 : 2048 + PVH_XEN_EXTRA, "the target was met");
  assert.ok(seen.every((s) => typeof s.memoryKiB === "number" && Number.isInteger(s.memoryKiB)));
});

both("balloon off (the default): no watch on memory/target, and a target is never read", (mode) => {
  const r = runKernel({ mode, ...ROOMY }, [toolstackSetTarget(8192), tick()]);
  expectEnd(r);
  assert.not.ok(r.sim.store.watches.some((w) => w.path === "memory/target"));
  assert.not.ok(balloonLines(r).length > 0, r.console);
  assert.is(held(r.sim), NR_PAGES);
});

test.run();
