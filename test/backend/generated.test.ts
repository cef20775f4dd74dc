// generated.test.ts — 300 generated programs (fixed base seed) must behave identically under
// Node and compiled; and the machinery that finds and shrinks disagreements must really work.
//
// What it checks: the 300 programs (30 files of 10) all agree, with a substantial trace; 30
// trap-prone programs (unguarded products, divisors, indexes) agree trap for trap, at the same
// line and column, with Node mirroring the backend's checks (harness.ts, checked runs); the
// generator is deterministic and its programs use the constructs it is meant to exercise; a
// planted backend bug (the emitted subtraction turned into an addition) is detected and the
// failing program is minimised. Set GENERATED_SEED=… to run another fixed set.
//
// What it does not check: traps and compile errors (differential.test.ts and errors.test.ts);
// volume (that is `make fuzz N=10000`). Also: 60 mutated programs (text deleted, duplicated,
// replaced, lines swapped, foreign constructs spliced in) must get well-formed errors and never
// a throw or an internal error, and those still accepted must run identically.

import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { describeFinding, judge, malformedErrors, runGeneratedPrograms, runMutations } from "./fuzz";
import { generateProgram, programSeed, renderProgram, removablePaths } from "./generate";
import { runProcess } from "./harness";

const BASE_SEED = process.env.GENERATED_SEED !== undefined ? Number(process.env.GENERATED_SEED) : 20261125;
const PROGRAM_COUNT = 300;

test(`${PROGRAM_COUNT} generated programs agree under Node and natively (base seed ${BASE_SEED})`, async () => {
  const summary = await runGeneratedPrograms(BASE_SEED, PROGRAM_COUNT, { batchSize: 10, minimiseBudget: 150 });
  const report = summary.findings.map((finding) => describeFinding(finding, BASE_SEED)).join("\n\n");
  assert.is(summary.findings.length, 0, `${summary.findings.length} failing generated program(s):\n${report}`);
  assert.is(summary.agreed, PROGRAM_COUNT);
  // at risk 0 every value is bounded by construction: a trap (even an identical one) means
  // the generator's bound reasoning has a hole (a 5 000-program run found one in enum values)
  assert.is(summary.trapped, 0, "a risk-0 program trapped: see generate.ts bounds");
  // a trace that is empty (or nearly) on both sides would agree vacuously
  assert.ok(summary.traceLines > PROGRAM_COUNT * 20, `only ${summary.traceLines} trace lines for ${PROGRAM_COUNT} programs`);
});

const TRAP_PRONE_COUNT = 30;

test(`${TRAP_PRONE_COUNT} trap-prone generated programs trap (or not) identically, at the same line and column`, async () => {
  // risk: some operations are unguarded (full-range products, divisors and indexes that may be
  // 0 or out of range); one program per file, so a trap ends only its own program
  const summary = await runGeneratedPrograms(BASE_SEED + 2, TRAP_PRONE_COUNT, { batchSize: 1, minimiseBudget: 100, risk: 0.02 });
  const report = summary.findings.map((finding) => describeFinding(finding, BASE_SEED + 2)).join("\n\n");
  assert.is(summary.findings.length, 0, `${summary.findings.length} failing trap-prone program(s):\n${report}`);
  assert.ok(summary.trapped >= 5, `only ${summary.trapped} of ${TRAP_PRONE_COUNT} programs trapped: the risky operations are not biting`);
  assert.ok(summary.trapped <= TRAP_PRONE_COUNT - 5, `${summary.trapped} of ${TRAP_PRONE_COUNT} trapped: too few run to the end`);
});

const MUTATED_COUNT = 60;

test(`${MUTATED_COUNT} mutated programs: no throw, no internal error, every error one well-formed line; accepted ones agree`, async () => {
  // rule 4: bad input gets a clear message and the backend never crashes
  const summary = await runMutations(BASE_SEED, MUTATED_COUNT);
  assert.equal(summary.problems, [], summary.problems.join("\n\n"));
  assert.is(summary.rejected + summary.acceptedAndAgreed + summary.acceptedNotRun, MUTATED_COUNT);
  assert.ok(summary.rejected >= MUTATED_COUNT / 2, `only ${summary.rejected} mutated programs were rejected: the mutations are too gentle`);
});

test("malformedErrors catches what breaks the error format", () => {
  assert.equal(malformedErrors(["mutated.ts:3:14: error TS2304: Cannot find name 'x'.", "mutated.ts:9:1: error: a class is not supported here: …"]), []);
  assert.is(malformedErrors(["mutated.ts:3:14: error: a\nb"]).length, 1, "a message spanning two lines");
  assert.is(malformedErrors(["mutated.ts:1:1: internal error: boom"]).length, 1, "an internal error");
  assert.is(malformedErrors(["error: no position"]).length, 1, "no position");
  assert.is(malformedErrors(["mutatedXts:1:1: error: x"]).length, 1, "another file name");
  assert.equal(malformedErrors([]), ["rejected without any error message"]);
});

test("the generator is deterministic and seeds differ", () => {
  const seed = programSeed(BASE_SEED, 0);
  assert.is(renderProgram(generateProgram(seed)), renderProgram(generateProgram(seed)));
  assert.is.not(renderProgram(generateProgram(seed)), renderProgram(generateProgram(seed + 1)));
  assert.is.not(programSeed(BASE_SEED, 0), programSeed(BASE_SEED, 1));
});

