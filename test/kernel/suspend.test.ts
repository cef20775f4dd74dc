// test/kernel/suspend.test.ts — the kernel side of suspend/resume (issue 5; PVH: issue 9) in the simulation.
//
// What it checks, in both boot modes ("[pv]"/"[pvh]" in the name): what the save tool requires at
// the suspend hypercall (PV: ring MFNs canonicalised to pfns, shared_info unmapped, rdx =
// start_info's MFN; PVH: rdx = 0, shared_info left in place; both: console drained, `suspending`
// logged); resume in a new domain (new domid, ports, shared_info and clock: the watches
// re-registered on the new connection, the tick lines name the new domain, the kernel obeys
// commands on the new ports); a cancelled suspend (return 1: `suspend cancelled`); xl save -c
// (PV: return 1; PVH: return 0 in the same domain, told apart by the domid); suspend through
// every request path. PV only, and named so: the p2m frame-list tree published at boot for 1,
// 511, 512, 513 and 262144 pages (checked entry by entry against the p2m, as the save tool reads
// it), a domain too big for the tree, MFNs put back in start_info.
// What it does not check: real xl save/restore (the rig does).

import { test } from "uvu";
import * as assert from "uvu/assert";
import { BootMode, eachMode, HVM_PARAMS, runKernel, RunResult, SimDomain, tick, toolstackWrite } from "../sim/sim";
import { describeRequest, XS_RSP_PROD, XS_WATCH, XS_WRITE } from "../sim/xenstored";

const has = (r: RunResult, prefix: string) => r.lines.some((l) => l.startsWith(prefix));
const both = (name: string, body: (mode: BootMode) => void) => eachMode(test, name, body);

function expectShutdown(r: RunResult, reason: number): void {
  assert.is(r.outcome, "shutdown", `${String(r.error)}\n${r.console}`);
  assert.is(r.reason, reason, r.console);
}

/** the keys the kernel watches: control/shutdown, control/testing, control/sysrq */
const WATCHED_KEYS = 3;
/** the watch registrations the kernel sent, over every connection */
const watchRequests = (sim: SimDomain) => sim.store.requests.filter((q) => q.type === XS_WATCH).length;
const placements = (sim: SimDomain) => sim.hypercallLog.filter((l) => l.startsWith("add_to_physmap")).length;

for (const nrPages of [1, 511, 512, 513, 4096, 262144]) {
  test(`[pv only: p2m tree] frame-list tree for ${nrPages} pages is published at boot and matches the p2m`, () => {
    const r = runKernel({ nrPages }, []);
    assert.is(r.outcome, "end", String(r.error));
    assert.equal(r.sim.checkFrameListTree(), []);
  });
}

test("[pv only: p2m tree] more pages than the tree covers: logged, and a suspend is refused (not faked)", () => {
  const r = runKernel({ nrPages: 8 * 262144 + 1, hypercallBudget: 50_000_000 }, [toolstackWrite("control/shutdown", "suspend"), tick()]);
  assert.is(r.outcome, "end", String(r.error));
  assert.ok(has(r, "suspend: 2097153 pages are more than"), r.console);
  assert.ok(has(r, "suspend refused"), r.console);
  assert.is(r.sim.suspends, 0);
});

test("[pvh] a PVH domain of any size can be saved: no tree, no refusal", () => {
  const r = runKernel({ mode: "pvh", nrPages: 8 * 262144 + 1 }, [toolstackWrite("control/shutdown", "suspend")]);
  expectShutdown(r, 2);
  assert.equal(r.sim.saveProblems, []);
  assert.not.ok(has(r, "suspend refused"), r.console);
});

both("control/shutdown = suspend with no resume queued: acked, save checks pass, shutdown reason 2", (mode) => {
  const r = runKernel({ mode }, [toolstackWrite("control/shutdown", "suspend")]);
  expectShutdown(r, 2);
  assert.equal(r.sim.saveProblems, []);
  assert.is(r.sim.store.value("control/shutdown"), "");
  assert.is(r.lines.filter((l) => l !== "").pop(), "suspending");
});

