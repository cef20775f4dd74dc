// differential.test.ts — every program in test/backend/programs/ runs under Node and compiled
// natively; the two traces (and exit statuses) must be identical.
//
// What it checks: for ordinary programs, native trace == Node trace, same status, nothing on
// stderr, and the trace contains the program's `known-lines` (so a run that prints nothing on
// both sides fails). For `expect-trap` programs: native exits 70 with
// `trap: FILE:LINE:COL: …` at the `/*trap*/` marker, having printed a prefix of Node's trace
// (Node is not compared past the trap: there JS rounds, or yields NaN/Infinity — the very
// values the trap exists to refuse).
// It also tests itself: the comparison must fail on a deliberately altered trace, status or
// trap position, and the known-lines check must fail on an empty trace.
//
// What it does not check: the assembly's shape (golden tests do that) or compile errors
// (errors.test.ts).

import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  NativeOutcome, RunOutcome, checkKnownLines, checkTrap, compareRuns, defaultParallelism, mapWithLimit,
  readExpectations, repositoryRoot, runAssembly, runNative, runUnderNode,
} from "./harness";

const programsDirectory = path.join(repositoryRoot(), "test", "backend", "programs");
const programFiles = fs.readdirSync(programsDirectory).filter((name) => name.endsWith(".ts")).sort();

interface ProgramRun {
  fileName: string;
  text: string;
  node: RunOutcome;
  /** The Node run with the backend's checks mirrored in JavaScript (traps like native). */
  checkedNode: RunOutcome;
  native: NativeOutcome;
}

const runs = new Map<string, ProgramRun>();

test.before(async () => {
  const finished = await mapWithLimit(programFiles, defaultParallelism(), async (fileName) => {
    const text = fs.readFileSync(path.join(programsDirectory, fileName), "utf8");
    const node = runUnderNode(fileName, text);
    const checkedNode = runUnderNode(fileName, text, undefined, true);
    const native = await runNative(fileName, text);
    return { fileName, text, node, checkedNode, native };
  });
  for (const run of finished) runs.set(run.fileName, run);
});

test("the program directory holds ordinary and trap programs", () => {
  const trapPrograms = programFiles.filter((name) => name.startsWith("trap-"));
  assert.ok(programFiles.length - trapPrograms.length >= 10, `only ${programFiles.length - trapPrograms.length} ordinary programs`);
  assert.ok(trapPrograms.length >= 8, `only ${trapPrograms.length} trap programs`);
});

for (const fileName of programFiles) {
  test(`${fileName}: native run agrees with Node`, () => {
    const run = runs.get(fileName)!;
    const expectations = readExpectations(run.text);
    assert.is(run.node.status === -1 ? run.node.stderr : "", "", "the Node run itself must succeed");
    assert.is(checkKnownLines(run.node.trace, expectations.knownLines), undefined);
    if (expectations.trap) {
      assert.ok(fileName.startsWith("trap-"), "trap programs are named trap-*.ts");
      assert.is(checkTrap(fileName, expectations.trap, run.node, run.native), undefined);
    } else {
      assert.is(compareRuns(run.node, run.native), undefined);
      assert.is(run.checkedNode.trace, run.node.trace, "the checks must not change a run that does not trap");
    }
    // with the backend's checks mirrored under Node, even a trap must match: same trace, same line
    assert.is(compareRuns(run.checkedNode, run.native), undefined);
  });
}

// ---- tests of the test: each check must be able to fail ----

test("compareRuns reports a changed trace line, an extra line, and a changed status", () => {
  const run = runs.get("arithmetic.ts")!;
  assert.is(compareRuns(run.node, run.native), undefined, "precondition: the real runs agree");
  const lines = run.native.trace.split("\n");
  lines[3] = lines[3] + "0";
  const altered: NativeOutcome = { ...run.native, trace: lines.join("\n") };
  const verdict = compareRuns(run.node, altered);
  assert.ok(verdict !== undefined && verdict.includes("line 4"), `expected a difference at line 4, got ${verdict}`);
  assert.ok(compareRuns(run.node, { ...run.native, trace: run.native.trace + "1\n" }) !== undefined);
  assert.ok(compareRuns(run.node, { ...run.native, status: 1 }) !== undefined);
  assert.ok(compareRuns(run.node, { ...run.native, stderr: "trap: x" }) !== undefined);
  assert.ok(compareRuns(run.node, { ...run.native, status: 70, stderr: "trap: x" })!.includes("trapped"));
});

