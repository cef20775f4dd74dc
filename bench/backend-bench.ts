// bench/backend-bench.ts — what bench/backend runs (`make bench-backend`): the backend at a
// baseline revision against the backend in this tree, on the same inputs, in one invocation.
//
// What it does, in order (docs/bench.md, "Backend: size and speed", has the figures of a run):
//  (a) sizes: kernel.ts of THIS tree compiled by each backend, assembled and linked the way the
//      Makefile does (boot.S, xen-elfnote.S, kernel.lds): kernel.o's .text and .rodata, the
//      image's .text, the stripped image, the trap stubs (`call __ts_trap`) and the branches to
//      them, lines of assembly;
//  (c) the time from kernel.ts to test-vm.xen (backend CLI, `as`, `ld`), median of the rounds;
//  (b) run time of compiled code against Node (V8) on the same inputs:
//      - the differential programs of test/backend/programs (those that neither trap nor exit),
//        each repeated K times in one run (its `main` renamed and called K times by a new one),
//        K doubled until the Node run takes at least half of BENCH_PROGRAM_SECONDS; natively a
//        process linked with test/backend/runtime (the start-up of an empty program is
//        subtracted), run K×M times when K alone takes less than BENCH_NATIVE_SECONDS and its
//        time divided by M; under Node the transpiled program with the same printInt/printChar
//        as test/backend/harness.ts; the outputs of K rounds must be the same bytes;
//      - the message benchmark: BENCH_MESSAGES generated control/testing values fed to
//        kernel.ts's control state machine (chapter 12) and JSON reader (chapter 13) through
//        bench/backend-appendix.ts — natively by bench/backend-driver.c (gcc) linked against the
//        compiled kernel, under Node the same concatenated source over a flat typed-array
//        memory; the checksums of both must agree, pass by pass (the first pass of each start
//        also folds every result and console byte into them and is not counted in the timings);
//      - with valgrind installed, the instructions the native code executes (callgrind): per
//        program for K rounds, and per message over one unchecked pass of the first
//        BENCH_COUNTED_MESSAGES; a count, unlike a time, does not move with the host's load.
// Figures and ratios only: nothing here asserts a speed. A disagreement between the two sides
// is printed as such (and makes the exit status 1), since then the timings compare different
// work.
//
// Timings keep the best of the rounds (the run least disturbed by other work), build times the
// median. The native runs of K×M rounds alternate between the two backends, and the message
// benchmark's fresh starts alternate between Node and the two backends, so that a busy spell
// slows all sides alike.
//
// Environment: BENCH_BASE (default 06b5ed5, main before issue 14), BENCH_ROUNDS (5),
// BENCH_MESSAGES (100000), BENCH_PASSES (8), BENCH_TRIALS (2: fresh starts of the message
// benchmark on each side), BENCH_SEED (20261128), BENCH_PROGRAM_SECONDS (0.3),
// BENCH_NATIVE_SECONDS (0.3), BENCH_COUNTED_MESSAGES (10000), BENCH_KEEP=1 keeps the scratch
// directory. Needs git, binutils (as, ld, size, strip, objcopy) and gcc; valgrind if present.

import * as childProcess from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import ts from "typescript";
import { prng } from "../test/sim/prng";

const REPO = path.resolve(__dirname, "../..");
const BASE = process.env.BENCH_BASE ?? "06b5ed5";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 100000);
const PASSES = Number(process.env.BENCH_PASSES ?? 8);
const SEED = Number(process.env.BENCH_SEED ?? 20261128);
const PROGRAM_SECONDS = Number(process.env.BENCH_PROGRAM_SECONDS ?? 0.3);
/** A repeated program's output is kept whole on the Node side; this bounds it. */
const PROGRAM_OUTPUT_MAX = 32 * 1024 * 1024;
/** quoted from issue 14, not measured here */
const XTF_PV64_STRIPPED_QUOTED = 36984;

let failed = false;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bench-backend-"));
process.on("exit", () => {
  if (process.env.BENCH_KEEP === "1") console.log(`scratch directory kept: ${scratch}`);
  else fs.rmSync(scratch, { recursive: true, force: true });
});

// ---- processes ----

