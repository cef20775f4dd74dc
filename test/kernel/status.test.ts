// test/kernel/status.test.ts — what the VM publishes (issue 12, spec §9) in the Node simulation.
//
// What it checks, one case per rule of the contract (notes/contract-12.md) and every case booted
// as PV and as PVH ("[pv]"/"[pvh]" in the name): data/test-vm/status after boot (its members, in
// order, each of its type; ASCII JSON that JSON.parse reads; "booting" once, then "running"), after
// each kind of command (next:, after:, cancel, JSON, now:suspend with a resume or a cancel,
// now:poweroff, hang, spin, suspend-channel:, a bogus command, the command line), during a delayed
// response, after a count fires and a sysrq; that ticks alone never rewrite it; hostile values
// (quotes, backslashes, control bytes, bytes ≥ 0x80, NUL, 4 KiB of junk) and a few hundred
// generated ones always leave it valid, with "last" escaped and cut as the contract says; a failed
// write logged once, not per command, the VM obeying all the same. The guest-agent keys of
// agent:on/agent:off (values, meminfo true to the domain's pages, the 60 s refresh counted in the
// simulated xenstore's request log, removal, rewritten in a new domain), feature:NAME:on|off|absent
// (and EACCES under xl for a key libxl did not make, with nothing else changed; the bogus forms),
// cant-suspend:TEXT and cant-suspend:.
// "result" is checked against the contract's own examples where it gives one that is not the
// console line ("timer set: reboot", "cancelled", "nothing was pending", "suspend channel: on":
// the console says more), and otherwise against its rule "the same text as the console line the
// command produced first": the line right after the command's echo (`control/testing = "..."`,
// `command line: "..."`). Most cases run under xenopsd, where acknowledging control/testing succeeds and logs
// nothing; the xl cases make control/testing guest-writable first, as control.test.ts does.
// Time is simulated: a `tick` step is one second.
// What it does not check: real Xen (test/xen does), or the messages of issue 11 and earlier
// (misbehave.test.ts, control.test.ts).

import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  BootMode, chmodGuestWritable, chmodReadOnly, custom, DomainOptions, eachMode, KernelSpins, PACKAGE_VERSION, runKernel,
  RunResult, SimDomain, Step, tick, toolstackWrite,
} from "../sim/sim";
import { XS_WATCH, XS_WRITE } from "../sim/xenstored";
import { prng } from "../sim/prng";

const both = (name: string, body: (mode: BootMode) => void) => eachMode(test, name, body);

const POWEROFF = 0;
const REBOOT = 1;
const STATUS = "data/test-vm/status";
const MEMBERS = ["version", "mode", "state", "override", "timer", "response", "suspendChannel", "agent", "balloon", "memoryKiB", "resumes", "commands", "last", "result"];
const LAST_LIMIT = 200;
const BOGUS_TEXT = "bogus command: expected now:, next:, after:, cancel, suspend-channel:, agent:, feature:, cant-suspend:, balloon: or a JSON object";
const BOGUS_FEATURE = "bogus command: feature: expects feature:<name>:on|off|absent";

interface Status {
  version: string;
  mode: string;
  state: string;
  override: string | null;
  timer: string | null;
  response: string | null;
  suspendChannel: string;
  agent: boolean;
  balloon: string;
  memoryKiB: number;
  resumes: number;
  commands: number;
  last: string | null;
  result: string | null;
}

/** xenopsd: the guest owns control/, so acknowledging control/testing succeeds and logs nothing */
const XENOPSD: Partial<DomainOptions> = { toolstack: "xenopsd" };
const testing = (value: string | Buffer): Step => toolstackWrite("control/testing", value);
const ticks = (n: number): Step[] => Array.from({ length: n }, () => tick());
/** xl, with control/testing made guest-writable (xenstore-chmod), so its acknowledgement works */
const XL_TESTING: Step[] = [testing(""), chmodGuestWritable("control/testing")];

function expectEnd(r: RunResult): void {
  assert.is(r.outcome, "end", `${String(r.error)}\n${r.console}`);
}

function expectShutdown(r: RunResult, reason: number): void {
  assert.is(r.outcome, "shutdown", `${String(r.error)}\n${r.console}`);
  assert.is(r.reason, reason, r.console);
}

/**
 * A status text, checked as the contract's "always valid JSON (ASCII only)" and its member list:
 * printable ASCII only, JSON.parse reads it, the members are exactly these, in this order, each
 * of its type.
 */
