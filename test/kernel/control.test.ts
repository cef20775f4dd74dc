// test/kernel/control.test.ts — every rule of docs/usage.md's message reference as a scenario in the Node simulation.
//
// What it checks: each action through control/shutdown, through `now:` and through JSON `now`;
// overrides from `next:` and JSON `onshutdown` with every ack mode, observed in the simulated
// xenstore; EACCES on the testing ack under xl (logged, obeyed); guest-writable and xenopsd-style
// control/ (ack succeeds); unknown words and bogus commands; a `now:` while a `next:` is pending.
// Every case runs twice, booted as PV and as PVH ("[pv]"/"[pvh]" in its name).
// What it does not check: ring-level robustness (ring.test.ts) and generated input (fuzz.test.ts).

import { test } from "uvu";
import * as assert from "uvu/assert";
import { BootMode, chmodGuestWritable, eachMode, runKernel, RunResult, Step, tick, toolstackWrite } from "../sim/sim";

/** every row runs in both boot modes: the control machine must not care how the domain booted */
const both = (name: string, body: (mode: BootMode) => void) => eachMode(test, name, body);

const POWEROFF = 0;
const REBOOT = 1;
const CRASH = 3;

function expectShutdown(r: RunResult, reason: number): void {
  assert.is(r.outcome, "shutdown", `${String(r.error)}\n${r.console}`);
  assert.is(r.reason, reason, r.console);
}

function expectNoShutdown(r: RunResult): void {
  assert.is(r.outcome, "end", `${String(r.error)}\n${r.console}`);
}

function lineIndex(r: RunResult, prefix: string): number {
  return r.lines.findIndex((l) => l.startsWith(prefix));
}

function hasLine(r: RunResult, prefix: string): boolean {
  return lineIndex(r, prefix) >= 0;
}

const actions: [string, number, string][] = [
  ["poweroff", POWEROFF, "poweroff"],
  ["reboot", REBOOT, "reboot"],
  ["halt", POWEROFF, "halt"],
  ["crash", CRASH, "crash"],
];

for (const [word, reason, logged] of actions) {
  both(`control/shutdown = ${word}: acked, logged, shutdown reason ${reason}`, (mode) => {
    const r = runKernel({ mode }, [toolstackWrite("control/shutdown", word)]);
    expectShutdown(r, reason);
    assert.ok(hasLine(r, `control/shutdown = "${word}"`), r.console);
    assert.ok(hasLine(r, `action: ${logged}`), r.console);
    assert.is(r.sim.store.value("control/shutdown"), "");
    // the action line is the last thing said, and it reached xenconsoled before the hypercall
    assert.is(r.lines.filter((l) => l !== "").pop(), `action: ${logged}`);
  });

  both(`control/testing = now:${word} (dom0-written, xl): ack fails with EACCES, still obeyed`, (mode) => {
    const r = runKernel({ mode }, [toolstackWrite("control/testing", `now:${word}`)]);
    expectShutdown(r, reason);
    assert.ok(hasLine(r, `control/testing = "now:${word}"`), r.console);
    assert.ok(hasLine(r, "ack failed: control/testing: EACCES"), r.console);
    assert.is(r.sim.store.value("control/testing"), `now:${word}`);
    assert.ok(hasLine(r, `action: ${logged}`));
  });

  both(`JSON now ${word} on a guest-writable node: acked with "", obeyed`, (mode) => {
    const r = runKernel({ mode }, [
      toolstackWrite("control/testing", ""),
      chmodGuestWritable("control/testing"),
      toolstackWrite("control/testing", `{"when":"now","ack":"ok","action":"${word}"}`),
    ]);
    expectShutdown(r, reason);
    assert.not.ok(hasLine(r, "ack failed"), r.console);
    assert.is(r.sim.store.value("control/testing"), "");
    assert.ok(hasLine(r, `action: ${logged}`));
  });
}

both("suspend via control/shutdown, now: and JSON now: acked, logged, suspend hypercall (reason 2)", (mode) => {
  for (const step of [
    toolstackWrite("control/shutdown", "suspend"),
    toolstackWrite("control/testing", "now:suspend"),
    toolstackWrite("control/testing", '{"when":"now","ack":"ok","action":"suspend"}'),
  ]) {
    const r = runKernel({ mode }, [step]);
    expectShutdown(r, 2);
    assert.ok(hasLine(r, "action: suspend"), r.console);
    assert.ok(hasLine(r, "suspending"), r.console);
    assert.equal(r.sim.saveProblems, []);
  }
});

both("now:ignore and JSON now ignore do nothing but say so", (mode) => {
  const r = runKernel({ mode, toolstack: "xenopsd" }, [
    toolstackWrite("control/testing", "now:ignore"),
    toolstackWrite("control/testing", '{"action":"ignore","when":"now","ack":"none"}'),
    tick(),
  ]);
  expectNoShutdown(r);
  assert.is(r.lines.filter((l) => l === "action: ignore").length, 2, r.console);
  assert.ok(hasLine(r, "domain 7 tick 1"));
});

