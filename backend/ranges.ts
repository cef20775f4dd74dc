// Ranges: a value-range analysis that tells the emitter which checks can never fire.
//
// An interval [lo, hi] of exact integers (BigInt, so the analysis itself cannot round) is computed
// for every number expression of every function; for a string expression it bounds the length. It
// is an abstract interpretation of the AST: flow-sensitive over locals (assignments, `if`/loop
// conditions narrow, joins where paths meet, loops iterated to a fixpoint with widening), and
// flow-insensitive over what crosses functions: a module-level let has one interval for the whole
// program (its initialiser joined with every value assigned anywhere), a parameter of a
// non-exported function the join of the arguments at all its call sites, a call the join of the
// callee's returned values. Exported functions' parameters, external results, addresses and
// hypercall results are unknown: any int64. All of it is iterated to a fixpoint over the whole
// program; the facts kept are those of the last (stable) round. The emitter drops a check only when
// the facts prove it can never fire; an unknown node keeps every check. The rules are stated in
// docs/backend.md, "Which checks are left out, and why".

import * as ts from "typescript";
import type { CheckedProgram } from "./check";
import { numericLiteralValue } from "./fold";
import { NameUse, hasModifier, isDeclaredOnly, isDivision, isMathFloor, isTruncatedDivision, resolveName, skipParentheses } from "./model";

export interface Interval { readonly lo: bigint; readonly hi: bigint }
/** null: no value can get here (the code is unreachable, or a call never returns). */
type Range = Interval | null;

export const MAX_SAFE = 2n ** 53n - 1n;
export const INT64: Interval = { lo: -(2n ** 63n), hi: 2n ** 63n - 1n };
export const SAFE: Interval = { lo: -MAX_SAFE, hi: MAX_SAFE };
export const INT32: Interval = { lo: -(2n ** 31n), hi: 2n ** 31n - 1n };
export const UINT32: Interval = { lo: 0n, hi: 2n ** 32n - 1n };
const BOOLEAN: Interval = { lo: 0n, hi: 1n };
const BYTE: Interval = { lo: 0n, hi: 255n };
/** A symbol's address (`leaq sym(%rip)`): within 2^31 of a canonical %rip, |rip| < 2^56 even with 5-level paging. */
const ADDRESS: Interval = { lo: -(2n ** 56n + 2n ** 31n), hi: 2n ** 56n + 2n ** 31n };
/** Where widening moves a growing bound: the next of these, so uint32 or safe facts survive a loop. */
const UPPER = [-1n, 0n, 255n, 65535n, INT32.hi, UINT32.hi, MAX_SAFE, INT64.hi];
const LOWER = [0n, -1n, INT32.lo, -UINT32.hi, -MAX_SAFE, INT64.lo];
/** Rounds of widening-free growth a loop head or a cross-function fact gets before it is widened. */
const PATIENCE = 3;

const K = ts.SyntaxKind;
const big = (value: number | boolean) => BigInt(value);
const exact = (value: bigint): Interval => ({ lo: value, hi: value });
const span = (lo: bigint, hi: bigint): Range => (lo <= hi ? { lo, hi } : null);
const min = (a: bigint, b: bigint) => (a < b ? a : b);
const max = (a: bigint, b: bigint) => (a > b ? a : b);
const abs = (a: bigint) => (a < 0n ? -a : a);
export const within = (a: Range | undefined, b: Interval): boolean => !!a && a.lo >= b.lo && a.hi <= b.hi;
const same = (a: Range, b: Range) => a === b || (!!a && !!b && a.lo === b.lo && a.hi === b.hi);
export const join = (a: Range, b: Range): Range => (!a ? b : !b ? a : { lo: min(a.lo, b.lo), hi: max(a.hi, b.hi) });
const meet = (a: Range, b: Interval): Range => (a ? span(max(a.lo, b.lo), min(a.hi, b.hi)) : null);
const toInt32 = (a: Interval) => (within(a, INT32) ? a : INT32);
/** A 2^n − 1 ≥ a (a ≥ 0): a bound for | and ^ of non-negative values. */
const ones = (a: bigint) => (1n << BigInt(a.toString(2).length)) - 1n;
/** Floored division of exact integers (BigInt's / truncates). */
const floorDivide = (a: bigint, b: bigint) => a / b - (a % b !== 0n && a < 0n !== b < 0n ? 1n : 0n);
function widen(old: Range, next: Range): Range {
  if (!old || !next) return next;
  return { lo: next.lo < old.lo ? LOWER.find((t) => t <= next.lo) ?? next.lo : old.lo, hi: next.hi > old.hi ? UPPER.find((t) => t >= next.hi) ?? next.hi : old.hi };
}

