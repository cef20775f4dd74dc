// Error tests: every construct outside the subset is rejected with a located, explanatory message.
//
// Each case is one small program, inline below, and the exact LINE:COL plus a fragment of the
// message the backend must report there (a few programs carry several errors, one case each). The helper
// `expectError` requires both to match the *same* diagnostic line, so a right message at a wrong
// place fails; a test-of-the-test at the end proves that. Programs that must compile are not here
// (see golden.test.ts and the differential tests).

import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { execFileSync } from "child_process";
import * as os from "os";
import { runCli, USAGE } from "../../backend/cli";
import { checkProgram } from "../../backend/check";
import { compileSource, compileSourceDetailed } from "../../backend/compile";
import { BackendBug } from "../../backend/diagnostics";

const FILE = "case.ts";
const GOLDEN_DIRECTORY = path.join(__dirname, "..", "..", "..", "test", "backend", "golden");

/** Assert that compiling `source` fails with a diagnostic at `position` ("LINE:COL") containing `fragment`. */
export function expectError(source: string, position: string, fragment: string, fileName = FILE): void {
  const result = compileSource(fileName, source);
  assert.is(result.ok, false, "the program should be rejected");
  assert.is(result.asm, "", "no assembly for a rejected program");
  const prefix = `${fileName}:${position}: `;
  const hit = result.errors.find((line) => line.startsWith(prefix) && line.includes(fragment));
  if (!hit) {
    assert.unreachable(`expected an error at ${position} containing ${JSON.stringify(fragment)}; got:\n  ${result.errors.join("\n  ")}`);
  }
  assert.not.ok(result.errors.some((line) => line.includes("internal error")), "no internal error");
}

/** A program whose body is `lines`, inside `function f(): void { … }` starting on line 2. */
function body(...lines: string[]): string {
  return ["export function f(a: number, b: number): void {", ...lines, "}", ""].join("\n");
}

interface Case {
  readonly name: string;
  readonly source: string;
  readonly at: string; // LINE:COL, 1-based
  readonly fragment: string;
}

// Calls and globals outside the subset. Several errors in one run: each case below is one of them.
const CALLS_PROGRAM = [
  "export function run(text: string): number {",
  "  return parseInt(text);",
  "  return Math.PI | 0;",
  "  return text.charCodeAt(0, 1);",
  "  Infinity;",
  "  return run?.(text);",
  "}",
  "",
].join("\n");

// Module-level declarations outside the subset. Several errors in one run: each case below is one of them.
const MODULE_LEVEL_PROGRAM = [
  "let ready = false;",
  "if (ready) ready = false;",
  "const WHEN = Date.now();",
  "const [A, B] = [1, 2];",
  "interface Shape { sides: number; }",
  "var legacy = 1;",
  "const HALF = 2 > 1 ? 1 : 0.5;",
  "",
].join("\n");

// Statements outside the subset inside one function. Several errors in one run: each case below is one of them.
const STATEMENTS_PROGRAM = [
  "export function run(count: number): number {",
  "  loop: for (let i = 0; i < count; i++) {",
  "    if (i === 3) break loop;",
  "  }",
  "  throw count;",
  "  debugger;",
  "  enum Local { A }",
  "  type Alias = number;",
  "  let pending: number;",
  "  return (count > 1) + 1;",
  "}",
  "",
].join("\n");