test("the known-lines check fails on an empty trace and on a program that lists none", () => {
  const run = runs.get("functions.ts")!;
  const known = readExpectations(run.text).knownLines;
  assert.ok(known.length >= 3);
  assert.ok(checkKnownLines("", known) !== undefined);
  assert.ok(checkKnownLines(run.node.trace, []) !== undefined);
  assert.is(checkKnownLines(run.node.trace, known), undefined);
});

test("checkTrap fails on a wrong position, a wrong message, a missing trap and a diverging prefix", () => {
  const run = runs.get("trap-add.ts")!;
  const expected = readExpectations(run.text).trap!;
  assert.is(checkTrap("trap-add.ts", expected, run.node, run.native), undefined, "precondition: the real trap matches");
  assert.ok(checkTrap("trap-add.ts", { ...expected, column: expected.column + 1 }, run.node, run.native) !== undefined);
  assert.ok(checkTrap("trap-add.ts", { ...expected, line: expected.line - 1 }, run.node, run.native) !== undefined);
  assert.ok(checkTrap("trap-add.ts", { ...expected, fragment: "no such words" }, run.node, run.native) !== undefined);
  assert.ok(checkTrap("trap-add.ts", expected, run.node, { ...run.native, status: 0, stderr: "" }) !== undefined);
  assert.ok(checkTrap("trap-add.ts", expected, run.node, { ...run.native, trace: "1\n" }) !== undefined);
});

test("readExpectations places the trap at the marker, 1-based", () => {
  const text = "// known-lines: 1\n// expect-trap: boom\nlet a = 1;\n  x = /*trap*/y;\n";
  const expected = readExpectations(text);
  assert.equal(expected.knownLines, ["1"]);
  assert.equal(expected.trap, { fragment: "boom", line: 4, column: 15 });
});

// ---- the runtime on its own (hand-written assembly, no backend involved) ----

/** A `main` in assembly: `body` runs with the stack aligned as at any call site, then returns. */
function assemblyMain(body: string): string {
  return `\t.text\n\t.globl main\nmain:\n\tpushq %rbp\n\tmovq %rsp, %rbp\n${body}\tleave\n\tret\n` +
    `\t.section .note.GNU-stack,"",@progbits\n`;
}

test("runtime: printInt prints the 64-bit extremes, printChar one byte, exit its status", async () => {
  const body = ["-9223372036854775808", "9223372036854775807", "0", "-1", "1000000"]
    .map((value) => `\tmovabsq $${value}, %rdi\n\tcall printInt\n`).join("") +
    "\tmovq $0x141, %rdi\n\tcall printChar\n\tmovq $10, %rdi\n\tcall printChar\n\tmovq $300, %rdi\n\tcall exit\n";
  const ran = await runAssembly(assemblyMain(body));
  assert.equal(ran.compileErrors, []);
  assert.is(ran.trace, "-9223372036854775808\n9223372036854775807\n0\n-1\n1000000\nA\n");
  assert.is(ran.status, 300 & 0xff);
  assert.is(ran.stderr, "");
});

test("runtime: a call with a misaligned stack is reported (status 71), so alignment bugs cannot hide", async () => {
  const misaligned = await runAssembly(assemblyMain("\tsubq $8, %rsp\n\tmovq $5, %rdi\n\tcall printInt\n"));
  assert.is(misaligned.status, 71);
  assert.is(misaligned.stderr, "runtime: stack misaligned at a call to printInt\n");
  const aligned = await runAssembly(assemblyMain("\tsubq $16, %rsp\n\tmovq $5, %rdi\n\tcall printInt\n"));
  assert.equal([aligned.status, aligned.trace, aligned.stderr], [0, "5\n", ""]);
});