both("an unknown shutdown word is acked, logged and ignored", (mode) => {
  const r = runKernel({ mode }, [toolstackWrite("control/shutdown", "dance"), tick()]);
  expectNoShutdown(r);
  assert.ok(hasLine(r, "unknown shutdown request"), r.console);
  assert.is(r.sim.store.value("control/shutdown"), "");
  assert.not.ok(hasLine(r, "action:"));
});

both('"" and a removed key mean nothing', (mode) => {
  const r = runKernel({ mode, toolstack: "xenopsd" }, [
    toolstackWrite("control/shutdown", ""),
    toolstackWrite("control/testing", ""),
    (sim) => sim.store.toolstackRemove("control/shutdown"),
    tick(),
  ]);
  expectNoShutdown(r);
  assert.not.ok(hasLine(r, "control/shutdown ="), r.console);
  assert.not.ok(hasLine(r, "bogus"), r.console);
});

for (const [action, reason] of [["poweroff", POWEROFF], ["reboot", REBOOT], ["crash", CRASH], ["halt", POWEROFF]] as [string, number][]) {
  both(`next:${action} then any shutdown request (even unknown): override acted, acked with ""`, (mode) => {
    const r = runKernel({ mode }, [
      toolstackWrite("control/testing", `next:${action}`),
      tick(),
      toolstackWrite("control/shutdown", "gibberish"),
    ]);
    expectShutdown(r, reason);
    assert.ok(hasLine(r, `override set: ${action}`), r.console);
    assert.ok(hasLine(r, `override ${action} is active`), r.console);
    assert.is(r.sim.store.value("control/shutdown"), "");
    assert.not.ok(hasLine(r, "unknown shutdown request"));
    assert.ok(hasLine(r, `action: ${action}`));
  });
}

both("next:ignore swallows one shutdown request, then the next one is obeyed", (mode) => {
  const r = runKernel({ mode }, [
    toolstackWrite("control/testing", "next:ignore"),
    toolstackWrite("control/shutdown", "poweroff"),
    tick(),
    toolstackWrite("control/shutdown", "reboot"),
  ]);
  expectShutdown(r, REBOOT);
  assert.ok(hasLine(r, "action: ignore"), r.console);
  assert.not.ok(hasLine(r, "override ignore is active"), r.console);
});

both("a later next: replaces an earlier one", (mode) => {
  const r = runKernel({ mode }, [
    toolstackWrite("control/testing", "next:crash"),
    toolstackWrite("control/testing", "next:reboot"),
    toolstackWrite("control/shutdown", "poweroff"),
  ]);
  expectShutdown(r, REBOOT);
});

both("now: while a next: is pending: acted at once, the override stays pending", (mode) => {
  const r = runKernel({ mode }, [
    toolstackWrite("control/testing", "next:reboot"),
    toolstackWrite("control/testing", "now:ignore"),
    tick(),
    toolstackWrite("control/shutdown", "poweroff"),
  ]);
  expectShutdown(r, REBOOT);
  assert.ok(hasLine(r, "action: ignore"));
  assert.ok(hasLine(r, "override reboot is active"), r.console);
});

const ackModes: [string, (value: string | undefined) => void][] = [
  ["ok", (v) => assert.is(v, "")],
  ["none", (v) => assert.is(v, "poweroff")],
  ["delete", (v) => assert.is(v, undefined)],
  ["acknowledged, thanks", (v) => assert.is(v, "acknowledged, thanks")],
];

for (const [ack, check] of ackModes) {
  both(`JSON onshutdown with ack "${ack}": the request is acknowledged that way, then the action`, (mode) => {
    const r = runKernel({ mode, toolstack: "xenopsd" }, [
      toolstackWrite("control/testing", ` { "when" : "onshutdown", "action" : "reboot", "extra": [1, {"x": null}], "ack": ${JSON.stringify(ack)} } `),
      toolstackWrite("control/shutdown", "poweroff"),
    ]);
    expectShutdown(r, REBOOT);
    assert.ok(hasLine(r, "override set: reboot"), r.console);
    check(r.sim.store.value("control/shutdown"));
    assert.is(r.sim.store.value("control/testing"), "");
  });
}

both("a custom ack written back is not taken for a new request", (mode) => {
  const r = runKernel({ mode, toolstack: "xenopsd" }, [
    toolstackWrite("control/testing", '{"when":"onshutdown","ack":"crash","action":"ignore"}'),
    toolstackWrite("control/shutdown", "poweroff"),
    tick(),
  ]);
  expectNoShutdown(r);
  assert.is(r.sim.store.value("control/shutdown"), "crash");
  assert.ok(hasLine(r, "action: ignore"), r.console);
  assert.not.ok(hasLine(r, "action: crash"), r.console);
});

