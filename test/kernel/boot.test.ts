// test/kernel/boot.test.ts — kernel.ts boots to `ready` in the Node simulation.
//
// What it checks: the banner, the watches and feature keys in the simulated xenstore, the ready
// line, the tick lines, and that a kernel left alone waits (the scenario ends, no shutdown).
// What it does not check: anything on real Xen (test/xen/ does that).

import { test } from "uvu";
import * as assert from "uvu/assert";
import { kernelConstants } from "../sim/kernel-constants";
import { PACKAGE_VERSION, runKernel, SimDomain, Step, tick } from "../sim/sim";

const { CONSOLE_OUT } = kernelConstants("CONSOLE_OUT");

test("boots to ready: banner, watches, feature keys", () => {
  const r = runKernel({ domid: 7, nrPages: 8192 }, []);
  assert.is(r.outcome, "end", String(r.error));
  const banner = r.lines.find((l) => l.startsWith("xen-test-vm "));
  assert.ok(banner, r.console);
  assert.ok(banner!.startsWith(`xen-test-vm ${PACKAGE_VERSION} PV, `), "the version comes from the note: " + banner);
  assert.match(banner!, /domid 7/);
  assert.match(banner!, /memory 32 MiB/);
  assert.match(banner!, /Xen 4\.17\.5-sim/);
  assert.ok(r.lines.includes("ready"), r.console);
  assert.ok(r.lines.indexOf("ready") > r.lines.indexOf(banner!));
  const store = r.sim.store;
  for (const k of ["feature-poweroff", "feature-reboot", "feature-suspend"]) {
    assert.is(store.value(`control/${k}`), "1", k);
  }
  assert.equal(store.watches.map((w) => w.path).sort(), ["control/shutdown", "control/testing"]);
  // Every wait carries the next whole second as its deadline: boot stamp + 1 s.
  assert.is(r.sim.pollTimeouts[r.sim.pollTimeouts.length - 1], 5_000_000_000n + 1_000_000_000n);
});

test("ticks once a second with the domain id", () => {
  const r = runKernel({ domid: 3 }, [tick(), tick(), tick()]);
  assert.is(r.outcome, "end", String(r.error));
  const ticks = r.lines.filter((l) => l.startsWith("domain 3 tick "));
  assert.equal(ticks, ["domain 3 tick 1", "domain 3 tick 2", "domain 3 tick 3"]);
});

test("ticks are chained one second apart, also with a lagging stamp and a huge system time", () => {
  for (const [startTimeNs, stampLagNs] of [[5_000_000_000n, 900_000_000n], [2n ** 60n + 12345n, 0n], [2n ** 32n - 10n, 0n]]) {
    const r = runKernel({ domid: 3, startTimeNs, stampLagNs }, [tick(), tick(), tick()]);
    assert.is(r.outcome, "end", String(r.error));
    assert.equal(r.lines.filter((l) => l.startsWith("domain 3 tick ")).length, 3, r.console);
    const deadlines = [...new Set(r.sim.pollTimeouts)];
    const first = startTimeNs - stampLagNs + 1_000_000_000n;
    assert.equal(deadlines.slice(0, 4), [first, first + 1_000_000_000n, first + 2_000_000_000n, first + 3_000_000_000n]);
  }
});

test("fallen far behind (a long stall): the deadline restarts from the stamp, no burst of ticks", () => {
  const r = runKernel({ domid: 3 }, [tick(), (sim) => sim.advanceTo(sim.nowNs + 60_000_000_000n), tick(), tick()]);
  assert.is(r.outcome, "end", String(r.error));
  const ticks = r.lines.filter((l) => l.startsWith("domain 3 tick "));
  assert.ok(ticks.length <= 4, r.console);
});

test("a start_info without the x86-64 magic is reported, and the kernel carries on", () => {
  const r = runKernel({}, []);
  assert.not.ok(r.lines.some((l) => l.includes("magic") || l.includes("does not begin")), r.console);
  const odd = new SimDomain({}, []);
  odd.memory.writeByte(odd.startInfo + 8, 0x34); // "xen-3.0-x86_64" → "xen-3.0-4..."
  const r2 = odd.run();
  assert.is(r2.outcome, "end", String(r2.error));
  assert.ok(r2.lines.some((l) => l.includes('does not begin with "xen-3.0-x86_64"')), r2.console);
  assert.ok(r2.lines.includes("ready"));
});

test("every console line ends in \\r\\n", () => {
  const r = runKernel({}, [tick()]);
  assert.not.match(r.console.replace(/\r\n/g, ""), /\n/);
  assert.ok(r.console.endsWith("\r\n"));
});

test("says so and stops when Xen did not fill the hypercall page", () => {
  const r = runKernel({ hypercallPageUnfilled: true }, []);
  assert.is(r.outcome, "error");
  // The line stays in the ring (nobody can be notified); read it from there.
  const ring = r.sim.consoleRing;
  const text = r.sim.memory.bytes(ring + CONSOLE_OUT, 200).toString("latin1");
  assert.match(text, /Xen did not fill the hypercall page/);
});

test("cannot map shared_info: says so and crashes, even when the console never drains", () => {
  // Without shared_info there is no clock, so the drain before the crash is bounded by a count
  // of waits (CONSOLE_BLIND_WAITS = 100000 in kernel.ts): give the kernel more yields than that.
  const idle: Step[] = Array.from({ length: 100050 }, () => () => undefined);
  const r = runKernel({ sharedInfoMapFails: true, consoleStalledTurns: Infinity }, idle);
  assert.is(r.outcome, "shutdown", String(r.error));
  assert.is(r.reason, 3);
  const text = r.sim.memory.bytes(r.sim.consoleRing + CONSOLE_OUT, 200).toString("latin1");
  assert.match(text, /cannot map shared_info: error -22/);
});

test('trap(): logs "trap: …", drains, crashes; a trap while trapping goes straight to the crash', () => {
  const r = runKernel({ consoleChunk: 4 }, [
    (sim) => {
      sim.exports.trap("kernel.ts:1:1: integer result outside the exact range");
    },
  ]);
  assert.is(r.outcome, "shutdown", String(r.error));
  assert.is(r.reason, 3);
  assert.is(r.lines.filter((l) => l !== "").pop(), "trap: kernel.ts:1:1: integer result outside the exact range");
  const twice = runKernel({}, [
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

test.run();
