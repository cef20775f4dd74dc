// test/kernel/boot.test.ts — kernel.ts boots to `ready` in the Node simulation.
//
// What it checks: the banner, the watches and feature keys in the simulated xenstore, the ready
// line, the tick lines, and that a kernel left alone waits (the scenario ends, no shutdown).
// Cases run as PV and as PVH ("[pv]"/"[pvh]" in the name) unless about one mode's own way in:
// start_info's magic ([pv] only); the blind drain before a crash without shared_info (one mode:
// the same code either way, and 100000 waits take seconds); hvm_start_info's magic, each missing HVM param, the debug port
// and add_to_physmap ([pvh] only).
// What it does not check: anything on real Xen (test/xen/ does that).

import { test } from "uvu";
import * as assert from "uvu/assert";
import { kernelConstants } from "../sim/kernel-constants";
import { BootMode, eachMode, HVM_PARAMS, PACKAGE_VERSION, PVH_CONSOLE_PFN, PVH_STORE_PFN, runKernel, SimDomain, Step, tick } from "../sim/sim";
import { describeRequest } from "../sim/xenstored";

const { CONSOLE_OUT, SHUTDOWN_CRASH } = kernelConstants("CONSOLE_OUT", "SHUTDOWN_CRASH");

/** a boot must come out the same whichever way the domain came in: most cases run in both modes */
const both = (name: string, body: (mode: BootMode) => void) => eachMode(test, name, body);

both("boots to ready: banner, watches, feature keys", (mode) => {
  const r = runKernel({ mode, domid: 7, nrPages: 8192 }, []);
  assert.is(r.outcome, "end", String(r.error));
  const banner = r.lines.find((l) => l.startsWith("xen-test-vm "));
  assert.ok(banner, r.console);
  const modeWord = mode === "pvh" ? "PVH" : "PV";
  assert.ok(banner!.startsWith(`xen-test-vm ${PACKAGE_VERSION} ${modeWord}, `), "the version comes from the note: " + banner);
  assert.match(banner!, /domid 7/);
  assert.match(banner!, /memory 32 MiB/);
  assert.match(banner!, /Xen 4\.17\.5-sim/);
  assert.ok(r.lines.includes("ready"), r.console);
  assert.ok(r.lines.indexOf("ready") > r.lines.indexOf(banner!));
  const store = r.sim.store;
  for (const k of ["feature-poweroff", "feature-reboot", "feature-suspend"]) {
    assert.is(store.value(`control/${k}`), "1", k);
  }
  assert.equal(store.watches.map((w) => w.path).sort(), ["control/shutdown", "control/sysrq", "control/testing"]);
  // Every wait carries the next whole second as its deadline: boot stamp + 1 s.
  assert.is(r.sim.pollTimeouts[r.sim.pollTimeouts.length - 1], 5_000_000_000n + 1_000_000_000n);
});

// The boot's xenstore requests go out as one batch (kernel.ts chapter 11): the domid read, three
// watches, three feature keys and the status. xenstored has all eight when it makes its first
// reply, so the guest waited for dom0 once, not eight times.
const BOOT_BATCH = [
  "READ domid",
  "WATCH control/shutdown", "WATCH control/testing", "WATCH control/sysrq",
  "WRITE control/feature-poweroff", "WRITE control/feature-reboot", "WRITE control/feature-suspend",
  "WRITE data/test-vm/status",
];

both("the boot sends all its requests before it reads the first reply: ready in one round trip", (mode) => {
  const r = runKernel({ mode, domid: 7 }, []);
  assert.is(r.outcome, "end", String(r.error));
  const store = r.sim.store;
  assert.equal(store.requests.slice(0, BOOT_BATCH.length).map(describeRequest), BOOT_BATCH);
  assert.is(store.replies[0].requestsReceived, BOOT_BATCH.length, "all eight were in req[] before xenstored answered one");
  // every one of them answered by its own req_id, in order, before the next request went out
  assert.equal(store.replies.slice(0, BOOT_BATCH.length).map((x) => x.reqId), store.requests.slice(0, BOOT_BATCH.length).map((q) => q.reqId));
  assert.ok(store.replies.slice(0, BOOT_BATCH.length).every((x) => x.requestsReceived === BOOT_BATCH.length));
  // the banner still names the domid read in that batch, and comes before "ready"
  const banner = r.lines.find((l) => l.startsWith("xen-test-vm "));
  assert.match(banner!, /domid 7/);
  assert.ok(r.lines.indexOf("ready") > r.lines.indexOf(banner!));
});

