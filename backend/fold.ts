// Constant folding: the value of a constant expression, computed by JavaScript itself.
//
// check.ts (its only caller) folds module-level `const`s (staticBuffer's size and alignment too)
// and `let` initialisers, and in function bodies case labels, hypercall numbers, divisors and
// compared values, which the emitter then treats as constants; everything else in a body runs,
// and traps, at run time. This file evaluates such expressions with JavaScript's own operators, so
// the folded value is by construction what Node computes, and insists that every number met on
// the way is a safe integer (|n| ≤ 2^53−1) — the only numbers compiled code can hold exactly.

import * as ts from "typescript";
import { isDivision, isMathFloor, resolveName, skipParentheses } from "./model";

export type ConstantValue = number | boolean | string;

/** Either the folded value or the node where folding failed and why. */
export type FoldResult = { ok: true; value: ConstantValue } | { ok: false; node: ts.Node; reason: string };

/** Values of module-level constants already folded, looked up by declaration. */
export type KnownConstants = ReadonlyMap<ts.Declaration, ConstantValue>;

class NotConstant {
  constructor(readonly node: ts.Node, readonly reason: string) {}
}

/** Fold `expression`, using `known` for references to module-level consts. */
export function foldConstant(checker: ts.TypeChecker, expression: ts.Expression, known: KnownConstants): FoldResult {
  try {
    return { ok: true, value: new Folder(checker, known).value(expression) };
  } catch (problem) {
    if (problem instanceof NotConstant) return { ok: false, node: problem.node, reason: problem.reason };
    throw problem;
  }
}

/** The number a numeric literal's text denotes (hex, octal, binary, separators and exponents included). */
export function numericLiteralValue(literal: ts.NumericLiteral): number {
  return Number(literal.text);
}

class Folder {
  constructor(private readonly checker: ts.TypeChecker, private readonly known: KnownConstants) {}

  value(node: ts.Expression): ConstantValue {
    switch (node.kind) {
      case ts.SyntaxKind.NumericLiteral:
        return this.exact(node, numericLiteralValue(node as ts.NumericLiteral));
      case ts.SyntaxKind.StringLiteral:
        return (node as ts.StringLiteral).text;
      case ts.SyntaxKind.TrueKeyword:
        return true;
      case ts.SyntaxKind.FalseKeyword:
        return false;
      case ts.SyntaxKind.ParenthesizedExpression:
        return this.value((node as ts.ParenthesizedExpression).expression);
      case ts.SyntaxKind.Identifier:
      case ts.SyntaxKind.PropertyAccessExpression:
        return this.name(node);
      case ts.SyntaxKind.PrefixUnaryExpression:
        return this.prefix(node as ts.PrefixUnaryExpression);
      case ts.SyntaxKind.BinaryExpression:
        return this.binary(node as ts.BinaryExpression);
      case ts.SyntaxKind.ConditionalExpression: {
        const conditional = node as ts.ConditionalExpression;
        const test = this.value(conditional.condition);
        if (typeof test !== "boolean") throw new NotConstant(conditional.condition, "the condition must be a boolean");
        return test ? this.value(conditional.whenTrue) : this.value(conditional.whenFalse);
      }
      case ts.SyntaxKind.CallExpression: {
        const call = node as ts.CallExpression;
        if (isMathFloor(this.checker, call.expression) && call.arguments.length === 1) {
          const inner = skipParentheses(call.arguments[0]);
          if (isDivision(inner)) {
            const [a, b] = [this.number(inner.left), this.number(inner.right)];
            if (b === 0) throw new NotConstant(inner, "Math.floor of a division by zero");
            return this.exact(node, Math.floor(a / b));
          }
        }
        throw new NotConstant(node, "a call is not a constant");
      }
      default:
        throw new NotConstant(node, "this expression is not a constant");
    }
  }

  /** Numbers must be safe integers at every step, as in compiled code. */
  private exact(node: ts.Node, value: number): number {
    if (!Number.isInteger(value)) throw new NotConstant(node, `the value ${value} is not an integer`);
    if (!Number.isSafeInteger(value)) throw new NotConstant(node, `the value ${value} is outside the exact integer range ±(2^53−1)`);
    return value;
  }