/** What is known at one point of a function: an interval per local, and pairs "local i < s.length". */
class Env {
  constructor(readonly vars = new Map<ts.Symbol, Range>(), readonly below = new Set<string>()) {}
  clone(): Env {
    return new Env(new Map(this.vars), new Set(this.below));
  }
  /** Where two paths meet: variables both know, pairs both know. */
  static join(a: Env | null, b: Env | null, widening = false): Env | null {
    if (!a || !b) return a ? a.clone() : b ? b.clone() : null;
    const vars = new Map<ts.Symbol, Range>();
    for (const [symbol, range] of a.vars) if (b.vars.has(symbol)) vars.set(symbol, widening ? widen(range, join(range, b.vars.get(symbol)!)) : join(range, b.vars.get(symbol)!));
    return new Env(vars, new Set([...a.below].filter((pair) => b.below.has(pair))));
  }
  equals(other: Env): boolean {
    if (this.vars.size !== other.vars.size || this.below.size !== other.below.size) return false;
    for (const [symbol, range] of this.vars) if (!other.vars.has(symbol) || !same(range, other.vars.get(symbol)!)) return false;
    return [...this.below].every((pair) => other.below.has(pair));
  }
}

interface Facts { values: Map<ts.Node, Interval>; results: Map<ts.Node, Interval>; inBounds: Map<ts.Node, boolean> }
interface Frame { breaks: (Env | null)[]; continues: (Env | null)[] | undefined } // continues: undefined for a switch

/** The analysis of a whole program (done by the constructor); the emitter asks it about nodes. */
export class Ranges {
  private readonly facts = new Map<ts.FunctionDeclaration, Facts>(); // from each function's last analysis
  private readonly inputs = new Map<ts.FunctionDeclaration, Map<ts.Node, number>>(); // what it read: key → version
  private current!: Facts;
  private readonly global = new Map<ts.Node, { range: Range; changes: number }>(); // module lets, parameters, function results
  private readonly called = new Set<ts.Node>();
  private readonly named = new Set<string>(); // symbols addressOf names
  private readonly ids = new Map<ts.Symbol, number>();
  private readonly memos: Map<ts.Node, unknown>[] = [];
  private readonly checker: ts.TypeChecker;
  private changed = false;
  private env: Env | null = null;
  private frames: Frame[] = [];
  private fn!: ts.FunctionDeclaration;

