// test/kernel/misbehave.test.ts — timed and misbehaving responses (issue 11) in the Node simulation.
//
// What it checks, one case per rule of the contract and every case booted as PV and as
// PVH ("[pv]"/"[pvh]" in the name): after:N:X (armed, counted in ticks, fired on the first tick
// after N whole seconds, replaced, kept across a suspend), cancel of each pending thing and of
// nothing, JSON "delay" with "now" and "onshutdown", "ackDelay" (the request left unacknowledged
// while the ticks go on), a shutdown request arriving during a delayed response, the actions hang,
// spin, watchdog and soft-reset, control/sysrq, the suspend event channel (on, ignore, off; a
// fresh port after a resume or a cancelled suspend), the kernel command line, and every bogus form
// of the new commands (nothing armed, a later command still obeyed). Console lines are compared
// exactly. Time is simulated: a `tick` step is one second, nothing sleeps.
// What it does not check: real Xen (test/xen does), or the messages of issue 10 and earlier
// (control.test.ts, suspend.test.ts).

import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  BootMode, DomainOptions, eachMode, KernelSpins, notifySuspendChannel, runKernel, RunResult, SimDomain,
  Step, tick, toolstackWrite,
} from "../sim/sim";
import { XS_WATCH, XS_WRITE } from "../sim/xenstored";

const both = (name: string, body: (mode: BootMode) => void) => eachMode(test, name, body);

const POWEROFF = 0;
const REBOOT = 1;
const SUSPEND = 2;
const CRASH = 3;
const WATCHDOG = 4;     // sched.h SHUTDOWN_watchdog
const SOFT_RESET = 5;   // sched.h SHUTDOWN_soft_reset

function expectShutdown(r: RunResult, reason: number): void {
  assert.is(r.outcome, "shutdown", `${String(r.error)}\n${r.console}`);
  assert.is(r.reason, reason, r.console);
}

function expectEnd(r: RunResult): void {
  assert.is(r.outcome, "end", `${String(r.error)}\n${r.console}`);
}

/** the console's lines without the empty ones (the log ends with a line break) */
const said = (r: RunResult) => r.lines.filter((l) => l !== "");

const has = (r: RunResult, line: string) => r.lines.includes(line);

/** `lines` appear in this order, each exactly, not necessarily next to each other */
function inOrder(r: RunResult, lines: string[]): void {
  let from = 0;
  for (const line of lines) {
    const at = r.lines.indexOf(line, from);
    assert.ok(at >= 0, `expected ${JSON.stringify(line)} after line ${from} in:\n${r.console}`);
    from = at + 1;
  }
}

/** the line right after the first one equal to `line` */
function lineAfter(r: RunResult, line: string): string | undefined {
  const at = r.lines.indexOf(line);
  assert.ok(at >= 0, `no line ${JSON.stringify(line)} in:\n${r.console}`);
  return r.lines[at + 1];
}

/** xenopsd: the guest owns control/, so acknowledging control/testing succeeds and logs nothing */
const XENOPSD: Partial<DomainOptions> = { toolstack: "xenopsd" };
const testing = (value: string): Step => toolstackWrite("control/testing", value);
const ticks = (n: number): Step[] => Array.from({ length: n }, () => tick());

/** a step that notes it was reached (the domain had not ended before it) */
function marker(): { step: Step; reached: () => boolean } {
  let reached = false;
  return { step: () => { reached = true; }, reached: () => reached };
}

/** the guest's xenstore writes to `path` (relative to its home), as payload text */
const guestWrites = (sim: SimDomain, path: string) =>
  sim.store.requests.filter((q) => q.type === XS_WRITE && q.payload.toString("latin1").startsWith(`${path}\0`));

// ---- after:N:X ----

both("after:3:poweroff: armed, a countdown line after each tick, fired on the 4th tick (the first after 3 whole seconds)", (mode) => {
  const third = marker();
  const r = runKernel({ mode, ...XENOPSD }, [testing("after:3:poweroff"), ...ticks(3), third.step, ...ticks(2)]);
  expectShutdown(r, POWEROFF);
  assert.ok(third.reached(), "not fired after 3 ticks");
  assert.is(r.sim.ticksDelivered, 4);
  inOrder(r, [
    'control/testing = "after:3:poweroff"',
    "timer set: poweroff in 3 s",
    "domain 7 tick 1", "timer: poweroff in 3 s",
    "domain 7 tick 2", "timer: poweroff in 2 s",
    "domain 7 tick 3", "timer: poweroff in 1 s",
    "domain 7 tick 4", "timer fired: poweroff", "action: poweroff",
  ]);
  assert.is(lineAfter(r, "domain 7 tick 1"), "timer: poweroff in 3 s");
  assert.is(lineAfter(r, "domain 7 tick 4"), "timer fired: poweroff");
  assert.is(said(r).pop(), "action: poweroff");
});