const cases: Case[] = [
  { name: "class", source: "class Point { x = 1; }\n", at: "1:1", fragment: "a class is not supported here" },
  { name: "arrow function", source: body("  const g = (x: number) => x;"), at: "2:13", fragment: "an arrow function is not supported here" },
  { name: "closure (function expression)", source: body("  const g = function (x: number): number { return x + a; };"), at: "2:13", fragment: "a function expression (closure)" },
  { name: "nested function", source: body("  function inner(): number { return a; }"), at: "2:3", fragment: "a nested function is not supported here: declare functions at the top level" },
  { name: "object literal", source: body("  const o = { x: 1 };"), at: "2:13", fragment: "an object literal is not supported here" },
  { name: "array literal", source: body("  const xs = [1, 2];"), at: "2:14", fragment: "an array literal is not supported here: use staticBuffer" },
  { name: "var", source: body("  var v = 1;"), at: "2:3", fragment: "`var` is not supported here: write `const` or `let`" },
  { name: "throw", source: body("  throw 1;"), at: "2:3", fragment: "throw is not supported here" },
  { name: "try/catch", source: body("  try { a = 1; } catch { a = 2; }"), at: "2:3", fragment: "try/catch is not supported here" },
  { name: "async function", source: "export async function f(): Promise<void> {}\n", at: "1:1", fragment: "an async function is not supported here" },
  { name: "any", source: body("  let x: any = 1;", "  a = x;"), at: "2:7", fragment: "a variable of type 'any'" },
  { name: "==", source: body("  if (a == b) a = 1;"), at: "2:9", fragment: "== is not supported here: write ===" },
  { name: "!=", source: body("  if (a != b) a = 1;"), at: "2:9", fragment: "!= is not supported here: write !==" },
  { name: "bare division", source: body("  a = a / b;"), at: "2:7", fragment: "a bare division a / b is not supported here: write Math.floor(a / b)" },
  { name: "float literal", source: body("  a = 1.5;"), at: "2:7", fragment: "the non-integer number 1.5" },
  { name: "unsafe literal", source: body("  a = 9007199254740993;"), at: "2:7", fragment: "the number 9007199254740993 (outside ±(2^53−1))" },
  { name: "string +", source: body('  const s = "a" + "b";'), at: "2:13", fragment: "string concatenation (+)" },
  { name: "string ===", source: body('  const s = "a";', '  if (s === "b") a = 1;'), at: "3:7", fragment: "comparing strings with ===" },
  { name: "template literal", source: body("  const s = `x${a}`;"), at: "2:13", fragment: "a template literal is not supported here" },
  { name: "labelled break", source: body("  outer: while (a < b) { break outer; }"), at: "2:3", fragment: "a labelled statement is not supported here" },
  { name: "for-of", source: body('  for (const c of "ab") a = 1;'), at: "2:3", fragment: "for…of is not supported here: write a counting loop" },
  { name: "for-in", source: body("  for (const k in {}) a = 1;"), at: "2:3", fragment: "for…in is not supported here" },
  { name: "optional parameter", source: "export function f(a?: number): void {}\n", at: "1:19", fragment: "an optional parameter is not supported here" },
  { name: "default parameter", source: "export function f(a = 1): void {}\n", at: "1:23", fragment: "a default parameter value" },
  {
    name: "more than 6 parameters",
    source: "export function f(a: number, b: number, c: number, d: number, e: number, g: number, h: number): void {}\n",
    at: "1:85",
    fragment: "a function with more than 6 parameters",
  },
  { name: "generics", source: "export function id<T>(x: T): T { return x; }\n", at: "1:20", fragment: "a generic function is not supported here" },
  { name: "getter", source: body("  const o = { get x() { return 1; } };"), at: "2:13", fragment: "an object literal" },
  { name: "non-constant module init", source: "function g(): number { return 1; }\nconst X = g();\n", at: "2:11", fragment: "a module-level const that is not a constant expression" },
  { name: "unsafe module fold", source: "const BIG = 4503599627370496 * 4;\n", at: "1:13", fragment: "outside the exact integer range" },
  { name: "module let with non-constant init", source: "function g(): number { return 1; }\nlet y = g() + 1;\n", at: "2:9", fragment: "a module-level let with a non-constant initialiser" },
  {
    name: "staticBuffer outside a module const",
    source: "declare function staticBuffer(bytes: number, align: number): number;\nexport function f(): number {\n  return staticBuffer(64, 8);\n}\n",
    at: "3:10",
    fragment: "staticBuffer inside a function is not supported here",
  },
  {
    name: "hypercall with a non-constant op",
    source:
      "declare function hypercall(op: number, a1: number, a2: number, a3: number, a4: number, a5: number): number;\n" +
      "export function f(op: number): number {\n  return hypercall(op, 0, 0, 0, 0, 0);\n}\n",
    at: "3:20",
    fragment: "a hypercall whose number is not a constant",
  },
  {
    name: "hypercall number beyond the page",
    source:
      "declare function hypercall(op: number, a1: number, a2: number, a3: number, a4: number, a5: number): number;\n" +
      "const OP = 64 * 2;\nexport function f(): number {\n  return hypercall(OP, 0, 0, 0, 0, 0);\n}\n",
    at: "4:20",
    fragment: "the hypercall number 128 is not supported here: the hypercall page holds 128 stubs: numbers 0…127",
  },
  {
    name: "addressOf with a non-literal",
    source: 'declare function addressOf(symbol: string): number;\nexport function f(): number {\n  const name = "x";\n  return addressOf(name);\n}\n',
    at: "4:20",
    fragment: "addressOf with a computed argument",
  },
  {
    name: "addressOf with a non-symbol",
    source: 'declare function addressOf(symbol: string): number;\nconst P = addressOf("a b");\n',
    at: "2:21",
    fragment: 'addressOf("a b")',
  },
  {
    name: "intrinsic declared with the wrong signature",
    source: "declare function load8(address: number): boolean;\n",
    at: "1:1",
    fragment: "the intrinsic load8 must be declared exactly as: declare function load8(a1: number): number;",
  },
  { name: "Math.max", source: body("  a = Math.max(a, b);"), at: "2:7", fragment: "Math.max is not supported here: only Math.floor(a / b)" },
  { name: "console.log", source: body("  console.log(a);"), at: "2:3", fragment: "console.log is not supported here: declare an external function" },
  { name: "Math.floor of a non-division", source: body("  a = Math.floor(a);"), at: "2:7", fragment: "Math.floor of anything but a division" },
  { name: "new", source: body("  const d = new Date();"), at: "2:13", fragment: "new is not supported here" },
  { name: "delete", source: body("  const o = 1;", "  delete (o as any).x;"), at: "3:3", fragment: "delete is not supported here" },
  { name: "typeof", source: body("  const t = typeof a;"), at: "2:13", fragment: "typeof is not supported here" },
  { name: "rest parameter", source: "function g(a: number, b: number): number { return a; }\nexport function f(...xs: number[]): void {\n  g(...xs);\n}\n", at: "2:19", fragment: "a rest parameter" },
  { name: "spread argument", source: "function g(x: number, y: number): number { return x; }\nexport function f(): void {\n  g(...[1, 2]);\n}\n", at: "3:5", fragment: "spread (...) is not supported here: pass each argument explicitly" },
  { name: "getter in a class", source: "class Box { get size(): number { return 1; } }\n", at: "1:1", fragment: "a class is not supported here" },
  { name: "destructuring", source: body("  const [x, y] = [a, b];"), at: "2:9", fragment: "destructuring is not supported here" },
  { name: "tsc type error", source: body('  a = "text";'), at: "2:3", fragment: "error TS2322: Type 'string' is not assignable to type 'number'." },
  { name: "exponentiation", source: body("  a = a ** 2;"), at: "2:9", fragment: "exponentiation (**)" },
  { name: "comma operator", source: body("  a = (a, b);"), at: "2:9", fragment: "the comma operator" },
  { name: "indexing", source: body('  const s = "ab";', "  a = s[0] === 'a' ? 1 : 0;"), at: "3:7", fragment: "indexing with [ ]" },
  { name: "number as condition", source: body("  if (a) b = 1;"), at: "2:7", fragment: "a number as a condition is not supported here: a condition must be a boolean (compare with !== 0)" },
  { name: "top-level statement", source: "let x = 1;\nx = 2;\n", at: "2:1", fragment: "a top-level expression statement" },
  { name: "bigint", source: body("  const n = 10n;"), at: "2:13", fragment: "a bigint literal" },
  { name: "/=", source: body("  a /= 2;"), at: "2:5", fragment: "/= is not supported here" },
  { name: "null", source: body("  const n = null;"), at: "2:13", fragment: "null is not supported here" },
  { name: "non-ASCII string", source: body('  const s = "é";'), at: "2:13", fragment: "the character code 233 in a string" },
  { name: "string enum", source: 'enum Colour { Red = "red" }\n', at: "1:15", fragment: "a string enum member" },
  { name: "switch on a string", source: body('  switch ("x") { case "x": break; }'), at: "2:11", fragment: "a string as a switch value" },
  {
    name: "a case's let used in another case (JS: temporal dead zone)",
    source: body("  switch (a) {", "    case 1:", "      let y = 1;", "      break;", "    default:", "      y = 2;", "  }"),
    at: "7:7",
    fragment: "using y, declared in another case of the switch is not supported here",
  },
  { name: "non-constant case", source: body("  switch (a) { case b: break; }"), at: "2:21", fragment: "a case label that is not a constant number" },
  { name: "method call", source: body('  const s = "ab";', "  const t = s.toUpperCase();"), at: "3:13", fragment: "the method call s.toUpperCase" },
  { name: "function as a value", source: "function g(): void {}\nexport function f(): void {\n  const h = g;\n}\n", at: "3:13", fragment: "the function g used as a value" },
  { name: "import", source: 'import * as fs from "fs";\n', at: "1:1", fragment: "an import is not supported here" },
  { name: "undefined", source: body("  const u = undefined;"), at: "2:13", fragment: "the global undefined" },
  { name: "external function with a string parameter", source: "declare function log(text: string): void;\n", at: "1:22", fragment: "a string parameter of an external function" },
  { name: "type assertion", source: body("  a = b as number;"), at: "2:7", fragment: "a type assertion" },
  { name: "calls and globals in one program: the global parseInt is not supported here", source: CALLS_PROGRAM, at: "2:10", fragment: "the global parseInt is not supported here" },
  { name: "calls and globals in one program: Math.PI is not supported here: only Math.floor", source: CALLS_PROGRAM, at: "3:10", fragment: "Math.PI is not supported here: only Math.floor" },
  { name: "calls and globals in one program: charCodeAt without exactly one index", source: CALLS_PROGRAM, at: "4:10", fragment: "charCodeAt without exactly one index" },
  { name: "calls and globals in one program: the global Infinity", source: CALLS_PROGRAM, at: "5:3", fragment: "the global Infinity" },
  { name: "calls and globals in one program: optional call (?.)", source: CALLS_PROGRAM, at: "6:10", fragment: "optional call (?.)" },
  { name: "module level: a top-level if statement is not supported here", source: MODULE_LEVEL_PROGRAM, at: "2:1", fragment: "a top-level if statement is not supported here" },
  { name: "module level: a module-level const that is not a constant expression", source: MODULE_LEVEL_PROGRAM, at: "3:14", fragment: "a module-level const that is not a constant expression" },
  { name: "module level: destructuring is not supported here", source: MODULE_LEVEL_PROGRAM, at: "4:7", fragment: "destructuring is not supported here" },
  { name: "module level: an interface is not supported here", source: MODULE_LEVEL_PROGRAM, at: "5:1", fragment: "an interface is not supported here" },
  { name: "module level: `var` is not supported here", source: MODULE_LEVEL_PROGRAM, at: "6:1", fragment: "`var` is not supported here" },
  { name: "module level: the non-integer number 0.5", source: MODULE_LEVEL_PROGRAM, at: "7:26", fragment: "the non-integer number 0.5" },
  { name: "statements in one function: a labelled statement is not supported here", source: STATEMENTS_PROGRAM, at: "2:3", fragment: "a labelled statement is not supported here" },
  { name: "statements in one function: throw is not supported here", source: STATEMENTS_PROGRAM, at: "5:3", fragment: "throw is not supported here" },
  { name: "statements in one function: debugger is not supported here", source: STATEMENTS_PROGRAM, at: "6:3", fragment: "debugger is not supported here" },
  { name: "statements in one function: an enum inside a function is not supported here", source: STATEMENTS_PROGRAM, at: "7:3", fragment: "an enum inside a function is not supported here" },
  { name: "statements in one function: a type alias inside a function is not supported here", source: STATEMENTS_PROGRAM, at: "8:3", fragment: "a type alias inside a function is not supported here" },
  { name: "statements in one function: a variable without an initialiser is not supported here", source: STATEMENTS_PROGRAM, at: "9:7", fragment: "a variable without an initialiser is not supported here" },
  { name: "statements in one function: a boolean as the left operand of + is not supported here", source: STATEMENTS_PROGRAM, at: "10:10", fragment: "a boolean as the left operand of + is not supported here" },
];