function resumedScenario(mode: BootMode, extra: Partial<Parameters<typeof runKernel>[0]> = {}) {
  return runKernel({ mode, suspendOutcomes: ["resume"], ...extra }, [
    toolstackWrite("control/shutdown", "suspend"),
    tick(),
    tick(),
    toolstackWrite("control/testing", "next:reboot"),
    toolstackWrite("control/shutdown", "poweroff"),
  ]);
}

// After a resume in a new domain the kernel says everything again in one batch (chapter 14): its
// new domid, the three watches, the three feature keys and the status "running".
const RESUME_BATCH = [
  "READ domid",
  "WATCH control/shutdown", "WATCH control/testing", "WATCH control/sysrq",
  "WRITE control/feature-poweroff", "WRITE control/feature-reboot", "WRITE control/feature-suspend",
  "WRITE data/test-vm/status",
];
/** the requests from the resume's batch on: those after the last "suspending" status write */
function resumeRequests(sim: SimDomain): number {
  const requests = sim.store.requests;
  for (let i = requests.length - 1; i >= 0; i--) {
    if (requests[i].type === XS_WRITE && requests[i].payload.toString("latin1").includes('"state":"suspending"')) return i + 1;
  }
  return -1;
}

both("resume in a new domain: the domid, watches, feature keys and status go out in one batch", (mode) => {
  const r = runKernel({ mode, suspendOutcomes: ["resume"] }, [toolstackWrite("control/shutdown", "suspend"), tick(), tick()]);
  assert.is(r.outcome, "end", `${String(r.error)}\n${r.console}`);
  const store = r.sim.store;
  let from = resumeRequests(r.sim);
  assert.ok(from > 0, r.console);
  if (mode === "pvh") from++;         // PVH first reads its domid alone, to tell a new domain from a checkpoint
  assert.equal(store.requests.slice(from, from + RESUME_BATCH.length).map(describeRequest), RESUME_BATCH);
  const first = store.replies.find((x) => x.reqId === store.requests[from].reqId)!;
  assert.is(first.requestsReceived, from + RESUME_BATCH.length, "all of the batch was in req[] before the first reply");
  assert.ok(r.lines.includes("resumed in a new domain"), r.console);
  assert.is(JSON.parse(store.value("data/test-vm/status")!).resumes, 1);
  assert.is(JSON.parse(store.value("data/test-vm/status")!).state, "running");
  assert.ok(r.lines.some((l) => l.startsWith("domain 8 tick ")), "the new domid came from the batch: " + r.console);
});

both("resume with a status bigger than what is left of the ring: what fits is sent and answered first, then the rest", (mode) => {
  // 150 control bytes in the last command: shown as \u00XX each, the status is about 1200 bytes.
  const junk = Buffer.alloc(150, 1);
  const r = runKernel({ mode, suspendOutcomes: ["resume"] }, [
    toolstackWrite("control/testing", junk), tick(),
    toolstackWrite("control/shutdown", "suspend"), tick(), tick(),
  ]);
  assert.is(r.outcome, "end", `${String(r.error)}\n${r.console}`);
  const store = r.sim.store;
  let from = resumeRequests(r.sim);
  assert.ok(from > 0, r.console);
  if (mode === "pvh") from++;
  const batch = store.requests.slice(from, from + RESUME_BATCH.length);
  assert.equal(batch.map(describeRequest), RESUME_BATCH);
  const status = batch[RESUME_BATCH.length - 1];
  assert.ok(status.payload.length + 16 > 1024, `the status alone is ${status.payload.length} bytes`);
  const first = store.replies.find((x) => x.reqId === batch[0].reqId)!;
  assert.is(first.requestsReceived, from + RESUME_BATCH.length - 1, "the seven small ones went together, without the status");
  const statusReply = store.replies.find((x) => x.reqId === status.reqId)!;
  assert.is(statusReply.requestsReceived, from + RESUME_BATCH.length);
  const s = JSON.parse(store.value("data/test-vm/status")!);
  assert.is(s.state, "running");
  assert.is(s.resumes, 1);
  assert.not.ok(r.lines.some((l) => l.startsWith("xenstore:") || l.startsWith("status:")), r.console);
});