function parseStatus(text: string, where = ""): Status {
  assert.ok(/^[\x20-\x7e]*$/.test(text), `not printable ASCII ${where}: ${JSON.stringify(text)}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    assert.unreachable(`status is not JSON ${where}: ${String(e)}: ${text}`);
  }
  assert.ok(typeof parsed === "object" && parsed !== null && !Array.isArray(parsed), text);
  const s = parsed as Record<string, unknown>;
  assert.equal(Object.keys(s), MEMBERS, `members ${where}: ${text}`);
  assert.type(s.version, "string");
  assert.ok(["pv", "pvh"].includes(s.mode as string), text);
  assert.ok(["booting", "running", "acting", "suspending", "hung"].includes(s.state as string), text);
  for (const k of ["override", "timer", "response", "last", "result"]) {
    assert.ok(s[k] === null || typeof s[k] === "string", `${k} ${where}: ${text}`);
  }
  assert.ok(["off", "on", "ignore"].includes(s.suspendChannel as string), text);
  assert.type(s.agent, "boolean");
  for (const k of ["resumes", "commands"]) assert.ok(Number.isInteger(s[k]) && (s[k] as number) >= 0, `${k}: ${text}`);
  return s as unknown as Status;
}

/** the status as it is in the store now (relative to the domain's current home) */
function status(sim: SimDomain): Status {
  const text = sim.store.value(STATUS);
  assert.ok(text !== undefined, `no ${STATUS} in /local/domain/${sim.options.domid}:\n${sim.console.log}`);
  return parseStatus(text!, `(${STATUS})`);
}

/** every value the guest wrote to data/test-vm/status in the home `home` (default: the current one) */
const statusWrites = (sim: SimDomain, home?: number): string[] =>
  sim.store.guestWrites(home === undefined ? STATUS : `/local/domain/${home}/${STATUS}`).map((b) => b.toString("latin1"));

const lines = (sim: SimDomain): string[] => sim.console.log.split("\r\n");

/** the line right after the last echo of a command (control/testing or command line) so far */
function resultLine(sim: SimDomain): string | undefined {
  const all = lines(sim);
  for (let i = all.length - 1; i >= 0; i--) {
    if (all[i].startsWith("control/testing = ") || all[i].startsWith("command line: ")) return all[i + 1];
  }
  return undefined;
}

/** what "last" must parse to: the value's first 200 bytes as Latin-1, then "..." if it was longer */
const expectedLast = (value: Buffer): string =>
  value.subarray(0, LAST_LIMIT).toString("latin1") + (value.length > LAST_LIMIT ? "..." : "");

/** the contract's encoding of "last" in the JSON text (hex digits in lower case) */
function encodedLast(value: Buffer): string {
  let out = "";
  for (const byte of value.subarray(0, LAST_LIMIT)) {
    if (byte === 0x22) out += '\\"';
    else if (byte === 0x5c) out += "\\\\";
    else if (byte >= 0x20 && byte <= 0x7e) out += String.fromCharCode(byte);
    else out += "\\u00" + byte.toString(16).padStart(2, "0");
  }
  return `"${out}${value.length > LAST_LIMIT ? "..." : ""}"`;
}

const lowerEscapes = (text: string) => text.replace(/\\u([0-9A-Fa-f]{4})/g, (_m, hex: string) => `\\u${hex.toLowerCase()}`);

/** the raw JSON text of member `name`'s string value in a status text (whitespace allowed around the colon) */
function rawString(text: string, name: string): string {
  const key = text.indexOf(`"${name}"`);
  assert.ok(key >= 0, `no "${name}" in ${text}`);
  let at = key + name.length + 2;
  while (text[at] === " ") at++;
  assert.is(text[at], ":", text);
  at++;
  while (text[at] === " ") at++;
  assert.is(text[at], '"', `"${name}" is not a string in ${text}`);
  let end = at + 1;
  while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
  return text.slice(at, end + 1);
}

/** "last" in the JSON text is encoded exactly as the contract says (hex digits in either case) */
function expectLastEncoded(text: string, value: Buffer, where = ""): void {
  assert.is(lowerEscapes(rawString(text, "last")), encodedLast(value), `encoding of "last" ${where}`);
}

/** a step that checks the status at that point (the kernel has handled everything before it) */
const check = (f: (s: Status, sim: SimDomain) => void): Step => custom((sim) => f(status(sim), sim));

/** a step that runs `f` and fails the run if it throws, the console so far added to the message */
function step(f: (sim: SimDomain) => void): Step {
  return custom((sim) => {
    try {
      f(sim);
    } catch (e) {
      if (e instanceof Error) e.message += `\n--- console so far:\n${sim.console.log}`;
      throw e;
    }
  });
}

/** runs the scenario; an assertion thrown inside a step is rethrown (not reported as an "error" outcome) */
function run(options: Partial<DomainOptions>, steps: Step[]): RunResult {
  const r = runKernel(options, steps);
  if (r.outcome === "error" && !(r.error instanceof KernelSpins)) throw r.error;
  return r;
}

// ---- after boot ----

for (const toolstack of ["xl", "xenopsd"] as const) {
  both(`${toolstack}: after boot: state running, every member in order, version the package's, mode the boot mode, nothing pending`, (mode) => {
    const r = run({ mode, toolstack }, [tick()]);
    expectEnd(r);
    const s = status(r.sim);
    assert.equal(s, {
      version: PACKAGE_VERSION, mode, state: "running", override: null, timer: null, response: null,
      suspendChannel: "off", agent: false, balloon: "off", memoryKiB: r.sim.pagesHeld() * 4,
      resumes: 0, commands: 0, last: null, result: null,
    });
    assert.not.ok(r.lines.some((l) => l.startsWith("status:")), r.console);
  });
}

both("booting is written once, after the watches are registered and before the command line runs; then running", (mode) => {
  const r = run({ mode, ...XENOPSD, cmdline: "next:crash" }, [tick()]);
  expectEnd(r);
  const writes = statusWrites(r.sim).map((t) => parseStatus(t));
  assert.ok(writes.length >= 2, `${writes.length} writes`);
  assert.is(writes[0].state, "booting");
  assert.is(writes[0].commands, 0, "before the command line");
  assert.is(writes[0].override, null);
  assert.is(writes.filter((w) => w.state === "booting").length, 1);
  assert.is(writes[writes.length - 1].state, "running");
  const requests = r.sim.store.requests;
  const firstStatus = requests.findIndex((q) => q.type === XS_WRITE && q.absolute === `/local/domain/7/${STATUS}`);
  const lastWatch = requests.map((q) => q.type).lastIndexOf(XS_WATCH);
  assert.ok(lastWatch >= 0 && lastWatch < firstStatus, "the watches come first");
  assert.is(status(r.sim).override, "crash");
});

both("the command line's words are commands: counted, the last one and its result shown", (mode) => {
  const r = run({ mode, ...XENOPSD, cmdline: "next:crash after:50:reboot" }, [tick()]);
  expectEnd(r);
  const s = status(r.sim);
  assert.is(s.commands, 2);
  assert.is(s.override, "crash");
  assert.is(s.timer, "reboot in 50");
  assert.is(s.last, "after:50:reboot");
  assert.is(s.result, "timer set: reboot");
  assert.is(s.state, "running");
});

// ---- after each kind of command ----

