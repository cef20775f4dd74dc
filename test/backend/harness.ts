// harness.ts — shared helpers for the backend's differential tests.
//
// What it does: runs one subset program two ways and compares what they did.
//  - Under Node: `ts.transpileModule` to CommonJS, evaluated in a fresh `vm` context whose only
//    extra globals are the test runtime's `printInt`, `printChar`, `exit` (and the no-op barrier
//    intrinsics); then `exports.main()` is called. The trace is every byte printed. A *checked*
//    run also mirrors the backend's traps in JavaScript (range of + - * ++ --, % and Math.floor
//    by zero, charCodeAt index), ending with status 70 and the same `trap: FILE:LINE:COL: …` line.
//  - Natively: the backend's in-process `compileSource` → `as --64` → `ld` with
//    test/backend/runtime/runtime.s → run the binary; the trace is its standard output.
// Then `compareRuns` says, in one line, how the two differ (or returns undefined). It also
// reads the header conventions of test/backend/programs/ (known-lines, expect-trap, /*trap*/).
//
// What it does not do: no simulated memory (load/store/hypercall intrinsics are not provided;
// differential programs are pure computation and printing), and it never spawns anything but
// `as`, `ld` and the compiled program.

import * as childProcess from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import ts from "typescript";
import { compileSource } from "../../backend/compile";

/** The status the runtime's `__ts_trap` exits with (design.md, "Traps"). */
export const TRAP_EXIT_STATUS = 70;
/** Wall-clock limit for one program, either side; generous because CI machines are slow. */
export const DEFAULT_RUN_TIMEOUT_MS = 20_000;

/** What a run (either side) did. `trace` is decoded as latin1 so bytes compare one to one. */
export interface RunOutcome {
  trace: string;
  /** Exit status: 0 when main returned, the `exit(code)` argument (mod 256) otherwise. */
  status: number;
  /** Native: the binary's stderr (a trap message). Node: the exception text if main threw. */
  stderr: string;
  /** The run did not finish inside its time limit. */
  timedOut: boolean;
}

export interface NativeOutcome extends RunOutcome {
  /** Compiler errors; when non-empty nothing was run and the other fields are empty. */
  compileErrors: string[];
  /** The assembly the backend produced (kept for reporting mismatches). */
  asm: string;
}

/** Thrown by the Node-side `exit` to unwind the program, as the native exit ends the process. */
class ProgramExit {
  constructor(readonly status: number) {}
}

/** Thrown by the checked Node run where the compiled code would trap. */
class ProgramTrap {
  constructor(readonly message: string) {}
}

/**
 * The trap texts the backend prints (backend-requests.md, 18:00), so a checked Node run can
 * be compared line for line with a native trap.
 */
export const TRAP_TEXTS = {
  range: "integer result outside the exact range",
  remainder: "remainder by zero",
  floor: "division by zero in Math.floor",
  index: "charCodeAt index out of range",
};

/**
 * The checks the compiled code makes, as JavaScript: each takes the operands and the
 * expression's "LINE:COL" and either returns exactly what JavaScript returns, or throws a
 * ProgramTrap where the compiled code traps. Exact because a double sum, difference or product
 * outside ±(2^53 − 1) is itself outside it (rounding cannot bring it back in).
 */
function trapChecks(baseName: string) {
  const trap = (where: string, what: string): never => { throw new ProgramTrap(`${baseName}:${where}: ${what}`); };
  const exact = (result: number, where: string) => (Number.isSafeInteger(result) ? result : trap(where, TRAP_TEXTS.range));
  return {
    add: (a: number, b: number, where: string) => exact(a + b, where),
    sub: (a: number, b: number, where: string) => exact(a - b, where),
    mul: (a: number, b: number, where: string) => exact(a * b, where),
    rem: (a: number, b: number, where: string) => (b === 0 ? trap(where, TRAP_TEXTS.remainder) : a % b),
    floorDiv: (a: number, b: number, where: string) => (b === 0 ? trap(where, TRAP_TEXTS.floor) : Math.floor(a / b)),
    charCodeAt: (text: string, index: number, where: string) =>
      (index < 0 || index >= text.length ? trap(where, TRAP_TEXTS.index) : text.charCodeAt(index)),
  };
}

