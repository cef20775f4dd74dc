// test/sim/sim.test.ts — the simulated Xen itself, for what issue 11's tests lean on.
//
// What it checks, by making the hypercalls from a scenario step as a guest would (the kernel is
// booted and waiting in its poll meanwhile): SCHEDOP_poll on two ports; SCHEDOP_watchdog (ids,
// feeding, destroying, the shutdown with reason 4 when time passes an unfed expiry, none left in
// a new domain); SCHEDOP_shutdown with reasons 4 and 5; EVTCHNOP_alloc_unbound and
// EVTCHNOP_close; libxl's notification of the suspend channel; the ports a new domain has; the
// command line in start_info and hvm_start_info; the cpuRelax bound; the xenstore nodes libxl
// makes for the suspend channel and sysrq; the domain's directories and their permissions as
// libxl__domain_make and xenopsd make them (data/, attr/ the guest's; control/ read-only under
// xl but for its pre-created keys, the guest's under xenopsd; what a new domain gets afresh);
// the tester's helpers (chmodReadOnly, guestWrites, pagesHeld). Numbers are Xen's (public/sched.h,
// public/event_channel.h, public/xen.h), written here independently of sim.ts — which takes
// the op numbers from kernel.ts, so these cases also pin kernel.ts's to Xen's.
// What it does not check: the kernel's use of any of it (test/kernel/misbehave.test.ts does).

import { test } from "uvu";
import * as assert from "uvu/assert";
import { kernelConstants } from "./kernel-constants";
import {
  BootMode, CPU_RELAX_BOUND, eachMode, KernelSpins, notifySuspendChannel, runKernel, RunResult, SimDomain, Step, tick,
  toolstackWrite,
} from "./sim";

const { HYPERCALL_SCHED_OP, HYPERCALL_EVENT_CHANNEL_OP, SCHEDOP_POLL, SCHEDOP_SHUTDOWN, EVTCHNOP_SEND } = kernelConstants(
  "HYPERCALL_SCHED_OP", "HYPERCALL_EVENT_CHANNEL_OP", "SCHEDOP_POLL", "SCHEDOP_SHUTDOWN", "EVTCHNOP_SEND",
);
const SCHEDOP_WATCHDOG = 6;      // sched.h
const SCHEDOP_PIN_OVERRIDE = 7;  // sched.h: the hardware domain's only
const EVTCHNOP_CLOSE = 3;        // event_channel.h
const EVTCHNOP_ALLOC_UNBOUND = 6;
const DOMID_SELF = 0x7ff0;       // xen.h
const EPERM = -1;
const ESRCH = -3;
const EINVAL = -22;
const ENOSPC = -28;

const both = (name: string, body: (mode: BootMode) => void) => eachMode(test, name, body);

/** the run ended because the scenario did; an exception in a step (an assertion) is rethrown */
function expectEnd(r: RunResult): void {
  if (r.outcome === "error") throw r.error;
  assert.is(r.outcome, "end", r.console);
}

/** a guest's hypercall, made from a step; the argument struct goes in a buffer of its own */
class Guest {
  private args = 0;
  constructor(private readonly sim: SimDomain) {}

  private buffer(): number {
    const intrinsics = this.sim.context as unknown as { staticBuffer(bytes: number, align: number): number };
    if (this.args === 0) this.args = intrinsics.staticBuffer(64, 8);
    for (let i = 0; i < 64; i++) this.sim.memory.writeByte(this.args + i, 0);
    return this.args;
  }

  private call(op: number, cmd: number, arg: number, rdx = 0): number {
    const intrinsics = this.sim.context as unknown as { hypercall(...a: number[]): number };
    return intrinsics.hypercall(op, cmd, arg, rdx, 0, 0);
  }

  watchdog(id: number, timeout: number): number {
    const a = this.buffer();
    this.sim.memory.setU32(a, id);
    this.sim.memory.setU32(a + 4, timeout);
    return this.call(HYPERCALL_SCHED_OP, SCHEDOP_WATCHDOG, a);
  }

  pinOverride(pcpu: number): number {
    const a = this.buffer();
    this.sim.memory.setU32(a, pcpu);
    return this.call(HYPERCALL_SCHED_OP, SCHEDOP_PIN_OVERRIDE, a);
  }

