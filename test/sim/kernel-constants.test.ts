// The simulator takes its ABI numbers from kernel.ts: the reader must evaluate what kernel.ts
// writes, skip what is not a constant number, and fail loudly when a name it needs is missing.

import { test } from "uvu";
import * as assert from "uvu/assert";
import { constantsFrom, kernelConstants, topLevelIntegerConstants } from "./kernel-constants";

test("top-level integer constants are evaluated, including expressions over earlier ones", () => {
  const table = topLevelIntegerConstants([
    "const A = 2;                 // a comment",
    "const B = 0x10;",
    "const C = -22;",
    "const D = (A + B) * 3 - 1;",
    "const E = 1 << 4 | B >>> 1 & ~0;",
    "export const F = A ^ 3, G = B >> 2;",
    "const H = 1_000;",
  ].join("\n"));
  assert.equal([...table], [["A", 2], ["B", 16], ["C", -22], ["D", 53], ["E", 24], ["F", 1], ["G", 4], ["H", 1000]]);
});

test("anything that is not a top-level const integer is left out", () => {
  const table = topLevelIntegerConstants([
    "let L = 1;",
    "var V = 1;",
    'const S = "text";',
    "const Q = 1.5;",
    "const U = 9007199254740993 * 2;",
    "const CALL = staticBuffer(64, 8);",
    "const LATER = EARLIER + 1;",
    "const EARLIER = 1;",
    "const DIVIDED = 6 / 3;",
    "function f(): void { const INNER = 1; }",
  ].join("\n"));
  assert.equal([...table.keys()], ["EARLIER"]);
});

test("a missing name is an error that names every missing one and the file", () => {
  const table = new Map([["THERE", 1]]);
  assert.equal(constantsFrom(table, ["THERE"], "k.ts"), { THERE: 1 });
  assert.throws(() => constantsFrom(table, ["THERE", "GONE", "ALSO_GONE"], "k.ts"), /^k\.ts declares no .*for GONE, ALSO_GONE,/);
  assert.throws(() => kernelConstants("HYPERCALL_SCHED_OP", "NO_SUCH_CONSTANT_IN_KERNEL"), /kernel\.ts declares no .*NO_SUCH_CONSTANT_IN_KERNEL/);
});

test("kernel.ts declares the numbers the simulator dispatches on, each hypercall number once", () => {
  const k = kernelConstants("HYPERCALL_UPDATE_VA_MAPPING", "HYPERCALL_XEN_VERSION", "HYPERCALL_SCHED_OP", "HYPERCALL_EVENT_CHANNEL_OP");
  const numbers = Object.values(k);
  assert.is(new Set(numbers).size, numbers.length, "two hypercalls would share a stub");
  for (const n of numbers) assert.ok(Number.isInteger(n) && n >= 0 && n < 128, `hypercall ${n} is on the page`);
});

test.run();