const CHECKED_OPERATORS = new Map<ts.SyntaxKind, { check: string; compound: boolean }>([
  [ts.SyntaxKind.PlusToken, { check: "add", compound: false }],
  [ts.SyntaxKind.MinusToken, { check: "sub", compound: false }],
  [ts.SyntaxKind.AsteriskToken, { check: "mul", compound: false }],
  [ts.SyntaxKind.PercentToken, { check: "rem", compound: false }],
  [ts.SyntaxKind.PlusEqualsToken, { check: "add", compound: true }],
  [ts.SyntaxKind.MinusEqualsToken, { check: "sub", compound: true }],
  [ts.SyntaxKind.AsteriskEqualsToken, { check: "mul", compound: true }],
  [ts.SyntaxKind.PercentEqualsToken, { check: "rem", compound: true }],
]);

/**
 * A transpile-time transformer that routes every operation the backend checks through
 * `__ts_check`: `a + b` → `__ts_check.add(a, b, "L:C")`, `x += e` → `x = __ts_check.add(x, e, …)`,
 * `x++` → `((x = __ts_check.add(x, 1, …)) - 1)`, `Math.floor(a / b)` → `__ts_check.floorDiv(…)`,
 * `s.charCodeAt(i)` → `__ts_check.charCodeAt(s, i, …)`. Operands are still evaluated left to right
 * and exactly once, and "L:C" is the expression's start, where the backend reports its traps.
 */
function checkedArithmetic(context: ts.TransformationContext): ts.Transformer<ts.SourceFile> {
  const factory = context.factory;
  return (sourceFile) => {
    const where = (node: ts.Node) => {
      const position = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
      return factory.createStringLiteral(`${position.line + 1}:${position.character + 1}`);
    };
    const check = (name: string, operands: ts.Expression[], node: ts.Node) => factory.createCallExpression(
      factory.createPropertyAccessExpression(factory.createIdentifier("__ts_check"), name), undefined, [...operands, where(node)]);
    const step = (node: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression, postfix: boolean): ts.Expression | undefined => {
      if (!ts.isIdentifier(node.operand)) return undefined;
      const increment = node.operator === ts.SyntaxKind.PlusPlusToken;
      if (!increment && node.operator !== ts.SyntaxKind.MinusMinusToken) return undefined;
      const name = node.operand.text;
      const assigned = factory.createParenthesizedExpression(factory.createAssignment(factory.createIdentifier(name),
        check(increment ? "add" : "sub", [factory.createIdentifier(name), factory.createNumericLiteral(1)], node)));
      if (!postfix) return assigned;
      // the old value, recovered exactly: the new one is a safe integer one step away
      return factory.createParenthesizedExpression(factory.createBinaryExpression(assigned,
        increment ? ts.SyntaxKind.MinusToken : ts.SyntaxKind.PlusToken, factory.createNumericLiteral(1)));
    };
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isBinaryExpression(node)) {
        const operator = CHECKED_OPERATORS.get(node.operatorToken.kind);
        if (operator !== undefined) {
          const right = ts.visitNode(node.right, visit) as ts.Expression;
          if (!operator.compound) {
            return check(operator.check, [ts.visitNode(node.left, visit) as ts.Expression, right], node);
          }
          if (ts.isIdentifier(node.left)) {
            const name = node.left.text;
            return factory.createParenthesizedExpression(factory.createAssignment(factory.createIdentifier(name),
              check(operator.check, [factory.createIdentifier(name), right], node)));
          }
        }
      }
      if (ts.isPrefixUnaryExpression(node)) {
        const replaced = step(node, false);
        if (replaced !== undefined) return replaced;
      }
      if (ts.isPostfixUnaryExpression(node)) {
        const replaced = step(node, true);
        if (replaced !== undefined) return replaced;
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const callee = node.expression;
        let argument: ts.Expression | undefined = node.arguments[0];
        while (argument !== undefined && ts.isParenthesizedExpression(argument)) argument = argument.expression;
        if (ts.isIdentifier(callee.expression) && callee.expression.text === "Math" && callee.name.text === "floor" &&
          argument !== undefined && ts.isBinaryExpression(argument) && argument.operatorToken.kind === ts.SyntaxKind.SlashToken) {
          return check("floorDiv", [ts.visitNode(argument.left, visit) as ts.Expression, ts.visitNode(argument.right, visit) as ts.Expression], node);
        }
        if (callee.name.text === "charCodeAt" && node.arguments.length === 1) {
          return check("charCodeAt", [ts.visitNode(callee.expression, visit) as ts.Expression,
            ts.visitNode(node.arguments[0], visit) as ts.Expression], node);
        }
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(sourceFile, visit) as ts.SourceFile;
  };
}