for (const c of cases) {
  test(`rejects ${c.name}`, () => expectError(c.source, c.at, c.fragment));
}

test("every case is a distinct construct and there are at least 30", () => {
  assert.ok(cases.length >= 30, `${cases.length} cases`);
  assert.is(new Set(cases.map((c) => c.name)).size, cases.length);
});

test("an input not named *.ts is refused with a clear error", () => {
  for (const name of ["program", "program.d.ts", "program.tsx", "program.js"]) {
    expectError("export function f(): void {}\n", "1:1", "the input must be a TypeScript source file named NAME.ts", name);
  }
});

test("every message is one line, even when it quotes source text spread over lines", () => {
  const result = compileSource(FILE, body("  a = Unknown", "      .member;", "  a = Math", "    .max(a, b);"));
  assert.ok(result.errors.length >= 2);
  for (const line of result.errors) assert.not.match(line, /[\r\n]/);
  assert.ok(result.errors.some((line) => line.startsWith(`${FILE}:4:7: error: Math.max is not supported here`)), result.errors.join("\n"));
});

test("quoted text that starts with a dot keeps the space after \"error:\"", () => {
  // A mutated program the fuzzer made: `(.length)` quotes as ".length"; the one-line rule for
  // quoted text (" ." → ".") once ate the space of "error: " in front of it.
  const result = compileSource(FILE, body("  a = \"abc\".charCodeAt((.length));"));
  const ours = result.errors.filter((line) => !line.includes("error TS"));
  assert.ok(ours.length >= 1, result.errors.join("\n"));
  for (const line of ours) assert.match(line, /^[^:]+:\d+:\d+: (internal )?error: \S/);
  assert.ok(ours.some((line) => line.includes(": error: .length is not supported here")), ours.join("\n"));
});