both("a feature key refused in the middle of the boot's batch is logged after the banner; the rest still happen", (mode) => {
  const sim = new SimDomain({ mode, domid: 7 }, []);
  sim.store.toolstackRemove("control/feature-reboot");    // control/ is read-only to the guest under xl
  const r = sim.run();
  assert.is(r.outcome, "end", String(r.error));
  const failure = "xenstore: cannot write control/feature-reboot: EACCES";
  assert.ok(r.lines.includes(failure), r.console);
  assert.is(r.lines.filter((l) => l.startsWith("xenstore: cannot")).length, 1, r.console);
  const banner = r.lines.findIndex((l) => l.startsWith("xen-test-vm "));
  assert.ok(banner >= 0 && banner < r.lines.indexOf(failure), "reported after the banner: " + r.console);
  assert.ok(r.lines.indexOf(failure) < r.lines.indexOf("ready"), r.console);
  assert.is(sim.store.value("control/feature-poweroff"), "1");
  assert.is(sim.store.value("control/feature-suspend"), "1");
  assert.is(sim.store.exists("control/feature-reboot"), false);
  assert.equal(sim.store.watches.map((w) => w.path).sort(), ["control/shutdown", "control/sysrq", "control/testing"]);
  assert.match(sim.store.value("data/test-vm/status")!, /"state":"running"/);
  assert.is(sim.store.replies[0].requestsReceived, BOOT_BATCH.length, "still one batch");
});

both("a watch refused in the batch is reported with its path, and a failed domid read says unknown", (mode) => {
  const sim = new SimDomain({ mode, domid: 7 }, []);
  sim.store.toolstackRemove("domid");
  sim.store.watches.push({ path: "control/testing", absolute: "/local/domain/7/control/testing", token: "testing-watch" });
  const r = sim.run();
  assert.is(r.outcome, "end", String(r.error));
  assert.ok(r.lines.includes("xenstore: cannot watch control/testing: EEXIST"), r.console);
  assert.ok(r.lines.some((l) => l.startsWith("xen-test-vm ") && l.includes("domid unknown")), r.console);
  assert.ok(r.lines.includes("ready"), r.console);
});

both("ticks once a second with the domain id", (mode) => {
  const r = runKernel({ mode, domid: 3 }, [tick(), tick(), tick()]);
  assert.is(r.outcome, "end", String(r.error));
  const ticks = r.lines.filter((l) => l.startsWith("domain 3 tick "));
  assert.equal(ticks, ["domain 3 tick 1", "domain 3 tick 2", "domain 3 tick 3"]);
});

both("ticks are chained one second apart, also with a lagging stamp and a huge system time", (mode) => {
  for (const [startTimeNs, stampLagNs] of [[5_000_000_000n, 900_000_000n], [2n ** 60n + 12345n, 0n], [2n ** 32n - 10n, 0n]]) {
    const r = runKernel({ mode, domid: 3, startTimeNs, stampLagNs }, [tick(), tick(), tick()]);
    assert.is(r.outcome, "end", String(r.error));
    assert.equal(r.lines.filter((l) => l.startsWith("domain 3 tick ")).length, 3, r.console);
    const deadlines = [...new Set(r.sim.pollTimeouts)];
    const first = startTimeNs - stampLagNs + 1_000_000_000n;
    assert.equal(deadlines.slice(0, 4), [first, first + 1_000_000_000n, first + 2_000_000_000n, first + 3_000_000_000n]);
  }
});