both("JSON string escapes are decoded (custom ack with \\u escapes and a surrogate pair)", (mode) => {
  const r = runKernel({ mode, toolstack: "xenopsd" }, [
    toolstackWrite("control/testing", '{"when":"onshutdown","ack":"a\\"b\\\\c\\/\\u00e9\\ud83d\\ude00\\n","act\\u0069on":"poweroff"}'),
    toolstackWrite("control/shutdown", "reboot"),
  ]);
  expectShutdown(r, POWEROFF);
  assert.is(Buffer.from(r.sim.store.value("control/shutdown")!, "latin1").toString("utf8"), 'a"b\\c/é😀\n');
});

both("the ack failure on control/shutdown under an override is logged (delete refused)", (mode) => {
  const r = runKernel({ mode }, [
    toolstackWrite("control/testing", '{"when":"onshutdown","ack":"delete","action":"poweroff"}'),
    (sim) => {
      const node = sim.store.tree.get(sim.store.absolute("control/shutdown"))!;
      node.owner = 0;
      node.perms.set(7, "r");
    },
    toolstackWrite("control/shutdown", "reboot"),
  ]);
  expectShutdown(r, POWEROFF);
  assert.ok(hasLine(r, "ack failed: control/shutdown: EACCES"), r.console);
});

const bogus: [string, string][] = [
  ["now:dance", "unknown action"],
  ["next:", "unknown action"],
  ["NOW:reboot", "expected now:"],
  ["now:reboot ", "unknown action"],
  ["reboot", "expected now:"],
  ["{", "malformed JSON"],
  ['{"when":"now","ack":"ok","action":"reboot"', "malformed JSON"],
  ['{"when":"now","ack":"ok","action":"reboot"}x', "text after the JSON object"],
  ['{"when":"now","ack":"ok"}', 'missing member "action"'],
  ['{"ack":"ok","action":"reboot"}', 'missing member "when"'],
  ['{"when":"now","action":"reboot"}', 'missing member "ack"'],
  ['{"when":"now","ack":"ok","action":3}', 'member "action" is not a string'],
  ['{"when":null,"ack":"ok","action":"reboot"}', 'member "when" is not a string'],
  ['{"when":"now","ack":true,"action":"reboot"}', 'member "ack" is not a string'],
  ['{"when":"later","ack":"ok","action":"reboot"}', '"when" is neither'],
  ['{"when":"now","ack":"ok","action":"dance"}', "unknown action"],
  ['{"when":"now","ack":"ok","action":"reb\\oot"}', "malformed JSON"],
  ['{"when":"now","ack":"ok","action":"reboot","x":' + "[".repeat(40) + "]".repeat(40) + "}", "JSON nested too deeply"],
  ['{"when":"now","ack":"ok","action":"reboot","x":01}', "malformed JSON"],
  ['{"when":"now",,"ack":"ok","action":"reboot"}', "malformed JSON"],
  ["{}", 'missing member "when"'],
  ['{"when":"now","ack":"ok","action":"re\tboot"}', "malformed JSON"],
];

for (const [value, reason] of bogus) {
  both(`bogus command ${JSON.stringify(value).slice(0, 60)} → "${reason}", nothing done`, (mode) => {
    const r = runKernel({ mode, toolstack: "xenopsd" }, [toolstackWrite("control/testing", value), tick()]);
    expectNoShutdown(r);
    const line = r.lines.find((l) => l.startsWith("bogus command: "));
    assert.ok(line, r.console);
    assert.ok(line!.includes(reason), `${line} should mention ${reason}`);
    assert.not.ok(hasLine(r, "action:"));
    assert.not.ok(hasLine(r, "override set"));
  });
}

both("values are shown escaped and truncated", (mode) => {
  const long = "x".repeat(500);
  const r = runKernel({ mode, toolstack: "xenopsd" }, [
    toolstackWrite("control/testing", Buffer.from([0x22, 0x5c, 0x01, 0xff, 0x0a])),
    toolstackWrite("control/testing", long),
  ]);
  expectNoShutdown(r);
  assert.ok(r.lines.includes('control/testing = "\\"\\\\\\x01\\xff\\n"'), r.console);
  assert.ok(r.lines.some((l) => l.startsWith('control/testing = "xxxx') && l.endsWith('..." (500 bytes)')), r.console);
});

both("a request already waiting at boot is obeyed after ready", (mode) => {
  const steps: Step[] = [];
  const r = runKernel({ mode }, steps);
  expectNoShutdown(r);
  const r2 = runKernel({ mode }, [(sim) => sim.store.toolstackWrite("control/shutdown", "crash")]);
  expectShutdown(r2, CRASH);
});

test.run();
