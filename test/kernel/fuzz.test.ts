// test/kernel/fuzz.test.ts — thousands of generated control/testing values against kernel.ts.
//
// What it checks: for every generated value (valid commands in both protocols, near-valid
// mutations, printable junk, binary bytes, values up to 4096 bytes) the kernel never throws,
// never writes outside its buffers (SimMemory throws if it does), decides exactly what a small
// reference model of docs/usage.md (control/testing) decides (act now / set an override / set a
// timer / cancel / change the suspend channel / bogus), and still obeys a
// valid command afterwards. Values are fed in batches to one booted kernel, so a command's
// effect on later ones (a pending override) is exercised too. The generator is a seeded PRNG
// written here; set KERNEL_FUZZ_RUNS / KERNEL_FUZZ_SEED to change the amount or the seed.
// It runs once per boot mode, PV and PVH, with the same seed (so the same values): 1500 values
// in each by default, half of the 3000 it fed one PV kernel before PVH, so the suite takes no
// longer. A suspend comes back as a new domain, cancelled, or checkpointed (xl save -c).
// Timers never run out here (no simulated second passes), except those of 0 seconds, which
// fire at once. `watchdog` is generated only where it is never triggered (an override), since
// Xen would end the domain a second after it is armed, wherever the batch had got to.
// What it does not check: control/shutdown values (the control rows cover those words).

import { test } from "uvu";
import * as assert from "uvu/assert";
import { eachMode, KernelSpins, runKernel, Step, SuspendOutcome, toolstackWrite } from "../sim/sim";
import { prng } from "../sim/prng";

const RUNS = Number(process.env.KERNEL_FUZZ_RUNS ?? 1500);   // per boot mode
const SEED = Number(process.env.KERNEL_FUZZ_SEED ?? 20261125);
const BATCH = 60;


const ACTIONS = ["suspend", "poweroff", "reboot", "halt", "crash", "ignore", "hang", "spin", "watchdog", "soft-reset"];
/** what the generator lets happen at once (now:, after:0:): all but watchdog (see above) */
const IMMEDIATE = ACTIONS.filter((a) => a !== "watchdog");
/** actions after which the kernel does nothing more: the batch ends there */
const TERMINAL = new Set(["poweroff", "reboot", "halt", "crash", "soft-reset", "hang", "spin"]);
/** how a batch ending in each terminal action ends: a shutdown reason, "end" (hang: the script runs out), "spins" */
const ENDING: Record<string, number | "end" | "spins"> = { poweroff: 0, halt: 0, reboot: 1, crash: 3, "soft-reset": 5, hang: "end", spin: "spins" };
const SECONDS_MAX = 86400;
const WORDS = [...ACTIONS, "Reboot", "reboot ", "dance", "", "now", "onshutdown", "ok", "none", "delete", "cancel", "after"];
const SECONDS_TEXTS = ["0", "1", "5", "86400", "86401", "-1", "1.5", "1e3", "05", "", "x", "999999", "0000000"];

class Generator {
  constructor(private readonly random: () => number) {}
  int(n: number): number { return Math.floor(this.random() * n); }
  pick<T>(xs: T[]): T { return xs[this.int(xs.length)]; }
  chance(p: number): boolean { return this.random() < p; }

  space(): string {
    if (!this.chance(0.3)) return "";
    let s = "";
    const n = 1 + this.int(4);
    for (let i = 0; i < n; i++) s += this.pick([" ", "\t", "\n", "\r"]);
    return s;
  }

  jsonString(text: string): string {
    let out = '"';
    for (const ch of text) {
      const code = ch.charCodeAt(0);
      if (ch === '"' || ch === "\\") out += "\\" + ch;
      else if (code < 32) out += "\\u" + code.toString(16).padStart(4, "0");
      else if (this.chance(0.1)) out += "\\u" + code.toString(16).padStart(4, "0");
      else if (ch === "/" && this.chance(0.5)) out += "\\/";
      else out += ch;
    }
    return out + '"';
  }