both("after:0:crash fires at once, without waiting for a tick", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [testing("after:0:crash")]);
  expectShutdown(r, CRASH);
  assert.is(r.sim.ticksDelivered, 0);
  inOrder(r, ["timer set: crash in 0 s", "timer fired: crash", "action: crash"]);
});

both("after:1:reboot fires on the second tick, not the first", (mode) => {
  const first = marker();
  const r = runKernel({ mode, ...XENOPSD }, [testing("after:1:reboot"), tick(), first.step, ...ticks(3)]);
  expectShutdown(r, REBOOT);
  assert.ok(first.reached());
  assert.is(r.sim.ticksDelivered, 2);
  assert.is(lineAfter(r, "domain 7 tick 1"), "timer: reboot in 1 s");
});

both("after:86400:crash is the longest timer allowed: armed, not fired", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [testing("after:86400:crash"), ...ticks(2)]);
  expectEnd(r);
  assert.ok(has(r, "timer set: crash in 86400 s"), r.console);
  assert.is(lineAfter(r, "domain 7 tick 2"), "timer: crash in 86399 s");
});

both("a newer timed action replaces the pending one: \"timer replaced\" before the new \"timer set\"", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [testing("after:2:crash"), tick(), testing("after:1:reboot"), ...ticks(4)]);
  expectShutdown(r, REBOOT);
  inOrder(r, ["timer set: crash in 2 s", "domain 7 tick 1", "timer replaced: crash", "timer set: reboot in 1 s", "timer fired: reboot"]);
  assert.is(lineAfter(r, "timer replaced: crash"), "timer set: reboot in 1 s");
  assert.not.ok(has(r, "timer fired: crash"));
  assert.is(r.sim.ticksDelivered, 3, "the new timer counts from when it was set");
});

both("a timed action suspend: fired, suspended, and after the resume nothing is pending", (mode) => {
  const r = runKernel({ mode, ...XENOPSD, suspendOutcomes: ["resume"] }, [testing("after:0:suspend"), ...ticks(2)]);
  expectEnd(r);
  inOrder(r, ["timer fired: suspend", "action: suspend", "suspending", "resumed in a new domain", "domain 8 tick 1"]);
  assert.not.ok(r.lines.some((l) => l.startsWith("timer: ")), r.console);
});

// ---- the seconds a timer had left, across a suspend ----

for (const outcome of ["resume", "cancel"] as const) {
  both(`a pending timer keeps the seconds it had left across a suspend (${outcome})`, (mode) => {
    const secondAfter = marker();
    const r = runKernel({ mode, ...XENOPSD, suspendOutcomes: [outcome], resumeTimeNs: 900_000_000_000n }, [
      testing("after:3:crash"),
      tick(),
      toolstackWrite("control/shutdown", "suspend"),
      ...ticks(2),
      secondAfter.step,
      ...ticks(3),
    ]);
    expectShutdown(r, CRASH);
    assert.ok(secondAfter.reached(), "not fired two ticks after the suspend");
    assert.is(r.sim.ticksDelivered, 4, "1 tick before the suspend, the 3 left after it");
    const domid = outcome === "resume" ? 8 : 7;
    inOrder(r, [
      "domain 7 tick 1", "timer: crash in 3 s",
      "suspending",
      `domain ${domid} tick 2`, "timer: crash in 2 s",
      `domain ${domid} tick 3`, "timer: crash in 1 s",
      `domain ${domid} tick 4`, "timer fired: crash", "action: crash",
    ]);
  });
}

// ---- JSON "delay" ----

both("JSON now with \"delay\": the same as after:N:X", (mode) => {
  const second = marker();
  const r = runKernel({ mode, ...XENOPSD }, [testing('{"when":"now","ack":"ok","action":"reboot","delay":2}'), ...ticks(2), second.step, ...ticks(2)]);
  expectShutdown(r, REBOOT);
  assert.ok(second.reached());
  assert.is(r.sim.ticksDelivered, 3);
  inOrder(r, ["timer set: reboot in 2 s", "domain 7 tick 1", "timer: reboot in 2 s", "domain 7 tick 3", "timer fired: reboot", "action: reboot"]);
});

both("JSON now with \"delay\" replaces a pending after: timer", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [testing("after:50:crash"), testing('{"when":"now","ack":"ok","action":"poweroff","delay":0}'), tick()]);
  expectShutdown(r, POWEROFF);
  inOrder(r, ["timer set: crash in 50 s", "timer replaced: crash", "timer set: poweroff in 0 s", "timer fired: poweroff", "action: poweroff"]);
});

