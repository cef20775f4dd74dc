// compileSource: the backend as a library — one subset program in, GNU as x86-64 text out.
//
// Builds a ts.Program over an in-memory CompilerHost holding just that file (strict, ES2022,
// the ES2022 library only: no DOM, no @types), reports tsc's own errors first, then the subset
// checker's (check.ts), and emits (emit.ts) only when there were none. It never throws: any
// exception inside the backend becomes an "internal error" diagnostic at the node it concerned.
// The CLI (cli.ts), the differential tests and the fuzzer all call this in-process.

import * as path from "path";
import * as ts from "typescript";
import { checkProgram } from "./check";
import { BackendBug, Diagnostic, format, fromTypeScript, internalError } from "./diagnostics";
import { emitProgram } from "./emit";

export interface CompileResult {
  ok: boolean;
  asm: string; // "" unless ok
  errors: string[]; // formatted diagnostics, tsc's first
}

/** The result with diagnostics still structured (the CLI needs to know about internal errors). */
export interface DetailedCompileResult {
  ok: boolean;
  asm: string;
  diagnostics: Diagnostic[];
}

/** The TypeScript options a subset program is checked with. */
export const SUBSET_COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  lib: ["lib.es2022.d.ts"],
  types: [],
  strict: true,
  noEmit: true,
  noImplicitReturns: true,
  skipLibCheck: true,
};

/** Library .d.ts files parsed once per process (the fuzzer compiles thousands of programs). */
const libraryCache = new Map<string, ts.SourceFile>();

function createHost(fileName: string, text: string): ts.CompilerHost {
  const libDirectory = path.dirname(ts.getDefaultLibFilePath(SUBSET_COMPILER_OPTIONS));
  return {
    getSourceFile(name, languageVersion) {
      if (name === fileName) return ts.createSourceFile(name, text, languageVersion, true);
      const cached = libraryCache.get(name);
      if (cached) return cached;
      const content = ts.sys.readFile(name);
      if (content === undefined) return undefined;
      const file = ts.createSourceFile(name, content, languageVersion, true);
      libraryCache.set(name, file);
      return file;
    },
    getDefaultLibFileName: (options) => path.join(libDirectory, ts.getDefaultLibFileName(options)),
    getDefaultLibLocation: () => libDirectory,
    writeFile: () => undefined,
    getCurrentDirectory: () => "",
    getDirectories: () => [],
    fileExists: (name) => name === fileName || (name.startsWith(libDirectory) && ts.sys.fileExists(name)),
    readFile: (name) => (name === fileName ? text : name.startsWith(libDirectory) ? ts.sys.readFile(name) : undefined),
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
  };
}

/** The stages compileSourceDetailed runs after tsc; tests replace one to prove a failing stage is contained. */
export interface Stages {
  check: typeof checkProgram;
  emit: typeof emitProgram;
}

const STAGES: Stages = { check: checkProgram, emit: emitProgram };

/** Compile one subset program; see the file header. Never throws. */
export function compileSourceDetailed(fileName: string, text: string, stages: Stages = STAGES): DetailedCompileResult {
  const diagnostics: Diagnostic[] = [];
  let node: ts.Node | undefined;
  if (!fileName.endsWith(".ts") || fileName.endsWith(".d.ts")) {
    const message = "error: the input must be a TypeScript source file named NAME.ts (not .d.ts, .tsx or another extension)";
    return { ok: false, asm: "", diagnostics: [{ file: fileName, line: 1, column: 1, message, internal: false }] };
  }
  try {
    const host = createHost(fileName, text);
    const program = ts.createProgram({ rootNames: [fileName], options: SUBSET_COMPILER_OPTIONS, host });
    const sourceFile = program.getSourceFile(fileName)!; // the host always provides it for a *.ts name
    node = sourceFile;
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      if (diagnostic.category === ts.DiagnosticCategory.Error) diagnostics.push(fromTypeScript(fileName, diagnostic));
    }
    const { program: checked, errors } = stages.check(fileName, sourceFile, program.getTypeChecker());
    diagnostics.push(...errors);
    if (diagnostics.length > 0) return { ok: false, asm: "", diagnostics };
    const asm = stages.emit(checked);
    return { ok: true, asm, diagnostics };
  } catch (problem) {
    const where = problem instanceof BackendBug ? problem.node ?? node : node;
    const message = problem instanceof Error ? problem.message : String(problem);
    return { ok: false, asm: "", diagnostics: [...diagnostics, internalError(fileName, where, message)] };
  }
}

/** The library entry point of design.md. */
export function compileSource(fileName: string, text: string): CompileResult {
  const result = compileSourceDetailed(fileName, text);
  return { ok: result.ok, asm: result.asm, errors: result.diagnostics.map(format) };
}
