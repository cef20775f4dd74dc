// test/kernel/suspend.test.ts — the kernel side of PV suspend/resume (issue 5) in the simulation.
//
// What it checks: the p2m frame-list tree published at boot for 1, 511, 512, 513 and 262144
// pages (checked entry by entry against the p2m, as the save tool reads it); what the save tool
// requires at the suspend hypercall (ring MFNs canonicalised to pfns, shared_info unmapped,
// rdx = start_info's MFN, console drained, `suspending` logged); resume in a new domain (new
// MFNs, ports, shared_info and clock: the tree is republished, the watches re-registered, the
// kernel obeys commands on the new ports and ticks again); a cancelled suspend (return 1: MFNs
// restored, shared_info remapped, `suspend cancelled`); suspend through every request path.
// What it does not check: real xl save/restore (the rig does).

import { test } from "uvu";
import * as assert from "uvu/assert";
import { runKernel, RunResult, SimDomain, tick, toolstackWrite } from "../sim/sim";

const has = (r: RunResult, prefix: string) => r.lines.some((l) => l.startsWith(prefix));

function expectShutdown(r: RunResult, reason: number): void {
  assert.is(r.outcome, "shutdown", `${String(r.error)}\n${r.console}`);
  assert.is(r.reason, reason, r.console);
}

for (const nrPages of [1, 511, 512, 513, 4096, 262144]) {
  test(`frame-list tree for ${nrPages} pages is published at boot and matches the p2m`, () => {
    const r = runKernel({ nrPages }, []);
    assert.is(r.outcome, "end", String(r.error));
    assert.equal(r.sim.checkFrameListTree(), []);
  });
}

test("more pages than the tree covers: logged, and a suspend is refused (not faked)", () => {
  const r = runKernel({ nrPages: 8 * 262144 + 1, hypercallBudget: 50_000_000 }, [toolstackWrite("control/shutdown", "suspend"), tick()]);
  assert.is(r.outcome, "end", String(r.error));
  assert.ok(has(r, "suspend: 2097153 pages are more than"), r.console);
  assert.ok(has(r, "suspend refused"), r.console);
  assert.is(r.sim.suspends, 0);
});

test("control/shutdown = suspend with no resume queued: acked, save checks pass, shutdown reason 2", () => {
  const r = runKernel({}, [toolstackWrite("control/shutdown", "suspend")]);
  expectShutdown(r, 2);
  assert.equal(r.sim.saveProblems, []);
  assert.is(r.sim.store.value("control/shutdown"), "");
  assert.is(r.lines.filter((l) => l !== "").pop(), "suspending");
});

function resumedScenario(extra: Partial<Parameters<typeof runKernel>[0]> = {}) {
  return runKernel({ suspendOutcomes: ["resume"], ...extra }, [
    toolstackWrite("control/shutdown", "suspend"),
    tick(),
    tick(),
    toolstackWrite("control/testing", "next:reboot"),
    toolstackWrite("control/shutdown", "poweroff"),
  ]);
}

test("resume in a new domain: new frames, ports, shared_info and clock; watches back; obeys", () => {
  const r = resumedScenario();
  expectShutdown(r, 1);
  const sim: SimDomain = r.sim;
  assert.equal(sim.saveProblems, []);
  assert.ok(has(r, "resumed in a new domain"), r.console);
  assert.equal(sim.checkFrameListTree(), [], "the tree was rebuilt from the rewritten p2m and republished");
  assert.equal(sim.store.watches.map((w) => w.path).sort(), ["control/shutdown", "control/testing"]);
  assert.is(sim.store.value("control/feature-suspend"), "1");
  // ticks continue on the new host's clock (much earlier than the old one)
  const after = r.lines.slice(r.lines.findIndex((l) => l.startsWith("resumed in a new domain")));
  assert.ok(after.some((l) => l === "domain 7 tick 1" || l.startsWith("domain 7 tick ")), r.console);
  assert.ok(sim.pollTimeouts[sim.pollTimeouts.length - 1] < 5_000_000_000n, "deadline follows the new clock");
  assert.ok(has(r, "override set: reboot"));
  // the start_info fields hold real MFNs of the new domain again
  const m = sim.memory;
  assert.is(sim.machineToPhys(m.u64(sim.startInfo + 56)), sim.storeRing / 4096);
});

test("resume with a lagging stamp and a reply ring left mid-message: still reconnects", () => {
  const r = runKernel({ suspendOutcomes: ["resume"], stampLagNs: 700_000_000n }, [
    toolstackWrite("control/shutdown", "suspend"),
    toolstackWrite("control/shutdown", "crash"),
  ]);
  expectShutdown(r, 3);
  assert.equal(r.sim.saveProblems, []);
});

test("cancelled suspend (return 1): MFNs restored, shared_info remapped, keeps obeying", () => {
  const r = runKernel({ suspendOutcomes: ["cancel"] }, [
    toolstackWrite("control/testing", "now:suspend"),
    tick(),
    toolstackWrite("control/shutdown", "crash"),
  ]);
  expectShutdown(r, 3);
  assert.equal(r.sim.saveProblems, []);
  assert.ok(has(r, "suspend cancelled"), r.console);
  assert.not.ok(has(r, "resumed in a new domain"));
  const m = r.sim.memory;
  assert.is(m.u64(r.sim.startInfo + 56), r.sim.mfnOf(r.sim.storeRing / 4096));
  assert.is(m.u64(r.sim.startInfo + 72), r.sim.mfnOf(r.sim.consoleRing / 4096));
  assert.ok(has(r, "domain 7 tick 1"));
  assert.equal(r.sim.checkFrameListTree(), []);
});

test("suspend twice: resume then cancel then resume (xl save -c, restore, migrate)", () => {
  const r = runKernel({ suspendOutcomes: ["resume", "cancel", "resume"] }, [
    toolstackWrite("control/shutdown", "suspend"),
    toolstackWrite("control/testing", '{"when":"now","ack":"ok","action":"suspend"}'),
    toolstackWrite("control/testing", "next:suspend"),
    toolstackWrite("control/shutdown", "poweroff"),
    tick(),
    toolstackWrite("control/shutdown", "reboot"),
  ]);
  expectShutdown(r, 1);
  assert.equal(r.sim.saveProblems, []);
  assert.is(r.sim.suspends, 3);
  assert.is(r.lines.filter((l) => l === "resumed in a new domain").length, 2, r.console);
  assert.is(r.lines.filter((l) => l === "suspend cancelled").length, 1);
});

test("suspend with a slow console: the console is drained before the hypercall", () => {
  const r = runKernel({ consoleChunk: 5, suspendOutcomes: ["resume"] }, [
    toolstackWrite("control/shutdown", "suspend"),
    toolstackWrite("control/shutdown", "poweroff"),
  ]);
  expectShutdown(r, 0);
  assert.equal(r.sim.saveProblems, []);
});

test.run();