// ---- cancel ----

both("cancel with nothing pending says so", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [testing("cancel"), tick()]);
  expectEnd(r);
  assert.is(lineAfter(r, 'control/testing = "cancel"'), "cancel: nothing was pending");
  assert.is(r.sim.store.value("control/testing"), "", "acknowledged like any command");
});

both("cancel drops a pending override: the next shutdown request is obeyed as written", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [testing("next:crash"), testing("cancel"), tick(), toolstackWrite("control/shutdown", "poweroff")]);
  expectShutdown(r, POWEROFF);
  assert.is(lineAfter(r, 'control/testing = "cancel"'), "override cancelled: crash");
  assert.not.ok(has(r, "override crash is active"), r.console);
  assert.not.ok(has(r, "action: crash"));
});

both("cancel drops a pending timer: it never fires, and the ticks stop mentioning it", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [testing("after:1:crash"), testing("cancel"), ...ticks(4)]);
  expectEnd(r);
  assert.is(lineAfter(r, 'control/testing = "cancel"'), "timer cancelled: crash");
  assert.not.ok(r.lines.some((l) => l.startsWith("timer: ") || l.startsWith("timer fired")), r.console);
  assert.is(lineAfter(r, "domain 7 tick 4"), "");
});

both("cancel with an override and a timer pending drops both, one line each, in the contract's order", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [testing("next:reboot"), testing("after:5:crash"), testing("cancel"), ...ticks(7)]);
  expectEnd(r);
  const at = r.lines.indexOf('control/testing = "cancel"');
  assert.equal(r.lines.slice(at + 1, at + 3), ["override cancelled: reboot", "timer cancelled: crash"]);
  assert.not.ok(has(r, "cancel: nothing was pending"));
});

both("cancel drops a delayed response: no acknowledgement line, no action, the ticks stop mentioning it", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [
    testing('{"when":"onshutdown","ack":"ok","action":"reboot","ackDelay":3}'),
    toolstackWrite("control/shutdown", "poweroff"),
    tick(),
    testing("cancel"),
    ...ticks(5),
  ]);
  expectEnd(r);
  assert.is(lineAfter(r, 'control/testing = "cancel"'), "delayed response cancelled: reboot");
  const after = r.lines.slice(r.lines.indexOf("delayed response cancelled: reboot"));
  assert.not.ok(after.some((l) => l.startsWith("response: ") || l.startsWith("action: ")), r.console);
});

// ---- delayed responses: "ackDelay" and "delay" with "onshutdown" ----

both("ackDelay: the request stays unacknowledged while the ticks count down, then is acknowledged and acted on", (mode) => {
  const values: (string | undefined)[] = [];
  const look: Step = (sim) => { values.push(sim.store.value("control/shutdown")); };
  const r = runKernel({ mode, ...XENOPSD }, [
    testing('{"when":"onshutdown","ack":"ok","action":"reboot","ackDelay":2}'),
    toolstackWrite("control/shutdown", "poweroff"),
    look, tick(), look, tick(), look, tick(), tick(),
  ]);
  expectShutdown(r, REBOOT);
  assert.equal(values, ["poweroff", "poweroff", "poweroff"], "not acknowledged during the 2 s");
  assert.is(r.sim.store.value("control/shutdown"), "");
  assert.is(r.sim.ticksDelivered, 3);
  inOrder(r, [
    "override set: reboot",
    'control/shutdown = "poweroff"', "override reboot replaces the request", "acknowledging in 2 s",
    "domain 7 tick 1", "response: acknowledging in 2 s",
    "domain 7 tick 2", "response: acknowledging in 1 s",
    "domain 7 tick 3", "action: reboot",
  ]);
  assert.is(lineAfter(r, 'control/shutdown = "poweroff"'), "override reboot replaces the request");
  assert.is(lineAfter(r, "domain 7 tick 1"), "response: acknowledging in 2 s");
  assert.not.ok(has(r, "acting in 0 s"));
});

both("ackDelay with ack \"none\": after the wait the request is still left in place, and the action follows", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [
    testing('{"when":"onshutdown","ack":"none","action":"crash","ackDelay":1}'),
    toolstackWrite("control/shutdown", "poweroff"),
    ...ticks(3),
  ]);
  expectShutdown(r, CRASH);
  assert.is(r.sim.store.value("control/shutdown"), "poweroff");
  assert.ok(has(r, "acknowledging in 1 s"), r.console);
});