test("several errors are reported in one run, in source order", () => {
  const result = compileSource(FILE, body("  var v = 1;", "  const o = { x: 1 };", "  if (a == b) a = 1;"));
  const ours = result.errors.filter((line) => line.includes(": error: "));
  assert.equal(
    ours.map((line) => line.split(": error")[0]),
    [`${FILE}:2:3`, `${FILE}:3:13`, `${FILE}:4:9`],
  );
});

test("tsc's diagnostics come before the subset checker's", () => {
  const result = compileSource(FILE, body('  a = "text";', "  var v = 1;"));
  assert.ok(result.errors.length >= 2);
  assert.match(result.errors[0], /error TS2322/);
  assert.match(result.errors[result.errors.length - 1], /`var` is not supported here/);
});

// ---- the command line ---------------------------------------------------------------------

/** Run the CLI in-process; returns the exit status and the lines it wrote to stderr. */
function cli(args: string[]): { status: number; stderr: string[] } {
  const stderr: string[] = [];
  const status = runCli(args, (line) => stderr.push(line));
  return { status, stderr };
}

test("cli: a good program exits 0 and writes the assembly", () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "cli-"));
  try {
    const input = path.join(scratch, "good.ts");
    const output = path.join(scratch, "good.s");
    fs.writeFileSync(input, "export function answer(): number {\n  return 42;\n}\n");
    const run = cli([input, "-o", output]);
    assert.equal(run, { status: 0, stderr: [] });
    assert.match(fs.readFileSync(output, "utf8"), /\.globl answer[\s\S]*movq \$42, %rax/);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});

