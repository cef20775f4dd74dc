// fuzz.ts — run many generated programs differentially (Node vs compiled), and shrink failures.
//
// What it does: `node build/test/backend/fuzz.js N [seed] [--batch B] [--risk R]` (`make fuzz
// N=10000`) generates N programs from a base seed (random unless given; always printed), packs
// them B to a file (the cost of a run is mostly per file, not per program), and shares the
// files among worker processes, one per core (this file started with --worker). Each file runs
// under Node — checked, so the backend's traps are mirrored and compared line and column — and
// natively. A file that disagrees is split into its programs, each re-run alone; every failing
// program is minimised (statements deleted while the same failure persists) and printed with
// its program seed, so `--show PROGRAM_SEED [--risk R]` regenerates it exactly. Exit status 1
// when anything failed. With --risk R > 0 the programs contain operations that may trap.
// `--mutate N [SEED]` instead damages N generated programs and checks the backend's answers
// (rule 4: never a throw or an internal error; every error one well-formed line).
// The module also exports that machinery for generated.test.ts.
//
// What it does not do: it does not fix anything (a finding is reported to whoever works on
// the backend, by hand), and it does not remember past runs: a seed only
// regenerates the same program with the same version of generate.ts.

import * as childProcess from "child_process";
import {
  TRAP_EXIT_STATUS, compareRuns, defaultParallelism, mapWithLimit, NativeOutcome, runAssembly, runUnderNode, compileProgram,
} from "./harness";
import {
  GeneratedProgram, Random, generateProgram, programSeed, removablePaths, removeStatement, renderBatch, renderProgram,
} from "./generate";

/** How a generated program failed. */
export type FindingKind =
  | "mismatch"        // Node and native disagree: a backend (or runtime) bug
  | "rejected"        // the backend refused a valid program, or its output did not assemble
  | "invalid";        // the Node run failed: the generator produced a program outside the plan

export interface Finding {
  kind: FindingKind;
  seed: number;
  detail: string;
  /** The program after minimisation (the original when minimisation was off). */
  program: string;
  originalStatements: number;
  minimisedStatements: number;
  /** The generator's risk setting (needed, with the seed, to regenerate the program). */
  risk: number;
}

export interface FuzzOptions {
  batchSize: number;
  parallelism: number;
  /** Attempts (compile + run) the minimiser may spend per finding; 0 turns minimisation off. */
  minimiseBudget: number;
  /** Applied to the backend's assembly before assembling: lets tests plant a bug. */
  asmTransform?: (asm: string) => string;
  /** Chance per number expression of an operation that may trap (generate.ts `risk`); 0 never traps. */
  risk: number;
  /** Progress lines go here (the CLI prints them; tests stay quiet). */
  log?: (line: string) => void;
}

export interface FuzzSummary {
  baseSeed: number;
  programs: number;
  batches: number;
  agreed: number;
  findings: Finding[];
  traceLines: number;
  /** Files whose run ended in a trap on both sides, at the same line and column. */
  trapped: number;
  seconds: number;
}

const DEFAULT_OPTIONS: FuzzOptions = { batchSize: 10, parallelism: defaultParallelism(), minimiseBudget: 300, risk: 0 };
const PROGRAM_TIMEOUT_MS = 20_000;

interface Verdict {
  kind: FindingKind;
  /** What must stay the same while minimising (positions stripped, so deletions don't change it). */
  signature: string;
  detail: string;
}

async function runBoth(fileName: string, text: string, options: FuzzOptions): Promise<{ node: ReturnType<typeof runUnderNode>; native: NativeOutcome }> {
  // checked: the backend's traps are mirrored under Node, so a program that traps (by design
  // when risk > 0, or by a generator slip) is compared trap for trap, not reported as a bug
  const node = runUnderNode(fileName, text, PROGRAM_TIMEOUT_MS, true);
  const compiled = compileProgram(fileName, text);
  if (!compiled.ok) {
    return { node, native: { trace: "", status: -1, stderr: "", timedOut: false, compileErrors: compiled.errors, asm: "" } };
  }
  const asm = options.asmTransform ? options.asmTransform(compiled.asm) : compiled.asm;
  return { node, native: await runAssembly(asm, PROGRAM_TIMEOUT_MS) };
}