  shutdown(reason: number): number {
    const a = this.buffer();
    this.sim.memory.setU32(a, reason);
    return this.call(HYPERCALL_SCHED_OP, SCHEDOP_SHUTDOWN, a);
  }

  /** struct sched_poll: the port list (a pointer) at 0, nr_ports at 8, timeout at 16 */
  poll(ports: number[], timeout = 0n): number {
    const a = this.buffer();
    const list = a + 32;
    ports.forEach((p, i) => this.sim.memory.setU32(list + 4 * i, p));
    this.sim.memory.setU64(a, list);
    this.sim.memory.setU32(a + 8, ports.length);
    this.sim.memory.writeUnsigned(a + 16, 8, timeout);
    return this.call(HYPERCALL_SCHED_OP, SCHEDOP_POLL, a);
  }

  /** struct evtchn_alloc_unbound: dom, remote_dom (u16 each), port (u32, out); the port or the error */
  allocUnbound(dom = DOMID_SELF, remote = 0): number {
    const a = this.buffer();
    this.sim.memory.writeUnsigned(a, 2, BigInt(dom));
    this.sim.memory.writeUnsigned(a + 2, 2, BigInt(remote));
    const result = this.call(HYPERCALL_EVENT_CHANNEL_OP, EVTCHNOP_ALLOC_UNBOUND, a);
    return result < 0 ? result : this.sim.memory.u32(a + 4);
  }

  close(port: number): number {
    const a = this.buffer();
    this.sim.memory.setU32(a, port);
    return this.call(HYPERCALL_EVENT_CHANNEL_OP, EVTCHNOP_CLOSE, a);
  }

  send(port: number): number {
    const a = this.buffer();
    this.sim.memory.setU32(a, port);
    return this.call(HYPERCALL_EVENT_CHANNEL_OP, EVTCHNOP_SEND, a);
  }
}

const asGuest = (body: (guest: Guest, sim: SimDomain) => void): Step => (sim) => body(new Guest(sim), sim);

// ---- SCHEDOP_poll on several ports ----

both("a poll on two ports ends when the second one becomes pending, and at once when the first already is", (mode) => {
  let ports: number[] = [];
  const events: string[] = [];
  const r = runKernel({ mode }, [
    asGuest((g) => {
      ports = [g.allocUnbound(), g.allocUnbound()];
      events.push(`poll → ${g.poll(ports)}`);
    }),
    (sim) => {
      events.push("second port set pending");
      sim.setPending(ports[1]);
    },
    asGuest((g, sim) => {
      events.push("first port set pending");
      sim.setPending(ports[0]);
      events.push(`poll → ${g.poll(ports)}`);
    }),
    tick(),
  ]);
  expectEnd(r);
  assert.equal(events, ["second port set pending", "poll → 0", "first port set pending", "poll → 0"]);
  assert.equal(r.sim.pollPortLists.filter((l) => l.length === 2), [ports, ports]);
});

both("a poll on two ports with neither pending does not return (the scenario runs out first)", (mode) => {
  let returned = false;
  const r = runKernel({ mode }, [
    asGuest((g) => {
      g.poll([g.allocUnbound(), g.allocUnbound()]);
      returned = true;
    }),
    tick(),
  ]);
  expectEnd(r);
  assert.not.ok(returned);
});

both("a poll naming an unbound port is refused with EINVAL", (mode) => {
  let result: number | undefined;
  const r = runKernel({ mode }, [asGuest((g) => { result = g.poll([g.allocUnbound(), 99]); })]);
  expectEnd(r);
  assert.is(result, EINVAL);
});

// ---- SCHEDOP_watchdog ----

both("watchdog ids: id 0 gives 1, then 2, then ENOSPC; an id not in use or beyond 2 is EINVAL; timeout 0 frees one", (mode) => {
  const results: number[] = [];
  const r = runKernel({ mode }, [
    asGuest((g) => {
      results.push(g.watchdog(0, 60), g.watchdog(0, 60), g.watchdog(0, 60));
      results.push(g.watchdog(3, 5), g.watchdog(2, 0), g.watchdog(2, 5), g.watchdog(0, 60));
    }),
  ]);
  expectEnd(r);
  assert.equal(results, [1, 2, ENOSPC, EINVAL, 0, EINVAL, 2]);
  assert.ok(r.sim.hypercallLog.includes("watchdog 0 60 → 1"), r.sim.hypercallLog.join("\n"));
});