test("cli: a bad program exits 1, prints every error and writes nothing (an old output survives)", () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "cli-"));
  try {
    const input = path.join(scratch, "bad.ts");
    const output = path.join(scratch, "bad.s");
    fs.writeFileSync(input, body("  var v = 1;", "  if (a == b) a = 1;"));
    const run = cli([input, "-o", output]);
    assert.is(run.status, 1);
    assert.equal(run.stderr, [
      `${input}:2:3: error: \`var\` is not supported here: write \`const\` or \`let\``,
      `${input}:3:9: error: == is not supported here: write === (strict equality)`,
    ]);
    assert.not.ok(fs.existsSync(output));
    fs.writeFileSync(output, "previous");
    assert.is(cli([input, "-o", output]).status, 1);
    assert.is(fs.readFileSync(output, "utf8"), "previous");
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});

test("cli: usage errors exit 2; unreadable input and unwritable output exit 1", () => {
  for (const args of [[], ["in.ts"], ["-o", "x.s"], ["in.ts", "-o"], ["a.ts", "b.ts", "-o", "x.s"], ["--fast", "a.ts", "-o", "x.s"], ["a.ts", "-o", "x.s", "-o", "y.s"]]) {
    assert.equal(cli(args), { status: 2, stderr: [USAGE] }, args.join(" "));
  }
  const missing = cli(["/nonexistent/in.ts", "-o", "/tmp/never.s"]);
  assert.is(missing.status, 1);
  assert.match(missing.stderr[0], /^\/nonexistent\/in\.ts: error: cannot read the input/);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "cli-"));
  try {
    const input = path.join(scratch, "good.ts");
    fs.writeFileSync(input, "export function f(): void {}\n");
    const unwritable = cli([input, "-o", path.join(scratch, "no-such-dir", "out.s")]);
    assert.is(unwritable.status, 1);
    assert.match(unwritable.stderr[0], /cannot write the output/);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});

