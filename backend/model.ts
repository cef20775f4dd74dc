// Model: what a name or a type in a subset program stands for.
//
// The checker (check.ts) and the emitter (emit.ts) both need to know whether an identifier is a
// local, a module-level const or let, a function, an enum member, or something outside the subset
// (a global like `Math` or `console`), and whether a TypeScript type is one of the subset's value
// kinds. Both questions are answered here, from the TypeScript type checker, so the two stages
// cannot disagree. This file reports no errors itself; it only classifies.

import * as ts from "typescript";

/** The value kinds of the subset; `void` only as a function result. */
export type ValueKind = "number" | "boolean" | "string" | "void";

/** The subset kind of a TypeScript type, or undefined when the type is outside the subset. */
export function valueKindOf(type: ts.Type): ValueKind | undefined {
  if (type.isUnion()) {
    let common: ValueKind | undefined;
    for (const part of type.types) {
      const kind = valueKindOf(part);
      if (kind === undefined || (common !== undefined && kind !== common)) return undefined;
      common = kind;
    }
    return common;
  }
  const flags = type.flags;
  if (flags & ts.TypeFlags.NumberLike) return "number"; // number, numeric literals, enums
  if (flags & ts.TypeFlags.BooleanLike) return "boolean";
  if (flags & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral)) return "string";
  if (flags & ts.TypeFlags.Void) return "void";
  return undefined;
}

/**
 * The subset kind of an expression. TypeScript narrows a variable read in a branch that cannot
 * run to `never` (`if (flag) … else if (flag) use(flag)`); JS still runs such code the same way
 * when reached, so `never` is resolved to the variable's declared type, and operators whose result
 * kind does not depend on their operands answer for themselves.
 */
export function expressionKind(checker: ts.TypeChecker, node: ts.Expression): { kind: ValueKind | undefined; type: ts.Type } {
  const type = checker.getTypeAtLocation(node);
  if (!(type.flags & ts.TypeFlags.Never)) return { kind: valueKindOf(type), type };
  const inner = skipParentheses(node);
  if (ts.isIdentifier(inner)) {
    const symbol = checker.getSymbolAtLocation(inner);
    if (symbol) {
      const declared = checker.getTypeOfSymbol(symbol);
      if (!(declared.flags & ts.TypeFlags.Never)) return { kind: valueKindOf(declared), type: declared };
      const declaration = symbol.valueDeclaration;
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && declaration.initializer !== node) {
        return expressionKind(checker, declaration.initializer); // `let c = flag` inferred never from a narrowed read
      }
    }
  }
  if (ts.isConditionalExpression(inner)) {
    const whenTrue = expressionKind(checker, inner.whenTrue);
    return whenTrue.kind !== undefined ? whenTrue : expressionKind(checker, inner.whenFalse);
  }
  if (ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.ExclamationToken) return { kind: "boolean", type };
  if (ts.isBinaryExpression(inner)) {
    const op = inner.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) return { kind: "boolean", type };
    if (op === ts.SyntaxKind.EqualsToken) return expressionKind(checker, inner.right);
  }
  return { kind: undefined, type };
}

/** True for the checker's "error" type: tsc has already reported a problem there. */
export function isErrorType(type: ts.Type): boolean {
  return (type as { intrinsicName?: string }).intrinsicName === "error";
}

/** What an identifier used as a value refers to. */
export type NameUse =
  | { kind: "local"; symbol: ts.Symbol; declaration: ts.ParameterDeclaration | ts.VariableDeclaration }
  | { kind: "moduleConst"; symbol: ts.Symbol; declaration: ts.VariableDeclaration }
  | { kind: "moduleLet"; symbol: ts.Symbol; declaration: ts.VariableDeclaration }
  | { kind: "function"; symbol: ts.Symbol; declaration: ts.FunctionDeclaration }
  | { kind: "enum"; symbol: ts.Symbol; declaration: ts.EnumDeclaration }
  | { kind: "enumMember"; symbol: ts.Symbol; declaration: ts.EnumMember }
  | { kind: "other"; name: string };

/** True when a variable declaration sits directly in the source file (module scope). */
export function isModuleLevel(declaration: ts.VariableDeclaration): boolean {
  const list = declaration.parent;
  return ts.isVariableDeclarationList(list) && ts.isVariableStatement(list.parent) && ts.isSourceFile(list.parent.parent);
}

/** `const` (not `let`/`var`) for a variable declaration's list. */
export function isConstDeclaration(declaration: ts.VariableDeclaration): boolean {
  const list = declaration.parent;
  return ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
}

/** Resolve what `node` (an identifier or a property access naming an enum member) refers to. */
export function resolveName(checker: ts.TypeChecker, node: ts.Node): NameUse {
  const symbol = checker.getSymbolAtLocation(node);
  const name = node.getText();
  if (!symbol) return { kind: "other", name };
  const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
  if (!declaration || declaration.getSourceFile().isDeclarationFile) return { kind: "other", name };
  if (ts.isParameter(declaration)) return { kind: "local", symbol, declaration };
  if (ts.isVariableDeclaration(declaration)) {
    if (!isModuleLevel(declaration)) return { kind: "local", symbol, declaration };
    return isConstDeclaration(declaration)
      ? { kind: "moduleConst", symbol, declaration }
      : { kind: "moduleLet", symbol, declaration };
  }
  if (ts.isFunctionDeclaration(declaration)) return { kind: "function", symbol, declaration };
  if (ts.isEnumDeclaration(declaration)) return { kind: "enum", symbol, declaration };
  if (ts.isEnumMember(declaration)) return { kind: "enumMember", symbol, declaration };
  return { kind: "other", name };
}

/** Strip parentheses: `((x))` → `x`. */
export function skipParentheses(node: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return node;
}

/** True for `Math.floor` where `Math` is the ES global (not something the program declared). */
export function isMathFloor(checker: ts.TypeChecker, callee: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "floor") return false;
  if (!ts.isIdentifier(callee.expression) || callee.expression.text !== "Math") return false;
  const symbol = checker.getSymbolAtLocation(callee.expression);
  const declaration = symbol?.declarations?.[0];
  return declaration !== undefined && declaration.getSourceFile().isDeclarationFile;
}

/** `a / b` directly under `| 0` (parentheses allowed): JS truncates to int32 there. */
export function isTruncatedDivision(node: ts.Expression): boolean {
  return (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.BarToken &&
    isZeroLiteral(node.right) &&
    isDivision(skipParentheses(node.left))
  );
}

export function isDivision(node: ts.Expression): node is ts.BinaryExpression {
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.SlashToken;
}

function isZeroLiteral(node: ts.Expression): boolean {
  const inner = skipParentheses(node);
  return ts.isNumericLiteral(inner) && Number(inner.text) === 0;
}

/** True for a function declared without a body (`declare function f(...): T;`). */
export function isDeclaredOnly(declaration: ts.FunctionDeclaration): boolean {
  return declaration.body === undefined;
}

export function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);
}