both("an unfed watchdog shuts the domain down with reason 4 when time reaches its expiry, not before", (mode) => {
  const r = runKernel({ mode }, [asGuest((g) => g.watchdog(0, 2)), tick(), tick(), tick(), tick()]);
  assert.is(r.outcome, "shutdown", String(r.error));
  assert.is(r.reason, 4);
  assert.is(r.sim.ticksDelivered, 2, "armed at boot time + 0 s: expires on the second one-second tick");
  assert.ok(r.sim.hypercallLog.includes("Xen: watchdog 1 fired"));
  assert.ok(r.lines.includes("domain 7 tick 1"), r.console);
});

both("feeding a watchdog moves its expiry; destroying it stops it", (mode) => {
  const fed = runKernel({ mode }, [asGuest((g) => g.watchdog(0, 2)), tick(), asGuest((g) => g.watchdog(1, 2)), tick(), tick(), tick()]);
  assert.is(fed.outcome, "shutdown", String(fed.error));
  assert.is(fed.reason, 4);
  assert.is(fed.sim.ticksDelivered, 3, "fed at 1 s for 2 s more: expires at 3 s");
  const destroyed = runKernel({ mode }, [asGuest((g) => g.watchdog(0, 1)), asGuest((g) => g.watchdog(1, 0)), tick(), tick(), tick()]);
  expectEnd(destroyed);
  assert.is(destroyed.sim.ticksDelivered, 3);
});

both("a watchdog also fires when time moves outside a poll's deadline (a bare tick step)", (mode) => {
  const r = runKernel({ mode }, [asGuest((g) => g.watchdog(0, 1)), (sim) => sim.tick()]);
  assert.is(r.outcome, "shutdown", String(r.error));
  assert.is(r.reason, 4);
});

both("SCHEDOP 7 is pin_override, the hardware domain's: EPERM for a guest, no watchdog armed", (mode) => {
  let result: number | undefined;
  const r = runKernel({ mode }, [asGuest((g) => { result = g.pinOverride(0); }), tick(), tick(), tick()]);
  expectEnd(r);
  assert.is(result, EPERM);
});

both("a new domain after a resume has no watchdog; a cancelled suspend keeps it", (mode) => {
  // The new host's clock is far ahead of the old expiry: a kept watchdog would fire at once.
  const resumed = runKernel({ mode, suspendOutcomes: ["resume"], resumeTimeNs: 100_000_000_000n }, [
    asGuest((g) => g.watchdog(0, 2)),
    toolstackWrite("control/shutdown", "suspend"),
    tick(), tick(), tick(),
  ]);
  expectEnd(resumed);
  assert.ok(resumed.lines.includes("resumed in a new domain"), resumed.console);
  assert.equal(resumed.sim.watchdogs, []);
  const cancelled = runKernel({ mode, suspendOutcomes: ["cancel"] }, [
    asGuest((g) => g.watchdog(0, 2)),
    toolstackWrite("control/shutdown", "suspend"),
    tick(), tick(), tick(),
  ]);
  assert.is(cancelled.outcome, "shutdown", cancelled.console);
  assert.is(cancelled.reason, 4);
});

// ---- SCHEDOP_shutdown with the newer reasons ----

for (const reason of [4, 5]) {
  both(`SCHEDOP_shutdown with reason ${reason} ends the run with that reason`, (mode) => {
    const r = runKernel({ mode }, [asGuest((g) => g.shutdown(reason)), tick()]);
    assert.is(r.outcome, "shutdown", String(r.error));
    assert.is(r.reason, reason);
    assert.ok(r.sim.hypercallLog.includes(`shutdown ${reason}`));
  });
}

// ---- EVTCHNOP_alloc_unbound and EVTCHNOP_close ----

