// Golden tests: a few small programs whose emitted assembly is compared with a committed .s file.
//
// The snapshots in test/backend/golden/ show a reader what the backend makes of typical code
// (traps, loops, switch, hypercall and memory, strings) and catch unintended changes to it.
// Each snapshot must also assemble with `as --64`. Refresh after an intended change with
//   UPDATE_GOLDEN=1 npm test
// and review the diff. Behaviour is checked by the differential tests, not here.

import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { compileSource } from "../../backend/compile";

const GOLDEN_DIRECTORY = path.join(__dirname, "..", "..", "..", "test", "backend", "golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

const programs = fs.readdirSync(GOLDEN_DIRECTORY).filter((name) => name.endsWith(".ts")).sort();

/** The first line where two texts differ, for a readable failure. */
export function firstDifference(expected: string, actual: string): string | undefined {
  const a = expected.split("\n");
  const b = actual.split("\n");
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    if (a[index] !== b[index]) return `line ${index + 1}: expected ${JSON.stringify(a[index])}, got ${JSON.stringify(b[index])}`;
  }
  return undefined;
}

test("there are 3 to 6 golden programs", () => {
  assert.ok(programs.length >= 3 && programs.length <= 6, `${programs.length} programs`);
});

for (const name of programs) {
  test(`golden ${name}`, () => {
    const source = fs.readFileSync(path.join(GOLDEN_DIRECTORY, name), "utf8");
    const result = compileSource(name, source);
    assert.equal(result.errors, [], "compiles without errors");
    const snapshotPath = path.join(GOLDEN_DIRECTORY, name.replace(/\.ts$/, ".s"));
    if (UPDATE) fs.writeFileSync(snapshotPath, result.asm);
    assert.ok(fs.existsSync(snapshotPath), `${snapshotPath} exists (run with UPDATE_GOLDEN=1 to create it)`);
    const expected = fs.readFileSync(snapshotPath, "utf8");
    const difference = firstDifference(expected, result.asm);
    assert.is(difference, undefined, `${name}: the emitted assembly differs from the snapshot (${difference}); if intended, run UPDATE_GOLDEN=1 npm test`);

    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "golden-"));
    try {
      execFileSync("as", ["--64", "-o", path.join(scratch, "out.o"), snapshotPath], { stdio: "pipe" });
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });
}

test("compiling twice gives identical output (deterministic)", () => {
  const source = fs.readFileSync(path.join(GOLDEN_DIRECTORY, programs[0]), "utf8");
  assert.is(compileSource(programs[0], source).asm, compileSource(`/some/absolute/dir/${programs[0]}`, source).asm);
});

// ---- intrinsics checked against the machine ---------------------------------------------
// The register and width tables in backend/intrinsics.ts are checked by running them: a tiny
// static binary whose fake hypercall page verifies the argument registers, the stub offset
// (32 × op) and the stack alignment, and whose main exercises every load/store width.

/** _start, exit, __ts_trap, sixArguments (1 if rdi…r9 hold 1…6, else -1 via the label below), and a 64-stub fake hypercall page: stub N returns N if rdi…r8 hold 11, 22, 33, 44, 55 and %rsp was aligned at the call, else -1. */
const FAKE_XEN_RUNTIME = `
	.text
	.globl _start
_start:
	andq $-16, %rsp
	call main
	movl $0, %edi
	.globl exit
exit:
	movl $60, %eax
	syscall
	.globl sixArguments
sixArguments:
	movq $1, %rax
	cmpq $1, %rdi
	jne 1f
	cmpq $2, %rsi
	jne 1f
	cmpq $3, %rdx
	jne 1f
	cmpq $4, %rcx
	jne 1f
	cmpq $5, %r8
	jne 1f
	cmpq $6, %r9
	jne 1f
	ret
	.globl __ts_trap
__ts_trap:
	movl $70, %edi
	jmp exit
	.balign 4096
	.globl hypercall_page
hypercall_page:
	.set op, 0
	.rept 64
	.balign 32
	movq $op, %rax
	jmp check_arguments
	.set op, op + 1
	.endr
check_arguments:
	movq %rsp, %rcx
	andq $15, %rcx
	cmpq $8, %rcx
	jne 1f
	cmpq $11, %rdi
	jne 1f
	cmpq $22, %rsi
	jne 1f
	cmpq $33, %rdx
	jne 1f
	cmpq $44, %r10
	jne 1f
	cmpq $55, %r8
	jne 1f
	ret
1:	movq $-1, %rax
	ret
	.section .note.GNU-stack,"",@progbits
`;