  jsonValue(depth: number): string {
    const kind = depth > 3 ? this.int(4) : this.int(6);
    switch (kind) {
      case 0: return this.pick(["true", "false", "null"]);
      case 1: return this.pick(["0", "-1", "12.5e3", "1E-7", "42", "-0.0", "86400", "86401", "7", "1e3", "5.0"]);
      case 2: return this.jsonString(this.pick(WORDS) + this.pick(["", "é", "\u263a", "\n"]));
      case 3: return this.jsonString(this.pick(ACTIONS));
      case 4: {
        const n = this.int(4);
        const items = [];
        for (let i = 0; i < n; i++) items.push(this.space() + this.jsonValue(depth + 1) + this.space());
        return "[" + items.join(",") + "]";
      }
      default: {
        const n = this.int(3);
        const items = [];
        for (let i = 0; i < n; i++) items.push(this.space() + this.jsonString(this.pick(["x", "when ", "a", "ack2"])) + ":" + this.jsonValue(depth + 1));
        return "{" + items.join(",") + "}";
      }
    }
  }

  /** a count of seconds as JSON: mostly good, sometimes one of the forms the kernel refuses */
  jsonSeconds(): string {
    if (this.chance(0.7)) return String(this.pick([0, 0, 1, 3, 60, 86400]));
    return this.pick(["86401", "-1", "1.5", "1e3", "5.0", '"5"', "null", "[]", "123456789"]);
  }

  validJson(): string {
    const when = this.chance(0.5) ? "now" : "onshutdown";
    const members = [
      ["when", when],
      ["ack", this.chance(0.7) ? this.pick(["ok", "none", "delete"]) : this.pick(["custom", "x".repeat(this.int(50)), "ünï"])],
      ["action", this.pick(when === "now" ? IMMEDIATE : ACTIONS)],
    ].map(([k, v]) => this.space() + this.jsonString(k) + this.space() + ":" + this.space() + this.jsonString(v) + this.space());
    if (this.chance(0.3)) members.push(this.jsonString("delay") + ":" + this.space() + this.jsonSeconds());
    if (this.chance(when === "now" ? 0.05 : 0.3)) members.push(this.jsonString("ackDelay") + ":" + this.jsonSeconds() + this.space());
    const extra = this.int(3);
    for (let i = 0; i < extra; i++) members.splice(this.int(members.length + 1), 0, this.jsonString(this.pick(["x", "y", "meta"])) + ":" + this.jsonValue(1));
    for (let i = members.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [members[i], members[j]] = [members[j], members[i]];
    }
    return this.space() + "{" + members.join(",") + "}" + this.space();
  }

  validText(): string {
    switch (this.int(7)) {
      case 0: return "now:" + this.pick(IMMEDIATE);
      case 1: case 2: return "next:" + this.pick(ACTIONS);
      case 3: {
        const seconds = this.chance(0.6) ? String(this.pick([0, 1, 2, 30, 86400])) : this.pick(SECONDS_TEXTS);
        const action = this.pick(seconds === "0" ? IMMEDIATE : ACTIONS);
        return this.pick([`after:${seconds}:${action}`, `after:${seconds}:${action}`, `after:${seconds}`, `after::${action}`, `after:${seconds}:`]);
      }
      case 4: return this.pick(["cancel", "cancel", "cancel ", "cancel:x"]);
      case 5: return "suspend-channel:" + this.pick(["on", "ignore", "off", "maybe", ""]);
      default: switch (this.int(3)) {
        case 0: return "agent:" + this.pick(["on", "off", "On", ""]);
        case 1: return "feature:" + this.pick(["suspend", "balloon", "vcpu-hotplug", "x_1", "", "Bad", "a".repeat(33)]) + this.pick([":on", ":off", ":absent", ":maybe", "", ":"]);
        default: return "cant-suspend:" + this.pick(["", "busy", "a \"quoted\" reason", "x".repeat(this.int(300))]);
      }
    }
  }

  mutate(s: string): string {
    let out = s;
    const n = 1 + this.int(3);
    for (let i = 0; i < n; i++) {
      const at = this.int(out.length + 1);
      switch (this.int(6)) {
        case 0: out = out.slice(0, at) + out.slice(at + 1); break;
        case 1: out = out.slice(0, at) + String.fromCharCode(this.int(256)) + out.slice(at); break;
        case 2: out = out.slice(0, at) + String.fromCharCode(32 + this.int(95)) + out.slice(at + 1); break;
        case 3: out = out.slice(0, at); break;
        case 4: out = out.slice(0, at) + out.slice(at, at + 5).repeat(2) + out.slice(at + 5); break;
        default: out = out.slice(0, at) + this.pick(["{", "}", '"', "\\", ":", ",", "[", "\\u12", "\\ud800"]) + out.slice(at); break;
      }
    }
    return out;
  }