/** Run one program text both ways; undefined when they agree. */
export async function judge(text: string, options: FuzzOptions = DEFAULT_OPTIONS): Promise<Verdict | undefined> {
  const { node, native } = await runBoth("generated.ts", text, options);
  if (node.status === -1) {
    return { kind: "invalid", signature: `invalid: ${node.stderr.replace(/\d+/g, "#")}`, detail: `Node run failed: ${node.stderr}` };
  }
  if (native.compileErrors.length > 0) {
    // every distinct message, positions stripped: a deletion that adds an error (say, a
    // now-undeclared name) changes the signature and is not kept
    const messages = [...new Set(native.compileErrors.map((error) => error.replace(/^[^:]*:\d+:\d+:/, "").split("\n")[0]))].sort();
    return { kind: "rejected", signature: `rejected: ${messages.join(" | ")}`, detail: native.compileErrors.join("\n") };
  }
  const difference = compareRuns(node, native);
  if (difference === undefined) return undefined;
  const trapped = native.stderr.startsWith("trap:") ? "trap" : "trace";
  return { kind: "mismatch", signature: `mismatch: ${trapped}`, detail: difference };
}

/** Delete statements while the verdict's signature stays the same; returns the smallest program found. */
export async function minimise(program: GeneratedProgram, signature: string, budget: number, options: FuzzOptions = DEFAULT_OPTIONS): Promise<GeneratedProgram> {
  let current = program;
  let attempts = 0;
  let progress = true;
  while (progress && attempts < budget) {
    progress = false;
    const paths = removablePaths(current);
    for (let index = 0; index < paths.length && attempts < budget; index++) {
      const candidate = removeStatement(current, paths[index]);
      attempts++;
      const verdict = await judge(renderProgram(candidate), options);
      if (verdict !== undefined && verdict.signature === signature) {
        current = candidate;
        progress = true;
        break;  // paths shift after a deletion: recompute them
      }
    }
  }
  return current;
}

function countStatements(program: GeneratedProgram): number {
  return removablePaths(program).length;
}

/** Examine one program alone (after its batch disagreed): a Finding, or undefined if it agrees. */
async function examine(seed: number, options: FuzzOptions): Promise<Finding | undefined> {
  const program = generateProgram(seed, "p_", options.risk);
  const verdict = await judge(renderProgram(program), options);
  if (verdict === undefined) return undefined;
  const minimised = options.minimiseBudget > 0 ? await minimise(program, verdict.signature, options.minimiseBudget, options) : program;
  const finalVerdict = minimised === program ? verdict : (await judge(renderProgram(minimised), options)) ?? verdict;
  return {
    kind: verdict.kind,
    seed,
    detail: finalVerdict.detail,
    program: renderProgram(minimised),
    originalStatements: countStatements(program),
    minimisedStatements: countStatements(minimised),
    risk: options.risk,
  };
}

interface BatchVerdict {
  agreed: boolean;
  traceLines: number;
  /** Both sides trapped, at the same place. */
  trapped: boolean;
}

/** Run one file of generated programs (named p0_…, p1_…) both ways. */
export async function runBatch(seeds: number[], options: FuzzOptions = DEFAULT_OPTIONS): Promise<BatchVerdict> {
  const programs = seeds.map((seed, k) => generateProgram(seed, `p${k}_`, options.risk));
  const { node, native } = await runBoth("batch.ts", renderBatch(programs), options);
  const agreed = node.status !== -1 && compareRuns(node, native) === undefined;
  return { agreed, traceLines: agreed ? node.trace.split("\n").length - 1 : 0, trapped: agreed && node.status === TRAP_EXIT_STATUS };
}

/** Child processes running `runBatch`: this same file started with --worker. */
class WorkerPool {
  private readonly idle: childProcess.ChildProcess[] = [];
  private readonly waiting: ((worker: childProcess.ChildProcess) => void)[] = [];
  private readonly all: childProcess.ChildProcess[] = [];