both("next:crash: override, counted, last and result", (mode) => {
  const r = run({ mode, ...XENOPSD }, [
    testing("next:crash"),
    step((sim) => {
      const s = status(sim);
      assert.is(s.override, "crash");
      assert.is(s.commands, 1);
      assert.is(s.last, "next:crash");
      assert.is(s.result, "override set: crash");
      assert.is(s.result, resultLine(sim));
      assert.is(s.state, "running");
    }),
    testing("next:reboot"),
    check((s) => {
      assert.is(s.override, "reboot");
      assert.is(s.commands, 2);
      assert.is(s.last, "next:reboot");
    }),
  ]);
  expectEnd(r);
});

both("after:5:reboot: timer \"reboot in 5\", the seconds it was set to, still after ticks (not a countdown); result \"timer set: reboot\"", (mode) => {
  const r = run({ mode, ...XENOPSD }, [
    testing("after:5:reboot"),
    step((sim) => {
      const s = status(sim);
      assert.is(s.timer, "reboot in 5");
      assert.is(s.result, "timer set: reboot");
    }),
    ...ticks(3),
    check((s) => assert.is(s.timer, "reboot in 5")),
  ]);
  expectEnd(r);
});

both("a timer that fires rewrites the status: timer null again (ignore leaves the domain running)", (mode) => {
  const r = run({ mode, ...XENOPSD }, [testing("after:1:ignore"), check((s) => assert.is(s.timer, "ignore in 1")), ...ticks(3)]);
  expectEnd(r);
  assert.ok(r.lines.includes("timer fired: ignore"), r.console);
  const s = status(r.sim);
  assert.is(s.timer, null);
  assert.is(s.state, "running");
});

both("cancel: override and timer null, result \"cancelled\"; with nothing pending, \"nothing was pending\"", (mode) => {
  const r = run({ mode, ...XENOPSD }, [
    testing("next:crash"),
    testing("after:30:reboot"),
    testing("cancel"),
    step((sim) => {
      const s = status(sim);
      assert.is(s.override, null);
      assert.is(s.timer, null);
      assert.is(s.commands, 3);
      assert.is(s.last, "cancel");
      assert.is(s.result, "cancelled");
    }),
    testing("cancel"),
    step((sim) => {
      const s = status(sim);
      assert.is(s.commands, 4);
      assert.is(s.result, "nothing was pending");
    }),
  ]);
  expectEnd(r);
});

both("JSON onshutdown and JSON now with delay: override and timer; last is the JSON text, quotes and all", (mode) => {
  const onshutdown = '{"when":"onshutdown","ack":"ok","action":"crash"}';
  const delayed = '{"when":"now","ack":"ok","action":"reboot","delay":7}';
  const r = run({ mode, ...XENOPSD }, [
    testing(onshutdown),
    step((sim) => {
      const s = status(sim);
      assert.is(s.override, "crash");
      assert.is(s.last, onshutdown);
      assert.is(s.result, resultLine(sim));
    }),
    testing(delayed),
    step((sim) => {
      const s = status(sim);
      assert.is(s.timer, "reboot in 7");
      assert.is(s.last, delayed);
      assert.is(s.result, "timer set: reboot");
      assert.is(s.commands, 2);
    }),
  ]);
  expectEnd(r);
});

both("now:ignore: counted, result \"action: ignore\", nothing pending", (mode) => {
  const r = run({ mode, ...XENOPSD }, [testing("now:ignore"), tick()]);
  expectEnd(r);
  const s = status(r.sim);
  assert.is(s.result, "action: ignore");
  assert.is(s.commands, 1);
  assert.is(s.state, "running");
});

both("suspend-channel:on, :ignore, :off: suspendChannel follows, result \"suspend channel: <mode>\"", (mode) => {
  const r = run({ mode, ...XENOPSD }, [
    testing("suspend-channel:on"),
    step((sim) => {
      const s = status(sim);
      assert.is(s.suspendChannel, "on");
      assert.is(s.result, "suspend channel: on");
    }),
    testing("suspend-channel:ignore"),
    check((s) => {
      assert.is(s.suspendChannel, "ignore");
      assert.is(s.result, "suspend channel: ignore");
    }),
    testing("suspend-channel:off"),
    step((sim) => {
      const s = status(sim);
      assert.is(s.suspendChannel, "off");
      assert.is(s.result, "suspend channel: off");
      assert.is(s.commands, 3);
    }),
  ]);
  expectEnd(r);
});

both("now:suspend with a resume in a new domain: resumes 1, state running, written in the new home; suspending before", (mode) => {
  const r = run({ mode, ...XENOPSD, suspendOutcomes: ["resume"] }, [testing("now:suspend"), tick()]);
  expectEnd(r);
  assert.is(r.sim.options.domid, 8);
  const s = status(r.sim);
  assert.is(s.resumes, 1);
  assert.is(s.state, "running");
  assert.is(s.commands, 1);
  assert.is(s.last, "now:suspend");
  assert.is(s.result, "action: suspend");
  const old = statusWrites(r.sim, 7).map((t) => parseStatus(t));
  assert.is(old[old.length - 1].state, "suspending", "the old domain's last word");
  assert.is(old[old.length - 1].resumes, 0);
  assert.ok(statusWrites(r.sim, 8).length >= 1, "written again in the new domain (libxl made data/ afresh)");
});

both("a cancelled suspend is counted in resumes; state running again in the same domain", (mode) => {
  const r = run({ mode, ...XENOPSD, suspendOutcomes: ["cancel"] }, [testing("now:suspend"), tick()]);
  expectEnd(r);
  assert.is(r.sim.options.domid, 7);
  const s = status(r.sim);
  assert.is(s.resumes, 1);
  assert.is(s.state, "running");
  const writes = statusWrites(r.sim).map((t) => parseStatus(t));
  const suspending = writes.findIndex((w) => w.state === "suspending");
  assert.ok(suspending >= 0, "suspending written before the hypercall");
  assert.is(writes[suspending].resumes, 0);
});