both("alloc_unbound: the lowest free port, for DOMID_SELF or our own id; another domain's id is ESRCH", (mode) => {
  const got: number[] = [];
  let sim!: SimDomain;
  const r = runKernel({ mode }, [
    asGuest((g, s) => {
      sim = s;
      got.push(g.allocUnbound(DOMID_SELF, 0), g.allocUnbound(7, 0), g.allocUnbound(8, 0), g.allocUnbound(DOMID_SELF, DOMID_SELF));
    }),
  ]);
  expectEnd(r);
  assert.equal(got, [3, 4, ESRCH, 5], "ports 1 and 2 are the store's and the console's");
  assert.equal([...sim.guestPorts], [[3, 0], [4, 0], [5, 7]], "remote DOMID_SELF is recorded as our own id");
  assert.equal([...sim.boundPorts].sort(), [1, 2, 3, 4, 5]);
});

both("close: a port the guest allocated is freed (and its pending bit with it), then reused; others are EINVAL", (mode) => {
  const results: number[] = [];
  let sim!: SimDomain;
  const r = runKernel({ mode }, [
    asGuest((g, s) => {
      sim = s;
      const port = g.allocUnbound();
      s.setPending(port);
      results.push(g.send(port), g.close(port), Number(s.isPending(port)), g.close(port));
      results.push(g.close(s.options.storePort), g.close(s.options.consolePort), g.close(60));
      results.push(g.send(port), g.allocUnbound());
    }),
  ]);
  expectEnd(r);
  assert.equal(results, [0, 0, 0, EINVAL, EINVAL, EINVAL, EINVAL, EINVAL, 3]);
  assert.equal(sim.closedPorts, [3]);
  assert.ok(sim.boundPorts.has(1) && sim.boundPorts.has(2), "the rings' ports stay bound");
});

// ---- the suspend channel as libxl uses it ----

both("notifySuspendChannel sets the port the guest wrote to device/suspend/event-channel pending", (mode) => {
  let port = 0;
  let pendingAfter = false;
  const r = runKernel({ mode }, [
    asGuest((g, sim) => {
      port = g.allocUnbound();
      sim.store.write(sim.options.domid, "device/suspend/event-channel", Buffer.from(String(port)));
    }),
    notifySuspendChannel(),
    (sim) => { pendingAfter = sim.isPending(port); },
  ]);
  expectEnd(r);
  assert.ok(pendingAfter);
  assert.ok(r.sim.hypercallLog.includes(`libxl: notify suspend channel ${port}`));
});

const notifyMistakes: [string, (g: Guest, sim: SimDomain) => void, RegExp][] = [
  ["an empty key (nothing offered)", () => undefined, /device\/suspend\/event-channel is ""/],
  ["no key", (_g, sim) => sim.store.toolstackRemove("device/suspend/event-channel"), /is missing/],
  ["a port the guest never allocated", (_g, sim) => sim.store.toolstackWrite("device/suspend/event-channel", "9"), /port 9 .* not one the guest allocated/],
  ["the store's port", (_g, sim) => sim.store.toolstackWrite("device/suspend/event-channel", String(sim.options.storePort)), /not one the guest allocated/],
];

for (const [what, setup, message] of notifyMistakes) {
  both(`notifySuspendChannel with ${what} is the test's mistake: the step throws`, (mode) => {
    const r = runKernel({ mode }, [asGuest(setup), notifySuspendChannel()]);
    assert.is(r.outcome, "error");
    assert.match(String(r.error), message);
  });
}

both("a suspend channel allocated for another domain than dom0 cannot be bound by libxl: a save problem, nothing pending", (mode) => {
  let port = 0;
  const r = runKernel({ mode }, [
    asGuest((g, sim) => {
      port = g.allocUnbound(DOMID_SELF, 5);
      sim.store.write(sim.options.domid, "device/suspend/event-channel", Buffer.from(String(port)));
    }),
    notifySuspendChannel(),
  ]);
  expectEnd(r);
  assert.not.ok(r.sim.isPending(port));
  assert.equal(r.sim.saveProblems, [`suspend channel port ${port} was allocated for domain 5, not dom0: libxl cannot bind it`]);
});