  value(): Buffer {
    const kind = this.int(8);
    let s: string;
    switch (kind) {
      case 0: s = this.validText(); break;
      case 1: case 2: s = this.validJson(); break;
      case 3: s = this.mutate(this.validText()); break;
      case 4: s = this.mutate(this.validJson()); break;
      case 5: {
        s = "";
        const n = 1 + this.int(200);
        for (let i = 0; i < n; i++) s += String.fromCharCode(32 + this.int(95));
        break;
      }
      case 6: {
        const n = 1 + this.int(300);
        s = "";
        for (let i = 0; i < n; i++) s += String.fromCharCode(this.int(256));
        break;
      }
      default: {
        // long: a valid command padded out towards 4096 bytes, or plain filler
        const target = 1000 + this.int(3097);
        if (this.chance(0.5)) {
          const base = this.validJson();
          s = base.replace("{", '{"pad":' + this.jsonString("p".repeat(Math.max(0, target - base.length - 10))) + ",");
        } else {
          s = "q".repeat(target);
        }
        s = s.slice(0, 4096);
      }
    }
    if (s.length === 0) s = "x";
    return Buffer.from(s, "latin1");
  }
}

type Decision = { kind: "now" | "next" | "timer" | "cancel" | "channel" | "agent" | "feature" | "cant" | "bogus"; action?: string; seconds?: number };

/**
 * A JSON value read from text already known to be valid JSON, keeping what JSON.parse loses:
 * each number's own text (the kernel wants seconds written in digits alone) and every member
 * of an object in order, duplicates included (the kernel looks at each one as it comes).
 */
type Raw = { kind: "number"; text: string } | { kind: "string"; value: string } | { kind: "other" }
  | { kind: "object"; members: [string, Raw][]; depth: number } | { kind: "array"; depth: number };

function readRaw(text: string): Raw {
  let at = 0;
  const space = () => { while (at < text.length && " \t\n\r".includes(text[at])) at++; };
  const str = (): string => {
    const start = at++;
    while (text[at] !== '"') at += text[at] === "\\" ? 2 : 1;
    at++;
    return JSON.parse(text.slice(start, at)) as string;
  };
  const value = (): Raw => {
    space();
    const c = text[at];
    if (c === '"') return { kind: "string", value: str() };
    if (c === "{" || c === "[") {
      at++;
      const members: [string, Raw][] = [];
      let depth = 0;
      space();
      while (text[at] !== (c === "{" ? "}" : "]")) {
        let key = "";
        if (c === "{") { space(); key = str(); space(); at++; }
        const v = value();
        members.push([key, v]);
        if (v.kind === "object" || v.kind === "array") depth = Math.max(depth, v.depth);
        space();
        if (text[at] === ",") at++;
        space();
      }
      at++;
      return c === "{" ? { kind: "object", members, depth: depth + 1 } : { kind: "array", depth: depth + 1 };
    }
    const start = at;
    while (at < text.length && !",]} \t\n\r".includes(text[at])) at++;
    const word = text.slice(start, at);
    return /^[-0-9]/.test(word) ? { kind: "number", text: word } : { kind: "other" };
  };
  return value();
}