both("a suspend requested through control/shutdown is not a command: resumes counted, commands and last unchanged", (mode) => {
  const r = run({ mode, ...XENOPSD, suspendOutcomes: ["resume", "cancel"] }, [
    toolstackWrite("control/shutdown", "suspend"), tick(), toolstackWrite("control/shutdown", "suspend"), tick(),
  ]);
  expectEnd(r);
  const s = status(r.sim);
  assert.is(s.resumes, 2);
  assert.is(s.commands, 0);
  assert.is(s.last, null);
  assert.is(s.state, "running");
});

both("xl: a command whose acknowledgement failed is not obeyed nor counted again after the resume", (mode) => {
  const r = run({ mode, suspendOutcomes: ["resume"] }, [testing("now:suspend"), ...ticks(2)]);
  expectEnd(r);
  assert.is(r.sim.store.value("control/testing"), "now:suspend", "xl: the acknowledgement failed");
  const s = status(r.sim);
  assert.is(s.resumes, 1);
  assert.is(s.commands, 1);
  assert.is(r.sim.suspends, 1);
});

both("now:poweroff: the last status written says acting", (mode) => {
  const r = run({ mode, ...XENOPSD }, [testing("now:poweroff")]);
  expectShutdown(r, POWEROFF);
  const s = status(r.sim);
  assert.is(s.state, "acting");
  assert.is(s.last, "now:poweroff");
  assert.is(s.result, "action: poweroff");
  assert.is(s.commands, 1);
});

both("a shutdown request taken by the override: acting written before the action", (mode) => {
  const r = run({ mode, ...XENOPSD }, [testing("next:reboot"), toolstackWrite("control/shutdown", "poweroff")]);
  expectShutdown(r, REBOOT);
  const s = status(r.sim);
  assert.is(s.state, "acting");
  assert.is(s.override, null, "the override was used up");
});

for (const action of ["hang", "spin"]) {
  both(`now:${action}: the last status written says hung`, (mode) => {
    const r = run({ mode, ...XENOPSD }, [testing(`now:${action}`), ...ticks(2)]);
    if (action === "hang") expectEnd(r);
    else assert.instance(r.error, KernelSpins);
    const s = status(r.sim);
    assert.is(s.state, "hung");
    assert.is(s.last, `now:${action}`);
    assert.is(s.result, `action: ${action}`);
  });
}

both("a delayed response shows \"response\" while it runs; another request meanwhile leaves it", (mode) => {
  const r = run({ mode, ...XENOPSD }, [
    testing('{"when":"onshutdown","ack":"ok","action":"reboot","ackDelay":5}'),
    check((s) => {
      assert.is(s.override, "reboot");
      assert.is(s.response, null);
    }),
    toolstackWrite("control/shutdown", "poweroff"),
    check((s) => {
      assert.is(s.response, "reboot");
      assert.is(s.override, null);
      assert.is(s.state, "running");
    }),
    ...ticks(2),
    check((s) => assert.is(s.response, "reboot")),
  ]);
  expectEnd(r);
});

both("a delayed response that completes: acting written before the action", (mode) => {
  const r = run({ mode, ...XENOPSD }, [
    testing('{"when":"onshutdown","ack":"ok","action":"reboot","delay":1}'),
    toolstackWrite("control/shutdown", "poweroff"),
    ...ticks(4),
  ]);
  expectShutdown(r, REBOOT);
  assert.is(status(r.sim).state, "acting");
});

both("a bogus command: counted, last as received, result the bogus line with the new reason text", (mode) => {
  const r = run({ mode, ...XENOPSD }, [
    testing("dance"),
    step((sim) => {
      const s = status(sim);
      assert.is(s.last, "dance");
      assert.is(s.result, BOGUS_TEXT);
      assert.is(resultLine(sim), BOGUS_TEXT);
      assert.is(s.commands, 1);
      assert.is(s.override, null);
    }),
  ]);
  expectEnd(r);
});

both("a sysrq rewrites the status (nothing else in it changes)", (mode) => {
  let before = 0;
  const r = run({ mode }, [
    tick(),
    step((sim) => { before = statusWrites(sim).length; }),
    toolstackWrite("control/sysrq", "h"),
    tick(),
  ]);
  expectEnd(r);
  assert.ok(r.lines.includes("sysrq: h (no action)"), r.console);
  assert.ok(statusWrites(r.sim).length > before, "rewritten");
  assert.is(status(r.sim).commands, 0, "a sysrq is not a control/testing command");
});

both("sysrq c: acting written before the crash; a shutdown request with an unknown word rewrites the status too", (mode) => {
  let before = 0;
  const r = run({ mode }, [
    step((sim) => { before = statusWrites(sim).length; }),
    toolstackWrite("control/shutdown", "dance"),
    step((sim) => assert.ok(statusWrites(sim).length > before, "a shutdown request handled rewrites it")),
    toolstackWrite("control/sysrq", "c"),
  ]);
  expectShutdown(r, 3);
  const s = status(r.sim);
  assert.is(s.state, "acting");
  assert.is(s.commands, 0);
});

// ---- never rewritten by ticks alone ----

both("ticks alone never rewrite the status, with an override, a timer and the agent pending", (mode) => {
  let before = -1;
  const r = run({ mode, ...XENOPSD }, [
    testing("next:crash"),
    testing("after:100:reboot"),
    testing("agent:on"),
    step((sim) => { before = statusWrites(sim).length; }),
    ...ticks(8),
    step((sim) => {
      assert.is(statusWrites(sim).length, before, "written during ticks with nothing happening");
      assert.is(status(sim).timer, "reboot in 100");
    }),
  ]);
  expectEnd(r);
  assert.ok(before > 0);
  assert.is(r.sim.ticksDelivered, 8);
});