both("fallen far behind (a long stall): the deadline restarts from the stamp, no burst of ticks", (mode) => {
  const r = runKernel({ mode, domid: 3 }, [tick(), (sim) => sim.advanceTo(sim.nowNs + 60_000_000_000n), tick(), tick()]);
  assert.is(r.outcome, "end", String(r.error));
  const ticks = r.lines.filter((l) => l.startsWith("domain 3 tick "));
  assert.ok(ticks.length <= 4, r.console);
});

test("[pv only: start_info] a start_info without the x86-64 magic is reported, and the kernel carries on", () => {
  const r = runKernel({}, []);
  assert.not.ok(r.lines.some((l) => l.includes("magic") || l.includes("does not begin")), r.console);
  const odd = new SimDomain({}, []);
  odd.memory.writeByte(odd.startInfo + 8, 0x34); // "xen-3.0-x86_64" → "xen-3.0-4..."
  const r2 = odd.run();
  assert.is(r2.outcome, "end", String(r2.error));
  assert.ok(r2.lines.some((l) => l.includes('does not begin with "xen-3.0-x86_64"')), r2.console);
  assert.ok(r2.lines.includes("ready"));
});

both("every console line ends in \\r\\n", (mode) => {
  const r = runKernel({ mode }, [tick()]);
  assert.not.match(r.console.replace(/\r\n/g, ""), /\n/);
  assert.ok(r.console.endsWith("\r\n"));
});

both("says so and stops when Xen did not fill the hypercall page", (mode) => {
  const r = runKernel({ mode, hypercallPageUnfilled: true }, []);
  assert.is(r.outcome, "error");
  if (mode === "pv") {
    // The line stays in the ring (nobody can be notified); read it from there.
    const ring = r.sim.consoleRing;
    const text = r.sim.memory.bytes(ring + CONSOLE_OUT, 200).toString("latin1");
    assert.match(text, /Xen did not fill the hypercall page/);
  } else {
    // PVH knows no ring before its first hypercall: Xen's debug port is the only way out.
    assert.is(r.debugPort, "xen-test-vm: PVH boot: Xen did not fill the hypercall page\n");
    assert.is(r.sim.memory.u32(r.sim.consoleRing + CONSOLE_OUT), 0, "nothing in the console ring");
  }
});

both("cannot map shared_info (PV: update_va_mapping, PVH: add_to_physmap refused): says so, drains, crashes", (mode) => {
  const r = runKernel({ mode, sharedInfoMapFails: true }, []);
  assert.is(r.outcome, "shutdown", String(r.error));
  assert.is(r.reason, 3);
  assert.is(r.lines.filter((l) => l !== "").pop(), "xen-test-vm: cannot map shared_info: error -22", r.console);
});

test("[pv: the drain's bound is the same code in both modes, and takes seconds to run] cannot map shared_info and the console never drains: still crashes", () => {
  // Without shared_info there is no clock, so the drain before the crash is bounded by a count
  // of waits (CONSOLE_BLIND_WAITS = 100000 in kernel.ts): give the kernel more yields than that.
  const idle: Step[] = Array.from({ length: 100050 }, () => () => undefined);
  const r = runKernel({ sharedInfoMapFails: true, consoleStalledTurns: Infinity }, idle);
  assert.is(r.outcome, "shutdown", String(r.error));
  assert.is(r.reason, 3);
  const text = r.sim.memory.bytes(r.sim.consoleRing + CONSOLE_OUT, 200).toString("latin1");
  assert.match(text, /cannot map shared_info: error -22/);
});

both('trap(): logs "trap: …", drains, crashes; a trap while trapping goes straight to the crash', (mode) => {
  const r = runKernel({ mode, consoleChunk: 4 }, [
    (sim) => {
      sim.exports.trap("kernel.ts:1:1: integer result outside the exact range");
    },
  ]);
  assert.is(r.outcome, "shutdown", String(r.error));
  assert.is(r.reason, 3);
  assert.is(r.lines.filter((l) => l !== "").pop(), "trap: kernel.ts:1:1: integer result outside the exact range");
  const twice = runKernel({ mode }, [
    (sim) => {
      try {
        sim.exports.trap("first");
      } catch {
        // the crash hypercall unwound; now trap again, as if the report itself had trapped
      }
      sim.exports.trap("second");
    },
  ]);
  assert.is(twice.reason, 3);
  assert.ok(twice.lines.includes("trap: first"));
  assert.not.ok(twice.lines.includes("trap: second"), "no report while already reporting");
});