/** seconds as the kernel accepts them: digits alone (at most six), 0 … 86400; else undefined */
function secondsOf(text: string): number | undefined {
  if (!/^[0-9]{1,6}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= SECONDS_MAX ? n : undefined;
}

/** docs/usage.md's control/testing rules as plain JavaScript: what should the kernel decide for this value? */
function reference(value: Buffer): Decision {
  const s = value.toString("latin1");
  const trimmed = s.replace(/^[ \t\n\r]*/, "");
  if (trimmed.startsWith("{")) {
    try {
      JSON.parse(s);
    } catch {
      return { kind: "bogus" };
    }
    const top = readRaw(s);
    // a member's value nested more than 32 levels deep (the kernel's JSON_MAX_DEPTH)
    if (top.kind !== "object" || top.depth - 1 > 32) return { kind: "bogus" };
    const found: Record<string, Raw> = {};
    for (const [key, v] of top.members) {
      if (["when", "ack", "action"].includes(key) && v.kind !== "string") return { kind: "bogus" };
      if (["delay", "ackDelay"].includes(key) && (v.kind !== "number" || secondsOf(v.text) === undefined)) return { kind: "bogus" };
      found[key] = v;
    }
    const text = (key: string) => (found[key]?.kind === "string" ? (found[key] as { value: string }).value : undefined);
    const when = text("when");
    const action = text("action");
    if (when === undefined || text("ack") === undefined || action === undefined) return { kind: "bogus" };
    if (!ACTIONS.includes(action)) return { kind: "bogus" };
    const delay = found.delay ? secondsOf((found.delay as { text: string }).text) : undefined;
    if (when === "now") {
      if (found.ackDelay) return { kind: "bogus" };
      return delay === undefined ? { kind: "now", action } : { kind: "timer", action, seconds: delay };
    }
    if (when === "onshutdown") return { kind: "next", action };
    return { kind: "bogus" };
  }
  if (s.startsWith("now:")) return ACTIONS.includes(s.slice(4)) ? { kind: "now", action: s.slice(4) } : { kind: "bogus" };
  if (s.startsWith("next:")) return ACTIONS.includes(s.slice(5)) ? { kind: "next", action: s.slice(5) } : { kind: "bogus" };
  if (s.startsWith("after:")) {
    const rest = s.slice(6);
    const colon = rest.indexOf(":");
    if (colon <= 0 || colon === rest.length - 1) return { kind: "bogus" };
    const seconds = secondsOf(rest.slice(0, colon));
    const action = rest.slice(colon + 1);
    if (seconds === undefined || !ACTIONS.includes(action)) return { kind: "bogus" };
    return { kind: "timer", action, seconds };
  }
  if (s === "cancel") return { kind: "cancel" };
  if (s.startsWith("suspend-channel:")) return ["on", "ignore", "off"].includes(s.slice(16)) ? { kind: "channel" } : { kind: "bogus" };
  if (s === "agent:on" || s === "agent:off") return { kind: "agent" };
  if (s.startsWith("feature:")) return /^feature:[a-z0-9_-]{1,32}:(on|off|absent)$/.test(s) ? { kind: "feature" } : { kind: "bogus" };
  if (s.startsWith("cant-suspend:")) return { kind: "cant" };
  return { kind: "bogus" };
}

/** the action this decision performs before the next value is read, if any */
function immediateAction(d: Decision): string | undefined {
  if (d.kind === "now") return d.action;
  if (d.kind === "timer" && d.seconds === 0) return d.action;
  return undefined;
}

eachMode(test, `${RUNS} generated control/testing values (seed ${SEED}): no throw, no wild write, reference decisions, still obeys`, (mode) => {
  const gen = new Generator(prng(SEED));
  const counts = { values: 0, now: 0, next: 0, timer: 0, cancel: 0, channel: 0, agent: 0, feature: 0, cant: 0, bogus: 0, terminal: 0, batches: 0, bytes: 0, suspends: 0 };
  let produced = 0;
  while (produced < RUNS) {
    const values: Buffer[] = [];
    const decisions: Decision[] = [];
    let terminal = false;
    while (values.length < BATCH && produced < RUNS && !terminal) {
      const v = gen.value();
      const d = reference(v);
      values.push(v);
      decisions.push(d);
      produced++;
      terminal = TERMINAL.has(immediateAction(d) ?? "");
    }
    const toolstack = gen.chance(0.5) ? "xl" : "xenopsd";
    const steps: Step[] = values.map((v) => toolstackWrite("control/testing", v));
    if (!terminal) steps.push(toolstackWrite("control/testing", "now:crash"));
    // A suspend comes back, as a new domain, cancelled or checkpointed, whichever the PRNG says.
    const suspendOutcomes = Array.from({ length: BATCH }, () => gen.pick<SuspendOutcome>(["resume", "cancel", "checkpoint"]));
    const r = runKernel({ mode, toolstack, hypercallBudget: 20_000_000, suspendOutcomes }, steps);
    counts.batches++;
    const context = () => `${mode}, seed ${SEED}, batch ${counts.batches}, values ${JSON.stringify(values.map((v) => v.toString("latin1")))}`;
    const last = decisions[decisions.length - 1];
    const ending = terminal ? ENDING[immediateAction(last)!] : 3;
    if (ending === "spins") {
      assert.ok(r.error instanceof KernelSpins, `${String(r.error)} (${context()})`);
    } else {
      assert.ok(r.error === undefined, `${String(r.error)} (${context()})`);
      assert.is(r.outcome, ending === "end" ? "end" : "shutdown", context());
      if (ending !== "end") assert.is(r.reason, ending, context());
    }
    // Split the log into one segment per received value.
    const segments: string[][] = [];
    for (const line of r.lines) {
      if (line.startsWith("control/testing = ")) segments.push([]);
      else if (segments.length > 0) segments[segments.length - 1].push(line);
    }
    // After a resume the re-registered watch shows the last (unacknowledgeable, under xl) value
    // again; the kernel recognises it and does not obey it twice. Those are not new values.
    const repeats = segments.filter((seg) => seg[0] === "already handled before the suspend; not again");
    assert.ok(repeats.every((seg) => seg.length === 1), context());
    segments.splice(0, segments.length, ...segments.filter((seg) => !repeats.includes(seg)));
    assert.equal(r.sim.saveProblems, [], context());
    const expectedSegments = values.length + (terminal ? 0 : 1);
    assert.is(segments.length, expectedSegments, `every value was seen (${context()})`);
    decisions.forEach((d, i) => {
      const seg = segments[i];
      const say = `value ${JSON.stringify(values[i].toString("latin1")).slice(0, 300)} → ${JSON.stringify(d)}, kernel said ${JSON.stringify(seg)}`;
      if (d.kind === "bogus") assert.ok(seg.some((l) => l.startsWith("bogus command: ")), say);
      else assert.not.ok(seg.some((l) => l.startsWith("bogus command: ")), say);
      const acted = immediateAction(d);
      if (acted !== undefined) assert.ok(seg.includes(`action: ${acted}`), say);
      if (d.kind === "timer") assert.ok(seg.includes(`timer set: ${d.action} in ${d.seconds} s`), say);
      if (d.kind === "timer" && d.seconds === 0) assert.ok(seg.includes(`timer fired: ${d.action}`), say);
      if (d.kind === "cancel") assert.ok(seg.some((l) => l.endsWith("nothing was pending") || / cancelled: /.test(l)), say);
      if (d.kind === "channel") assert.ok(seg.some((l) => l.startsWith("suspend channel: ")), say);
      if (d.kind === "agent") assert.ok(seg.some((l) => l === "agent: on" || l === "agent: off"), say);
      if (d.kind === "feature") assert.ok(seg.some((l) => l.startsWith("feature-")), say);
      if (d.kind === "cant") assert.ok(seg.some((l) => l.startsWith("cant-suspend: ")), say);
      if (acted === "hang" || acted === "spin") assert.is(seg.filter((l) => l !== "").pop(), `action: ${acted}`, `nothing after it (${say})`);
      if (acted === "suspend") {
        assert.ok(seg.includes("suspending") && (seg.includes("resumed in a new domain") || seg.includes("suspend cancelled")), say);
        counts.suspends++;
      }
      if (d.kind === "next") assert.ok(seg.includes(`override set: ${d.action}`), say);
      counts[d.kind]++;
      counts.values++;
      counts.bytes += values[i].length;
    });
    if (terminal) counts.terminal++;
    // Whatever came in, the status the kernel published last is JSON, and names the last value.
    const status = r.sim.store.value("data/test-vm/status");
    assert.ok(status !== undefined, `a status was written (${context()})`);
    const parsed = JSON.parse(status!) as { commands: number; last: string | null };
    assert.ok(parsed.commands >= values.length, `commands counted (${context()})`);
  }
  console.log(`  kernel fuzz [${mode}]: ${JSON.stringify(counts)}`);
});

test.run();