// ---- robustness: bad input never crashes the backend ---------------------------------------

test("mangled programs give errors, never an exception or an internal error", () => {
    const sources = fs.readdirSync(GOLDEN_DIRECTORY).filter((name) => name.endsWith(".ts")).map((name) => fs.readFileSync(path.join(GOLDEN_DIRECTORY, name), "utf8"));
  const pieces = ["(", ")", "{", "}", ";", "=", "/", "1.5", "`", '"', "class ", "=>", "[", "]", "...", "?", ":", "!", "-", "++", "function ", "let ", "switch", "case", "default:", "return", ","];
  let seed = 20261125; // fixed: the same mutants every run
  const next = (bound: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % bound;
  };
  let rejected = 0;
  for (let round = 0; round < 120; round++) {
    let text = sources[next(sources.length)];
    for (let edit = 1 + next(3); edit > 0; edit--) {
      const at = next(text.length);
      const how = next(3);
      if (how === 0) text = text.slice(0, at) + text.slice(at + 1 + next(20));
      else if (how === 1) text = text.slice(0, at) + pieces[next(pieces.length)] + text.slice(at);
      else text = text.slice(0, at);
    }
    const result = compileSource("mangled.ts", text);
    assert.not.ok(result.errors.some((line) => line.includes("internal error")), `internal error for:\n${text}\n${result.errors.join("\n")}`);
    assert.is(result.ok, result.errors.length === 0);
    if (!result.ok) rejected++;
  }
  assert.ok(rejected > 60, `most mangled programs are rejected (${rejected}/120)`);
});