both("delay with onshutdown: acknowledged at once, the action after the ticks", (mode) => {
  const values: (string | undefined)[] = [];
  const r = runKernel({ mode, ...XENOPSD }, [
    testing('{"when":"onshutdown","ack":"ok","action":"crash","delay":2}'),
    toolstackWrite("control/shutdown", "poweroff"),
    (sim) => { values.push(sim.store.value("control/shutdown")); },
    ...ticks(4),
  ]);
  expectShutdown(r, CRASH);
  assert.equal(values, [""], "acknowledged before the first tick");
  assert.is(r.sim.ticksDelivered, 3);
  inOrder(r, [
    'control/shutdown = "poweroff"', "override crash replaces the request", "acting in 2 s",
    "domain 7 tick 1", "response: crash in 2 s",
    "domain 7 tick 2", "response: crash in 1 s",
    "domain 7 tick 3", "action: crash",
  ]);
  assert.is(lineAfter(r, "override crash replaces the request"), "acting in 2 s");
  assert.not.ok(has(r, "acknowledging in 0 s"));
});

both("ackDelay and delay together: wait, acknowledge, wait, act — in that order", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [
    testing('{"when":"onshutdown","ack":"delete","action":"reboot","ackDelay":1,"delay":1}'),
    toolstackWrite("control/shutdown", "poweroff"),
    ...ticks(8),
  ]);
  expectShutdown(r, REBOOT);
  assert.is(r.sim.store.value("control/shutdown"), undefined, "acknowledged by removing the key");
  inOrder(r, ["override reboot replaces the request", "acknowledging in 1 s", "response: acknowledging in 1 s", "acting in 1 s",
    "response: reboot in 1 s", "action: reboot"]);
});

both("another shutdown request during a delayed response: logged as ignored, not acknowledged, nothing else", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [
    testing('{"when":"onshutdown","ack":"ok","action":"crash","delay":3}'),
    toolstackWrite("control/shutdown", "poweroff"),
    tick(),
    toolstackWrite("control/shutdown", "reboot"),
    ...ticks(5),
  ]);
  expectShutdown(r, CRASH);
  assert.is(lineAfter(r, 'control/shutdown = "reboot"'), "busy with a delayed response; request ignored");
  assert.is(r.sim.store.value("control/shutdown"), "reboot", "the ignored request is not acknowledged");
  assert.not.ok(has(r, "action: reboot"));
  assert.is(r.sim.ticksDelivered, 4, "the response keeps its own count");
});

both("another shutdown request while the acknowledgement is delayed is ignored too", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [
    testing('{"when":"onshutdown","ack":"ok","action":"reboot","ackDelay":2}'),
    toolstackWrite("control/shutdown", "poweroff"),
    toolstackWrite("control/shutdown", "halt"),
    ...ticks(4),
  ]);
  expectShutdown(r, REBOOT);
  assert.is(lineAfter(r, 'control/shutdown = "halt"'), "busy with a delayed response; request ignored");
  assert.not.ok(has(r, "action: halt"));
});

both("control/testing is obeyed during a delayed response: a next: arms an override for a later request", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [
    testing('{"when":"onshutdown","ack":"ok","action":"ignore","delay":1}'),
    toolstackWrite("control/shutdown", "poweroff"),
    testing("next:crash"),
    ...ticks(3),
    toolstackWrite("control/shutdown", "reboot"),
  ]);
  expectShutdown(r, CRASH);
  inOrder(r, ["override ignore replaces the request", "acting in 1 s", "override set: crash", "action: ignore",
    'control/shutdown = "reboot"', "action: crash"]);
});

// ---- the new actions ----

both("hang: \"action: hang\" is the last line; no acknowledgement, no tick, no command obeyed afterwards", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [
    testing("now:hang"),
    ...ticks(3),
    toolstackWrite("control/shutdown", "poweroff"),
    testing("now:reboot"),
    ...ticks(2),
  ]);
  expectEnd(r);
  assert.is(said(r).pop(), "action: hang", r.console);
  assert.is(r.sim.store.value("control/shutdown"), "poweroff");
  assert.is(r.sim.store.value("control/testing"), "now:reboot");
  const sim = r.sim;
  assert.is(sim.pollTimeouts[sim.pollTimeouts.length - 1], 0n, "polls with no timeout");
  assert.equal(sim.pollPortLists[sim.pollPortLists.length - 1], [sim.options.storePort], "on the store port");
  assert.is(sim.cpuRelaxCalls, 0, "blocked, not spinning");
});

both("spin: \"action: spin\" is the last line, and the vCPU busy-loops on pause (the simulation stops it)", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [testing("now:spin"), tick(), toolstackWrite("control/shutdown", "poweroff")]);
  assert.is(r.outcome, "error", r.console);
  assert.ok(r.error instanceof KernelSpins, String(r.error));
  assert.match(String((r.error as Error).message), /^spinning: /);
  assert.is(said(r).pop(), "action: spin", r.console);
});