/**
 * Run a subset program under Node and return its trace. Never throws. With `checked`, every
 * operation the backend checks is checked here too (see checkedArithmetic), and a failed check
 * ends the run like a native trap: status 70, `trap: FILE:LINE:COL: …` on stderr.
 */
export function runUnderNode(fileName: string, text: string, timeoutMs = DEFAULT_RUN_TIMEOUT_MS, checked = false): RunOutcome {
  const chunks: string[] = [];
  const javascript = ts.transpileModule(text, {
    fileName,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    transformers: checked ? { before: [checkedArithmetic] } : undefined,
  }).outputText;
  const moduleObject = { exports: {} as Record<string, unknown> };
  const context = vm.createContext({
    __ts_check: trapChecks(path.basename(fileName)),
    printInt: (n: number) => { chunks.push(String(n) + "\n"); },
    printChar: (c: number) => { chunks.push(String.fromCharCode(c & 0xff)); },
    exit: (code: number) => { throw new ProgramExit(code & 0xff); },
    readBarrier: () => {},
    writeBarrier: () => {},
    fullBarrier: () => {},
    module: moduleObject,
    exports: moduleObject.exports,
  });
  const outcome: RunOutcome = { trace: "", status: 0, stderr: "", timedOut: false };
  try {
    vm.runInContext(javascript, context, { filename: fileName, timeout: timeoutMs });
    vm.runInContext("exports.main()", context, { timeout: timeoutMs });
  } catch (thrown) {
    if (thrown instanceof ProgramExit) {
      outcome.status = thrown.status;
    } else if (thrown instanceof ProgramTrap) {
      outcome.status = TRAP_EXIT_STATUS;
      outcome.stderr = `trap: ${thrown.message}\n`;
    } else {
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      outcome.timedOut = /timed out/i.test(message);
      outcome.status = -1;
      outcome.stderr = `node: ${message}`;
    }
  }
  outcome.trace = chunks.join("");
  return outcome;
}

/** Result of a child process: a non-zero status or a signal is data, not an exception. */
interface ProcessResult {
  stdout: Buffer;
  stderr: Buffer;
  status: number;
  signal: string | null;
  timedOut: boolean;
}

/** Spawn a command and collect everything it did. Never rejects. */
export function runProcess(command: string, args: string[], timeoutMs = DEFAULT_RUN_TIMEOUT_MS): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    let child: childProcess.ChildProcess;
    try {
      child = childProcess.spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    } catch (error) {
      resolve({ stdout: Buffer.alloc(0), stderr: Buffer.from(String(error)), status: -1, signal: null, timedOut });
      return;
    }
    const timer = setTimeout(() => { timedOut = true; child.kill("SIGKILL"); }, timeoutMs);
    child.stdout!.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr!.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (error) => stderr.push(Buffer.from(String(error))));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(stdout),
        stderr: Buffer.concat(stderr),
        status: code ?? -1,
        signal: signal ?? null,
        timedOut,
      });
    });
  });
}

/** The repository root, found from this file whether it runs from build/ or from the source tree. */
export function repositoryRoot(): string {
  let directory = __dirname;
  for (let step = 0; step < 6; step++) {
    if (fs.existsSync(path.join(directory, "package.json")) && fs.existsSync(path.join(directory, "test"))) {
      return directory;
    }
    directory = path.dirname(directory);
  }
  throw new Error(`harness: cannot find the repository root above ${__dirname}`);
}

let workDirectory: string | undefined;
let runtimeObject: Promise<string> | undefined;
let uniqueCounter = 0;

/** A per-process scratch directory, removed when the process exits. */
export function scratchDirectory(): string {
  if (workDirectory === undefined) {
    workDirectory = fs.mkdtempSync(path.join(os.tmpdir(), "ts-differential-"));
    const created = workDirectory;
    const removeScratch = () => fs.rmSync(created, { recursive: true, force: true });
    process.on("exit", removeScratch);
    // an interrupted fuzz run (Ctrl-C, kill) would otherwise leave its directory behind
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => { removeScratch(); process.exit(128 + (signal === "SIGINT" ? 2 : 15)); });
    }
  }
  return workDirectory;
}

/** Assemble runtime.s once per process; resolves to the object file's path. */
export function runtimeObjectFile(): Promise<string> {
  if (runtimeObject === undefined) {
    runtimeObject = (async () => {
      const source = path.join(repositoryRoot(), "test", "backend", "runtime", "runtime.s");
      const object = path.join(scratchDirectory(), "runtime.o");
      const assembled = await runProcess("as", ["--64", "-o", object, source]);
      if (assembled.status !== 0) {
        throw new Error(`harness: as failed on runtime.s:\n${assembled.stderr.toString()}`);
      }
      return object;
    })();
  }
  return runtimeObject;
}