both("resume in a new domain: new domid, ports, shared_info and clock; watches back; obeys", (mode) => {
  const r = resumedScenario(mode);
  expectShutdown(r, 1);
  const sim: SimDomain = r.sim;
  assert.equal(sim.saveProblems, []);
  assert.ok(has(r, "resumed in a new domain"), r.console);
  assert.is(sim.options.domid, 8, "the new domain has a new id");
  assert.equal(sim.store.watches.map((w) => w.path).sort(), ["control/shutdown", "control/sysrq", "control/testing"]);
  assert.ok(sim.store.watches.every((w) => w.absolute.startsWith("/local/domain/8/")), "watched in the new domain's home");
  assert.is(watchRequests(sim), 2 * WATCHED_KEYS, "registered again on the new connection");
  assert.is(sim.store.value("control/feature-suspend"), "1");
  // ticks continue on the new host's clock (much earlier than the old one), naming the new domain
  const after = r.lines.slice(r.lines.findIndex((l) => l.startsWith("resumed in a new domain")));
  assert.ok(after.some((l) => l.startsWith("domain 8 tick ")), r.console);
  assert.not.ok(after.some((l) => l.startsWith("domain 7 tick ")), r.console);
  assert.ok(sim.pollTimeouts[sim.pollTimeouts.length - 1] < 5_000_000_000n, "deadline follows the new clock");
  assert.ok(has(r, "override set: reboot"));
  if (mode === "pv") {
    assert.equal(sim.checkFrameListTree(), [], "the tree was rebuilt from the rewritten p2m and republished");
    // the start_info fields hold real MFNs of the new domain again
    assert.is(sim.machineToPhys(sim.memory.u64(sim.startInfo + 56)), sim.storeRing / 4096);
  } else {
    assert.is(placements(sim), 2, "shared_info placed at boot and again in the new domain");
    assert.is(sim.memory.pages.get(sim.sharedInfoGpfn), sim.sharedInfo, "the new domain's shared_info is the one mapped");
  }
});

test("[pvh] resume: the new domain's rings were zeroed by the restorer, and the kernel goes on from index 0", () => {
  const start = 2 ** 32 - 3;
  const r = runKernel({ mode: "pvh", suspendOutcomes: ["resume"], store: { initialRequestIndex: start, initialReplyIndex: start } }, [
    tick(),
    toolstackWrite("control/shutdown", "suspend"),
    tick(),
    toolstackWrite("control/shutdown", "crash"),
  ]);
  expectShutdown(r, 3);
  assert.equal(r.sim.saveProblems, []);
  assert.ok(has(r, "domain 8 tick "), r.console);
  const m = r.sim.memory;
  assert.ok(m.u32(r.sim.storeRing + XS_RSP_PROD) < 2 ** 31, "the reply index restarted near 0");
});

test("[pvh] a param missing after a resume is logged, and the domain goes on", () => {
  const r = runKernel({ mode: "pvh", suspendOutcomes: ["resume"] }, [
    (sim) => sim.options.hvmParamsMissing.push(HVM_PARAMS.HVM_PARAM_CONSOLE_EVTCHN),
    toolstackWrite("control/shutdown", "suspend"),
    tick(),
    toolstackWrite("control/shutdown", "crash"),
  ]);
  expectShutdown(r, 3);
  assert.ok(has(r, "resume: Xen gave no value for HVM_PARAM_CONSOLE_EVTCHN"), r.console);
  assert.ok(has(r, "resumed in a new domain"), r.console);
});

