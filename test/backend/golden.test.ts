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

test("firstDifference finds a changed line (test of the test)", () => {
  assert.is(firstDifference("a\nb\nc", "a\nb\nc"), undefined);
  assert.is(firstDifference("a\nb\nc", "a\nX\nc"), 'line 2: expected "b", got "X"');
  assert.is(firstDifference("a\nb", "a\nb\nc"), 'line 3: expected undefined, got "c"');
});

test.run();