both("a new domain after a resume has only the rings' ports and an empty suspend-channel key; a cancel keeps both", (mode) => {
  let before: number[] = [];
  const offer = asGuest((g, sim) => {
    const port = g.allocUnbound();
    sim.store.write(sim.options.domid, "device/suspend/event-channel", Buffer.from(String(port)));
    before = [...sim.boundPorts];
  });
  let firstFree = 0;
  const resumed = runKernel({ mode, suspendOutcomes: ["resume"] }, [
    offer, toolstackWrite("control/shutdown", "suspend"), tick(),
    asGuest((g, s) => {
      assert.equal([...s.boundPorts].sort((a, b) => a - b), [s.options.storePort, s.options.consolePort]);
      firstFree = g.allocUnbound();
      g.close(firstFree);
    }),
  ]);
  expectEnd(resumed);
  const sim = resumed.sim;
  assert.equal(before.sort(), [1, 2, 3]);
  assert.is(firstFree, 1, "the lowest free port: the new domain's ring ports are 11 and 12 here");
  assert.equal([...sim.guestPorts], []);
  assert.is(sim.store.value("device/suspend/event-channel"), "");
  assert.is(sim.store.tree.get("/local/domain/8/device/suspend/event-channel")!.owner, 8, "the new domain's own");
  assert.throws(() => sim.notifySuspendChannel(), /is ""/);

  const cancelled = runKernel({ mode, suspendOutcomes: ["cancel"] }, [offer, toolstackWrite("control/shutdown", "suspend"), tick()]);
  expectEnd(cancelled);
  assert.equal([...cancelled.sim.boundPorts].sort(), [1, 2, 3]);
  assert.is(cancelled.sim.store.value("device/suspend/event-channel"), "3");
});

// ---- the xenstore nodes libxl makes ----

for (const toolstack of ["xl", "xenopsd"] as const) {
  test(`[${toolstack}] device/suspend/event-channel is the guest's, empty, under a device/ it may only read`, () => {
    const sim = new SimDomain({ toolstack }, []);
    const store = sim.store;
    assert.is(store.value("device/suspend/event-channel"), "");
    store.write(7, "device/suspend/event-channel", Buffer.from("3"));
    assert.is(store.value("device/suspend/event-channel"), "3");
    assert.throws(() => store.write(7, "device/other", Buffer.from("x")), /EACCES/);
    assert.is(store.read(7, "device").toString(), "");
    store.remove(7, "device/suspend/event-channel");
    assert.throws(() => store.write(7, "device/suspend/event-channel", Buffer.from("3")), /EACCES/,
      "once removed, the guest cannot make it again");
    store.moveToDomain(8);
    assert.is(store.value("device/suspend/event-channel"), "", "made again in the new domain");
    store.write(8, "device/suspend/event-channel", Buffer.from("4"));
  });
}

test("[xl] control/sysrq is the guest's and empty, and made again in a new domain if it was removed", () => {
  const sim = new SimDomain({}, []);
  const store = sim.store;
  assert.is(store.value("control/sysrq"), "");
  store.toolstackWrite("control/sysrq", "c");
  store.write(7, "control/sysrq", Buffer.from(""));
  store.remove(7, "control/sysrq");
  store.moveToDomain(8);
  assert.is(store.value("control/sysrq"), "");
  assert.is(store.tree.get("/local/domain/8/control/sysrq")!.owner, 8);
});

// ---- the domain's directories and their permissions (libxl__domain_make / xenopsd) ----

const TOOLSTACKS = ["xl", "xenopsd"] as const;

for (const toolstack of TOOLSTACKS) {
  test(`[${toolstack}] data/ and attr/ are the guest's: it may make data/test-vm/status and attr/PVAddons/* below them`, () => {
    const store = new SimDomain({ toolstack }, []).store;
    for (const dir of ["data", "attr"]) {
      assert.ok(store.exists(dir), dir);
      assert.is(store.value(dir), "");
      assert.equal(store.list(dir), [], `${dir} starts empty`);
      assert.is(store.tree.get(`/local/domain/7/${dir}`)!.owner, 7);
    }
    store.write(7, "data/test-vm/status", Buffer.from("{}"));
    store.write(7, "attr/PVAddons/MajorVersion", Buffer.from("0"));
    store.write(7, "attr/PVAddons/Installed", Buffer.from("1"));
    assert.is(store.read(7, "data/test-vm/status").toString(), "{}");
    assert.equal(store.list("data"), ["test-vm"]);
    assert.equal(store.list("attr/PVAddons"), ["MajorVersion", "Installed"]);
    assert.is(store.tree.get("/local/domain/7/data/test-vm/status")!.owner, 7, "what the guest made is its own");
    store.remove(7, "attr/PVAddons");
    assert.not.ok(store.exists("attr/PVAddons/Installed"));
    assert.ok(store.exists("attr"));
  });
}