both("not rewritten by ticks in a bare domain either (nothing pending at all)", (mode) => {
  let before = -1;
  const r = run({ mode, ...XENOPSD }, [
    step((sim) => { before = statusWrites(sim).length; }),
    ...ticks(5),
  ]);
  expectEnd(r);
  assert.ok(before >= 2, `${before} writes: booting and running`);
  assert.is(statusWrites(r.sim).length, before);
});

// ---- hostile values ----

const HOSTILE: [string, Buffer][] = [
  ["quotes", Buffer.from('say "hi" "')],
  ["backslashes", Buffer.from("a\\b\\\\c\\")],
  ["a JSON escape \\u0000 as text", Buffer.from('{"when":"now","action":"\\u0000"}')],
  ["JSON with a quote in a string", Buffer.from('{"when":"now","ack":"x\\"y","action":"ignore"')],
  ["control bytes", Buffer.from([0x01, 0x09, 0x0a, 0x0d, 0x1b, 0x1f, 0x7f, 0x41])],
  ["bytes from 0x80 up", Buffer.from([0x80, 0x9f, 0xa0, 0xc3, 0xa9, 0xff, 0x61])],
  ["a NUL byte inside", Buffer.from([0x6e, 0x6f, 0x77, 0x3a, 0x00, 0x63, 0x72, 0x61, 0x73, 0x68])],
  ["exactly 200 bytes", Buffer.from("q".repeat(199) + '"')],
  ["201 bytes", Buffer.from("\\".repeat(201))],
  ["4 KiB of junk", Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37 + 11) % 256).map((b) => (b === 0 ? 1 : b)))],
  ["a </script> and a U+2028 in UTF-8", Buffer.from("</script>\u2028", "utf8")],
];

for (const [name, value] of HOSTILE) {
  both(`hostile value (${name}): the status stays JSON, "last" escaped and cut as the contract says`, (mode) => {
    const r = run({ mode, ...XENOPSD }, [
      testing(value),
      step((sim) => {
        const text = sim.store.value(STATUS)!;
        const s = parseStatus(text);
        assert.is(s.last, expectedLast(value));
        expectLastEncoded(text, value);
        assert.is(s.commands, 1);
        assert.is(s.result, resultLine(sim));
      }),
      testing("now:poweroff"),
    ]);
    expectShutdown(r, POWEROFF);
  });
}

both("a hostile command-line word: last escaped the same way", (mode) => {
  const word = 'x"y\\z\x01\xe9';
  const r = run({ mode, ...XENOPSD, cmdline: word }, [tick()]);
  expectEnd(r);
  const s = status(r.sim);
  assert.is(s.last, word);
  assert.is(s.result, BOGUS_TEXT);
});


const GENERATED = Number(process.env.STATUS_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.STATUS_FUZZ_SEED ?? 20261128);
const NASTY = [0x22, 0x5c, 0x00, 0x0a, 0x0d, 0x09, 0x7f, 0x80, 0xff, 0x2f, 0x7b, 0x7d, 0x3a, 0x75];

/** a value that is never empty and never starts with a blank (those are no command at all) */
function generated(random: () => number): Buffer {
  const int = (n: number) => Math.floor(random() * n);
  const roll = random();
  const length = roll < 0.05 ? 3500 + int(597) : roll < 0.2 ? 190 + int(20) : 1 + int(60);
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    const kind = random();
    bytes[i] = kind < 0.35 ? NASTY[int(NASTY.length)] : kind < 0.7 ? 0x20 + int(95) : int(256);
  }
  if ([0x00, 0x20, 0x09, 0x0a, 0x0d].includes(bytes[0])) bytes[0] = 0x23;
  const prefix = ["", "now:", "next:", "after:", "feature:", "agent:", "cant-suspend", "{\"when\":\"", "suspend-channel:"][int(9)];
  return Buffer.concat([Buffer.from(prefix), bytes]);
}

both(`${GENERATED} generated values, each followed by JSON.parse of the status and its "last"`, (mode) => {
  const random = prng(SEED);
  const values: Buffer[] = [];
  for (let i = 0; i < GENERATED; i++) {
    let v = generated(random);
    // cant-suspend:TEXT is a valid command for any TEXT: keep it (a write to data/), but never a
    // valid action, agent or feature command that would change more than the status.
    if (/^(now|next|after|agent|feature|suspend-channel):/.test(v.toString("latin1")) && v.length < 12) v = Buffer.concat([v, Buffer.from("\x01")]);
    values.push(v);
  }
  const steps: Step[] = [];
  values.forEach((value, i) => {
    steps.push(testing(value), step((sim) => {
      const text = sim.store.value(STATUS)!;
      const s = parseStatus(text, `after value ${i} ${JSON.stringify(value.toString("latin1").slice(0, 80))}`);
      assert.is(s.last, expectedLast(value), `value ${i}`);
      expectLastEncoded(text, value, `of value ${i}`);
      assert.is(s.commands, i + 1, `value ${i}`);
      assert.is(s.state, "running");
    }));
  });
  const r = run({ mode, ...XENOPSD }, [...steps, testing("now:reboot")]);
  expectShutdown(r, REBOOT);
});

// ---- agent:on / agent:off ----

const AGENT_ATTR = ["MajorVersion", "MinorVersion", "MicroVersion", "BuildVersion", "Installed"];
const AGENT_DATA = ["os_name", "os_uname", "os_distro", "meminfo_total", "meminfo_free", "updated"];
const REFRESHED = ["data/meminfo_total", "data/meminfo_free", "data/updated"];