/** Compile with the backend, never letting an exception escape (an exception is itself a finding). */
export function compileProgram(fileName: string, text: string): { ok: boolean; asm: string; errors: string[] } {
  try {
    return compileSource(fileName, text);
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { ok: false, asm: "", errors: [`compileSource threw (the backend must never throw): ${detail}`] };
  }
}

/** Compile, assemble, link and run a program natively. Never throws. */
export async function runNative(fileName: string, text: string, timeoutMs = DEFAULT_RUN_TIMEOUT_MS): Promise<NativeOutcome> {
  const outcome: NativeOutcome = { trace: "", status: -1, stderr: "", timedOut: false, compileErrors: [], asm: "" };
  const compiled = compileProgram(fileName, text);
  if (!compiled.ok) {
    outcome.compileErrors = compiled.errors.length > 0 ? compiled.errors : ["compileSource returned ok: false with no errors"];
    return outcome;
  }
  outcome.asm = compiled.asm;
  return runAssembly(compiled.asm, timeoutMs, outcome);
}

/** Assemble, link and run already-compiled assembly (used by runNative and by the batching code). */
export async function runAssembly(asm: string, timeoutMs = DEFAULT_RUN_TIMEOUT_MS, into?: NativeOutcome): Promise<NativeOutcome> {
  const outcome: NativeOutcome = into ?? { trace: "", status: -1, stderr: "", timedOut: false, compileErrors: [], asm };
  const runtime = await runtimeObjectFile();
  const base = path.join(scratchDirectory(), `program-${process.pid}-${uniqueCounter++}`);
  fs.writeFileSync(`${base}.s`, asm);
  try {
    const assembled = await runProcess("as", ["--64", "-o", `${base}.o`, `${base}.s`]);
    if (assembled.status !== 0) {
      outcome.compileErrors = [`as rejected the backend's output:\n${assembled.stderr.toString()}`];
      return outcome;
    }
    const linked = await runProcess("ld", ["-z", "noexecstack", "-o", base, `${base}.o`, runtime]);
    if (linked.status !== 0) {
      outcome.compileErrors = [`ld failed:\n${linked.stderr.toString()}`];
      return outcome;
    }
    const ran = await runProcess(base, [], timeoutMs);
    outcome.trace = ran.stdout.toString("latin1");
    outcome.stderr = ran.stderr.toString("latin1");
    outcome.timedOut = ran.timedOut;
    outcome.status = ran.signal !== null ? -1 : ran.status;
    if (ran.signal !== null && !ran.timedOut) outcome.stderr += `\nkilled by ${ran.signal}`;
    return outcome;
  } finally {
    for (const leftover of [`${base}.s`, `${base}.o`, base]) fs.rmSync(leftover, { force: true });
  }
}

/** Show the first differing line of two traces with a little context. */
export function firstDifference(expected: string, actual: string): string {
  const expectedLines = expected.split("\n");
  const actualLines = actual.split("\n");
  for (let line = 0; line < Math.max(expectedLines.length, actualLines.length); line++) {
    if (expectedLines[line] !== actualLines[line]) {
      return `line ${line + 1}: node printed ${JSON.stringify(expectedLines[line] ?? "<end>")}, ` +
        `native printed ${JSON.stringify(actualLines[line] ?? "<end>")}`;
    }
  }
  return "traces are equal";
}

/**
 * Compare a Node run with a native run of the same program. Returns undefined when they agree
 * (same trace, same status, no trap, nothing on native stderr), else a description.
 */
export function compareRuns(node: RunOutcome, native: NativeOutcome): string | undefined {
  if (native.compileErrors.length > 0) return `native side did not build:\n${native.compileErrors.join("\n")}`;
  if (node.status === -1) return `the Node run failed (${node.stderr}); the program is not a valid differential test`;
  const problems: string[] = [];
  if (native.timedOut) problems.push("native run timed out");
  if (native.status === TRAP_EXIT_STATUS && node.status !== TRAP_EXIT_STATUS) {
    problems.push(`native trapped: ${native.stderr.trim()}`);
  } else if (node.status === TRAP_EXIT_STATUS && native.status !== TRAP_EXIT_STATUS) {
    problems.push(`the checked Node run trapped (${node.stderr.trim()}) but native exited ${native.status}`);
  } else if (node.status === TRAP_EXIT_STATUS && native.stderr !== node.stderr) {
    problems.push(`different traps: node ${JSON.stringify(node.stderr.trim())}, native ${JSON.stringify(native.stderr.trim())}`);
  } else if (native.status !== node.status) {
    problems.push(`exit status: node ${node.status}, native ${native.status}${native.stderr ? ` (${native.stderr.trim()})` : ""}`);
  }
  if (native.trace !== node.trace) problems.push(`trace differs at ${firstDifference(node.trace, native.trace)}`);
  if (problems.length === 0 && native.stderr !== node.stderr) problems.push(`native wrote to stderr: ${native.stderr.trim()}`);
  return problems.length > 0 ? problems.join("; ") : undefined;
}