  private number(node: ts.Expression): number {
    const value = this.value(node);
    if (typeof value !== "number") throw new NotConstant(node, "a number is expected here");
    return value;
  }

  private boolean(node: ts.Expression): boolean {
    const value = this.value(node);
    if (typeof value !== "boolean") throw new NotConstant(node, "a boolean is expected here");
    return value;
  }

  private name(node: ts.Expression): ConstantValue {
    if (ts.isPropertyAccessExpression(node) && node.name.text === "length") {
      const target = resolveName(this.checker, node.expression);
      if (target.kind === "moduleConst") {
        const text = this.value(node.expression);
        if (typeof text === "string") return text.length;
      }
    }
    const use = resolveName(this.checker, node);
    if (use.kind === "enumMember") {
      const value = this.checker.getConstantValue(use.declaration);
      if (typeof value !== "number") throw new NotConstant(node, "this enum member has no constant number value");
      return this.exact(node, value);
    }
    if (use.kind === "moduleConst") {
      const value = this.known.get(use.declaration);
      if (value === undefined) throw new NotConstant(node, `'${node.getText()}' is not a constant known at this point`);
      return value;
    }
    throw new NotConstant(node, `'${node.getText()}' is not a module-level constant`);
  }

  private prefix(node: ts.PrefixUnaryExpression): ConstantValue {
    switch (node.operator) {
      case ts.SyntaxKind.MinusToken:
        return this.exact(node, -this.number(node.operand));
      case ts.SyntaxKind.PlusToken:
        return this.number(node.operand);
      case ts.SyntaxKind.TildeToken:
        return ~this.number(node.operand);
      case ts.SyntaxKind.ExclamationToken:
        return !this.boolean(node.operand);
      default:
        throw new NotConstant(node, "this operator is not a constant operation");
    }
  }

  private binary(node: ts.BinaryExpression): ConstantValue {
    const op = node.operatorToken.kind;
    const K = ts.SyntaxKind;
    if (op === K.AmpersandAmpersandToken) return this.boolean(node.left) && this.boolean(node.right);
    if (op === K.BarBarToken) return this.boolean(node.left) || this.boolean(node.right);
    if (op === K.BarToken && isDivision(skipParentheses(node.left))) {
      const division = skipParentheses(node.left) as ts.BinaryExpression;
      const a = this.number(division.left);
      const b = this.number(division.right);
      return (a / b) | this.number(node.right); // JS: NaN | 0 and Infinity | 0 are 0
    }
    if (op === K.EqualsEqualsEqualsToken || op === K.ExclamationEqualsEqualsToken) {
      const [a, b] = [this.value(node.left), this.value(node.right)];
      if (typeof a === "string" || typeof b === "string") throw new NotConstant(node, "strings cannot be compared with === or !==");
      return op === K.EqualsEqualsEqualsToken ? a === b : a !== b;
    }
    const a = this.number(node.left);
    const b = this.number(node.right);
    switch (op) {
      case K.PlusToken: return this.exact(node, a + b);
      case K.MinusToken: return this.exact(node, a - b);
      case K.AsteriskToken: return this.exact(node, a * b);
      case K.PercentToken:
        if (b === 0) throw new NotConstant(node, "a remainder by zero");
        return this.exact(node, a % b);
      case K.AmpersandToken: return a & b;
      case K.BarToken: return a | b;
      case K.CaretToken: return a ^ b;
      case K.LessThanLessThanToken: return a << b;
      case K.GreaterThanGreaterThanToken: return a >> b;
      case K.GreaterThanGreaterThanGreaterThanToken: return a >>> b;
      case K.LessThanToken: return a < b;
      case K.LessThanEqualsToken: return a <= b;
      case K.GreaterThanToken: return a > b;
      case K.GreaterThanEqualsToken: return a >= b;
      default:
        throw new NotConstant(node, `the operator ${node.operatorToken.getText()} is not a constant operation`);
    }
  }
}