test("[xl] control/ is read-only to the guest: only libxl's pre-created keys are writable, a new control/feature-* is EACCES", () => {
  const store = new SimDomain({ toolstack: "xl" }, []).store;
  assert.equal(store.list("control"), [
    "shutdown", "feature-poweroff", "feature-reboot", "feature-suspend", "sysrq",
    "platform-feature-multiprocessor-suspend", "platform-feature-xs_reset_watches",
  ]);
  for (const key of ["shutdown", "feature-poweroff", "feature-reboot", "feature-suspend", "sysrq"]) {
    assert.is(store.value(`control/${key}`), "", key);
    store.write(7, `control/${key}`, Buffer.from("1"));
    assert.is(store.value(`control/${key}`), "1", key);
  }
  assert.throws(() => store.write(7, "control/feature-balloon", Buffer.from("1")), /EACCES/);
  assert.not.ok(store.exists("control/feature-balloon"));
  assert.throws(() => store.write(7, "control/testing", Buffer.from("")), /EACCES/, "a guest cannot make control/testing");
  for (const key of ["platform-feature-multiprocessor-suspend", "platform-feature-xs_reset_watches"]) {
    assert.is(store.read(7, `control/${key}`).toString(), "1", "libxl wrote it, the guest may read it");
    assert.throws(() => store.write(7, `control/${key}`, Buffer.from("0")), /EACCES/, key);
  }
  assert.throws(() => store.write(7, "control", Buffer.from("x")), /EACCES/);
  store.remove(7, "control/feature-suspend");
  assert.throws(() => store.write(7, "control/feature-suspend", Buffer.from("1")), /EACCES/,
    "once removed, the guest cannot make it again");
  store.toolstackWrite("control/testing", "now:crash");
  assert.throws(() => store.write(7, "control/testing", Buffer.from("")), /EACCES/, "dom0 made it: dom0's");
});

test("[xenopsd] control/ is the guest's: it may make control/feature-balloon and control/testing", () => {
  const store = new SimDomain({ toolstack: "xenopsd" }, []).store;
  assert.equal(store.list("control"), ["platform-feature-multiprocessor-suspend"]);
  assert.is(store.value("control/platform-feature-multiprocessor-suspend"), "1");
  store.write(7, "control/feature-balloon", Buffer.from("1"));
  store.write(7, "control/feature-suspend", Buffer.from("0"));
  store.toolstackWrite("control/testing", "now:crash");
  store.write(7, "control/testing", Buffer.from(""));
  assert.is(store.value("control/testing"), "", "dom0 made it in the guest's directory: the guest's");
});

for (const toolstack of TOOLSTACKS) {
  test(`[${toolstack}] a new domain gets data/ and attr/ empty and its own, control/feature-* as the toolstack makes them, control/testing kept`, () => {
    const store = new SimDomain({ toolstack }, []).store;
    store.write(7, "data/test-vm/status", Buffer.from("{}"));
    store.write(7, "attr/PVAddons/Installed", Buffer.from("1"));
    store.write(7, "control/feature-suspend", Buffer.from("0"));
    if (toolstack === "xenopsd") store.write(7, "control/feature-balloon", Buffer.from("1"));
    store.toolstackWrite("control/testing", "next:crash");
    store.moveToDomain(8);
    for (const dir of ["data", "attr"]) {
      assert.equal(store.list(dir), [], dir);
      assert.is(store.tree.get(`/local/domain/8/${dir}`)!.owner, 8);
    }
    assert.not.ok(store.exists("control/feature-balloon"));
    assert.is(store.value("control/feature-suspend"), toolstack === "xl" ? "" : undefined);
    assert.is(store.value("control/testing"), "next:crash");
    assert.not.ok(store.tree.has("/local/domain/7/data"), "the old home went with the old domain");
    store.write(8, "data/test-vm/status", Buffer.from("{}"));
  });
}