  constructor(size: number, private readonly risk: number) {
    for (let i = 0; i < size; i++) {
      const worker = childProcess.fork(__filename, ["--worker"], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
      this.all.push(worker);
      this.idle.push(worker);
    }
  }

  async run(seeds: number[]): Promise<BatchVerdict> {
    const worker = this.idle.pop() ?? await new Promise<childProcess.ChildProcess>((resolve) => this.waiting.push(resolve));
    try {
      return await new Promise<BatchVerdict>((resolve, reject) => {
        const onExit = (code: number | null) => reject(new Error(`fuzz worker exited (${code}) during a batch`));
        worker.once("exit", onExit);
        worker.once("message", (verdict: BatchVerdict) => {
          worker.off("exit", onExit);
          resolve(verdict);
        });
        worker.send({ seeds, risk: this.risk });
      });
    } finally {
      const next = this.waiting.shift();
      if (next !== undefined) next(worker); else this.idle.push(worker);
    }
  }

  close(): void {
    for (const worker of this.all) worker.disconnect();
  }
}

/** Worker side: answer each batch of seeds with its verdict until the parent disconnects. */
function serveAsWorker(): void {
  process.on("message", (request: { seeds: number[]; risk: number }) => {
    runBatch(request.seeds, { ...DEFAULT_OPTIONS, risk: request.risk }).then(
      (verdict) => process.send!(verdict),
      (error) => { console.error(`fuzz worker: ${error instanceof Error ? error.stack : String(error)}`); process.exit(2); },
    );
  });
}

/** Generate and run `count` programs from `baseSeed`. */
export async function runGeneratedPrograms(baseSeed: number, count: number, given: Partial<FuzzOptions> = {}): Promise<FuzzSummary> {
  const options: FuzzOptions = { ...DEFAULT_OPTIONS, ...given };
  const started = Date.now();
  const batches: number[][] = [];
  for (let first = 0; first < count; first += options.batchSize) {
    batches.push(Array.from({ length: Math.min(options.batchSize, count - first) }, (_, k) => programSeed(baseSeed, first + k)));
  }
  const summary: FuzzSummary = { baseSeed, programs: count, batches: batches.length, agreed: 0, findings: [], traceLines: 0, trapped: 0, seconds: 0 };
  let done = 0;
  // Batches run in worker processes (one per core: the Node run and the compile are
  // synchronous CPU work) unless a test planted a bug through asmTransform, which cannot
  // cross a process boundary; failing batches are examined and minimised here.
  const pool = options.asmTransform === undefined && options.parallelism > 1 ? new WorkerPool(options.parallelism, options.risk) : undefined;
  try {
    await mapWithLimit(batches, options.parallelism, async (seeds) => {
      const verdict = pool !== undefined ? await pool.run(seeds) : await runBatch(seeds, options);
      if (verdict.agreed) {
        summary.agreed += seeds.length;
        summary.traceLines += verdict.traceLines;
        if (verdict.trapped) summary.trapped++;
      } else {
        for (const seed of seeds) {
          const finding = await examine(seed, options);
          if (finding === undefined) {
            summary.agreed++;
          } else {
            summary.findings.push(finding);
            options.log?.(`FAIL ${finding.kind} program seed ${seed}: ${finding.detail.split("\n")[0]}`);
          }
        }
      }
      done += seeds.length;
      if (options.log && Math.floor(done / 1000) !== Math.floor((done - seeds.length) / 1000)) {
        options.log(`… ${done}/${count} programs, ${summary.findings.length} failing, ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
    });
  } finally {
    pool?.close();
  }
  summary.findings.sort((a, b) => a.seed - b.seed);
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

// ---- robustness: mutated programs (rule 4: bad input gets a clear message; the backend never crashes) ----

/** Snippets outside the subset (or outside TypeScript) spliced into programs by mutate(). */
const FOREIGN_SNIPPETS = [
  "class Box { }", "var old = 1;", "const f = (x: number) => x;", "const list = [1, 2];", "const o = { a: 1 };",
  "let half = 1.5;", "let t = `x`;", "let n = null;", "if (1 == 1) { }", "let q: any = 0;", "throw 1;",
  "for (const c of \"ab\") { }", "label: for (;;) { break label; }", "let big = 9007199254740993;", "new Date();",
  "let s = \"a\" + \"b\";", "typeof 1;", "delete x;", "async function later(): Promise<void> { }", "function g<T>(x: T): T { return x; }",
  "Math.max(1, 2);", "console.log(1);", "let u = 7 / 2;", "function* gen() { }", "let [a1, b1] = [1, 2];",
];
const NOISE = ";{}()[]+-*/%<>=!&|^~?:.,0123456789aZ\"'`\n ";

/** A random damage to a program's text: delete, duplicate, replace, swap lines, or splice foreign code. */
export function mutate(text: string, random: Random): string {
  const at = random.below(text.length);
  const span = 1 + random.below(20);
  switch (random.below(5)) {
    case 0: return text.slice(0, at) + text.slice(at + span);
    case 1: return text.slice(0, at + span) + text.slice(at, text.length);
    case 2: return text.slice(0, at) + NOISE[random.below(NOISE.length)] + text.slice(at + 1);
    case 3: {
      const lines = text.split("\n");
      const i = random.below(lines.length);
      const j = random.below(lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join("\n");
    }
    default: {
      const lines = text.split("\n");
      lines.splice(1 + random.below(lines.length - 1), 0, random.pick(FOREIGN_SNIPPETS));
      return lines.join("\n");
    }
  }
}

/** The errors that break design.md's format (or the lack of any error), each quoted; [] when all is well. */
export function malformedErrors(errors: string[], fileName = "mutated.ts"): string[] {
  if (errors.length === 0) return ["rejected without any error message"];
  const format = new RegExp(`^${fileName.replace(/\./g, "\\.")}:\\d+:\\d+: error( TS\\d+)?: \\S`);
  return errors.filter((error) => !format.test(error) || error.includes("\n")).map((error) => JSON.stringify(error.slice(0, 300)));
}

export interface MutationSummary {
  programs: number;
  rejected: number;
  /** Accepted after mutation, and then ran identically (checked Node vs native). */
  acceptedAndAgreed: number;
  /** Accepted, but the Node run did not finish (a mutation can remove a loop's exit): not compared. */
  acceptedNotRun: number;
  /** What went wrong: a throw, an internal error, a badly formatted error, or a disagreement. */
  problems: string[];
}

/** Compile `count` mutated generated programs and check the backend's answers. */
export async function runMutations(baseSeed: number, count: number): Promise<MutationSummary> {
  const summary: MutationSummary = { programs: count, rejected: 0, acceptedAndAgreed: 0, acceptedNotRun: 0, problems: [] };
  for (let index = 0; index < count; index++) {
    const seed = programSeed(baseSeed, index);
    const random = new Random(seed ^ 0x5bd1e995);
    let text = renderProgram(generateProgram(seed));
    for (let round = 1 + random.below(3); round > 0; round--) text = mutate(text, random);
    const where = `mutated program ${index} (base seed ${baseSeed})`;
    const compiled = compileProgram("mutated.ts", text);
    if (!compiled.ok) {
      summary.rejected++;
      for (const problem of malformedErrors(compiled.errors)) summary.problems.push(`${where}: ${problem}`);
      continue;
    }
    const node = runUnderNode("mutated.ts", text, 2_000, true);
    if (node.status === -1) {
      summary.acceptedNotRun++;
      continue;
    }
    const native = await runAssembly(compiled.asm, 10_000);
    const difference = compareRuns(node, native);
    if (difference === undefined) summary.acceptedAndAgreed++;
    else summary.problems.push(`${where}: accepted, but ${difference}\n${text}`);
  }
  return summary;
}

/** The report printed for one finding: kind, seed, how to regenerate, the minimised program. */
export function describeFinding(finding: Finding, baseSeed: number): string {
  return [
    `--- ${finding.kind}: program seed ${finding.seed} (base seed ${baseSeed}); regenerate with ` +
      `node build/test/backend/fuzz.js --show ${finding.seed}${finding.risk > 0 ? ` --risk ${finding.risk}` : ""}`,
    `minimised from ${finding.originalStatements} to ${finding.minimisedStatements} removable statements`,
    finding.detail,
    finding.program,
  ].join("\n");
}

async function commandLine(argv: string[]): Promise<number> {
  const showAt = argv.indexOf("--show");
  if (showAt >= 0) {
    const seed = Number(argv[showAt + 1]);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      console.error("fuzz: --show needs a program seed (an integer 0 … 4294967295)");
      return 2;
    }
    const riskAt = argv.indexOf("--risk");
    process.stdout.write(renderProgram(generateProgram(seed, "p_", riskAt >= 0 ? Number(argv[riskAt + 1]) : 0)));
    return 0;
  }
  const mutateAt = argv.indexOf("--mutate");
  if (mutateAt >= 0) {
    const mutateCount = Number(argv[mutateAt + 1]);
    const mutateSeed = argv[mutateAt + 2] === undefined ? (Date.now() ^ (process.pid << 16)) >>> 0 : Number(argv[mutateAt + 2]);
    if (!Number.isInteger(mutateCount) || mutateCount < 1 || !Number.isInteger(mutateSeed) || mutateSeed < 0 || mutateSeed > 0xffffffff) {
      console.error("usage: node build/test/backend/fuzz.js --mutate N [SEED]");
      return 2;
    }
    const started = Date.now();
    const mutated = await runMutations(mutateSeed, mutateCount);
    for (const problem of mutated.problems) console.log(`--- ${problem}`);
    console.log(`fuzz --mutate: ${mutated.programs} mutated programs, ${mutated.rejected} rejected with well-formed errors, ` +
      `${mutated.acceptedAndAgreed} accepted and agreed, ${mutated.acceptedNotRun} accepted but not run (Node did not finish), ` +
      `${mutated.problems.length} problems; ${((Date.now() - started) / 1000).toFixed(1)} s; base seed ${mutateSeed}`);
    return mutated.problems.length > 0 ? 1 : 0;
  }
  const batchAt = argv.indexOf("--batch");
  const batchSize = batchAt >= 0 ? Number(argv[batchAt + 1]) : DEFAULT_OPTIONS.batchSize;
  const riskAt = argv.indexOf("--risk");
  const risk = riskAt >= 0 ? Number(argv[riskAt + 1]) : 0;
  const optionValues = new Set([batchAt + 1, riskAt + 1].filter((index) => index > 0));
  const positional = argv.filter((argument, index) => !argument.startsWith("--") && !optionValues.has(index));
  const count = positional[0] === undefined ? 10000 : Number(positional[0]);
  const baseSeed = positional[1] === undefined ? (Date.now() ^ (process.pid << 16)) >>> 0 : Number(positional[1]);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(baseSeed) || baseSeed < 0 || baseSeed > 0xffffffff ||
    !Number.isInteger(batchSize) || batchSize < 1 || !(risk >= 0 && risk <= 1)) {
    console.error("usage: node build/test/backend/fuzz.js [N=10000] [SEED 0…4294967295] [--batch B=10] [--risk R=0] | --show PROGRAM_SEED [--risk R]");
    return 2;
  }
  console.log(`fuzz: ${count} generated programs, base seed ${baseSeed}, ${batchSize} per file, ` +
    `${DEFAULT_OPTIONS.parallelism} in parallel, risk ${risk}`);
  const summary = await runGeneratedPrograms(baseSeed, count, { batchSize, risk, log: (line) => console.log(line) });
  for (const finding of summary.findings) console.log(describeFinding(finding, baseSeed));
  const byKind = (kind: FindingKind) => summary.findings.filter((f) => f.kind === kind).length;
  console.log(`fuzz: ${summary.programs} programs in ${summary.batches} files, ${summary.agreed} agreed, ` +
    `${byKind("mismatch")} mismatched, ${byKind("rejected")} rejected by the backend, ${byKind("invalid")} invalid; ` +
    `${summary.traceLines} trace lines compared; ${summary.trapped} files trapped identically on both sides; ` +
    `${summary.seconds.toFixed(1)} s; base seed ${baseSeed}${risk > 0 ? `, risk ${risk}` : ""}`);
  return summary.findings.length > 0 ? 1 : 0;
}

if (require.main === module && process.argv.includes("--worker")) {
  serveAsWorker();
} else if (require.main === module) {
  commandLine(process.argv.slice(2)).then(
    (status) => { process.exitCode = status; },
    (error) => { console.error(`fuzz: ${error instanceof Error ? error.stack : String(error)}`); process.exitCode = 2; },
  );
}