test("lightly edited programs that still compile always give assembly GNU as accepts", () => {
    const sources = fs.readdirSync(GOLDEN_DIRECTORY).filter((name) => name.endsWith(".ts")).map((name) => fs.readFileSync(path.join(GOLDEN_DIRECTORY, name), "utf8"));
  const pieces = ["-", "!", "~", "+", " 1 ", "0", " + 1", " * 3", " | 0", " >>> 1", " << 31", " % 7", " && true", " || false", "\n", "return 0;", "break;", ";"];
  let seed = 4242; // fixed: the same edits every run
  const next = (bound: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % bound;
  };
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "edited-"));
  let assembled = 0;
  try {
    for (let round = 0; round < 150; round++) {
      let text = sources[next(sources.length)];
      for (let edit = 1 + next(2); edit > 0; edit--) {
        const at = next(text.length);
        text = next(2) ? text.slice(0, at) + pieces[next(pieces.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + next(4));
      }
      const result = compileSource("edited.ts", text);
      assert.not.ok(result.errors.some((line) => line.includes("internal error")), `internal error for:\n${text}`);
      if (!result.ok) continue;
      const asmPath = path.join(scratch, `edited${round}.s`);
      fs.writeFileSync(asmPath, result.asm);
      try {
        execFileSync("as", ["--64", "-o", path.join(scratch, "edited.o"), asmPath], { stdio: "pipe" });
      } catch (failure) {
        assert.unreachable(`as rejected the output for:\n${text}\n${String((failure as { stderr?: Buffer }).stderr)}`);
      }
      assembled++;
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  assert.ok(assembled > 30, `enough edited programs compiled to mean something (${assembled}/150)`);
});

// ---- the backend never throws ------------------------------------------------------------

const GOOD = "export function answer(): number {\n  return 42;\n}\n";

test("an exception inside a stage becomes an internal error at the node, never a throw", () => {
  const located = compileSourceDetailed("good.ts", GOOD, {
    check: checkProgram,
    emit: (program) => {
      const statement = program.functions[0].body!.statements[0];
      throw new BackendBug(statement, "emitter exploded");
    },
  });
  assert.is(located.ok, false);
  assert.equal(located.diagnostics.map((d) => [d.line, d.column, d.message, d.internal]), [[2, 3, "internal error: emitter exploded", true]]);

  const anywhere = compileSource("good.ts", GOOD.replace("42", "43"));
  assert.ok(anywhere.ok, "an ordinary compile is unaffected");
  const foreign = compileSourceDetailed("good.ts", GOOD, {
    check: () => {
      throw "not even an Error";
    },
    emit: () => "",
  });
  assert.equal(foreign.diagnostics.map((d) => [d.line, d.column, d.message]), [[1, 1, "internal error: not even an Error"]]);
});

test("cli: an internal error exits 2 and writes nothing", () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "cli-"));
  try {
    const input = path.join(scratch, "good.ts");
    const output = path.join(scratch, "good.s");
    fs.writeFileSync(input, GOOD);
    const stderr: string[] = [];
    const status = runCli([input, "-o", output], (line) => stderr.push(line), (name, text) =>
      compileSourceDetailed(name, text, { check: checkProgram, emit: () => { throw new Error("boom"); } }),
    );
    assert.is(status, 2);
    assert.equal(stderr, [`${input}:1:1: internal error: boom`]);
    assert.not.ok(fs.existsSync(output));
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});

// ---- no false errors ----------------------------------------------------------------------

test("reads TypeScript narrows to never in a dead branch compile (JS runs them the same way)", () => {
  const result = compileSource(
    "never.ts",
    [
      "declare function printInt(n: number): void;",
      "let flag: boolean = false;",
      "export function main(): void {",
      "  if (flag) {",
      "    printInt(1);",
      "  } else if (flag) {",
      "    let c = flag;",
      "    const d = (flag ? flag : flag) === c;",
      "    const e = !flag === (flag && flag);",
      "    let g = false;",
      "    const h = (g = flag) === e;",
      "    printInt(d && h ? 2 : 3);",
      "  }",
      "  printInt(4);",
      "}",
      "",
    ].join("\n"),
  );
  assert.equal(result.errors, []);
});

// ---- tests of the test -------------------------------------------------------------------

/** True when `check` fails (uvu's assert.throws rethrows assertion errors, so catch them here). */
function fails(check: () => void): boolean {
  try {
    check();
  } catch {
    return true;
  }
  return false;
}

test("expectError fails when the position is wrong", () => {
  const c = cases.find((x) => x.name === "==")!;
  assert.not.ok(fails(() => expectError(c.source, c.at, c.fragment)), "the right position passes");
  assert.ok(fails(() => expectError(c.source, "2:10", c.fragment)), "a wrong column fails");
  assert.ok(fails(() => expectError(c.source, "3:9", c.fragment)), "a wrong line fails");
});

test("expectError fails when a program with several errors has the right message at another error's place", () => {
  const thrown = cases.find((x) => x.name === "statements in one function: throw is not supported here")!;
  const debuggerCase = cases.find((x) => x.name === "statements in one function: debugger is not supported here")!;
  assert.not.ok(fails(() => expectError(thrown.source, thrown.at, thrown.fragment)), "the right position passes");
  assert.ok(fails(() => expectError(thrown.source, debuggerCase.at, thrown.fragment)), "another error's position fails");
});

test("expectError fails when the message is wrong or the program compiles", () => {
  const c = cases.find((x) => x.name === "==")!;
  assert.ok(fails(() => expectError(c.source, c.at, "!= is not supported")));
  assert.ok(fails(() => expectError(body("  a = b;"), "2:3", "error")));
});

test.run();