test("chmodReadOnly: the node and all below it refuse the guest's writes and new children (EACCES); it may still read", () => {
  const store = new SimDomain({}, []).store;
  store.write(7, "data/test-vm/status", Buffer.from("{}"));
  store.chmodReadOnly("data");
  assert.throws(() => store.write(7, "data/test-vm/status", Buffer.from("{1}")), /EACCES/);
  assert.throws(() => store.write(7, "data/os_name", Buffer.from("x")), /EACCES/);
  assert.throws(() => store.remove(7, "data/test-vm"), /EACCES/);
  assert.is(store.read(7, "data/test-vm/status").toString(), "{}");
  assert.ok(store.exists("data/test-vm/status"));
  assert.not.ok(store.exists("data/os_name"));
});

both("guestWrites and guestRemoves count the guest's requests per path, failed ones too; pagesHeld is the reservation", (mode) => {
  const r = runKernel({ mode, nrPages: 5000 }, [toolstackWrite("control/testing", "now:ignore"), tick()]);
  expectEnd(r);
  const store = r.sim.store;
  assert.equal(store.guestWrites("control/feature-poweroff").map(String), ["1"], "advertised once at boot");
  assert.equal(store.guestWrites("/local/domain/7/control/feature-poweroff").map(String), ["1"], "absolute path, same count");
  assert.equal(store.guestWrites("control/testing").map(String), [""], "the acknowledgement, refused under xl, still counted");
  assert.is(store.value("control/testing"), "now:ignore");
  assert.equal(store.guestWrites("control/nothing"), []);
  assert.is(store.guestRemoves("control/testing"), 0);
  assert.is(r.sim.pagesHeld(), mode === "pv" ? 5000 : 5000 + 8 - 1);
});

// ---- the command line ----

function pvhCmdline(sim: SimDomain): string | null {
  const address = sim.memory.u64(sim.hvmStartInfo + 24);
  if (address === 0) return null;
  let text = "";
  for (let a = address; sim.memory.readByte(a) !== 0; a++) text += String.fromCharCode(sim.memory.readByte(a));
  return text;
}

function pvCmdline(sim: SimDomain): Buffer {
  return sim.memory.bytes(sim.startInfo + 128, 1024);
}

test("[pv] the command line is in start_info.cmd_line, NUL-terminated; none: all zeroes", () => {
  const words = "after:20:crash  suspend-channel:on";
  const bytes = pvCmdline(new SimDomain({ cmdline: words }, []));
  assert.is(bytes.subarray(0, words.length + 1).toString("latin1"), `${words}\0`);
  assert.ok(pvCmdline(new SimDomain({}, [])).every((b) => b === 0));
});

test("[pv] a command line longer than 1023 bytes is cut there, as libxenguest's strncpy leaves it", () => {
  const bytes = pvCmdline(new SimDomain({ cmdline: "x".repeat(2000) }, []));
  assert.is(bytes.indexOf(0), 1023);
});

test("[pvh] the command line is at hvm_start_info.cmdline_paddr, whole and NUL-terminated; none: address 0", () => {
  assert.is(pvhCmdline(new SimDomain({ mode: "pvh", cmdline: "now:poweroff next:crash" }, [])), "now:poweroff next:crash");
  assert.is(pvhCmdline(new SimDomain({ mode: "pvh" }, [])), null);
  const long = "y".repeat(5000);
  assert.is(pvhCmdline(new SimDomain({ mode: "pvh", cmdline: long }, [])), long);
});

both("a domain with a long command line still boots to ready (the layout after it moved along)", (mode) => {
  const r = runKernel({ mode, cmdline: "z".repeat(5000) }, [tick()]);
  expectEnd(r);
  assert.ok(r.lines.includes("domain 7 tick 1"), r.console);
});

// ---- cpuRelax ----

test("cpuRelax is counted, and the call past the bound stops the kernel as spinning", () => {
  const sim = new SimDomain({}, []);
  const cpuRelax = (sim.context as unknown as { cpuRelax(): void }).cpuRelax;
  for (let i = 0; i < CPU_RELAX_BOUND; i++) cpuRelax();
  assert.is(sim.cpuRelaxCalls, CPU_RELAX_BOUND);
  assert.throws(() => cpuRelax(), (e: unknown) => e instanceof KernelSpins && /^spinning: /.test(e.message));
});

test.run();