function expectAgentKeys(sim: SimDomain): void {
  const store = sim.store;
  const [major, minor, micro] = PACKAGE_VERSION.split(".");
  assert.is(store.value("attr/PVAddons/MajorVersion"), major);
  assert.is(store.value("attr/PVAddons/MinorVersion"), minor);
  assert.is(store.value("attr/PVAddons/MicroVersion"), micro);
  assert.is(store.value("attr/PVAddons/BuildVersion"), "0");
  assert.is(store.value("attr/PVAddons/Installed"), "1");
  assert.is(store.value("data/os_name"), `xen-test-vm ${PACKAGE_VERSION}`);
  assert.is(store.value("data/os_uname"), PACKAGE_VERSION);
  assert.is(store.value("data/os_distro"), "xen-test-vm");
  assert.is(store.value("data/updated"), "1");
  const total = store.value("data/meminfo_total")!;
  const free = store.value("data/meminfo_free")!;
  assert.ok(/^[1-9][0-9]*$/.test(total), `meminfo_total ${JSON.stringify(total)}`);
  assert.ok(/^[1-9][0-9]*$/.test(free), `meminfo_free ${JSON.stringify(free)}`);
  assert.is(Number(total), sim.pagesHeld() * 4,
    `KiB: the pages the domain holds × 4 (XENMEM_current_reservation answers ${sim.pagesHeld()} now; PVH: RAM + 8 special pages − the RAM page shared_info replaced)`);
  assert.ok(Number(free) < Number(total), `free ${free} < total ${total}`);
}

function expectNoAgentKeys(sim: SimDomain): void {
  assert.not.ok(sim.store.exists("attr/PVAddons"), `attr/PVAddons: ${sim.store.list("attr/PVAddons").join(", ")}`);
  for (const key of AGENT_DATA) assert.not.ok(sim.store.exists(`data/${key}`), key);
}

both("agent:on writes the agent's keys with the contract's values; console and status say so", (mode) => {
  const r = run({ mode, ...XENOPSD, nrPages: 6000 }, [
    testing("agent:on"),
    step((sim) => {
      expectAgentKeys(sim);
      assert.equal(sim.store.list("attr/PVAddons").sort(), [...AGENT_ATTR].sort());
      const s = status(sim);
      assert.is(s.agent, true);
      assert.is(s.result, "agent: on");
      assert.is(resultLine(sim), "agent: on");
      assert.is(s.commands, 1);
    }),
  ]);
  expectEnd(r);
  assert.is(Number(r.sim.store.value("data/meminfo_total")), (mode === "pv" ? 6000 : 6000 + 8 - 1) * 4);
});

both("agent:on from the command line under xl: the same keys (data/ and attr/ are the guest's there too)", (mode) => {
  const r = run({ mode, cmdline: "agent:on" }, [tick()]);
  expectEnd(r);
  expectAgentKeys(r.sim);
  assert.ok(r.lines.includes("agent: on"), r.console);
  assert.not.ok(r.lines.some((l) => l.startsWith("agent: cannot write")), r.console);
  assert.is(status(r.sim).agent, true);
});

both("the agent refreshes meminfo_total, meminfo_free and data/updated every 60 ticks, silently; the rest once", (mode) => {
  const count = (sim: SimDomain, key: string) => sim.store.guestWrites(key).length;
  let statusBefore = 0;
  const r = run({ mode, ...XENOPSD }, [
    testing("agent:on"),
    step((sim) => {
      for (const key of REFRESHED) assert.is(count(sim, key), 1, key);
      statusBefore = statusWrites(sim).length;
    }),
    ...ticks(58),
    step((sim) => { for (const key of REFRESHED) assert.is(count(sim, key), 1, `${key} before 60 ticks`); }),
    ...ticks(4),
    step((sim) => {
      for (const key of REFRESHED) assert.is(count(sim, key), 2, `${key} after 62 ticks`);
      for (const key of ["data/os_name", "data/os_uname", "data/os_distro", "attr/PVAddons/Installed"]) assert.is(count(sim, key), 1, key);
      expectAgentKeys(sim);
    }),
    ...ticks(60),
    step((sim) => { for (const key of REFRESHED) assert.is(count(sim, key), 3, `${key} after 122 ticks`); }),
  ]);
  expectEnd(r);
  assert.is(r.lines.filter((l) => l.startsWith("agent:")).length, 1, "no console line for a refresh");
  assert.is(statusWrites(r.sim).length, statusBefore, "a refresh does not rewrite the status");
});

both("agent:off removes the keys and stops the refresh; agent:on when on writes them again (same line)", (mode) => {
  const r = run({ mode, ...XENOPSD }, [
    testing("agent:on"),
    testing("agent:on"),
    step((sim) => {
      assert.is(sim.store.guestWrites("data/os_name").length, 2, "rewritten");
      assert.is(lines(sim).filter((l) => l === "agent: on").length, 2);
    }),
    testing("agent:off"),
    step((sim) => {
      expectNoAgentKeys(sim);
      assert.ok(sim.store.exists(STATUS), "the status stays");
      assert.ok(sim.store.exists("data") && sim.store.exists("attr"), "the toolstack's directories stay");
      const s = status(sim);
      assert.is(s.agent, false);
      assert.is(s.result, "agent: off");
      assert.is(resultLine(sim), "agent: off");
    }),
    ...ticks(65),
  ]);
  expectEnd(r);
  assert.is(r.sim.store.guestWrites("data/updated").length, 2, "no refresh after agent:off");
  expectNoAgentKeys(r.sim);
});

both("agent:off when off is harmless: nothing to remove, the keys stay absent", (mode) => {
  const r = run({ mode, ...XENOPSD }, [testing("agent:off"), tick()]);
  expectEnd(r);
  expectNoAgentKeys(r.sim);
  assert.ok(r.lines.includes("agent: off"), r.console);
  assert.not.ok(r.lines.some((l) => l.startsWith("agent: cannot")), r.console);
});

both("after a resume in a new domain the agent's keys are written again there (libxl made data/ and attr/ afresh)", (mode) => {
  const r = run({ mode, ...XENOPSD, suspendOutcomes: ["resume"], nrPages: 5000 }, [testing("agent:on"), testing("now:suspend"), tick()]);
  expectEnd(r);
  assert.is(r.sim.options.domid, 8);
  expectAgentKeys(r.sim);
  assert.ok(r.sim.store.guestWrites("/local/domain/8/data/os_name").length >= 1);
  assert.is(status(r.sim).agent, true);
});