function run(command: string, args: string[], options: childProcess.SpawnSyncOptions = {}): string {
  const result = childProcess.spawnSync(command, args, { encoding: "latin1", maxBuffer: 1 << 30, ...options });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited ${result.status ?? result.signal}:\n${String(result.stderr ?? "")}${String(result.stdout ?? "")}`);
  }
  return String(result.stdout ?? "");
}

/** Seconds a command takes (it must succeed). */
function timed(command: string, args: string[], options: childProcess.SpawnSyncOptions = {}): number {
  const start = process.hrtime.bigint();
  run(command, args, options);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const geomean = (values: number[]) => Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
const sha = (data: Buffer | string) => crypto.createHash("sha256").update(data).digest("hex").slice(0, 16);

// ---- the two backends ----

interface Backend {
  label: string;      // "base 06b5ed5" / "current 1a2b3c4(+changes)"
  root: string;       // a folder holding backend/ (compiled into out/) and node_modules
  cli: string;
  compileSource: (fileName: string, text: string) => { ok: boolean; asm: string; errors: string[] };
}

/** tsc of backend/cli.ts (and what it imports) in `root` into root/out, with tsconfig.json's options. */
function buildBackend(root: string, label: string): Backend {
  fs.symlinkSync(path.join(REPO, "node_modules"), path.join(root, "node_modules"));
  run(process.execPath, [path.join(REPO, "node_modules/typescript/bin/tsc"), "--outDir", "out", "--rootDir", "backend",
    "--target", "ES2022", "--module", "commonjs", "--moduleResolution", "node", "--esModuleInterop", "--skipLibCheck",
    "--strict", "--types", "node", "backend/cli.ts"], { cwd: root });
  const compile = require(path.join(root, "out/compile.js"));
  return { label, root, cli: path.join(root, "out/cli.js"), compileSource: compile.compileSource };
}

function backends(): Backend[] {
  const baseCommit = run("git", ["-C", REPO, "rev-parse", "--verify", "--short", `${BASE}^{commit}`]).trim();
  const baseRoot = path.join(scratch, "base");
  fs.mkdirSync(baseRoot);
  const archive = childProcess.spawnSync("git", ["-C", REPO, "archive", baseCommit, "backend"], { maxBuffer: 1 << 28 });
  if (archive.status !== 0) throw new Error(`git archive ${baseCommit}: ${archive.stderr}`);
  run("tar", ["-x", "-C", baseRoot], { input: archive.stdout });
  const headCommit = run("git", ["-C", REPO, "rev-parse", "--short", "HEAD"]).trim();
  const changed = run("git", ["-C", REPO, "status", "--porcelain", "--", "backend"]).trim() !== "";
  const currentRoot = path.join(scratch, "current");
  fs.mkdirSync(currentRoot);
  fs.cpSync(path.join(REPO, "backend"), path.join(currentRoot, "backend"), { recursive: true });
  return [
    buildBackend(baseRoot, `base ${baseCommit}`),
    buildBackend(currentRoot, `current ${headCommit}${changed ? "+changes" : ""}`),
  ];
}

// ---- (a) sizes and (c) build time ----

interface Image {
  codeBytes: number; rodataBytes: number;   // kernel.o's own .text and .rodata, not page-rounded
  textBytes: number; strippedBytes: number; elfBytes: number; gzipBytes: number;
  trapStubs: number; trapBranches: number; asmLines: number; instructions: number;
  steps: Record<string, number>; // median seconds: backend, as kernel.s, ld
  asmFile: string;
}

const ASFLAGS = ["--64", `--debug-prefix-map=${REPO}=.`];

/** build/version.inc as the Makefile writes it (xen-elfnote.S includes it). */
function versionInclude(): string {
  const directory = path.join(scratch, "inc");
  fs.mkdirSync(directory, { recursive: true });
  const version = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8")).version;
  fs.writeFileSync(path.join(directory, "version.inc"), [
    "# build/version.inc: made by the Makefile from package.json's version. Do not edit.",
    ".macro guest_version_asciz", `        .asciz  "${version}"`, ".endm", ""].join("\n"));
  return directory;
}

function buildImage(backend: Backend, common: { boot: string; note: string }): Image {
  const directory = path.join(backend.root, "image");
  fs.mkdirSync(directory);
  const asmFile = path.join(directory, "kernel.s");
  const object = path.join(directory, "kernel.o");
  const image = path.join(directory, "test-vm.xen");
  const steps: Record<string, number[]> = { backend: [], as: [], ld: [] };
  for (let round = 0; round < ROUNDS; round++) {
    steps.backend.push(timed(process.execPath, [backend.cli, "kernel.ts", "-o", asmFile], { cwd: REPO }));
    steps.as.push(timed("as", [...ASFLAGS, "-o", object, asmFile], { cwd: REPO }));
    steps.ld.push(timed("ld", ["-T", "kernel.lds", "-nostdlib", "-z", "noexecstack", "-z", "max-page-size=4096",
      "-o", image, common.boot, common.note, object], { cwd: REPO }));
  }
  const sections = run("size", ["-A", image]);
  const text = /^\.text\s+(\d+)/m.exec(sections);
  const objectSections = run("size", ["-A", object]);
  const section = (name: string) => Number(new RegExp(`^\\${name}\\s+(\\d+)`, "m").exec(objectSections)?.[1] ?? NaN);
  run("strip", ["-o", `${image}.stripped`, image]);
  const gzip = childProcess.spawnSync("gzip", ["-9", "-n", "-c", image], { maxBuffer: 1 << 28 });
  const asm = fs.readFileSync(asmFile, "utf8");
  const lines = asm.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return {
    codeBytes: section(".text"),
    rodataBytes: section(".rodata"),
    textBytes: text ? Number(text[1]) : NaN,
    strippedBytes: fs.statSync(`${image}.stripped`).size,
    elfBytes: fs.statSync(image).size,
    gzipBytes: gzip.stdout.length,
    trapStubs: lines.filter((l) => /^\s+call\s+__ts_trap\b/.test(l)).length,
    trapBranches: lines.filter((l) => /^\s+j[a-z]+\s+\.Ltrap_/.test(l)).length,
    asmLines: lines.length,
    instructions: lines.filter((l) => /^\s+[a-z]/.test(l)).length,
    steps: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, median(v)])),
    asmFile,
  };
}

// ---- (b1) the differential programs ----

const PROGRAMS_DIRECTORY = path.join(REPO, "test/backend/programs");

/** The program with its `main` renamed and a new `main` that calls it `repeat` times. */
function repeated(text: string, repeat: number): string {
  const pattern = /^export function main\(\): void \{/m;
  if (!pattern.test(text)) throw new Error("no `export function main(): void {` line");
  return text.replace(pattern, "function benchProgramMain(): void {") +
    `\nexport function main(): void {\n    for (let benchRound = 0; benchRound < ${repeat}; benchRound++) {\n` +
    "        benchProgramMain();\n    }\n}\n";
}

/** Run under Node as harness.ts does (unchecked), but with the globals as parameters. Seconds and output. */
function runProgramUnderNode(fileName: string, text: string): { seconds: number; output: string } {
  const javascript = ts.transpileModule(text, {
    fileName, compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const chunks: string[] = [];
  const moduleExports: Record<string, () => void> = {};
  const body = vm.compileFunction(javascript, ["exports", "printInt", "printChar", "exit", "readBarrier", "writeBarrier", "fullBarrier"]);
  const start = process.hrtime.bigint();
  body(moduleExports, (n: number) => { chunks.push(String(n) + "\n"); }, (c: number) => { chunks.push(String.fromCharCode(c & 0xff)); },
    () => { throw new Error("exit() called: not a program this benchmark runs"); }, () => {}, () => {}, () => {});
  moduleExports.main();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, output: chunks.join("") };
}

let runtimeObject: string | undefined;

/** Compile, assemble, link with test/backend/runtime; the executable's path. */
function nativeProgram(backend: Backend, name: string, text: string): string {
  if (runtimeObject === undefined) {
    runtimeObject = path.join(scratch, "runtime.o");
    run("as", ["--64", "-o", runtimeObject, path.join(REPO, "test/backend/runtime/runtime.s")]);
  }
  const directory = path.join(backend.root, "programs");
  fs.mkdirSync(directory, { recursive: true });
  const compiled = backend.compileSource(`${name}.ts`, text);
  if (!compiled.ok) throw new Error(`${backend.label} cannot compile ${name}:\n${compiled.errors.join("\n")}`);
  const base = path.join(directory, name);
  fs.writeFileSync(`${base}.s`, compiled.asm);
  run("as", ["--64", "-o", `${base}.o`, `${base}.s`]);
  run("ld", ["-o", base, runtimeObject, `${base}.o`]);
  return base;
}

/**
 * Seconds the executable takes (best of `rounds`), and the sha of what it printed; with
 * `discard`, its output goes to /dev/null and the sha is "".
 */
function runNative(executable: string, rounds = ROUNDS, discard = false): { seconds: number; outputSha: string } {
  const outputFile = discard ? "/dev/null" : `${executable}.out`;
  let best = Infinity;
  let outputSha = "";
  for (let round = 0; round < rounds; round++) {
    const fd = fs.openSync(outputFile, "w");
    const start = process.hrtime.bigint();
    const result = childProcess.spawnSync(executable, [], { stdio: ["ignore", fd, "pipe"] });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    fs.closeSync(fd);
    if (result.status !== 0) throw new Error(`${path.basename(executable)} exited ${result.status ?? result.signal}: ${result.stderr}`);
    best = Math.min(best, seconds);
    if (!discard) outputSha = sha(fs.readFileSync(outputFile));
  }
  if (!discard) fs.rmSync(outputFile);
  return { seconds: best, outputSha };
}

const haveValgrind = childProcess.spawnSync("valgrind", ["--version"]).status === 0;

/** Instructions a native run executes (callgrind); output discarded. */
function instructions(executable: string, args: string[] = []): number {
  const result = childProcess.spawnSync("valgrind", ["--tool=callgrind", "--callgrind-out-file=/dev/null", executable, ...args],
    { encoding: "latin1", maxBuffer: 1 << 30, stdio: ["ignore", "ignore", "pipe"] });
  const match = /Collected : (\d+)/.exec(result.stderr);
  if (result.status !== 0 || !match) throw new Error(`valgrind ${executable}: ${result.stderr}`);
  return Number(match[1]);
}

/** Natively, a run shorter than this is repeated M times more (start-up and scheduling noise). */
const NATIVE_SECONDS = Number(process.env.BENCH_NATIVE_SECONDS ?? 0.3);
/** What a native run longer by M may print (to /dev/null). */
const NATIVE_OUTPUT_MAX = 1 << 30;

interface ProgramRow { name: string; repeat: number; nativeRepeat: number; node: number; native: number[]; agree: boolean; counted?: number[] }

function benchPrograms(list: Backend[]): ProgramRow[] {
  const empty = "export function main(): void {\n}\n";
  const startupRounds = Math.max(ROUNDS, 10);
  const emptyExecutables = list.map((b) => nativeProgram(b, "empty", empty));
  const startup = emptyExecutables.map((e) => runNative(e, startupRounds, true).seconds);
  const emptyInstructions = haveValgrind ? emptyExecutables.map((e) => instructions(e)) : [];
  console.log(`  process start-up, subtracted from each native time (an empty program, best of ${startupRounds}): ` +
    list.map((b, i) => `${b.label} ${(startup[i] * 1e3).toFixed(2)} ms`).join(", "));
  const rows: ProgramRow[] = [];
  const names = fs.readdirSync(PROGRAMS_DIRECTORY).filter((f) => f.endsWith(".ts") && !f.startsWith("trap-")).sort();
  for (const file of names) {
    const name = file.replace(/\.ts$/, "");
    const text = fs.readFileSync(path.join(PROGRAMS_DIRECTORY, file), "utf8");
    if (/^\/\/ expect-trap:/m.test(text) || /\bexit\(/.test(text.replace(/^\s*\/\/.*$/gm, ""))) {
      console.log(`  ${name}: skipped (it traps or calls exit, so it cannot be repeated)`);
      continue;
    }
    // K: doubled until the Node run takes at least half of PROGRAM_SECONDS (or the output bound).
    // Each probe is the faster of two runs: the first run of a source includes compiling it.
    const probeRun = (k: number) => {
      const first = runProgramUnderNode(file, repeated(text, k));
      return { seconds: Math.min(first.seconds, runProgramUnderNode(file, repeated(text, k)).seconds), output: first.output };
    };
    let repeat = 1;
    let probe = probeRun(repeat);
    const outputPerRound = Math.max(1, probe.output.length);
    while (probe.seconds < PROGRAM_SECONDS / 2 && repeat * outputPerRound * 2 <= PROGRAM_OUTPUT_MAX) {
      repeat *= 2;
      probe = probeRun(repeat);
    }
    const source = repeated(text, repeat);
    let nodeBest = Infinity;
    let nodeSha = "";
    for (let round = 0; round < ROUNDS; round++) {
      const ran = runProgramUnderNode(file, source);
      nodeBest = Math.min(nodeBest, ran.seconds);
      nodeSha = sha(Buffer.from(ran.output, "latin1"));
    }
    let agree = true;
    let native: number[] = [];
    let nativeRepeat = repeat;
    let counted: number[] | undefined;
    try {
      // The same K natively: the output must be Node's, byte for byte.
      const executables = list.map((backend) => nativeProgram(backend, name, source));
      native = executables.map((executable, i) => {
        const ran = runNative(executable);
        if (ran.outputSha !== nodeSha) agree = false;
        return Math.max(ran.seconds - startup[i], 1e-6);
      });
      if (haveValgrind) counted = executables.map((executable, i) => instructions(executable) - emptyInstructions[i]);
      // Too short to time well: K×M rounds, reported per K.
      const more = Math.min(Math.ceil(NATIVE_SECONDS / Math.min(...native)),
        Math.max(1, Math.floor(NATIVE_OUTPUT_MAX / (repeat * outputPerRound))));
      if (more > 1) {
        nativeRepeat = repeat * more;
        const longer = repeated(text, nativeRepeat);
        const executables = list.map((backend) => nativeProgram(backend, `${name}-longer`, longer));
        const best = executables.map(() => Infinity);
        for (let round = 0; round < ROUNDS; round++) {
          executables.forEach((executable, i) => { best[i] = Math.min(best[i], runNative(executable, 1, true).seconds); });
        }
        native = best.map((seconds, i) => Math.max(seconds - startup[i], 1e-6) / more);
      }
    } catch (problem) {
      // Its module-level state carries over from one round to the next and leaves the exact
      // range after a while: natively that is a trap, under Node a rounded number.
      console.log(`  ${name}: skipped, not repeatable (${(problem as Error).message.split("\n")[0].trim()})`);
      continue;
    }
    if (!agree) failed = true;
    rows.push({ name, repeat, nativeRepeat, node: nodeBest, native, agree, counted });
  }
  return rows;
}

// ---- (b2) the message benchmark ----

const ACTIONS = ["suspend", "poweroff", "reboot", "halt", "crash", "ignore", "hang", "spin", "watchdog", "soft-reset"];
const WORDS = [...ACTIONS, "Reboot", "dance", "", "now", "onshutdown", "ok", "none", "delete", "cancel", "after", "ack"];
const SECONDS_TEXTS = ["0", "1", "5", "30", "86400", "86401", "-1", "1.5", "1e3", "05", "", "x", "999999"];
/** commands that would reach xenstore or Xen (see the appendix): never generated */
const AVOIDED_PREFIXES = ["now:", "suspend-channel:", "agent:", "feature:", "cant-suspend:", "balloon:"];

class MessageGenerator {
  readonly counts = { plain: 0, json: 0, malformed: 0, random: 0 };
  constructor(private readonly random: () => number) {}
  int(n: number): number { return Math.floor(this.random() * n); }
  pick<T>(xs: readonly T[]): T { return xs[this.int(xs.length)]; }
  chance(p: number): boolean { return this.random() < p; }
  space(): string { return this.chance(0.3) ? this.pick([" ", "\t", "\n", "\r\n", "  "]) : ""; }

  jsonString(text: string): string {
    let out = '"';
    for (const ch of text) {
      const code = ch.charCodeAt(0);
      if (ch === '"' || ch === "\\") out += "\\" + ch;
      else if (code < 32 || this.chance(0.05)) out += "\\u" + code.toString(16).padStart(4, "0");
      else out += ch;
    }
    return out + '"';
  }

  jsonValue(depth: number): string {
    switch (depth > 3 ? this.int(3) : this.int(5)) {
      case 0: return this.pick(["true", "false", "null"]);
      case 1: return this.pick(["0", "-1", "12.5e3", "1E-7", "42", "-0.0", "86400", "7"]);
      case 2: return this.jsonString(this.pick(WORDS) + this.pick(["", "é", "\u263a", "\n", "\ud83d\ude00"]));
      case 3: return "[" + Array.from({ length: this.int(4) }, () => this.space() + this.jsonValue(depth + 1)).join(",") + "]";
      default: return "{" + Array.from({ length: this.int(3) }, () =>
        this.jsonString(this.pick(WORDS)) + ":" + this.space() + this.jsonValue(depth + 1)).join(",") + "}";
    }
  }

  /** A JSON command that never acts at once unless the action is ignore. */
  jsonCommand(): string {
    const members: string[] = [];
    const onShutdown = this.chance(0.6);
    const action = onShutdown || this.chance(0.5) ? this.pick(ACTIONS) : "ignore";
    members.push(`"when":${this.space()}"${onShutdown ? "onshutdown" : "now"}"`);
    members.push(`"ack":${this.jsonString(this.pick(["ok", "none", "delete", "done", "ack from a test harness"]))}`);
    members.push(`"action":${this.jsonString(action)}`);
    if (!onShutdown && action !== "ignore") members.push(`"delay":${this.pick(["0", "3", "60", "86400"])}`);
    if (onShutdown && this.chance(0.4)) members.push(`"delay":${this.pick(["0", "3", "60"])}`);
    if (onShutdown && this.chance(0.4)) members.push(`"ackDelay":${this.pick(["0", "2", "86400"])}`);
    for (let extra = this.int(3); extra > 0; extra--) members.push(`"x-${this.int(100)}":${this.jsonValue(1)}`);
    for (let i = members.length - 1; i > 0; i--) {   // any order of members
      const j = this.int(i + 1);
      [members[i], members[j]] = [members[j], members[i]];
    }
    return this.space() + "{" + members.map((m) => this.space() + m + this.space()).join(",") + "}" + this.space();
  }

  plainCommand(): string {
    switch (this.int(5)) {
      case 0: return "next:" + this.pick(WORDS);
      case 1: return "after:" + this.pick(SECONDS_TEXTS) + ":" + this.pick(WORDS);
      case 2: return "cancel";
      case 3: return "now:ignore";
      default: return this.pick(["next:", "after:", "cancel", ""]) + this.pick(WORDS) + this.pick(["", " ", ":", "x"]);
    }
  }

  /** Always malformed: cut before the closing brace, a bad escape, trailing bytes, too deep, bad separator. */
  malformedJson(): string {
    const valid = this.jsonCommand().trim();
    switch (this.int(5)) {
      case 0: return valid.slice(0, 1 + this.int(valid.length - 1));
      case 1: return valid.replace('"when"', '"wh\\qen"');
      case 2: return valid + this.pick(["x", "}", " ,", "{}", "\u0000"]);
      case 3: return valid.slice(0, -1) + ',"deep":' + "[".repeat(40) + "]".repeat(40) + "}";
      default: return valid.replace(":", this.pick(["=", " ", "::"]));
    }
  }

  randomBytes(): Buffer {
    while (true) {
      const bytes = Buffer.alloc(1 + this.int(this.chance(0.05) ? 4096 : 200));
      for (let i = 0; i < bytes.length; i++) bytes[i] = this.int(256);
      const text = bytes.toString("latin1");
      if (!text.trimStart().startsWith("{") && !AVOIDED_PREFIXES.some((p) => text.startsWith(p))) return bytes;
    }
  }

  next(): Buffer {
    const kind = this.random();
    let bytes: Buffer;
    if (kind < 0.3) { this.counts.plain++; bytes = Buffer.from(this.plainCommand(), "utf8"); }
    else if (kind < 0.6) { this.counts.json++; bytes = Buffer.from(this.jsonCommand(), "utf8"); }
    else if (kind < 0.8) { this.counts.malformed++; bytes = Buffer.from(this.malformedJson(), "utf8"); }
    else { this.counts.random++; bytes = this.randomBytes(); }
    return bytes.length > 4096 ? bytes.subarray(0, 4096) : bytes;
  }
}

/** The concatenated kernel.ts + appendix, written to the scratch folder (kernel.ts itself is not touched). */
function benchKernelSource(): string {
  const file = path.join(scratch, "bench-kernel.ts");
  fs.writeFileSync(file, fs.readFileSync(path.join(REPO, "kernel.ts"), "utf8") +
    fs.readFileSync(path.join(REPO, "bench/backend-appendix.ts"), "utf8"));
  return file;
}

interface Passes { seconds: number[]; hashes: string[]; hypercalls?: number }

function messagesNative(backend: Backend, kernelSource: string, messagesFile: string, build: boolean): Passes {
  const directory = path.join(backend.root, "messages");
  const driver = path.join(directory, "driver");
  if (build) {
    run(process.execPath, [backend.cli, kernelSource, "-o", path.join(directory, "kernel.s")]);
    run("as", ["--64", "-o", path.join(directory, "kernel.o"), path.join(directory, "kernel.s")]);
    run("objcopy", ["--redefine-sym", "main=kernel_main", path.join(directory, "kernel.o")]);
    run("gcc", ["-O2", "-no-pie", "-z", "noexecstack", "-o", driver, path.join(REPO, "bench/backend-driver.c"), path.join(directory, "kernel.o")]);
  }
  const out = run(driver, [messagesFile, String(PASSES)]);
  const passes: Passes = { seconds: [], hashes: [] };
  for (const match of out.matchAll(/^pass \d+ (\d+) (\d+)$/gm)) {
    passes.seconds.push(Number(match[1]) / 1e9);
    passes.hashes.push(match[2]);
  }
  if (passes.seconds.length !== PASSES) throw new Error(`driver printed:\n${out}`);
  return passes;
}

/** How many messages the instruction count covers (valgrind runs the driver about 50 times slower). */
const COUNTED_MESSAGES = Number(process.env.BENCH_COUNTED_MESSAGES ?? 10000);

/**
 * Instructions the native code executes per message, counted by valgrind's callgrind (not a
 * time: the same on a busy machine as on an idle one): the driver run with 2 passes minus the
 * driver run with 1 pass is one unchecked pass. undefined when valgrind is not installed.
 */
function instructionsPerMessage(backend: Backend, messagesFile: string): number | undefined {
  if (!haveValgrind) return undefined;
  const driver = path.join(backend.root, "messages", "driver");
  return (instructions(driver, [messagesFile, "2"]) - instructions(driver, [messagesFile, "1"])) / COUNTED_MESSAGES;
}

/** The same source under Node: kernel.ts's intrinsics over one flat ArrayBuffer. */
function messagesNode(kernelSource: string, messages: Buffer[]): Passes {
  const javascript = ts.transpileModule(fs.readFileSync(kernelSource, "utf8"), {
    fileName: "bench-kernel.ts", compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const memory = new ArrayBuffer(8 * 1024 * 1024);
  const u8 = new Uint8Array(memory);
  const view = new DataView(memory);
  let cursor = 0x10000;   // no buffer at 0: the kernel reads address 0 as "none"
  const allocate = (bytes: number, align: number) => {
    const start = Math.ceil(cursor / align) * align;
    cursor = start + bytes;
    if (cursor > memory.byteLength) throw new Error("bench: the flat memory is too small");
    return start;
  };
  const hypercallPage = allocate(4096, 4096);
  const guestVersion = allocate(16, 8);
  u8.set(Buffer.from("bench\0", "latin1"), guestVersion);
  let hypercalls = 0;
  const intrinsics: Record<string, unknown> = {
    load8: (a: number) => u8[a],
    load16: (a: number) => view.getUint16(a, true),
    load32: (a: number) => view.getUint32(a, true),
    load64: (a: number) => {
      const value = view.getInt32(a + 4, true) * 4294967296 + view.getUint32(a, true);
      if (!Number.isSafeInteger(value)) throw new Error(`load64 at ${a}: outside the safe integers (native traps)`);
      return value;
    },
    store8: (a: number, v: number) => { u8[a] = v; },
    store16: (a: number, v: number) => { view.setUint16(a, v, true); },
    store32: (a: number, v: number) => { view.setUint32(a, v, true); },
    store64: (a: number, v: number) => { view.setBigInt64(a, BigInt(v), true); },
    readBarrier: () => {},
    writeBarrier: () => {},
    fullBarrier: () => {},
    testAndClearBit: (a: number, bit: number) => {
      const byte = a + Math.floor(bit / 8);
      const mask = 1 << (bit & 7);
      const was = (u8[byte] & mask) !== 0;
      u8[byte] &= ~mask;
      return was;
    },
    staticBuffer: allocate,
    addressOf: (symbol: string) => {
      if (symbol === "hypercall_page") return hypercallPage;
      if (symbol === "guest_version") return guestVersion;
      if (symbol === "_image_end") return Math.ceil(cursor / 4096) * 4096;
      throw new Error(`addressOf(${symbol})`);
    },
    cpuRelax: () => {},
    machineToPhys: (mfn: number) => mfn,
    debugPortWrite: () => {},
    hypercall: () => { hypercalls++; return 0; },
  };
  const moduleExports: Record<string, (...args: number[]) => number> = {};
  const names = Object.keys(intrinsics);
  vm.compileFunction(javascript, ["exports", ...names])(moduleExports, ...names.map((n) => intrinsics[n]));
  const buffer = moduleExports.benchSetup();
  const obey = moduleExports.benchObey;
  const passes: Passes = { seconds: [], hashes: [] };
  for (let pass = 0; pass < PASSES; pass++) {
    let hash = 0;
    const start = process.hrtime.bigint();
    const everyByte = pass === 0 ? 1 : 0;
    for (const message of messages) {
      u8.set(message, buffer);
      hash = obey(message.length, everyByte);
    }
    passes.seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
    passes.hashes.push(String(hash));
  }
  passes.hypercalls = hypercalls;
  return passes;
}

// ---- the report ----

const kib = (bytes: number) => `${bytes} (${(bytes / 1024).toFixed(1)} KiB)`;
const ratio = (a: number, b: number) => (b === 0 ? "-" : (a / b).toFixed(3));
const pad = (text: string, width: number) => (text.length >= width ? text : text + " ".repeat(width - text.length));
const lpad = (text: string, width: number) => (text.length >= width ? text : " ".repeat(width - text.length) + text);

function table(header: string[], rows: string[][], firstWidth = 34, width = 16): void {
  const line = (cells: string[]) => pad(cells[0], firstWidth) + cells.slice(1).map((c) => " " + lpad(c, width - 1)).join("");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

function main(): void {
  const started = Date.now();
  console.log(`bench/backend — ${new Date().toISOString()} — load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}, nice ${os.getPriority()} — node ${process.version}, ` +
    `${run("gcc", ["--version"]).split("\n")[0]}, ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}`);
  const list = backends();
  console.log(`backends: ${list.map((b) => b.label).join(" vs ")}; kernel.ts of ${REPO} (sha ${sha(fs.readFileSync(path.join(REPO, "kernel.ts")))}) for both\n`);

  // (a) and (c)
  const inc = versionInclude();
  const boot = path.join(scratch, "boot.o");
  const note = path.join(scratch, "xen-elfnote.o");
  run("as", [...ASFLAGS, "-g", "-o", boot, "boot.S"], { cwd: REPO });
  run("as", [...ASFLAGS, "-I", inc, "-o", note, "xen-elfnote.S"], { cwd: REPO });
  const images = list.map((b) => buildImage(b, { boot, note }));
  const [base, current] = images;
  console.log("(a) sizes: kernel.ts → test-vm.xen with each backend (as the Makefile links it)");
  const sizeRow = (label: string, f: (i: Image) => number, show = (n: number) => String(n)) =>
    [label, show(f(base)), show(f(current)), ratio(f(current), f(base))];
  table(["", list[0].label, list[1].label, "current/base"], [
    sizeRow("kernel.o .text bytes (the code)", (i) => i.codeBytes),
    sizeRow("kernel.o .rodata bytes", (i) => i.rodataBytes),
    sizeRow("image .text bytes (page-rounded)", (i) => i.textBytes),
    sizeRow("stripped image bytes", (i) => i.strippedBytes),
    sizeRow("ELF bytes (unstripped)", (i) => i.elfBytes),
    sizeRow("gzip -9 -n bytes", (i) => i.gzipBytes),
    sizeRow("trap stubs (call __ts_trap)", (i) => i.trapStubs),
    sizeRow("branches to trap stubs", (i) => i.trapBranches),
    sizeRow("lines of kernel.s", (i) => i.asmLines),
    sizeRow("instruction lines of kernel.s", (i) => i.instructions),
  ]);
  console.log(`quoted, not measured here: XTF's pv64 test kernel (C, gcc), stripped: ${kib(XTF_PV64_STRIPPED_QUOTED)} (issue 14); ` +
    `current/XTF = ${ratio(current.strippedBytes, XTF_PV64_STRIPPED_QUOTED)}; issue 14's target: ≤ 32 KiB (32768) stripped\n`);

  console.log(`(c) kernel.ts → test-vm.xen, seconds (median of ${ROUNDS}; boot.o and xen-elfnote.o prebuilt, as make leaves them)`);
  const stepRow = (label: string, f: (i: Image) => number) => [label, f(base).toFixed(3), f(current).toFixed(3), ratio(f(current), f(base))];
  table(["", list[0].label, list[1].label, "current/base"], [
    stepRow("backend (node build/backend/cli.js)", (i) => i.steps.backend),
    stepRow("as kernel.s", (i) => i.steps.as),
    stepRow("ld", (i) => i.steps.ld),
    stepRow("total", (i) => i.steps.backend + i.steps.as + i.steps.ld),
  ]);
  console.log("");

  // (b1)
  console.log(`(b) run time against Node ${process.version} (V8), same inputs; ratio = V8 time / native time (> 1: native is faster)`);
  console.log(`  the differential programs, each repeated K times in one run, K such that V8 takes about ${PROGRAM_SECONDS / 2}–${PROGRAM_SECONDS} s ` +
    `(best of ${ROUNDS} each side; outputs of K rounds compared byte for byte)`);
  const rows = benchPrograms(list);
  console.log(`  ms for K rounds; natively a run of K is repeated M times more when shorter than ${NATIVE_SECONDS} s, and its time divided by M`);
  console.log("  instr: instructions executed natively for K rounds, counted by callgrind (independent of load), current/base");
  table(["program", "K", "M", "V8", list[0].label, list[1].label, "V8/base", "V8/current", "instr c/b", "output"],
    rows.map((r) => [r.name, String(r.repeat), String(r.nativeRepeat / r.repeat), (r.node * 1e3).toFixed(2), (r.native[0] * 1e3).toFixed(2),
      (r.native[1] * 1e3).toFixed(2), ratio(r.node, r.native[0]), ratio(r.node, r.native[1]),
      r.counted ? ratio(r.counted[1], r.counted[0]) : "-", r.agree ? "agree" : "DIFFER"]), 18, 12);
  const countedRows = rows.filter((r) => r.counted !== undefined);
  console.log(`  geometric mean of V8/native: ${list[0].label} ${geomean(rows.map((r) => r.node / r.native[0])).toFixed(3)}, ` +
    `${list[1].label} ${geomean(rows.map((r) => r.node / r.native[1])).toFixed(3)}` +
    (countedRows.length > 0 ? `; of instructions current/base: ${geomean(countedRows.map((r) => r.counted![1] / r.counted![0])).toFixed(3)}` : "") + "\n");

  // (b2)
  const trials = Number(process.env.BENCH_TRIALS ?? 2);
  const generator = new MessageGenerator(prng(SEED));
  const messages = Array.from({ length: MESSAGES }, () => generator.next());
  const messagesFile = path.join(scratch, "messages.bin");
  fs.writeFileSync(messagesFile, Buffer.concat(messages.flatMap((m) => {
    const length = Buffer.alloc(4);
    length.writeUInt32LE(m.length);
    return [length, m];
  })));
  const totalBytes = messages.reduce((sum, m) => sum + m.length, 0);
  console.log(`  the message benchmark: ${MESSAGES} control/testing values (seed ${SEED}; ${generator.counts.plain} plain commands, ` +
    `${generator.counts.json} JSON commands, ${generator.counts.malformed} malformed JSON, ${generator.counts.random} random bytes; ` +
    `${totalBytes} bytes, sha ${sha(fs.readFileSync(messagesFile))}) through obeyCommand (chapter 12) and the JSON reader ` +
    `(chapter 13); ${trials} fresh starts × ${PASSES} passes each side, alternating; the first pass of each start also checks every console byte and is not counted; best pass shown`);
  const kernelSource = benchKernelSource();
  const merge = (a: Passes | undefined, b: Passes): Passes => {
    if (a === undefined) return b;
    if (a.hashes.join(",") !== b.hashes.join(",")) failed = true;   // a fresh start must do the same again
    return { seconds: [...a.seconds, ...b.seconds], hashes: a.hashes, hypercalls: (a.hypercalls ?? 0) + (b.hypercalls ?? 0) };
  };
  let node: Passes | undefined;
  const natives: (Passes | undefined)[] = list.map(() => undefined);
  list.forEach((b) => { fs.mkdirSync(path.join(b.root, "messages")); });
  for (let trial = 0; trial < trials; trial++) {
    node = merge(node, messagesNode(kernelSource, messages));
    list.forEach((b, i) => { natives[i] = merge(natives[i], messagesNative(b, kernelSource, messagesFile, trial === 0)); });
  }
  if (node === undefined || natives.includes(undefined)) throw new Error("BENCH_TRIALS must be at least 1");
  if (PASSES < 2) throw new Error("BENCH_PASSES must be at least 2: the first pass is the checked one");
  const nodePasses: Passes = node;
  const nativePasses = natives as Passes[];
  const agree = nativePasses.map((n) => n.hashes.join(",") === nodePasses.hashes.join(","));
  if (agree.includes(false) || nodePasses.hypercalls !== 0) failed = true;
  // The first pass of each start also hashes every console byte (a check, not the work measured).
  const best = (p: Passes) => Math.min(...p.seconds.filter((_, i) => i % PASSES !== 0));
  const rate = (p: Passes) => `${Math.round(MESSAGES / best(p))}`;
  table(["", "messages/s", "ns/message", "native/V8 speed", "checksums"], [
    [`Node ${process.version} (V8)`, rate(nodePasses), (best(nodePasses) / MESSAGES * 1e9).toFixed(0), "1", `${nodePasses.hashes[nodePasses.hashes.length - 1]}`],
    ...list.map((b, i) => [`native, ${b.label}`, rate(nativePasses[i]), (best(nativePasses[i]) / MESSAGES * 1e9).toFixed(0),
      ratio(best(nodePasses), best(nativePasses[i])), agree[i] ? "agree with V8" : "DIFFER"]),
  ]);
  const countedFile = path.join(scratch, "messages-counted.bin");
  fs.writeFileSync(countedFile, Buffer.concat(messages.slice(0, COUNTED_MESSAGES).flatMap((m) => {
    const length = Buffer.alloc(4);
    length.writeUInt32LE(m.length);
    return [length, m];
  })));
  const counts = list.map((b) => instructionsPerMessage(b, countedFile));
  if (counts[0] !== undefined && counts[1] !== undefined) {
    console.log(`  instructions per message natively (callgrind, one unchecked pass over the first ${COUNTED_MESSAGES}; independent of load): ` +
      list.map((b, i) => `${b.label} ${Math.round(counts[i]!)}`).join(", ") + `; current/base ${ratio(counts[1], counts[0])}`);
  } else {
    console.log("  instructions per message: not counted (no valgrind; Debian: apt-get install valgrind)");
  }
  console.log(`  hypercalls made under Node: ${nodePasses.hypercalls} (the benchmark's commands need none)`);
  console.log(`  per pass, ms: V8 ${nodePasses.seconds.map((s) => (s * 1e3).toFixed(1)).join(" ")}; ` +
    list.map((b, i) => `${b.label} ${nativePasses[i].seconds.map((s) => (s * 1e3).toFixed(1)).join(" ")}`).join("; "));
  console.log(`\nbench/backend took ${((Date.now() - started) / 1000).toFixed(0)} s (load average now ${os.loadavg().map((l) => l.toFixed(2)).join(" ")})${failed ? "; SOMETHING DISAGREED (see above)" : ""}`);
  if (failed) process.exitCode = 1;
}

main();
