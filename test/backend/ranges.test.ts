// Unit tests of the value-range analysis (backend/ranges.ts), seen through the code it lets the
// emitter write: which trap tests are left in a function's assembly. Each case is a small program
// whose only checks are the ones named; the differential and trap programs check the behaviour.

import { test } from "uvu";
import * as assert from "uvu/assert";
import { compileSource } from "../../backend/compile";

/** The trap messages (without FILE:LINE:COL) a program's assembly can reach, and how many `jo`. */
function checks(source: string): { traps: string[]; jo: number; text: string } {
  const result = compileSource("unit.ts", source);
  assert.ok(result.ok, result.errors.join("\n"));
  const traps = [...result.asm.matchAll(/# trap: unit\.ts:\d+:\d+: (.*)$/gm)].map((match) => match[1]);
  return { traps, jo: (result.asm.match(/\tjo /g) ?? []).length, text: result.asm };
}

const DECLARE = "declare function load32(address: number): number;\ndeclare function printInt(n: number): void;\n";

test("a uint32 load plus a small constant needs no check; a bare parameter plus one does", () => {
  assert.equal(checks(DECLARE + "export function f(a: number): number { return load32(a) + 3080; }").traps, []);
  const unknown = checks(DECLARE + "export function f(a: number): number { return a + 3080; }");
  assert.equal(unknown.traps, ["integer result outside the exact range"]);
  assert.is(unknown.jo, 1);
});

test("the difference of two uint32 values, then >>> 0, has no check and one movl", () => {
  const c = checks(DECLARE + "export function f(a: number, b: number): number { return (load32(a) - load32(b)) >>> 0; }");
  assert.equal(c.traps, []);
  assert.match(c.text, /movl %eax, %eax/);
  assert.not.match(c.text, /shrl/);
});

test("a counter bounded by a constant has no check; bounded by an exported parameter it keeps the upper one", () => {
  assert.equal(checks(DECLARE + "export function f(): void { for (let i = 0; i < 100; i++) printInt(i * i); }").traps, []);
  const open = checks(DECLARE + "export function f(n: number): void { for (let i = 0; i < n; i++) printInt(i); }");
  assert.equal(open.traps, ["integer result outside the exact range"]);
  assert.is(open.jo, 0);
  assert.not.match(open.text, /\tjl /);
});

test("parameters of a non-exported function are the union of its call sites", () => {
  const small = "function g(a: number): number { return a * 1000; }\nexport function f(): void { printInt(g(3)); printInt(g(-7)); }";
  assert.equal(checks(DECLARE + small).traps, []);
  const big = small.replace("g(-7)", "g(9007199254741)");
  assert.equal(checks(DECLARE + big).traps, ["integer result outside the exact range"]);
});

test("a module let assigned in several places keeps the union; a call cannot hide a big value", () => {
  const program = "let n = 0;\nfunction set(v: number): void { n = v; }\nexport function f(): void { n = 5; set(7); printInt(n + 1); }";
  assert.equal(checks(DECLARE + program).traps, []);
  assert.equal(checks(DECLARE + program.replace("set(7)", "set(9007199254740991)")).traps, ["integer result outside the exact range"]);
});

test("charCodeAt in a loop `i < s.length` has no index test; with `<=` it keeps it", () => {
  const loop = "export function f(s: string): void { for (let i = 0; i < s.length; i++) printInt(s.charCodeAt(i)); }";
  assert.not.ok(checks(DECLARE + loop).traps.includes("charCodeAt index out of range"));
  assert.ok(checks(DECLARE + loop.replace("i < s.length", "i <= s.length")).traps.includes("charCodeAt index out of range"));
  const reassigned = "export function f(s: string, t: string): void { for (let i = 0; i < s.length; i++) { s = t; printInt(s.charCodeAt(i)); } }";
  assert.ok(checks(DECLARE + reassigned).traps.includes("charCodeAt index out of range"));
});

test("divisors: a power of two is a shift or a mask; a range without 0 has no zero test; one with 0 keeps it", () => {
  const shifts = checks(DECLARE + "export function f(a: number): void { printInt(Math.floor(a / 4096)); printInt(a % 8); printInt((a / 16) | 0); }");
  assert.equal(shifts.traps, []);
  assert.not.match(shifts.text, /idivq/);
  assert.match(shifts.text, /sarq \$12, %rax/);
  assert.equal(checks(DECLARE + "export function f(a: number): void { for (let d = 1; d < 10; d++) printInt(a % d); }").traps, []);
  assert.equal(checks(DECLARE + "export function f(a: number): void { for (let d = 0; d < 10; d++) printInt(a % d); }").traps, ["remainder by zero"]);
});

test("a let or a function whose symbol addressOf names is unknown: memory or Xen may change or call it", () => {
  const program = "declare function addressOf(symbol: string): number;\ndeclare function store64(address: number, value: number): void;\n" +
    "let n = 1;\nexport function f(): void { store64(addressOf(\"var.n\"), 9007199254740991); printInt(n + 1); }";
  assert.equal(checks(DECLARE + program).traps, ["integer result outside the exact range"]);
  assert.equal(checks(DECLARE + program.replace('"var.n"', '"var.m"')).traps, []);
  const callback = "declare function addressOf(symbol: string): number;\nfunction g(a: number): number { return a + 1; }\n" +
    "export function f(): number { return g(2) + addressOf(\"fn.g\"); }";
  assert.equal(checks(DECLARE + callback).traps.length, 2);
});

test("widening ends a loop whose counter grows without bound, and keeps its check", () => {
  const c = checks(DECLARE + "export function f(): void { let x = 1; while (x !== 0) { x = x * 2; printInt(x); } }");
  assert.equal(c.traps, ["integer result outside the exact range"]);
});

test.run();