both("after a resume with the agent off, the new domain has no agent keys", (mode) => {
  const r = run({ mode, ...XENOPSD, suspendOutcomes: ["resume"] }, [
    testing("agent:on"), step(expectAgentKeys), testing("agent:off"), step(expectNoAgentKeys), testing("now:suspend"), tick(),
  ]);
  expectEnd(r);
  assert.is(r.sim.options.domid, 8);
  expectNoAgentKeys(r.sim);
});

both("a failed agent write is logged with its path and errno, and the agent goes on with the rest", (mode) => {
  const r = run({ mode, ...XENOPSD }, [chmodReadOnly("data"), testing("agent:on"), tick(), testing("now:poweroff")]);
  expectShutdown(r, POWEROFF);
  for (const key of AGENT_DATA) assert.ok(r.lines.includes(`agent: cannot write data/${key}: EACCES`), `${key}:\n${r.console}`);
  assert.is(r.sim.store.value("attr/PVAddons/Installed"), "1", "attr/ was writable");
});

for (const mode of ["bad", "On", ""]) {
  both(`agent:${mode} is bogus`, (boot) => {
    const r = run({ mode: boot, ...XENOPSD }, [testing(`agent:${mode}`), tick()]);
    expectEnd(r);
    assert.ok(r.lines.some((l) => l.startsWith("bogus command: ")), r.console);
    expectNoAgentKeys(r.sim);
    assert.is(status(r.sim).agent, false);
  });
}

// ---- feature:NAME:on|off|absent ----

both("xl: feature:suspend:off → \"0\", :on → \"1\", :absent → removed; then :on again is EACCES (libxl's key is gone)", (mode) => {
  const r = run({ mode }, [
    ...XL_TESTING,
    testing("feature:suspend:off"),
    step((sim) => {
      assert.is(sim.store.value("control/feature-suspend"), "0");
      assert.is(resultLine(sim), "feature-suspend: 0");
      assert.is(status(sim).result, "feature-suspend: 0");
    }),
    testing("feature:suspend:on"),
    step((sim) => {
      assert.is(sim.store.value("control/feature-suspend"), "1");
      assert.is(status(sim).result, "feature-suspend: 1");
    }),
    testing("feature:suspend:absent"),
    step((sim) => {
      assert.not.ok(sim.store.exists("control/feature-suspend"));
      assert.is(status(sim).result, "feature-suspend: removed");
      assert.is(resultLine(sim), "feature-suspend: removed");
    }),
    testing("feature:suspend:on"),
    step((sim) => {
      assert.not.ok(sim.store.exists("control/feature-suspend"));
      assert.is(status(sim).result, "feature-suspend: cannot write: EACCES");
      assert.is(status(sim).commands, 4);
    }),
    testing("now:poweroff"),
  ]);
  expectShutdown(r, POWEROFF);
  assert.not.ok(r.lines.some((l) => l.startsWith("ack failed")), r.console);
});

both("xl: feature:balloon:on is EACCES (libxl made no such key) and nothing else changes", (mode) => {
  let before = new Map<string, string>();
  let statusBefore: Status | undefined;
  const snapshot = (sim: SimDomain) => new Map([...sim.store.tree].map(([k, n]) => [k, n.value.toString("latin1")]));
  const r = run({ mode }, [
    ...XL_TESTING,
    testing("next:crash"),
    step((sim) => {
      before = snapshot(sim);
      statusBefore = status(sim);
    }),
    testing("feature:balloon:on"),
    step((sim) => {
      assert.is(resultLine(sim), "feature-balloon: cannot write: EACCES");
      const all = lines(sim);
      const at = all.lastIndexOf("feature-balloon: cannot write: EACCES");
      assert.is(all.slice(at + 1).filter((l) => l !== "").length, 0, "nothing more said");
      assert.not.ok(sim.store.exists("control/feature-balloon"));
      const after = snapshot(sim);
      const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
      assert.equal(changed.sort(), ["/local/domain/7/data/test-vm/status"], "only the status changed (control/testing was acknowledged with \"\" both times)");
      const s = status(sim);
      assert.equal({ ...s, commands: 0, last: null, result: null }, { ...statusBefore!, commands: 0, last: null, result: null });
      assert.is(s.commands, statusBefore!.commands + 1);
      assert.is(s.last, "feature:balloon:on");
      assert.is(s.result, "feature-balloon: cannot write: EACCES");
    }),
    toolstackWrite("control/shutdown", "poweroff"),
  ]);
  expectShutdown(r, 3);
});

both("xenopsd: the guest owns control/: feature:balloon:on makes control/feature-balloon = \"1\", :off \"0\", :absent removes it", (mode) => {
  const r = run({ mode, ...XENOPSD }, [
    testing("feature:balloon:on"),
    step((sim) => {
      assert.is(sim.store.value("control/feature-balloon"), "1");
      assert.is(resultLine(sim), "feature-balloon: 1");
    }),
    testing("feature:balloon:off"),
    step((sim) => assert.is(sim.store.value("control/feature-balloon"), "0")),
    testing("feature:balloon:absent"),
    step((sim) => {
      assert.not.ok(sim.store.exists("control/feature-balloon"));
      assert.is(resultLine(sim), "feature-balloon: removed");
    }),
  ]);
  expectEnd(r);
});

both("feature names: 32 bytes of [a-z0-9_-] are fine (vcpu-hotplug, a_b-9, 32 of them)", (mode) => {
  const long = "a".repeat(32);
  const r = run({ mode, ...XENOPSD }, [testing("feature:vcpu-hotplug:on"), testing("feature:a_b-9:off"), testing(`feature:${long}:on`), tick()]);
  expectEnd(r);
  assert.is(r.sim.store.value("control/feature-vcpu-hotplug"), "1");
  assert.is(r.sim.store.value("control/feature-a_b-9"), "0");
  assert.is(r.sim.store.value(`control/feature-${long}`), "1");
  assert.ok(r.lines.includes(`feature-${long}: 1`), r.console);
});