both("watchdog: armed for 1 s and never fed; the guest goes on obeying until Xen shuts it down with reason 4", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [testing("now:watchdog"), testing("next:reboot"), ...ticks(3)]);
  expectShutdown(r, WATCHDOG);
  inOrder(r, ["action: watchdog", "watchdog armed: 1 s, never fed", "override set: reboot"]);
  assert.is(lineAfter(r, "action: watchdog"), "watchdog armed: 1 s, never fed");
  assert.ok(r.sim.hypercallLog.includes("watchdog 0 1 → 1"), r.sim.hypercallLog.join("\n"));
  assert.ok(r.sim.hypercallLog.includes("Xen: watchdog 1 fired"));
});

both("watchdog: when Xen refuses a third one (two per domain), the failure is logged and the guest carries on", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [testing("now:watchdog"), testing("now:watchdog"), testing("now:watchdog"), testing("next:crash")]);
  expectEnd(r);
  assert.is(r.lines.filter((l) => l === "watchdog armed: 1 s, never fed").length, 2, r.console);
  assert.ok(has(r, "watchdog: SCHEDOP_watchdog failed: error -28"), r.console);
  assert.ok(has(r, "override set: crash"), "carries on");
});

both("soft-reset: SCHEDOP_shutdown with reason 5", (mode) => {
  const r = runKernel({ mode, ...XENOPSD }, [testing("now:soft-reset")]);
  expectShutdown(r, SOFT_RESET);
  assert.is(said(r).pop(), "action: soft-reset");
});

both("the new actions work wherever an action does: next:, after:, JSON", (mode) => {
  const viaNext = runKernel({ mode, ...XENOPSD }, [testing("next:soft-reset"), toolstackWrite("control/shutdown", "poweroff")]);
  expectShutdown(viaNext, SOFT_RESET);
  assert.is(viaNext.sim.store.value("control/shutdown"), "");
  const viaJson = runKernel({ mode, ...XENOPSD }, [testing('{"when":"onshutdown","ack":"ok","action":"hang"}'),
    toolstackWrite("control/shutdown", "poweroff"), tick()]);
  expectEnd(viaJson);
  assert.is(said(viaJson).pop(), "action: hang");
  const viaAfter = runKernel({ mode, ...XENOPSD }, [testing("after:1:watchdog"), ...ticks(5)]);
  expectShutdown(viaAfter, WATCHDOG);
  inOrder(viaAfter, ["timer fired: watchdog", "action: watchdog", "watchdog armed: 1 s, never fed"]);
});

// ---- control/sysrq ----

for (const [key, action, reason] of [["c", "crash", CRASH], ["b", "reboot", REBOOT], ["o", "poweroff", POWEROFF]] as const) {
  both(`sysrq ${key}: acknowledged, "sysrq: ${key}", then ${action}`, (mode) => {
    const r = runKernel({ mode }, [toolstackWrite("control/sysrq", key)]);
    expectShutdown(r, reason);
    inOrder(r, [`control/sysrq = "${key}"`, `sysrq: ${key}`, `action: ${action}`]);
    assert.is(lineAfter(r, `sysrq: ${key}`), `action: ${action}`);
    assert.is(r.sim.store.value("control/sysrq"), "");
  });
}

both("sysrq with another key: acknowledged and logged, nothing done", (mode) => {
  const r = runKernel({ mode }, [toolstackWrite("control/sysrq", "x"), tick()]);
  expectEnd(r);
  assert.is(lineAfter(r, 'control/sysrq = "x"'), "sysrq: x (no action)");
  assert.is(r.sim.store.value("control/sysrq"), "");
  assert.not.ok(r.lines.some((l) => l.startsWith("action: ")));
});

both("sysrq with more than one key is bogus, and still acknowledged", (mode) => {
  const r = runKernel({ mode }, [toolstackWrite("control/sysrq", "cb"), tick()]);
  expectEnd(r);
  assert.is(lineAfter(r, 'control/sysrq = "cb"'), "bogus command: control/sysrq must be one key");
  assert.is(r.sim.store.value("control/sysrq"), "");
  assert.not.ok(r.lines.some((l) => l.startsWith("action: ")));
});