  constructor(private readonly program: CheckedProgram) {
    this.checker = program.checker;
    // addressOf("var.x") / addressOf("fn.f") hands a let or a function to memory or to Xen: unknown from then on
    const named = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.expression.getText() === "addressOf" && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) this.named.add(node.arguments[0].text);
      ts.forEachChild(node, named);
    };
    named(program.sourceFile);
    for (const [declaration, value] of program.lets) this.global.set(declaration, { range: this.named.has(`var.${declaration.name.getText()}`) ? INT64 : this.constant(value), changes: 0 });
    // Callers first, so arguments flow down in one round; a function is analysed again only when
    // something it read (a parameter, a module let, a callee's result) has changed since.
    for (let round = 0; round < 100; round++) {
      this.changed = false;
      for (const fn of [...program.functions].reverse()) {
        const read = this.inputs.get(fn);
        if (!read || [...read].some(([key, version]) => this.version(key) !== version)) this.function(fn);
      }
      if (!this.changed) return;
    }
    this.facts.clear(); // no fixpoint (never seen): keep every check
  }

  /** The interval of an expression's value (a string's length), if the analysis reached it. */
  range(node: ts.Node): Interval | undefined { return this.factsOf(node)?.values.get(node); }
  /** The exact result of + - * ++ -- += -= *= before the check that it is safe. */
  result(node: ts.Node): Interval | undefined { return this.factsOf(node)?.results.get(node); }
  /** charCodeAt whose index is proven within 0 … length − 1 on every path. */
  indexInBounds(node: ts.Node): boolean { return this.factsOf(node)?.inBounds.get(node) === true; }

  private factsOf(node: ts.Node): Facts | undefined {
    while (!ts.isFunctionDeclaration(node)) node = node.parent;
    return this.facts.get(node);
  }

  private version(key: ts.Node): number { return this.global.get(key)?.changes ?? -1; }

  /** A cross-function fact, noted as read by the function being analysed. */
  private input(key: ts.Node): Range {
    const read = this.inputs.get(this.fn)!;
    if (!read.has(key)) read.set(key, this.version(key));
    return this.global.get(key)?.range ?? null;
  }

  private constant(value: number | boolean | string): Interval {
    return exact(typeof value === "string" ? big(value.length) : big(value));
  }

  private grow(key: ts.Node, range: Range): void {
    const entry = this.global.get(key) ?? { range: null, changes: 0 };
    const next = join(entry.range, range);
    if (same(next, entry.range) && this.global.has(key)) return;
    this.global.set(key, { range: entry.changes >= PATIENCE ? widen(entry.range, next) : next, changes: entry.changes + 1 });
    this.changed = true;
  }

  private record(table: Map<ts.Node, Interval>, node: ts.Node, range: Range): void {
    if (range) table.set(node, join(table.get(node) ?? null, range)!);
  }

  /** The checker's answers are not cached by TypeScript, and a loop's body is analysed several times. */
  private memo<T>(table: number, node: ts.Node, compute: () => T): T {
    const memos = (this.memos[table] ??= new Map());
    if (!memos.has(node)) memos.set(node, compute());
    return memos.get(node) as T;
  }
  private use(node: ts.Node): NameUse { return this.memo(0, node, () => resolveName(this.checker, node)); }
  private symbol(node: ts.Node): ts.Symbol { return this.memo(1, node, () => this.checker.getSymbolAtLocation(node)!); }

  private pair(index: ts.Symbol, text: ts.Symbol): string {
    for (const symbol of [index, text]) if (!this.ids.has(symbol)) this.ids.set(symbol, this.ids.size);
    return `${this.ids.get(index)}<${this.ids.get(text)}`;
  }

  // ---- functions and statements -------------------------------------------------------------

  private function(fn: ts.FunctionDeclaration): void {
    const exported = hasModifier(fn, K.ExportKeyword) || this.named.has(`fn.${fn.name!.text}`);
    if (!exported && !this.called.has(fn)) return; // never called: no facts, every check stays
    this.fn = fn;
    this.inputs.set(fn, new Map());
    this.facts.set(fn, (this.current = { values: new Map(), results: new Map(), inBounds: new Map() }));
    this.frames = [];
    this.env = new Env();
    for (const parameter of fn.parameters) this.env.vars.set(this.symbol(parameter.name), exported ? INT64 : this.input(parameter));
    this.statement(fn.body!);
  }

  private statement(node: ts.Statement): void {
    if (!this.env) return; // unreachable: after return, break or continue
    switch (node.kind) {
      case K.Block:
        for (const statement of (node as ts.Block).statements) this.statement(statement);
        return;
      case K.VariableStatement:
        return this.declarations((node as ts.VariableStatement).declarationList);
      case K.ExpressionStatement:
        return void this.expression((node as ts.ExpressionStatement).expression);
      case K.IfStatement: {
        const s = node as ts.IfStatement;
        const [whenTrue, whenFalse] = this.condition(s.expression);
        this.env = whenTrue;
        this.statement(s.thenStatement);
        const afterThen = this.env;
        this.env = whenFalse;
        if (s.elseStatement) this.statement(s.elseStatement);
        this.env = Env.join(afterThen, this.env);
        return;
      }
      case K.WhileStatement: {
        const s = node as ts.WhileStatement;
        return this.loop((frame) => {
          const [whenTrue, whenFalse] = this.condition(s.expression);
          this.env = whenTrue;
          this.statement(s.statement);
          return [this.joinAll(this.env, frame.continues!), whenFalse];
        });
      }
      case K.DoStatement: {
        const s = node as ts.DoStatement;
        return this.loop((frame) => {
          this.statement(s.statement);
          this.env = this.joinAll(this.env, frame.continues!);
          return this.env ? this.condition(s.expression) : [null, null];
        });
      }
      case K.ForStatement: {
        const s = node as ts.ForStatement;
        if (s.initializer) ts.isVariableDeclarationList(s.initializer) ? this.declarations(s.initializer) : this.expression(s.initializer);
        return this.loop((frame) => {
          let exit: Env | null = null;
          if (s.condition) [this.env, exit] = this.condition(s.condition);
          this.statement(s.statement);
          this.env = this.joinAll(this.env, frame.continues!);
          if (this.env && s.incrementor) this.expression(s.incrementor);
          return [this.env, exit];
        });
      }
      case K.BreakStatement:
        this.frames[this.frames.length - 1].breaks.push(this.env);
        this.env = null;
        return;
      case K.ContinueStatement:
        [...this.frames].reverse().find((frame) => frame.continues)!.continues!.push(this.env);
        this.env = null;
        return;
      case K.ReturnStatement: {
        const value = (node as ts.ReturnStatement).expression;
        if (value) this.grow(this.fn, this.expression(value));
        this.env = null;
        return;
      }
      case K.SwitchStatement: {
        const s = node as ts.SwitchStatement;
        this.expression(s.expression);
        const dispatch = this.env;
        const frame: Frame = { breaks: [], continues: undefined };
        this.frames.push(frame);
        for (const clause of s.caseBlock.clauses) {
          this.env = Env.join(dispatch, this.env); // jumped to from the dispatch, or fallen into
          for (const statement of clause.statements) this.statement(statement);
        }
        this.frames.pop();
        this.env = this.joinAll(Env.join(this.env, s.caseBlock.clauses.some(ts.isDefaultClause) ? null : dispatch), frame.breaks);
        return;
      }
      default: return; // EmptyStatement
    }
  }

  private declarations(list: ts.VariableDeclarationList): void {
    for (const declaration of list.declarations) this.assign(declaration.name as ts.Identifier, this.expression(declaration.initializer!));
  }

  private joinAll(env: Env | null, others: (Env | null)[]): Env | null {
    return others.reduce<Env | null>((all, other) => Env.join(all, other), env);
  }

  /** A loop: `body` runs one iteration from this.env (the head) and gives [back edge, exit]; iterate until the head is stable. */
  private loop(body: (frame: Frame) => [Env | null, Env | null]): void {
    let head = this.env!;
    for (let round = 0; ; round++) {
      const frame: Frame = { breaks: [], continues: [] };
      this.frames.push(frame);
      this.env = head.clone();
      const [back, exit] = body(frame);
      this.frames.pop();
      const next = Env.join(head, back, round >= PATIENCE)!;
      if (next.equals(head)) {
        this.env = this.joinAll(exit, frame.breaks);
        return;
      }
      head = next;
    }
  }

  // ---- conditions --------------------------------------------------------------------------

  /** The environments where a boolean expression is true and where it is false (null: impossible). */
  private condition(node: ts.Expression): [Env | null, Env | null] {
    const inner = skipParentheses(node);
    if (ts.isPrefixUnaryExpression(inner) && inner.operator === K.ExclamationToken) {
      const [whenTrue, whenFalse] = this.condition(inner.operand);
      return [whenFalse, whenTrue];
    }
    if (ts.isBinaryExpression(inner)) {
      const op = inner.operatorToken.kind;
      if (op === K.AmpersandAmpersandToken || op === K.BarBarToken) {
        const [leftTrue, leftFalse] = this.condition(inner.left);
        const and = op === K.AmpersandAmpersandToken;
        this.env = and ? leftTrue : leftFalse; // where the right side runs
        const [rightTrue, rightFalse] = this.env ? this.condition(inner.right) : [null, null];
        return and ? [rightTrue, Env.join(leftFalse, rightFalse)] : [Env.join(leftTrue, rightTrue), rightFalse];
      }
      const relation = relationOf(op);
      if (relation) {
        const a = this.expression(inner.left);
        const b = this.expression(inner.right);
        const env = this.env!;
        if (!a || !b || assigns(inner)) return [env, env.clone()];
        return [this.narrow(env.clone(), inner, relation, a, b), this.narrow(env, inner, NEGATION[relation], a, b)];
      }
    }
    const value = this.expression(inner);
    const env = this.env!;
    return [value && value.hi < 1n ? null : env, value && value.lo > 0n ? null : env.clone()];
  }

  /** `env` where `left relation right` holds: the locals compared get the narrowed intervals. */
  private narrow(env: Env, node: ts.BinaryExpression, relation: Relation, a: Interval, b: Interval): Env | null {
    let [left, right] = [a, b] as Range[];
    switch (relation) {
      case "<": [left, right] = [span(a.lo, min(a.hi, b.hi - 1n)), span(max(b.lo, a.lo + 1n), b.hi)]; break;
      case "<=": [left, right] = [span(a.lo, min(a.hi, b.hi)), span(max(b.lo, a.lo), b.hi)]; break;
      case ">": [right, left] = [span(b.lo, min(b.hi, a.hi - 1n)), span(max(a.lo, b.lo + 1n), a.hi)]; break;
      case ">=": [right, left] = [span(b.lo, min(b.hi, a.hi)), span(max(a.lo, b.lo), a.hi)]; break;
      case "===": left = right = meet(a, b); break;
      case "!==":
        if (b.lo === b.hi) left = a.lo === b.lo ? span(a.lo + 1n, a.hi) : a.hi === b.lo ? span(a.lo, a.hi - 1n) : a;
        if (a.lo === a.hi) right = b.lo === a.lo ? span(b.lo + 1n, b.hi) : b.hi === a.lo ? span(b.lo, b.hi - 1n) : b;
    }
    if (!left || !right) return null;
    const local = (side: ts.Expression) => {
      const inner = skipParentheses(side);
      return ts.isIdentifier(inner) && this.use(inner).kind === "local" ? this.symbol(inner) : undefined;
    };
    const [l, r] = [local(node.left), local(node.right)];
    if (l) env.vars.set(l, left);
    if (r) env.vars.set(r, right);
    // i < s.length (or s.length > i) with i and s locals: s.charCodeAt(i) is in bounds while neither changes
    const lengthOf = (side: ts.Expression) => {
      const inner = skipParentheses(side);
      return ts.isPropertyAccessExpression(inner) && inner.name.text === "length" ? local(inner.expression) : undefined;
    };
    const [index, text] = relation === "<" ? [l, lengthOf(node.right)] : relation === ">" ? [r, lengthOf(node.left)] : [];
    if (index && text) env.below.add(this.pair(index, text));
    return env;
  }

  // ---- expressions -------------------------------------------------------------------------

  private expression(node: ts.Expression): Range {
    const range = this.value(node);
    this.record(this.current.values, node, range);
    return range;
  }

  private value(node: ts.Expression): Range {
    switch (node.kind) {
      case K.NumericLiteral: return exact(big(numericLiteralValue(node as ts.NumericLiteral))); // a safe integer (check.ts)
      case K.StringLiteral: return exact(big((node as ts.StringLiteral).text.length));
      case K.TrueKeyword: return exact(1n);
      case K.FalseKeyword: return exact(0n);
      case K.ParenthesizedExpression: return this.expression((node as ts.ParenthesizedExpression).expression);
      case K.Identifier: return this.read(node as ts.Identifier);
      case K.PropertyAccessExpression: {
        const e = node as ts.PropertyAccessExpression;
        const use = this.use(e);
        if (use.kind === "enumMember") return exact(big(this.checker.getConstantValue(use.declaration) as number));
        return this.expression(e.expression); // s.length: a string's interval is its length's
      }
      case K.PrefixUnaryExpression: {
        const e = node as ts.PrefixUnaryExpression;
        if (e.operator === K.PlusPlusToken || e.operator === K.MinusMinusToken) return this.increment(e, e.operand, e.operator === K.PlusPlusToken ? 1n : -1n, false);
        if (e.operator === K.ExclamationToken) return this.truth(e);
        const a = this.expression(e.operand);
        if (!a) return null;
        if (e.operator === K.MinusToken) return a.lo === INT64.lo ? INT64 : { lo: -a.hi, hi: -a.lo };
        if (e.operator === K.TildeToken) return { lo: -toInt32(a).hi - 1n, hi: -toInt32(a).lo - 1n };
        return a; // unary +
      }
      case K.PostfixUnaryExpression: {
        const e = node as ts.PostfixUnaryExpression;
        return this.increment(e, e.operand, e.operator === K.PlusPlusToken ? 1n : -1n, true);
      }
      case K.BinaryExpression: return this.binary(node as ts.BinaryExpression);
      case K.ConditionalExpression: {
        const e = node as ts.ConditionalExpression;
        const [whenTrue, whenFalse] = this.condition(e.condition);
        this.env = whenTrue;
        const a = whenTrue ? this.expression(e.whenTrue) : null;
        const afterTrue = this.env;
        this.env = whenFalse;
        const b = whenFalse ? this.expression(e.whenFalse) : null;
        this.env = Env.join(afterTrue, this.env);
        return join(a, b);
      }
      case K.CallExpression: return this.call(node as ts.CallExpression);
      default: return INT64;
    }
  }

  /** A boolean computed with branches (`!`, `&&`, `||`): both outcomes' environments meet after it. */
  private truth(node: ts.Expression): Range {
    const [whenTrue, whenFalse] = this.condition(node);
    this.env = Env.join(whenTrue, whenFalse);
    return BOOLEAN;
  }

  private read(node: ts.Identifier): Range {
    const use = this.use(node);
    switch (use.kind) {
      case "local": return this.env!.vars.has(use.symbol) ? this.env!.vars.get(use.symbol)! : INT64;
      case "moduleLet": return this.input(use.declaration);
      case "moduleConst": {
        const constant = this.program.constants.get(use.declaration);
        return constant?.kind === "value" ? this.constant(constant.value) : ADDRESS; // staticBuffer, addressOf
      }
      default: return INT64;
    }
  }

  private assign(target: ts.Expression, range: Range): void {
    const name = skipParentheses(target) as ts.Identifier;
    const use = this.use(name);
    if (use.kind === "moduleLet") return this.grow(use.declaration, range);
    const symbol = this.symbol(name);
    this.env!.vars.set(symbol, range);
    const id = this.ids.get(symbol);
    if (id !== undefined) for (const pair of [...this.env!.below]) if (pair.split("<").includes(String(id))) this.env!.below.delete(pair);
  }

  private increment(node: ts.Node, operand: ts.Expression, delta: bigint, postfix: boolean): Range {
    const old = this.expression(operand);
    const result = old && { lo: old.lo + delta, hi: old.hi + delta };
    this.record(this.current.results, node, result);
    const next = meet(result, SAFE); // past the check
    this.assign(operand, next);
    return postfix ? old : next;
  }

  private binary(node: ts.BinaryExpression): Range {
    const op = node.operatorToken.kind;
    if (op === K.EqualsToken) {
      const value = this.expression(node.right);
      this.assign(node.left, value);
      return value;
    }
    if (op === K.AmpersandAmpersandToken || op === K.BarBarToken) return this.truth(node);
    if (isTruncatedDivision(node)) {
      const division = skipParentheses(node.left) as ts.BinaryExpression;
      const a = this.expression(division.left);
      const b = this.expression(division.right);
      if (!a || !b) return null;
      const m = max(abs(a.lo), abs(a.hi)); // |a / b| ≤ |a| (and 0 when b is 0)
      if (m > INT32.hi) return INT32;
      return b.lo >= 0n ? { lo: min(a.lo, 0n), hi: max(a.hi, 0n) } : { lo: -m, hi: m };
    }
    if (relationOf(op)) {
      this.expression(node.left);
      this.expression(node.right);
      return BOOLEAN;
    }
    const compound = COMPOUND[op];
    const a = this.expression(node.left);
    const b = this.expression(node.right);
    const result = this.arithmetic(compound ?? op, node, a, b);
    if (compound !== undefined) this.assign(node.left, result);
    return result;
  }

  private arithmetic(op: ts.SyntaxKind, node: ts.Node, a: Range, b: Range): Range {
    if (!a || !b) return null;
    const checked = (lo: bigint, hi: bigint) => {
      this.record(this.current.results, node, { lo, hi });
      return meet({ lo, hi }, SAFE);
    };
    const [x, y] = [toInt32(a), toInt32(b)];
    const count = b.lo === b.hi ? Number(b.lo & 31n) : undefined;
    switch (op) {
      case K.PlusToken: return checked(a.lo + b.lo, a.hi + b.hi);
      case K.MinusToken: return checked(a.lo - b.hi, a.hi - b.lo);
      case K.AsteriskToken: {
        const corners = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
        return checked(corners.reduce(min), corners.reduce(max));
      }
      case K.PercentToken: { // |a % b| < |b| and ≤ |a|, with a's sign; b = 0 traps
        if (b.lo === 0n && b.hi === 0n) return null;
        const m = max(abs(b.lo), abs(b.hi)) - 1n;
        return { lo: a.lo >= 0n ? 0n : max(a.lo, -m), hi: a.hi <= 0n ? 0n : min(a.hi, m) };
      }
      case K.AmpersandToken:
        if (x.lo >= 0n || y.lo >= 0n) return { lo: 0n, hi: x.lo >= 0n && y.lo >= 0n ? min(x.hi, y.hi) : x.lo >= 0n ? x.hi : y.hi };
        return INT32;
      case K.BarToken:
        return x.lo >= 0n && y.lo >= 0n ? { lo: max(x.lo, y.lo), hi: ones(max(x.hi, y.hi)) } : INT32;
      case K.CaretToken:
        return x.lo >= 0n && y.lo >= 0n ? { lo: 0n, hi: ones(max(x.hi, y.hi)) } : INT32;
      case K.LessThanLessThanToken: {
        if (count === undefined) return INT32;
        const shifted = { lo: x.lo << big(count), hi: x.hi << big(count) };
        return within(shifted, INT32) ? shifted : INT32;
      }
      case K.GreaterThanGreaterThanToken:
        return count === undefined ? { lo: min(x.lo, 0n), hi: max(x.hi, 0n) } : { lo: x.lo >> big(count), hi: x.hi >> big(count) };
      case K.GreaterThanGreaterThanGreaterThanToken: {
        const u = within(a, UINT32) ? a : UINT32;
        return count === undefined ? { lo: 0n, hi: u.hi } : { lo: u.lo >> big(count), hi: u.hi >> big(count) };
      }
      default: return INT64;
    }
  }

  private call(node: ts.CallExpression): Range {
    const callee = node.expression;
    if (this.memo(2, callee, () => isMathFloor(this.checker, callee))) {
      const division = skipParentheses(node.arguments[0]);
      if (!isDivision(division)) return INT64;
      const a = this.expression(division.left);
      const b = this.expression(division.right);
      if (!a || !b || (b.lo === 0n && b.hi === 0n)) return null;
      if (b.lo === b.hi) return b.lo > 0n ? { lo: floorDivide(a.lo, b.lo), hi: floorDivide(a.hi, b.lo) } : { lo: floorDivide(a.hi, b.lo), hi: floorDivide(a.lo, b.lo) };
      if (a.lo >= 0n && b.lo > 0n) return { lo: 0n, hi: a.hi };
      const m = max(abs(a.lo), abs(a.hi)); // |a / b| ≤ |a| for |b| ≥ 1, and the floor moves at most to −|a|
      return { lo: -m, hi: m };
    }
    if (ts.isPropertyAccessExpression(callee)) { // s.charCodeAt(i)
      const text = this.expression(callee.expression);
      const index = this.expression(node.arguments[0]);
      const [s, i] = [skipParentheses(callee.expression), skipParentheses(node.arguments[0])];
      const paired = ts.isIdentifier(s) && ts.isIdentifier(i) && this.ids.has(this.symbol(s)) && this.ids.has(this.symbol(i)) &&
        this.env!.below.has(this.pair(this.symbol(i), this.symbol(s)));
      const proven = !!text && !!index && index.lo >= 0n && (index.hi < text.lo || paired);
      this.current.inBounds.set(node, (this.current.inBounds.get(node) ?? true) && proven);
      return BYTE; // movzbl: any byte, whatever the string holds
    }
    const use = this.use(callee);
    const args = node.arguments.map((argument) => this.expression(argument));
    if (use.kind !== "function") return INT64;
    if (isDeclaredOnly(use.declaration)) {
      const name = (callee as ts.Identifier).text;
      const results: Record<string, Interval> = { load8: BYTE, load16: { lo: 0n, hi: 65535n }, load32: UINT32, load64: SAFE, machineToPhys: SAFE, testAndClearBit: BOOLEAN, addressOf: ADDRESS };
      return results[name] ?? INT64; // external functions and hypercall: anything
    }
    if (!this.called.has(use.declaration)) {
      this.called.add(use.declaration);
      this.changed = true;
    }
    use.declaration.parameters.forEach((parameter, index) => this.grow(parameter, args[index]));
    return this.input(use.declaration);
  }
}