/** Run `work` over `items` with at most `limit` in flight (2 cores: compile in one, run in another). */
export async function mapWithLimit<Item, Result>(items: Item[], limit: number, work: (item: Item, index: number) => Promise<Result>): Promise<Result[]> {
  const results: Result[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  });
  await Promise.all(workers);
  return results;
}

/** Parallelism suited to this machine: one slot per core, at least two. */
export function defaultParallelism(): number {
  return Math.max(2, os.cpus().length);
}

/** What a program file says about itself in its header comments (see docs/testing-backend.md). */
export interface ProgramExpectations {
  /** `// known-lines: a b c` — lines that must appear in the trace, so an empty run cannot pass. */
  knownLines: string[];
  /** `// expect-trap: <message fragment>` plus a `/*trap*\/` marker right before the trapping expression. */
  trap?: { fragment: string; line: number; column: number };
}

/** The comment that marks where a trap program must trap: the position right after it. */
export const TRAP_MARKER = "/*trap*/";

/** Read a program's header: known lines, and for trap programs the message and position. */
export function readExpectations(text: string): ProgramExpectations {
  const known = /^\/\/ known-lines:(.*)$/m.exec(text);
  const expectations: ProgramExpectations = {
    knownLines: known ? known[1].trim().split(/\s+/).filter((line) => line !== "") : [],
  };
  const trap = /^\/\/ expect-trap:(.*)$/m.exec(text);
  if (trap) {
    const markerAt = text.indexOf(TRAP_MARKER);
    if (markerAt < 0) throw new Error(`an expect-trap program needs a ${TRAP_MARKER} marker before the trapping expression`);
    const before = text.slice(0, markerAt + TRAP_MARKER.length);
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    expectations.trap = { fragment: trap[1].trim(), line, column };
  }
  return expectations;
}

/** Every known line must be a whole line of the trace. Returns the problem, or undefined. */
export function checkKnownLines(trace: string, knownLines: string[]): string | undefined {
  if (knownLines.length === 0) return "the program lists no known-lines, so an empty trace would pass";
  const lines = new Set(trace.split("\n"));
  const missing = knownLines.filter((line) => !lines.has(line));
  return missing.length > 0 ? `trace lacks the known line(s) ${missing.map((m) => JSON.stringify(m)).join(", ")}` : undefined;
}

/**
 * A trap program must: exit 70; say exactly `trap: FILE:LINE:COL: …fragment…` on stderr; and
 * have printed, before trapping, a prefix of what Node printed (they agree up to the trap; after
 * it Node goes on with a rounded, NaN or infinite value, which is the point of trapping).
 */
export function checkTrap(fileName: string, expected: NonNullable<ProgramExpectations["trap"]>, node: RunOutcome, native: NativeOutcome): string | undefined {
  if (native.compileErrors.length > 0) return `native side did not build:\n${native.compileErrors.join("\n")}`;
  const problems: string[] = [];
  if (native.status !== TRAP_EXIT_STATUS) problems.push(`exit status ${native.status}, expected ${TRAP_EXIT_STATUS} (a trap)`);
  const where = `trap: ${fileName}:${expected.line}:${expected.column}: `;
  const message = native.stderr.replace(/\n$/, "");
  if (!message.startsWith(where) || message.includes("\n")) {
    problems.push(`stderr ${JSON.stringify(message)} is not one line starting ${JSON.stringify(where)}`);
  } else if (!message.includes(expected.fragment)) {
    problems.push(`trap message ${JSON.stringify(message)} lacks ${JSON.stringify(expected.fragment)}`);
  }
  if (!node.trace.startsWith(native.trace)) {
    problems.push(`what native printed before trapping is not what Node printed: ${firstDifference(node.trace, native.trace)}`);
  }
  return problems.length > 0 ? problems.join("; ") : undefined;
}