both("resume with a lagging stamp and a reply ring left mid-message: still reconnects", (mode) => {
  const r = runKernel({ mode, suspendOutcomes: ["resume"], stampLagNs: 700_000_000n }, [
    toolstackWrite("control/shutdown", "suspend"),
    toolstackWrite("control/shutdown", "crash"),
  ]);
  expectShutdown(r, 3);
  assert.equal(r.sim.saveProblems, []);
});

both("cancelled suspend (return 1): same domain, shared_info back, watches kept, keeps obeying", (mode) => {
  const r = runKernel({ mode, suspendOutcomes: ["cancel"] }, [
    toolstackWrite("control/testing", "now:suspend"),
    tick(),
    toolstackWrite("control/shutdown", "crash"),
  ]);
  expectShutdown(r, 3);
  assert.equal(r.sim.saveProblems, []);
  assert.ok(has(r, "suspend cancelled"), r.console);
  assert.not.ok(has(r, "resumed in a new domain"));
  assert.ok(has(r, "domain 7 tick 1"));
  assert.is(watchRequests(r.sim), WATCHED_KEYS, "no watch registered again");
  if (mode === "pv") {
    const m = r.sim.memory;
    assert.is(m.u64(r.sim.startInfo + 56), r.sim.mfnOf(r.sim.storeRing / 4096));
    assert.is(m.u64(r.sim.startInfo + 72), r.sim.mfnOf(r.sim.consoleRing / 4096));
    assert.equal(r.sim.checkFrameListTree(), []);
  } else {
    assert.is(placements(r.sim), 1, "return 1: shared_info never moved, nothing to redo");
  }
});

both("xl save -c (PV: return 1; PVH: return 0 in the same domain): \"suspend cancelled\", same domid, watches kept", (mode) => {
  const r = runKernel({ mode, suspendOutcomes: ["checkpoint"] }, [
    toolstackWrite("control/shutdown", "suspend"),
    tick(),
    toolstackWrite("control/testing", "next:crash"),
    toolstackWrite("control/shutdown", "poweroff"),
  ]);
  expectShutdown(r, 3);
  assert.equal(r.sim.saveProblems, []);
  assert.ok(has(r, "suspend cancelled"), r.console);
  assert.not.ok(has(r, "resumed in a new domain"), r.console);
  assert.is(r.sim.options.domid, 7);
  assert.ok(has(r, "domain 7 tick 1"), r.console);
  assert.is(watchRequests(r.sim), WATCHED_KEYS, "the watches of the one connection were kept, not registered again");
  assert.ok(has(r, "override set: crash"), "the kept watches still fire");
  if (mode === "pvh") {
    // On 0 the kernel cannot yet know it is the same domain: it re-places shared_info (at the
    // same gfn: no change), re-reads the params, and only then asks xenstore for its domid.
    assert.is(placements(r.sim), 2);
    assert.is(r.sim.memory.pages.get(r.sim.sharedInfoGpfn), r.sim.sharedInfo);
  }
});

// Three suspends with a checkpoint (xl save, save -c, migrate) or a cancel (a failed save
// between two good ones) in the middle: both leave the same domain, so two new domains in all.
for (const [middle, what] of [["checkpoint", "xl save, save -c, migrate"], ["cancel", "a failed save between two good ones"]] as const) {
  both(`suspend three times: resume, ${middle}, resume (${what})`, (mode) => {
    const r = runKernel({ mode, suspendOutcomes: ["resume", middle, "resume"] }, [
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
    if (middle === "checkpoint") {
      assert.is(r.sim.options.domid, 9);
      assert.ok(has(r, "domain 9 tick "), r.console);
      assert.is(watchRequests(r.sim), 3 * WATCHED_KEYS, "two connections after the first: a registration per key each");
    }
  });
}


both("suspend with a slow console: the console is drained before the hypercall", (mode) => {
  const r = runKernel({ mode, consoleChunk: 5, suspendOutcomes: ["resume"] }, [
    toolstackWrite("control/shutdown", "suspend"),
    toolstackWrite("control/shutdown", "poweroff"),
  ]);
  expectShutdown(r, 0);
  assert.equal(r.sim.saveProblems, []);
});

test.run();
