// test/sim/kernel-constants.ts — the numbers of the Xen ABI, read from kernel.ts itself.
//
// What it does: parses kernel.ts with the TypeScript API and evaluates each top-level
// `const NAME = <integer literal or constant expression of earlier constants>;`, so that the
// simulator (sim.ts, xenstored.ts) answers with the same hypercall numbers, sub-op numbers,
// xenstore message types and struct offsets that the kernel uses: one table, kernel.ts's.
// `kernelConstants(...names)` hands back the values asked for and throws, naming every missing
// one, if kernel.ts does not declare one of them that way (a renamed constant must break the
// simulation loudly, never silently fall back to a number typed here).
// What it does not do: say whether the numbers are Xen's. Agreeing with itself is all the
// simulation can check; the real-Xen rig (test/xen) is what checks them against Xen.

import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

/** kernel.ts, seen from build/test/sim where this file runs */
export const KERNEL_FILE = path.resolve(__dirname, "../../../kernel.ts");

/** The value of a constant expression over `known`, or undefined if it is not one. */
function evaluate(node: ts.Expression, known: Map<string, number>): number | undefined {
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isParenthesizedExpression(node)) return evaluate(node.expression, known);
  if (ts.isIdentifier(node)) return known.get(node.text);
  if (ts.isPrefixUnaryExpression(node)) {
    const operand = evaluate(node.operand, known);
    if (operand === undefined) return undefined;
    switch (node.operator) {
      case ts.SyntaxKind.MinusToken: return -operand;
      case ts.SyntaxKind.PlusToken: return operand;
      case ts.SyntaxKind.TildeToken: return ~operand;
      default: return undefined;
    }
  }
  if (ts.isBinaryExpression(node)) {
    const left = evaluate(node.left, known);
    const right = evaluate(node.right, known);
    if (left === undefined || right === undefined) return undefined;
    switch (node.operatorToken.kind) {
      case ts.SyntaxKind.PlusToken: return left + right;
      case ts.SyntaxKind.MinusToken: return left - right;
      case ts.SyntaxKind.AsteriskToken: return left * right;
      case ts.SyntaxKind.LessThanLessThanToken: return left << right;
      case ts.SyntaxKind.GreaterThanGreaterThanToken: return left >> right;
      case ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken: return left >>> right;
      case ts.SyntaxKind.AmpersandToken: return left & right;
      case ts.SyntaxKind.BarToken: return left | right;
      case ts.SyntaxKind.CaretToken: return left ^ right;
      default: return undefined;
    }
  }
  return undefined;
}

/** Every top-level `const NAME = <constant integer expression>;` of a source text, in order. */
export function topLevelIntegerConstants(source: string, fileName = "kernel.ts"): Map<string, number> {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const known = new Map<string, number>();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if ((statement.declarationList.flags & ts.NodeFlags.Const) === 0) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const value = evaluate(declaration.initializer, known);
      if (value !== undefined && Number.isSafeInteger(value)) known.set(declaration.name.text, value);
    }
  }
  return known;
}

let kernelTable: Map<string, number> | undefined;

/** The named constants of kernel.ts; throws naming every one it does not declare as a number. */
export function kernelConstants<Name extends string>(...names: Name[]): Record<Name, number> {
  kernelTable ??= topLevelIntegerConstants(fs.readFileSync(KERNEL_FILE, "utf8"));
  return constantsFrom(kernelTable, names, KERNEL_FILE);
}

/** `names` looked up in `table`; the error names `origin` and every missing name. */
export function constantsFrom<Name extends string>(table: Map<string, number>, names: Name[], origin: string): Record<Name, number> {
  const missing = names.filter((name) => !table.has(name));
  if (missing.length > 0) {
    throw new Error(`${origin} declares no top-level \`const NAME = <integer>;\` for ${missing.join(", ")}, `
      + "which the simulator takes from it (renamed? then rename it in test/sim too)");
  }
  const values = {} as Record<Name, number>;
  for (const name of names) values[name] = table.get(name)!;
  return values;
}