test("generated programs exercise the subset's constructs and edge values", () => {
  const texts: string[] = [];
  for (let index = 0; index < PROGRAM_COUNT; index++) texts.push(renderProgram(generateProgram(programSeed(BASE_SEED, index))));
  const all = texts.join("\n");
  const constructs: [string, RegExp][] = [
    ["+", / \+ /], ["-", / - /], ["*", / \* /], ["%", / % /], ["Math.floor(a / b)", /Math\.floor\(/],
    ["(a / b) | 0", / \/ [^)]*\) \| 0\)/], ["&", / & /], ["|", / \| /], ["^", / \^ /], ["~", /~/],
    ["<<", / << /], [">>", / >> /], [">>>", / >>> /], ["<", / < /], ["<=", / <= /], [">", / > /],
    [">=", / >= /], ["===", / === /], ["!==", / !== /], ["&&", / && /], ["||", / \|\| /], ["!", /!\(/],
    ["?:", / \? .* : /], ["unary -", /-\(/], ["unary +", /\+\(/],
    ["+=", / \+= /], ["-=", / -= /], ["*=", / \*= /], ["%=", / %= /], ["&=", / &= /], ["|=", / \|= /],
    ["^=", / \^= /], ["<<=", / <<= /], [">>=", / >>= /], [">>>=", / >>>= /],
    ["postfix ++", /\w\+\+/], ["prefix ++", /\+\+\w/], ["postfix --", /\w--/], ["prefix --", /--\w/],
    ["const", /const \w+: number/], ["let", /let \w+: boolean/], ["module let", /^let p_g\d+/m],
    ["module const", /^const p_K\d+ = /m], ["enum", /^enum /m], ["const enum", /^const enum /m],
    ["if/else if/else", /} else if \(.*\) {[^]*?} else {/], ["while", /while \(/], ["do…while", /do {/],
    ["for", /for \(let /], ["break", /break;/], ["continue", /continue;/], ["switch", /switch \(/],
    ["case", /case -?\d+:/], ["default", /default:/], ["return", /return /], ["recursion", /function p_r\d+/],
    ["string .length", /\.length/], ["charCodeAt", /\.charCodeAt\(/], ["boolean param", /p\d: boolean/],
    ["string param", /p\d: string/], ["6 params", /\(p0: \w+, p1: \w+, p2: \w+, p3: \w+, p4: \w+, p5: \w+\)/],
    ["printChar", /printChar\(/], ["module string let", /^let p_T\d+: string/m], ["string assignment", /\bs\d+ = /], ["2^53 − 1", /9007199254740991/], ["2^32", /4294967296/],
    ["2^31", /2147483648/], ["2^31 − 1", /2147483647/], ["2^52", /4503599627370496/],
  ];
  const missing = constructs.filter(([, pattern]) => !pattern.test(all)).map(([name]) => name);
  assert.equal(missing, [], `constructs never generated: ${missing.join(", ")}`);
});

test("a planted backend bug (subtraction emitted as addition) is found and minimised", async () => {
  let planted = 0;
  const plantBug = (asm: string) => asm.replace(/\bsubq (%r[a-z0-9]+), %rax\t# -$/gm, (_, register: string) => {
    planted++;
    return `addq ${register}, %rax\t# - (planted bug)`;
  });
  const summary = await runGeneratedPrograms(BASE_SEED + 1, 2, { batchSize: 2, minimiseBudget: 12, asmTransform: plantBug });
  assert.ok(planted > 0, "the planted-bug pattern was never found in the backend's output: update plantBug");
  assert.ok(summary.findings.length > 0, "a program computing with subtraction must disagree once subtraction is broken");
  const finding = summary.findings[0];
  assert.is(finding.kind, "mismatch");
  assert.ok(finding.minimisedStatements < finding.originalStatements,
    `minimising did not shrink the program (${finding.originalStatements} statements)`);
  // the minimised program still fails with the bug, and passes without it
  assert.ok((await judge(finding.program, { batchSize: 1, parallelism: 1, minimiseBudget: 0, risk: 0, asmTransform: plantBug })) !== undefined);
  assert.is(await judge(finding.program), undefined);
});

test("the fuzz command (make fuzz): summary line with counts and seed, --show, and usage errors", async () => {
  const fuzzScript = path.join(__dirname, "fuzz.js");
  const ran = await runProcess(process.execPath, [fuzzScript, "4", "12345", "--batch", "2"], 120_000);
  const output = ran.stdout.toString();
  assert.is(ran.status, 0, output + ran.stderr.toString());
  assert.match(output, /^fuzz: 4 generated programs, base seed 12345, 2 per file/m);
  assert.match(output, /^fuzz: 4 programs in 2 files, 4 agreed, 0 mismatched, 0 rejected by the backend, 0 invalid; \d+ trace lines compared; .* base seed 12345$/m);
  const shown = await runProcess(process.execPath, [fuzzScript, "--show", String(programSeed(12345, 0))], 60_000);
  assert.is(shown.stdout.toString(), renderProgram(generateProgram(programSeed(12345, 0))));
  const wrong = await runProcess(process.execPath, [fuzzScript, "many"], 60_000);
  assert.is(wrong.status, 2);
  assert.match(wrong.stderr.toString(), /^usage: /);
});

test("removable statements exist at every nesting level (so minimising can reach inside blocks)", () => {
  const paths = removablePaths(generateProgram(programSeed(BASE_SEED, 2)));
  assert.ok(paths.some((path) => path.length === 1), "no top-level removable statement");
  assert.ok(paths.some((path) => path.length >= 5), "no removable statement inside a nested block");
});

test.run();