both("sysrq is not a shutdown request: a pending override neither takes it nor is used up by it", (mode) => {
  const other = runKernel({ mode }, [testing("next:reboot"), toolstackWrite("control/sysrq", "x"), tick()]);
  expectEnd(other);
  inOrder(other, ["override set: reboot", "sysrq: x (no action)", "domain 7 tick 1", "override reboot is active"]);
  const poweroff = runKernel({ mode }, [testing("next:reboot"), toolstackWrite("control/sysrq", "o")]);
  expectShutdown(poweroff, POWEROFF);
  assert.is(said(poweroff).pop(), "action: poweroff");
});

// ---- the suspend event channel ----

/** the port the guest last offered: device/suspend/event-channel, checked to be a port it allocated */
function offeredPort(sim: SimDomain): number {
  const value = sim.store.value("device/suspend/event-channel");
  assert.ok(value !== undefined && /^[0-9]+$/.test(value), `device/suspend/event-channel is ${value}`);
  const port = Number(value);
  assert.ok(sim.guestPorts.has(port), `port ${port} is not one the guest allocated`);
  assert.is(sim.guestPorts.get(port), 0, "allocated for dom0 to bind");
  return port;
}

both("suspend-channel:on: a port for dom0 written to device/suspend/event-channel; a notification suspends with no xenstore ack", (mode) => {
  let offered = 0;
  const r = runKernel({ mode }, [testing("suspend-channel:on"), (sim) => { offered = offeredPort(sim); }, notifySuspendChannel()]);
  expectShutdown(r, SUSPEND);
  assert.equal(r.sim.saveProblems, []);
  inOrder(r, [`suspend channel: port ${offered} offered`, "suspend channel: notified", "action: suspend", "suspending"]);
  assert.is(lineAfter(r, "suspend channel: notified"), "action: suspend");
  assert.equal(guestWrites(r.sim, "control/shutdown"), [], "no xenstore acknowledgement");
  assert.ok(r.sim.hypercallLog.includes(`alloc_unbound for 0 → ${offered}`), r.sim.hypercallLog.join("\n"));
});

both("suspend-channel:on, then a resume in a new domain: a fresh port is offered there, and a notification on it suspends again", (mode) => {
  const offered: number[] = [];
  const r = runKernel({ mode, suspendOutcomes: ["resume"] }, [
    testing("suspend-channel:on"),
    (sim) => { offered.push(offeredPort(sim)); },
    notifySuspendChannel(),
    tick(),
    (sim) => { offered.push(offeredPort(sim)); },
    notifySuspendChannel(),
  ]);
  expectShutdown(r, SUSPEND);
  assert.is(r.sim.suspends, 2);
  assert.equal(r.sim.saveProblems, []);
  assert.is(r.sim.options.domid, 8);
  inOrder(r, [`suspend channel: port ${offered[0]} offered`, "suspend channel: notified", "resumed in a new domain",
    `suspend channel: port ${offered[1]} offered`, "suspend channel: notified"]);
  assert.equal(r.sim.closedPorts, [], "nothing to close: the old port went with the old domain");
});

// A cancel, and xl save -c (PV: returns 1; PVH: returns 0, and the kernel finds its domid unchanged):
// the same domain, where the old port is still bound and must be closed.
for (const outcome of ["cancel", "checkpoint"] as const) {
  both(`suspend-channel:on, then a suspend that comes back in the same domain (${outcome}): old port closed, a fresh one offered`, (mode) => {
    const offered: number[] = [];
    const r = runKernel({ mode, suspendOutcomes: [outcome] }, [
      testing("suspend-channel:on"),
      (sim) => { offered.push(offeredPort(sim)); },
      notifySuspendChannel(),
      tick(),
      (sim) => { offered.push(offeredPort(sim)); },
    ]);
    expectEnd(r);
    inOrder(r, [`suspend channel: port ${offered[0]} offered`, "suspend channel: notified", "suspend cancelled",
      `suspend channel: port ${offered[1]} offered`]);
    assert.is(r.sim.options.domid, 7);
    assert.equal(r.sim.closedPorts, [offered[0]]);
    assert.equal([...r.sim.guestPorts.keys()], [offered[1]], "only the fresh port is left open");
  });
}

both("suspend-channel:ignore: the port is offered, a notification is logged and ignored", (mode) => {
  const r = runKernel({ mode }, [testing("suspend-channel:ignore"), notifySuspendChannel(), tick()]);
  expectEnd(r);
  const port = offeredPort(r.sim);
  assert.ok(has(r, `suspend channel: port ${port} offered (notifications ignored)`), r.console);
  assert.ok(has(r, "suspend channel: notification ignored"), r.console);
  assert.is(r.sim.suspends, 0);
  assert.not.ok(has(r, "action: suspend"));
});