// ---- PVH only: hvm_start_info, the HVM params, shared_info by add_to_physmap ----

test("[pvh only] boots from hvm_start_info: params read, shared_info placed at its own page, no PV interface used", () => {
  const r = runKernel({ mode: "pvh", nrPages: 4096 }, [tick()]);
  assert.is(r.outcome, "end", String(r.error));
  assert.ok(r.lines.includes("ready"), r.console);
  assert.is(r.debugPort, "", "nothing to say on the debug port");
  const sim = r.sim;
  assert.is(sim.storeRing, PVH_STORE_PFN * 4096);
  assert.is(sim.consoleRing, PVH_CONSOLE_PFN * 4096);
  const params = sim.hypercallLog.filter((l) => l.startsWith("get_param ")).map((l) => Number(l.split(" ")[1]));
  assert.equal(params.sort((a, b) => a - b), Object.values(HVM_PARAMS).sort((a, b) => a - b));
  const placed = sim.hypercallLog.filter((l) => l.startsWith("add_to_physmap"));
  assert.is(placed.length, 1, sim.hypercallLog.join("\n"));
  assert.is(sim.memory.pages.get(sim.sharedInfoGpfn), sim.sharedInfo, "Xen's shared_info is what the kernel reads there");
  assert.ok(sim.sharedInfoGpfn * 4096 < 0x100000, "a page of the image's .bss, not one of the rings");
  assert.is(sim.reservation, 4096 + 8 - 1, "the RAM page under shared_info was freed");
  assert.ok(r.lines.some((l) => l === "domain 7 tick 1"), r.console);
});

test("[pvh only] hvm_start_info with the wrong magic: said on the debug port, then crash", () => {
  const r = runKernel({ mode: "pvh", hvmStartMagic: 0x336ec579 }, [tick()]);
  assert.is(r.outcome, "shutdown", String(r.error));
  assert.is(r.reason, SHUTDOWN_CRASH);
  assert.is(r.debugPort, "xen-test-vm: PVH boot: hvm_start_info has the wrong magic number; crashing\n");
  assert.is(r.console, "", "no console is known before the params are read");
  assert.not.ok(r.sim.hypercallLog.some((l) => l.startsWith("get_param")), "nothing is read from a domain that is not PVH");
});

for (const [name, index] of Object.entries(HVM_PARAMS)) {
  for (const how of ["missing", "refused"] as const) {
    test(`[pvh only] ${name} ${how === "missing" ? "left at 0" : "refused (−EPERM)"}: the message names it, on the debug port and the console if there is one; crash`, () => {
      const r = runKernel({ mode: "pvh", ...(how === "missing" ? { hvmParamsMissing: [index] } : { hvmParamsRefused: [index] }) }, [tick()]);
      assert.is(r.outcome, "shutdown", String(r.error));
      assert.is(r.reason, SHUTDOWN_CRASH);
      const message = `xen-test-vm: PVH boot: Xen gave no value for ${name}; crashing`;
      assert.is(r.debugPort, message + "\n");
      const consoleUsable = name.startsWith("HVM_PARAM_STORE");
      if (consoleUsable) assert.equal(r.lines.filter((l) => l !== ""), [message], r.console);
      else assert.is(r.console, "", "without both console params xenconsoled is never told");
      assert.not.ok(r.lines.includes("ready"));
    });
  }
}

test("[pv only] the debug port is PVH's: PV never writes to it", () => {
  const r = runKernel({}, [tick()]);
  assert.is(r.outcome, "end", String(r.error));
  assert.is(r.debugPort, "");
});

test.run();