type Relation = "<" | "<=" | ">" | ">=" | "===" | "!==";
const NEGATION: Record<Relation, Relation> = { "<": ">=", "<=": ">", ">": "<=", ">=": "<", "===": "!==", "!==": "===" };

const RELATIONS: Partial<Record<ts.SyntaxKind, Relation>> = {
  [K.LessThanToken]: "<", [K.LessThanEqualsToken]: "<=", [K.GreaterThanToken]: ">", [K.GreaterThanEqualsToken]: ">=",
  [K.EqualsEqualsEqualsToken]: "===", [K.ExclamationEqualsEqualsToken]: "!==",
};
const relationOf = (op: ts.SyntaxKind) => RELATIONS[op];

/** The arithmetic operator behind a compound assignment (`+=` → `+`). */
export const COMPOUND: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
  [K.PlusEqualsToken]: K.PlusToken, [K.MinusEqualsToken]: K.MinusToken, [K.AsteriskEqualsToken]: K.AsteriskToken,
  [K.PercentEqualsToken]: K.PercentToken, [K.AmpersandEqualsToken]: K.AmpersandToken, [K.BarEqualsToken]: K.BarToken,
  [K.CaretEqualsToken]: K.CaretToken, [K.LessThanLessThanEqualsToken]: K.LessThanLessThanToken,
  [K.GreaterThanGreaterThanEqualsToken]: K.GreaterThanGreaterThanToken,
  [K.GreaterThanGreaterThanGreaterThanEqualsToken]: K.GreaterThanGreaterThanGreaterThanToken,
};

/** True when `node` assigns to anything (=, a compound assignment, ++, --) somewhere inside. */
export function assigns(node: ts.Node): boolean {
  if (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) {
    if (node.operator === K.PlusPlusToken || node.operator === K.MinusMinusToken) return true;
  }
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === K.EqualsToken || COMPOUND[node.operatorToken.kind] !== undefined)) return true;
  return ts.forEachChild(node, (child) => assigns(child) || undefined) ?? false;
}