both("switching between on and ignore keeps the port and only changes the mode", (mode) => {
  const r = runKernel({ mode }, [
    testing("suspend-channel:on"),
    testing("suspend-channel:ignore"),
    notifySuspendChannel(),
    testing("suspend-channel:on"),
    notifySuspendChannel(),
  ]);
  expectShutdown(r, SUSPEND);
  inOrder(r, ["suspend channel: notifications ignored", "suspend channel: notification ignored",
    "suspend channel: notifications obeyed", "suspend channel: notified", "action: suspend"]);
  assert.is(r.lines.filter((l) => l.startsWith("suspend channel: port ")).length, 1, r.console);
  assert.is(r.sim.guestPorts.size, 1);
});

both("suspend-channel:off: the port is closed and the key emptied (a removed one could not be made again under xl); with none offered it says so", (mode) => {
  let port = 0;
  const r = runKernel({ mode }, [
    testing("suspend-channel:off"),
    testing("suspend-channel:on"),
    (sim) => { port = offeredPort(sim); },
    testing("suspend-channel:off"),
    tick(),
  ]);
  expectEnd(r);
  inOrder(r, ["suspend channel: none offered", `suspend channel: port ${port} offered`, "suspend channel: withdrawn"]);
  assert.is(r.sim.store.value("device/suspend/event-channel"), "");
  assert.equal(r.sim.closedPorts, [port]);
  assert.not.ok(r.sim.boundPorts.has(port));
});

both("suspend-channel:on when the key cannot be written: \"cannot offer\" with the error, and the guest carries on", (mode) => {
  const r = runKernel({ mode }, [
    (sim) => {
      const node = sim.store.tree.get(sim.store.absolute("device/suspend/event-channel"))!;
      node.owner = 0;
      node.perms.set(sim.options.domid, "r");
    },
    testing("suspend-channel:on"),
    testing("next:crash"),
  ]);
  expectEnd(r);
  const line = r.lines.find((l) => l.startsWith("suspend channel: cannot offer: "));
  assert.ok(line, r.console);
  assert.match(line!, /EACCES/);
  assert.ok(has(r, "override set: crash"));
});

// ---- the kernel command line ----

both("the command line's words are applied in order after the watches and before ready, with no acknowledgement", (mode) => {
  const r = runKernel({ mode, cmdline: "after:20:crash next:reboot suspend-channel:on" }, [tick()]);
  expectEnd(r);
  const port = offeredPort(r.sim);
  inOrder(r, [
    "command line: \"after:20:crash\"", "timer set: crash in 20 s",
    "command line: \"next:reboot\"", "override set: reboot",
    "command line: \"suspend-channel:on\"", `suspend channel: port ${port} offered`,
    "ready",
  ]);
  assert.is(lineAfter(r, "command line: \"after:20:crash\""), "timer set: crash in 20 s");
  const requests = r.sim.store.requests;
  const lastWatch = requests.map((q) => q.type).lastIndexOf(XS_WATCH);
  const offer = requests.findIndex((q) => q.type === XS_WRITE && q.payload.toString("latin1").startsWith("device/suspend/event-channel\0"));
  assert.ok(lastWatch >= 0 && offer > lastWatch, "the watches were registered first");
  assert.equal(guestWrites(r.sim, "control/testing"), [], "nothing acknowledged");
  assert.ok(has(r, "timer: crash in 20 s"), r.console);
});

both("a bad word on the command line is logged as bogus and the boot goes on", (mode) => {
  const r = runKernel({ mode, cmdline: "dance now:ignore" }, [tick()]);
  expectEnd(r);
  inOrder(r, [
    "command line: \"dance\"",
    "bogus command: expected now:, next:, after:, cancel, suspend-channel:, agent:, feature:, cant-suspend:, balloon: or a JSON object",
    "command line: \"now:ignore\"", "action: ignore",
    "ready", "domain 7 tick 1",
  ]);
  assert.is(lineAfter(r, "command line: \"dance\""), "bogus command: expected now:, next:, after:, cancel, suspend-channel:, agent:, feature:, cant-suspend:, balloon: or a JSON object");
});

both("now:poweroff on the command line powers off during boot, before ready", (mode) => {
  const r = runKernel({ mode, cmdline: "now:poweroff" }, [tick()]);
  expectShutdown(r, POWEROFF);
  inOrder(r, ["command line: \"now:poweroff\"", "action: poweroff"]);
  assert.not.ok(has(r, "ready"));
});

both("the command line is applied at boot only, not again after a resume", (mode) => {
  const r = runKernel({ mode, cmdline: "next:reboot", suspendOutcomes: ["resume"] }, [testing("now:suspend"), tick()]);
  expectEnd(r);
  assert.is(r.lines.filter((l) => l === "command line: \"next:reboot\"").length, 1, r.console);
  assert.ok(has(r, "resumed in a new domain"));
});