test("runtime: 200 000 lines are all written (buffer flushed when full and at exit)", async () => {
  const body = "\tpushq %rbx\n\tpushq %rbx\n\tmovl $200000, %ebx\n1:\tmovq %rbx, %rdi\n\tcall printInt\n\tdecl %ebx\n\tjnz 1b\n" +
    "\tpopq %rbx\n\tpopq %rbx\n";
  const ran = await runAssembly(assemblyMain(body));
  const lines = ran.trace.split("\n");
  assert.is(lines.length, 200001);
  assert.is(lines[0], "200000");
  assert.is(lines[199999], "1");
});

test("checked Node run: traps where the backend traps, and compareRuns tells traps apart", async () => {
  const text = "declare function printInt(n: number): void;\nexport function main(): void {\n" +
    "    let x = 9007199254740990;\n    x++;\n    printInt(x);\n    printInt(x - 1 + 2);\n}\n";
  const checked = runUnderNode("c.ts", text, undefined, true);
  assert.equal([checked.trace, checked.status, checked.stderr],
    ["9007199254740991\n", 70, "trap: c.ts:6:14: integer result outside the exact range\n"]);
  const unchecked = runUnderNode("c.ts", text);
  assert.equal([unchecked.trace, unchecked.status], ["9007199254740991\n9007199254740992\n", 0]);
  const native = await runNative("c.ts", text);
  assert.is(compareRuns(checked, native), undefined);
  assert.ok(compareRuns(checked, { ...native, stderr: native.stderr.replace(":6:14:", ":6:15:") })!.includes("different traps"));
  assert.ok(compareRuns(checked, { ...native, status: 0, stderr: "" })!.includes("checked Node run trapped"));
  assert.ok(compareRuns(unchecked, native)!.includes("native trapped"));
});

test("checked Node run: %, Math.floor, charCodeAt, compound and prefix forms trap with their positions", () => {
  const run = (body: string) => runUnderNode("k.ts", `export function main(): void {\n${body}\n}\n`, undefined, true).stderr;
  assert.is(run("    let z = 0;\n    let r = 5 % z;"), "trap: k.ts:3:13: remainder by zero\n");
  assert.is(run("    let z = 0;\n    let r = 5;\n    r %= z;"), "trap: k.ts:4:5: remainder by zero\n");
  assert.is(run("    let z = 0;\n    let r = Math.floor((7) / z);"), "trap: k.ts:3:13: division by zero in Math.floor\n");
  assert.is(run("    let s = \"ab\";\n    let c = s.charCodeAt(2);"), "trap: k.ts:3:13: charCodeAt index out of range\n");
  assert.is(run("    let m = -9007199254740991;\n    --m;"), "trap: k.ts:3:5: integer result outside the exact range\n");
  assert.is(run("    let m = 94906266;\n    m *= m;"), "trap: k.ts:3:5: integer result outside the exact range\n");
  assert.is(run("    let m = 1;\n    m = (m / 0) | 0;\n    m -= 1;"), "", "(a / 0) | 0 is 0 in JS and compiled: no trap");
});

test("runUnderNode: exit() unwinds with its status; a runaway loop is stopped; a throw is reported", () => {
  const exits = runUnderNode("e.ts", "declare function printInt(n: number): void; declare function exit(c: number): void;\n" +
    "export function main(): void { printInt(1); exit(258); printInt(2); }");
  assert.equal([exits.trace, exits.status], ["1\n", 2]);
  const loops = runUnderNode("l.ts", "export function main(): void { while (true) {} }", 200);
  assert.ok(loops.timedOut && loops.status === -1);
  const throws = runUnderNode("t.ts", "export function main(): void { (null as any).x; }");
  assert.is(throws.status, -1);
  assert.ok(throws.stderr.startsWith("node: "));
});

test.run();
