// cli: `node build/backend/cli.js INPUT.ts -o OUTPUT.s` — compile one subset program to a file.
//
// Exit status 0 with OUTPUT.s written when there is no error; otherwise every diagnostic on
// stderr and exit 1 (bad input) or 2 (an internal error of the backend, or a usage error), and
// no output file is written or left behind (an existing one is not touched). The compilation itself is
// compile.ts; this file only handles arguments, files and the exit status.

import * as fs from "fs";
import { compileSourceDetailed } from "./compile";
import { format } from "./diagnostics";

export const USAGE = "usage: node build/backend/cli.js INPUT.ts -o OUTPUT.s";

/** Run the CLI; returns the exit status and writes messages through `stderr`. */
export function runCli(args: readonly string[], stderr: (line: string) => void, compile = compileSourceDetailed): number {
  let input: string | undefined;
  let output: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === "-o") {
      if (output !== undefined || index + 1 >= args.length) return usage(stderr);
      output = args[++index];
    } else if (arg.startsWith("-") || input !== undefined) {
      return usage(stderr);
    } else {
      input = arg;
    }
  }
  if (input === undefined || output === undefined) return usage(stderr);

  let text: string;
  try {
    text = fs.readFileSync(input, "utf8");
  } catch (problem) {
    stderr(`${input}: error: cannot read the input: ${(problem as Error).message}`);
    return 1;
  }
  const result = compile(input, text);
  for (const diagnostic of result.diagnostics) stderr(format(diagnostic));
  if (!result.ok) return result.diagnostics.some((d) => d.internal) ? 2 : 1;
  try {
    const temporary = `${output}.tmp-${process.pid}`;
    fs.writeFileSync(temporary, result.asm);
    fs.renameSync(temporary, output);
  } catch (problem) {
    stderr(`${output}: error: cannot write the output: ${(problem as Error).message}`);
    return 1;
  }
  return 0;
}

function usage(stderr: (line: string) => void): number {
  stderr(USAGE);
  return 2;
}

if (require.main === module) {
  process.exitCode = runCli(process.argv.slice(2), (line) => process.stderr.write(line + "\n"));
}