both("an empty command line says nothing", (mode) => {
  const r = runKernel({ mode }, []);
  expectEnd(r);
  assert.not.ok(r.lines.some((l) => l.startsWith("command line")), r.console);
});

// ---- bogus forms of the new commands ----

const NEITHER = "expected now:, next:, after:, cancel, suspend-channel:, agent:, feature:, cant-suspend:, balloon: or a JSON object";
const AFTER_FORM = "after: expects after:<seconds>:<action>";
const SECONDS = "seconds must be a whole number from 0 to 86400";
const DELAY = 'member "delay" is not a whole number of seconds from 0 to 86400';
const ACK_DELAY = 'member "ackDelay" is not a whole number of seconds from 0 to 86400';

const bogus: [string, string][] = [
  ["reboot", NEITHER],
  ["later:5:crash", NEITHER],
  ["after:5", AFTER_FORM],
  ["after:", AFTER_FORM],
  ["after::x", AFTER_FORM],
  ["after:-1:crash", SECONDS],
  ["after:1.5:crash", SECONDS],
  ["after:86401:crash", SECONDS],
  ["after:1e3:crash", SECONDS],
  ["after:ten:crash", SECONDS],
  ["after:+5:crash", SECONDS],
  ["after:99999999999999999999:crash", SECONDS],
  ["after:5:dance", "unknown action"],
  ['{"when":"now","ack":"ok","action":"crash","delay":"5"}', DELAY],
  ['{"when":"now","ack":"ok","action":"crash","delay":1.5}', DELAY],
  ['{"when":"now","ack":"ok","action":"crash","delay":-1}', DELAY],
  ['{"when":"now","ack":"ok","action":"crash","delay":1e3}', DELAY],
  ['{"when":"now","ack":"ok","action":"crash","delay":86401}', DELAY],
  ['{"when":"onshutdown","ack":"ok","action":"crash","delay":null}', DELAY],
  ['{"when":"onshutdown","ack":"ok","action":"crash","ackDelay":"1"}', ACK_DELAY],
  ['{"when":"onshutdown","ack":"ok","action":"crash","ackDelay":1.5}', ACK_DELAY],
  ['{"when":"onshutdown","ack":"ok","action":"crash","ackDelay":-1}', ACK_DELAY],
  ['{"when":"onshutdown","ack":"ok","action":"crash","ackDelay":1e3}', ACK_DELAY],
  ['{"when":"onshutdown","ack":"ok","action":"crash","ackDelay":86401}', ACK_DELAY],
  ['{"when":"now","ack":"ok","action":"crash","ackDelay":1}', '"ackDelay" needs "when":"onshutdown"'],
  ['{"when":"now","ack":"ok","action":"hang!"}', "unknown action"],
  ["now:Hang", "unknown action"],
  ["suspend-channel:maybe", "unknown suspend-channel mode"],
  ["suspend-channel:", "unknown suspend-channel mode"],
  ["suspend-channel:ON", "unknown suspend-channel mode"],
];

for (const [value, reason] of bogus) {
  both(`bogus ${JSON.stringify(value)} → "${reason}": nothing armed, a later command still obeyed`, (mode) => {
    const r = runKernel({ mode, ...XENOPSD }, [testing(value), ...ticks(2), toolstackWrite("control/shutdown", "reboot")]);
    expectShutdown(r, REBOOT);
    assert.is(lineAfter(r, `control/testing = ${JSON.stringify(value)}`), `bogus command: ${reason}`);
    for (const prefix of ["timer", "override", "suspend channel", "watchdog", "acknowledging", "acting"]) {
      assert.not.ok(r.lines.some((l) => l.startsWith(prefix)), `${prefix}… in:\n${r.console}`);
    }
    assert.equal(r.lines.filter((l) => l.startsWith("action: ")), ["action: reboot"]);
    assert.is(r.sim.guestPorts.size, 0);
  });
}

both("a bogus word on the command line arms nothing either", (mode) => {
  const r = runKernel({ mode, cmdline: "after:5 after:1.5:crash suspend-channel:maybe" }, [...ticks(8)]);
  expectEnd(r);
  inOrder(r, [
    "command line: \"after:5\"", `bogus command: ${AFTER_FORM}`,
    "command line: \"after:1.5:crash\"", `bogus command: ${SECONDS}`,
    "command line: \"suspend-channel:maybe\"", "bogus command: unknown suspend-channel mode",
    "ready",
  ]);
  assert.not.ok(r.lines.some((l) => l.startsWith("timer") || l.startsWith("suspend channel")), r.console);
});

test.run();
