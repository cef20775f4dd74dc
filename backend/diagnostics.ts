// Diagnostics: how the backend names a place in the source and formats what went wrong there.
//
// Every message the backend prints goes through here, in the one format design.md fixes:
//   FILE:LINE:COL: error: <what> is not supported here: <why / what to write instead>
//   FILE:LINE:COL: error TSnnnn: <tsc's message>
//   FILE:LINE:COL: internal error: <what broke inside the backend>
// LINE and COL are 1-based. This file does not decide *what* is an error (check.ts does) and
// does not print anything (cli.ts does). emit.ts also uses oneLineText for its comments.

import * as ts from "typescript";

/** A located problem in the input; `internal` marks a backend bug rather than bad input. */
export interface Diagnostic {
  readonly file: string;
  readonly line: number; // 1-based
  readonly column: number; // 1-based
  readonly message: string; // already in "error: …" / "error TSnnnn: …" / "internal error: …" form
  readonly internal: boolean;
}

/** Line and column (both 1-based) where `node`'s own text starts (after leading trivia). */
export function positionOf(node: ts.Node): { line: number; column: number } {
  const sourceFile = node.getSourceFile();
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
  return { line: line + 1, column: character + 1 };
}

/**
 * Source text quoted in a message or an assembler comment (where a newline would start an instruction) on
 * one line: a line break and the indentation around it become one space, ` .` becomes `.` (`Unknown\n  .member`).
 */
export function oneLineText(text: string): string {
  return text.replace(/\s*[\r\n]\s*/g, " ").replace(/ \./g, ".");
}

/** An input the subset does not accept: `what` names the construct, `instead` says what to write. */
export function unsupported(fileName: string, node: ts.Node, what: string, instead: string): Diagnostic {
  const { line, column } = positionOf(node);
  return { file: fileName, line, column, message: `error: ${oneLineText(what)} is not supported here: ${oneLineText(instead)}`, internal: false };
}

/** A plain located error whose wording does not fit the "is not supported here" shape. */
export function located(fileName: string, node: ts.Node, text: string): Diagnostic {
  const { line, column } = positionOf(node);
  return { file: fileName, line, column, message: `error: ${oneLineText(text)}`, internal: false };
}

/** A bug in the backend, reported at the node it was working on instead of throwing. */
export function internalError(fileName: string, node: ts.Node | undefined, text: string): Diagnostic {
  const { line, column } = node ? positionOf(node) : { line: 1, column: 1 };
  return { file: fileName, line, column, message: `internal error: ${oneLineText(text)}`, internal: true };
}

/** One of tsc's own diagnostics, in our format (tsc errors are reported before ours). */
export function fromTypeScript(fileName: string, diagnostic: ts.Diagnostic): Diagnostic {
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
  let line = 1;
  let column = 1;
  let file = fileName;
  if (diagnostic.file && diagnostic.start !== undefined) {
    const where = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    line = where.line + 1;
    column = where.character + 1;
    file = diagnostic.file.fileName;
  }
  return { file, line, column, message: oneLineText(`error TS${diagnostic.code}: ${text}`), internal: false };
}

export function format(diagnostic: Diagnostic): string {
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.message}`;
}

/**
 * Thrown inside the backend when it meets something it cannot handle; compile.ts catches it and
 * turns it into an internal-error diagnostic. Never escapes compileSource.
 */
export class BackendBug extends Error {
  constructor(readonly node: ts.Node | undefined, message: string) {
    super(message);
  }
}