const BAD_FEATURES = [
  "feature:", "feature:suspend", "feature:suspend:", "feature:suspend:yes", "feature:suspend:ON", "feature:Suspend:on",
  "feature::on", "feature:sus pend:on", `feature:${"a".repeat(33)}:on`, "feature:suspend:on:x", "feature:a/b:on",
  "feature:../shutdown:on", "feature:a.b:on", "feature:suspend:on ", "feature:sus\u00e9:on",
];

for (const value of BAD_FEATURES) {
  both(`feature form ${JSON.stringify(value)} is bogus, and control/ is left alone`, (mode) => {
    let before = "";
    const r = run({ mode, ...XENOPSD }, [
      step((sim) => { before = JSON.stringify(sim.store.list("control")); }),
      testing(Buffer.from(value, "latin1")),
      step((sim) => {
        assert.is(resultLine(sim), BOGUS_FEATURE);
        assert.is(status(sim).result, BOGUS_FEATURE);
        assert.is(JSON.stringify(sim.store.list("control").filter((k) => k !== "testing")), before);
        assert.is(sim.store.value("control/feature-suspend"), "1");
      }),
      testing("now:poweroff"),
    ]);
    expectShutdown(r, POWEROFF);
  });
}

both("features are not re-applied after a resume: the new domain has libxl's keys, re-advertised", (mode) => {
  const r = run({ mode, ...XENOPSD, suspendOutcomes: ["resume"] }, [
    testing("feature:balloon:on"), testing("feature:poweroff:off"),
    step((sim) => {
      assert.is(sim.store.value("control/feature-balloon"), "1");
      assert.is(sim.store.value("control/feature-poweroff"), "0");
    }),
    testing("now:suspend"), tick(),
  ]);
  expectEnd(r);
  assert.is(r.sim.options.domid, 8);
  assert.not.ok(r.sim.store.exists("control/feature-balloon"));
  assert.is(r.sim.store.value("control/feature-poweroff"), "1");
  assert.is(r.sim.store.value("control/feature-suspend"), "1");
});

// ---- cant-suspend ----

both("cant-suspend:TEXT writes data/cant_suspend_reason = TEXT (any bytes, colons too); cant-suspend: removes it", (mode) => {
  const text = Buffer.from('busy: "backup" running\x01\xe9:x', "latin1");
  const r = run({ mode, ...XENOPSD }, [
    testing(Buffer.concat([Buffer.from("cant-suspend:"), text])),
    step((sim) => {
      assert.is(sim.store.value("data/cant_suspend_reason"), text.toString("latin1"));
      assert.is(resultLine(sim), "cant-suspend: set");
      const s = status(sim);
      assert.is(s.result, "cant-suspend: set");
      assert.is(s.last, `cant-suspend:${text.toString("latin1")}`);
    }),
    testing("cant-suspend:x"),
    step((sim) => assert.is(sim.store.value("data/cant_suspend_reason"), "x")),
    testing("cant-suspend:"),
    step((sim) => {
      assert.not.ok(sim.store.exists("data/cant_suspend_reason"));
      assert.is(resultLine(sim), "cant-suspend: removed");
      assert.is(status(sim).result, "cant-suspend: removed");
      assert.is(status(sim).commands, 3);
    }),
  ]);
  expectEnd(r);
});

both("cant-suspend: with nothing to remove still says removed; a failed write says cannot write", (mode) => {
  const r = run({ mode, ...XENOPSD }, [
    testing("cant-suspend:"),
    step((sim) => assert.is(resultLine(sim), "cant-suspend: removed")),
    chmodReadOnly("data"),
    testing("cant-suspend:nope"),
    step((sim) => {
      assert.is(resultLine(sim), "cant-suspend: cannot write: EACCES");
      assert.not.ok(sim.store.exists("data/cant_suspend_reason"));
    }),
    testing("now:poweroff"),
  ]);
  expectShutdown(r, POWEROFF);
});

// ---- a status that cannot be written ----

const STATUS_FAILED = "status: cannot write data/test-vm/status: EACCES";

both("a failed status write is logged once, not per command; again only after a success; the VM still obeys", (mode) => {
  const failures = (sim: SimDomain) => lines(sim).filter((l) => l === STATUS_FAILED).length;
  let frozen = "";
  const r = run({ mode, ...XENOPSD }, [
    chmodReadOnly("data"),
    testing("next:crash"),
    step((sim) => {
      assert.is(failures(sim), 1);
      frozen = sim.store.value(STATUS)!;
    }),
    testing("now:ignore"), testing("after:100:reboot"), testing("cancel"), testing("dance"), ...ticks(2),
    step((sim) => {
      assert.is(failures(sim), 1, "once");
      assert.is(sim.store.value(STATUS), frozen);
    }),
    chmodGuestWritable(STATUS),
    testing("next:reboot"),
    step((sim) => {
      const s = status(sim);
      assert.is(s.override, "reboot");
      assert.is(s.commands, 6);
      assert.is(failures(sim), 1);
    }),
    chmodReadOnly("data"),
    testing("now:ignore"),
    testing("now:ignore"),
    step((sim) => assert.is(failures(sim), 2, "logged again after the success")),
    toolstackWrite("control/shutdown", "poweroff"),
  ]);
  expectShutdown(r, REBOOT);
});

both("data/ read-only from the start: booting and running both fail, logged once; commands still obeyed", (mode) => {
  const sim = new SimDomain({ mode, ...XENOPSD }, [testing("next:crash"), tick(), testing("now:reboot")]);
  sim.store.chmodReadOnly("data");
  const r = sim.run();
  expectShutdown(r, REBOOT);
  assert.is(r.lines.filter((l) => l === STATUS_FAILED).length, 1, r.console);
  assert.not.ok(sim.store.exists(STATUS));
  assert.ok(statusWrites(sim).length >= 4, "it kept trying");
});

test.run();