/** Exits with 0 when every check passes, otherwise the number of the first failing check. */
const INTRINSICS_PROGRAM = `
declare function exit(code: number): void;
declare function hypercall(op: number, a1: number, a2: number, a3: number, a4: number, a5: number): number;
declare function load8(address: number): number;
declare function load16(address: number): number;
declare function load32(address: number): number;
declare function load64(address: number): number;
declare function store8(address: number, value: number): void;
declare function store16(address: number, value: number): void;
declare function store32(address: number, value: number): void;
declare function store64(address: number, value: number): void;
declare function testAndClearBit(address: number, bit: number): boolean;
declare function fullBarrier(): void;
declare function readBarrier(): void;
declare function writeBarrier(): void;
declare function staticBuffer(bytes: number, align: number): number;
declare function addressOf(symbol: string): number;
declare function sixArguments(a: number, b: number, c: number, d: number, e: number, f: number): number;

const EVENT_CHANNEL_OP = 32;
const WORDS = staticBuffer(32, 4096);
const PAGE = addressOf("hypercall_page");

function check(number: number, good: boolean): void {
  if (!good) exit(number);
}

export function main(): void {
  check(1, hypercall(7, 11, 22, 33, 44, 55) === 7);
  check(2, hypercall(EVENT_CHANNEL_OP, 11, 22, 33, 44, 55) === 32);
  check(3, hypercall(63, 11, 20 + 2, 33, 44, 55 + 0 * hypercall(0, 11, 22, 33, 44, 55)) === 63);
  check(4, (WORDS & 4095) === 0 && (PAGE & 4095) === 0);
  store64(WORDS, -1);
  store8(WORDS, 0x1234);
  check(5, load8(WORDS) === 0x34 && load8(WORDS + 1) === 0xff);
  store16(WORDS + 2, -2);
  check(6, load16(WORDS + 2) === 0xfffe && load8(WORDS + 4) === 0xff);
  store32(WORDS + 4, 0x89abcdef);
  check(7, load32(WORDS + 4) === 0x89abcdef && load32(WORDS) === 0xfffeff34);
  store64(WORDS + 8, -9007199254740991);
  check(8, load64(WORDS + 8) === -9007199254740991);
  store64(WORDS + 16, 5);
  fullBarrier();
  readBarrier();
  writeBarrier();
  check(9, testAndClearBit(WORDS + 16, 2) && !testAndClearBit(WORDS + 16, 2) && load64(WORDS + 16) === 1);
  check(10, testAndClearBit(WORDS + 16, 0) && load64(WORDS + 16) === 0);
  check(11, load8(PAGE) === 0x48); // the first stub starts with a REX.W movq
  check(12, sixArguments(1, 2, 3, 4, 5, 6) === 1); // System V: rdi, rsi, rdx, rcx, r8, r9
}
`;

test("intrinsics run as the table says: hypercall registers, stub offset, alignment, widths, bit ops", () => {
  const result = compileSource("intrinsics.ts", INTRINSICS_PROGRAM);
  assert.equal(result.errors, []);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "intrinsics-"));
  try {
    const file = (name: string) => path.join(scratch, name);
    fs.writeFileSync(file("program.s"), result.asm);
    fs.writeFileSync(file("runtime.s"), FAKE_XEN_RUNTIME);
    execFileSync("as", ["--64", "-o", file("program.o"), file("program.s")]);
    execFileSync("as", ["--64", "-o", file("runtime.o"), file("runtime.s")]);
    execFileSync("ld", ["-static", "-o", file("program"), file("runtime.o"), file("program.o")]);
    let status = 0;
    try {
      execFileSync(file("program"), { stdio: "pipe" });
    } catch (failure) {
      status = (failure as { status: number }).status;
    }
    assert.is(status, 0, `check ${status} failed`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});

test("code spread over several lines and an odd file name still assemble (comments stay on one line)", () => {
  const source = [
    "let multi =",
    "  5;",
    "function pick(a: number): number {",
    "  switch (a) {",
    "    case (1 +",
    "      2): return 1;",
    "  }",
    "  if (a ===",
    "      7) return 2;",
    "  return g(a,",
    "    1);",
    "}",
    "function g(a: number, b: number): number { return a + b; }",
    "export function main(): number { return pick(multi); }",
    "",
  ].join("\n");
  const result = compileSource('we"ird name.ts', source);
  assert.equal(result.errors, []);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "multiline-"));
  try {
    fs.writeFileSync(path.join(scratch, "out.s"), result.asm);
    execFileSync("as", ["--64", "-o", path.join(scratch, "out.o"), path.join(scratch, "out.s")], { stdio: "pipe" });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});

test("firstDifference finds a changed line (test of the test)", () => {
  assert.is(firstDifference("a\nb\nc", "a\nb\nc"), undefined);
  assert.is(firstDifference("a\nb\nc", "a\nX\nc"), 'line 2: expected "b", got "X"');
  assert.is(firstDifference("a\nb", "a\nb\nc"), 'line 3: expected undefined, got "c"');
});

test.run();
