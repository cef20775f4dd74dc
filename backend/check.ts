// Check: walk a type-checked subset program and reject everything outside the subset.
//
// One `switch` on `node.kind` per level (top-level declarations, statements, expressions); the
// default of each names the construct in plain words and says what to write instead. Errors are
// collected, not thrown, so one run reports all of them. Besides judging, the checker folds
// (fold.ts), once, the module-level constants and the expressions in function bodies whose value
// the emitter can use (case labels, hypercall numbers, divisors, compared values), and records
// them, so the emitter gets a program it can translate without further questions. This file
// emits no assembly.

import * as ts from "typescript";
import { Diagnostic, located, unsupported } from "./diagnostics";
import { ConstantValue, FoldResult, foldConstant, numericLiteralValue } from "./fold";
import { HYPERCALL_STUB_BYTES, intrinsicNamed, isAssemblerSymbolName, signatureText } from "./intrinsics";
import {
  ValueKind,
  expressionKind,
  hasModifier,
  isDeclaredOnly,
  isDivision,
  isErrorType,
  isMathFloor,
  isTruncatedDivision,
  resolveName,
  skipParentheses,
  valueKindOf,
} from "./model";

/** A module-level const: a folded value, a static buffer in .bss, or a linker symbol's address. */
export type ModuleConstant =
  | { kind: "value"; value: ConstantValue }
  | { kind: "buffer"; bytes: number; align: number }
  | { kind: "address"; symbol: string };

/** What the emitter needs besides the AST: the folded module-level state. */
export interface CheckedProgram {
  readonly fileName: string;
  readonly sourceFile: ts.SourceFile;
  readonly checker: ts.TypeChecker;
  readonly functions: readonly ts.FunctionDeclaration[]; // with bodies, in source order
  readonly constants: ReadonlyMap<ts.Declaration, ModuleConstant>;
  readonly lets: ReadonlyMap<ts.VariableDeclaration, ConstantValue>;
  /** Values of the function-body expressions the emitter may use as constants: case labels, hypercall numbers, divisors, compared values. */
  readonly folded: ReadonlyMap<ts.Expression, ConstantValue>;
}

/** Most parameters a function may have: the six System V integer argument registers. */
export const MAX_PARAMETERS = 6;
/** Stubs in the one-page hypercall page: 4096 bytes / 32 bytes per stub (xen/include/public/xen.h). */
export const HYPERCALL_PAGE_STUBS = 4096 / HYPERCALL_STUB_BYTES;
/** The largest staticBuffer alignment accepted: one 4 KiB page. */
export const MAX_BUFFER_ALIGN = 4096;

const K = ts.SyntaxKind;

/** Check the whole file; the program is usable by the emitter only when no error was reported. */
export function checkProgram(fileName: string, sourceFile: ts.SourceFile, checker: ts.TypeChecker): { program: CheckedProgram; errors: Diagnostic[] } {
  const file = new FileChecker(fileName, checker);
  file.sourceFile(sourceFile);
  return {
    program: { fileName, sourceFile, checker, functions: file.functions, constants: file.constants, lets: file.lets, folded: file.folded },
    errors: file.errors,
  };
}

/** Checks the top level of one file; a BodyChecker checks each function body. */
class FileChecker {
  readonly errors: Diagnostic[] = [];
  readonly functions: ts.FunctionDeclaration[] = [];
  readonly constants = new Map<ts.Declaration, ModuleConstant>();
  readonly lets = new Map<ts.VariableDeclaration, ConstantValue>();
  readonly folded = new Map<ts.Expression, ConstantValue>();
  private readonly known = new Map<ts.Declaration, ConstantValue>(); // module-level values folded so far
  private readonly foldAtEnd: ts.Expression[] = [];

  constructor(private readonly fileName: string, readonly checker: ts.TypeChecker) {}

  reject(node: ts.Node, what: string, instead: string): void {
    this.errors.push(unsupported(this.fileName, node, what, instead));
  }

  private error(node: ts.Node, text: string): void {
    this.errors.push(located(this.fileName, node, text));
  }

  // ---- kinds -------------------------------------------------------------------------------

  /** The subset kind of an expression's type; reports (once, here) when it is outside the subset. */
  kindOf(node: ts.Expression): ValueKind | undefined {
    const { kind, type } = expressionKind(this.checker, node);
    if (kind === undefined && !isErrorType(type)) {
      this.reject(node, `a value of type '${this.checker.typeToString(type)}'`, "values are numbers (integers), booleans or string literals");
    }
    return kind;
  }

  expect(node: ts.Expression, wanted: ValueKind, context: string): void {
    const kind = this.kindOf(node);
    if (kind !== undefined && kind !== wanted) {
      this.reject(node, `a ${kind} as ${context}`, `${context} must be a ${wanted}${wanted === "boolean" && kind === "number" ? " (compare with !== 0)" : ""}`);
    }
  }

  // ---- top level ---------------------------------------------------------------------------

  sourceFile(file: ts.SourceFile): void {
    for (const statement of file.statements) this.topLevel(statement);
    for (const node of this.foldAtEnd) {
      const folded = foldConstant(this.checker, node, this.known); // a const declared after the function counts too
      if (folded.ok) this.folded.set(node, folded.value);
    }
  }

  private topLevel(node: ts.Statement): void {
    switch (node.kind) {
      case K.FunctionDeclaration:
        return this.functionDeclaration(node as ts.FunctionDeclaration);
      case K.VariableStatement:
        return this.moduleVariables(node as ts.VariableStatement);
      case K.EnumDeclaration:
        return this.enumDeclaration(node as ts.EnumDeclaration);
      case K.TypeAliasDeclaration:
      case K.EmptyStatement:
        return;
      case K.ClassDeclaration:
        return this.reject(node, "a class", "use module-level lets or staticBuffer memory and plain functions");
      case K.InterfaceDeclaration:
        return this.reject(node, "an interface", "the subset has no objects; use numbers, booleans and strings");
      case K.ImportDeclaration:
      case K.ImportEqualsDeclaration:
        return this.reject(node, "an import", "a subset program is one file; declare external functions with `declare function`");
      case K.ExportDeclaration:
      case K.ExportAssignment:
        return this.reject(node, "an export list", "write `export function name(...)` on the function itself");
      case K.ModuleDeclaration:
        return this.reject(node, "a namespace or module declaration", "put declarations at the top level of the file");
      default:
        return this.reject(node, `a top-level ${describeStatement(node)}`, "statements run inside functions; put this in a function such as main()");
    }
  }

  private functionDeclaration(node: ts.FunctionDeclaration): void {
    const name = node.name?.text;
    if (!name) return this.reject(node, "an anonymous function", "give the function a name");
    if (hasModifier(node, K.DefaultKeyword)) this.reject(node, "a default export", "write `export function name(...)`");
    if (hasModifier(node, K.AsyncKeyword)) this.reject(node, "an async function", "the subset has no promises; write a plain function");
    if (node.asteriskToken) this.reject(node, "a generator function", "write a plain function and a loop");
    if (node.typeParameters) this.reject(node.typeParameters[0], "a generic function", "write the function for number, boolean or string explicitly");

    if (isDeclaredOnly(node)) {
      if (!hasModifier(node, K.DeclareKeyword)) {
        return this.reject(node, "a function overload", "write one function with one signature");
      }
      return this.declaredFunction(node, name);
    }

    this.parameters(node, false);
    const signature = this.checker.getSignatureFromDeclaration(node);
    if (signature) {
      const result = this.checker.getReturnTypeOfSignature(signature);
      if (valueKindOf(result) === undefined && !isErrorType(result)) {
        this.reject(node.type ?? node.name!, `a function returning '${this.checker.typeToString(result)}'`, "return a number, boolean, string or nothing (void) on every path");
      }
    }
    this.functions.push(node);
    new BodyChecker(this).block(node.body!);
  }

  private parameters(node: ts.FunctionDeclaration, external: boolean): void {
    if (node.parameters.length > MAX_PARAMETERS) {
      this.reject(node.parameters[MAX_PARAMETERS], `a function with more than ${MAX_PARAMETERS} parameters`, "pass at most 6 values (they travel in registers); group the rest in a staticBuffer");
    }
    for (const parameter of node.parameters) {
      if (!ts.isIdentifier(parameter.name)) { this.reject(parameter.name, "a destructuring parameter", "take plain named parameters"); continue; }
      if (parameter.dotDotDotToken) { this.reject(parameter, "a rest parameter", "take a fixed number of named parameters"); continue; }
      if (parameter.questionToken) { this.reject(parameter, "an optional parameter", "make the parameter required and pass a value at every call"); continue; }
      if (parameter.initializer) { this.reject(parameter.initializer, "a default parameter value", "make the parameter required and pass the value at every call"); continue; }
      const type = this.checker.getTypeAtLocation(parameter);
      const kind = valueKindOf(type);
      if (kind === undefined || kind === "void") {
        if (!isErrorType(type)) this.reject(parameter, `a parameter of type '${this.checker.typeToString(type)}'`, "parameters are number, boolean or string");
      } else if (external && kind === "string") {
        this.reject(parameter, "a string parameter of an external function", "external functions take numbers and booleans");
      }
    }
  }

  private declaredFunction(node: ts.FunctionDeclaration, name: string): void {
    const intrinsic = intrinsicNamed(name);
    const signature = this.checker.getSignatureFromDeclaration(node);
    const result = signature ? valueKindOf(this.checker.getReturnTypeOfSignature(signature)) : undefined;
    if (intrinsic) {
      const kinds = node.parameters.map((p) => (p.dotDotDotToken || p.questionToken ? undefined : valueKindOf(this.checker.getTypeAtLocation(p))));
      const matches =
        kinds.length === intrinsic.parameters.length && kinds.every((kind, index) => kind === intrinsic.parameters[index]) && result === intrinsic.result;
      if (!matches) this.error(node, `the intrinsic ${name} must be declared exactly as: ${signatureText(intrinsic)}`);
      return;
    }
    this.parameters(node, true);
    if (result === undefined || result === "string") {
      this.reject(node.type ?? node, "an external function with this result type", "external functions return number, boolean or void");
    }
  }

  private moduleVariables(node: ts.VariableStatement): void {
    if (hasModifier(node, K.DeclareKeyword)) return this.reject(node, "a declared variable", "declare functions only (external or intrinsic)");
    const list = node.declarationList;
    if (!(list.flags & (ts.NodeFlags.Const | ts.NodeFlags.Let))) return this.reject(node, "`var`", "write `const` or `let`");
    if (list.flags & ts.NodeFlags.Using) return this.reject(node, "`using`", "write `const` or `let`");
    const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
    for (const declaration of list.declarations) {
      if (!ts.isIdentifier(declaration.name)) { this.reject(declaration.name, "destructuring", "declare one named variable at a time"); continue; }
      const init = declaration.initializer;
      if (!init) { this.reject(declaration, "a variable without an initialiser", "give it a value: `let name = 0;`"); continue; }
      if (!this.literalsAreIntegers(init)) continue;
      const kind = this.kindOf(init);
      if (kind === "void") { this.reject(init, "a void value", "a variable holds a number, boolean or string"); continue; }
      const call = skipParentheses(init);
      if (isConst && ts.isCallExpression(call) && ts.isIdentifier(call.expression)) {
        const callee = call.expression.text;
        const use = resolveName(this.checker, call.expression);
        if (use.kind === "function" && isDeclaredOnly(use.declaration) && (callee === "staticBuffer" || callee === "addressOf")) {
          this.moduleSpecialConstant(declaration, call, callee);
          continue;
        }
      }
      const folded = foldConstant(this.checker, init, this.known);
      if (!folded.ok) {
        this.reject(
          folded.node,
          isConst ? "a module-level const that is not a constant expression" : "a module-level let with a non-constant initialiser",
          `${folded.reason}; module-level values must be computable at compile time${isConst ? " (or be staticBuffer(bytes, align) / addressOf(\"symbol\"))" : ""}`,
        );
        continue;
      }
      if (typeof folded.value === "string") this.stringLiteralText(init, folded.value);
      this.known.set(declaration, folded.value);
      if (isConst) this.constants.set(declaration, { kind: "value", value: folded.value });
      else this.lets.set(declaration, folded.value);
    }
  }

  /** Every number literal in `node` (even in a branch folding skips) is a safe integer. */
  private literalsAreIntegers(node: ts.Node): boolean {
    if (ts.isNumericLiteral(node)) {
      const value = numericLiteralValue(node);
      if (!Number.isInteger(value)) { this.reject(node, `the non-integer number ${node.getText()}`, "numbers are integers; scale the value (e.g. count in thousandths)"); return false; }
      if (!Number.isSafeInteger(value)) { this.reject(node, `the number ${node.getText()} (outside ±(2^53−1))`, "numbers must be exact integers; build large constants from smaller parts"); return false; }
      return true;
    }
    let ok = true;
    ts.forEachChild(node, (child) => { ok = this.literalsAreIntegers(child) && ok; });
    return ok;
  }

  private moduleSpecialConstant(declaration: ts.VariableDeclaration, call: ts.CallExpression, callee: string): void {
    if (callee === "addressOf") {
      const symbol = this.addressOfArgument(call);
      if (symbol !== undefined) this.constants.set(declaration, { kind: "address", symbol });
      return;
    }
    const [bytesNode, alignNode] = call.arguments;
    if (!bytesNode || !alignNode) return; // tsc reported the arity
    const bytes = foldConstant(this.checker, bytesNode, this.known);
    const align = foldConstant(this.checker, alignNode, this.known);
    if (!bytes.ok || typeof bytes.value !== "number" || bytes.value <= 0) {
      return this.reject(bytesNode, "a staticBuffer size that is not a positive constant", "give the size in bytes as a constant expression");
    }
    if (!align.ok || typeof align.value !== "number" || align.value <= 0 || align.value > MAX_BUFFER_ALIGN || (align.value & (align.value - 1)) !== 0) {
      return this.reject(alignNode, "a staticBuffer alignment that is not a constant power of two up to 4096", "write 8, 16, … or 4096 (a page)");
    }
    this.constants.set(declaration, { kind: "buffer", bytes: bytes.value, align: align.value });
  }

  /** addressOf's argument: a string literal naming an assembler symbol. */
  addressOfArgument(call: ts.CallExpression): string | undefined {
    const argument = call.arguments[0];
    if (!argument) return undefined;
    if (!ts.isStringLiteral(argument)) {
      this.reject(argument, "addressOf with a computed argument", "write the symbol's name as a string literal: addressOf(\"hypercall_page\")");
      return undefined;
    }
    if (!isAssemblerSymbolName(argument.text)) {
      this.reject(argument, `addressOf("${argument.text}")`, "the argument must be a plain assembler symbol name such as hypercall_page");
      return undefined;
    }
    return argument.text;
  }

  private enumDeclaration(node: ts.EnumDeclaration): void {
    if (hasModifier(node, K.DeclareKeyword)) return this.reject(node, "a declared enum", "define the enum with its values");
    for (const member of node.members) {
      const value = this.checker.getConstantValue(member);
      if (typeof value === "string") this.reject(member, "a string enum member", "enum members are numbers");
      else if (value === undefined) this.reject(member, "an enum member without a constant value", "give it a constant number");
      else if (!Number.isSafeInteger(value)) this.reject(member, `the enum value ${value}`, "enum values must be integers within ±(2^53−1)");
    }
  }

  /** String literals hold ASCII 0x20–0x7e plus \n \r \t \0. */
  stringLiteralText(node: ts.Node, text: string): void {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (!((code >= 0x20 && code <= 0x7e) || code === 10 || code === 13 || code === 9 || code === 0)) {
        this.reject(node, `the character code ${code} in a string`, "strings hold printable ASCII plus \\n \\r \\t \\0");
        return;
      }
    }
  }

  /** Fold `node`, which must be constant, with the module-level constants folded so far. */
  constant(node: ts.Expression): FoldResult {
    const folded = foldConstant(this.checker, node, this.known);
    if (folded.ok) this.folded.set(node, folded.value);
    return folded;
  }

  /** Fold `node` once the whole file is checked, in case it is constant: the emitter can then use its value. */
  foldIfConstant(node: ts.Expression): void { this.foldAtEnd.push(node); }
}

/** Checks the statements and expressions of one function body. */
class BodyChecker {
  private readonly checker: ts.TypeChecker;

  constructor(private readonly top: FileChecker) {
    this.checker = top.checker;
  }

  block(node: ts.Block): void {
    for (const statement of node.statements) this.statement(statement);
  }

  private statement(node: ts.Statement): void {
    const top = this.top;
    switch (node.kind) {
      case K.Block:
        return this.block(node as ts.Block);
      case K.EmptyStatement:
        return;
      case K.VariableStatement:
        return this.localVariables((node as ts.VariableStatement).declarationList);
      case K.ExpressionStatement:
        return this.expression((node as ts.ExpressionStatement).expression);
      case K.IfStatement: {
        const s = node as ts.IfStatement;
        this.condition(s.expression);
        this.statement(s.thenStatement);
        if (s.elseStatement) this.statement(s.elseStatement);
        return;
      }
      case K.WhileStatement: {
        const s = node as ts.WhileStatement;
        this.condition(s.expression);
        return this.statement(s.statement);
      }
      case K.DoStatement: {
        const s = node as ts.DoStatement;
        this.statement(s.statement);
        return this.condition(s.expression);
      }
      case K.ForStatement: {
        const s = node as ts.ForStatement;
        if (s.initializer) {
          if (ts.isVariableDeclarationList(s.initializer)) this.localVariables(s.initializer);
          else this.expression(s.initializer);
        }
        if (s.condition) this.condition(s.condition);
        if (s.incrementor) this.expression(s.incrementor);
        return this.statement(s.statement);
      }
      case K.BreakStatement:
      case K.ContinueStatement:
        return; // a label would need a labelled statement, which is rejected (and tsc checks labels)
      case K.ReturnStatement: {
        const s = node as ts.ReturnStatement;
        if (s.expression) {
          this.expression(s.expression);
        }
        return;
      }
      case K.SwitchStatement:
        return this.switchStatement(node as ts.SwitchStatement);
      case K.LabeledStatement:
        return top.reject(node, "a labelled statement", "restructure the loops, e.g. with a boolean flag or a helper function that returns");
      case K.FunctionDeclaration:
        return top.reject(node, "a nested function", "declare functions at the top level of the file");
      case K.ClassDeclaration:
        return top.reject(node, "a class", "use module-level lets or staticBuffer memory and plain functions");
      case K.ThrowStatement:
        return top.reject(node, "throw", "exceptions are not supported; return an error code, or call a function that reports and stops");
      case K.TryStatement:
        return top.reject(node, "try/catch", "exceptions are not supported; return and check error codes");
      case K.ForOfStatement:
        return top.reject(node, "for…of", "write a counting loop: for (let i = 0; i < n; i++)");
      case K.ForInStatement:
        return top.reject(node, "for…in", "write a counting loop: for (let i = 0; i < n; i++)");
      case K.EnumDeclaration:
        return top.reject(node, "an enum inside a function", "declare enums at the top level of the file");
      case K.TypeAliasDeclaration:
        return top.reject(node, "a type alias inside a function", "declare type aliases at the top level of the file");
      case K.DebuggerStatement:
        return top.reject(node, "debugger", "remove it");
      case K.WithStatement:
        return top.reject(node, "with", "name the variables directly");
      default:
        return top.reject(node, describeStatement(node), "write it with if/while/for/switch, lets and function calls");
    }
  }

  private localVariables(list: ts.VariableDeclarationList): void {
    const top = this.top;
    if (!(list.flags & (ts.NodeFlags.Const | ts.NodeFlags.Let))) return top.reject(list.parent, "`var`", "write `const` or `let`");
    if (list.flags & ts.NodeFlags.Using) return top.reject(list.parent, "`using`", "write `const` or `let`");
    for (const declaration of list.declarations) {
      if (!ts.isIdentifier(declaration.name)) { top.reject(declaration.name, "destructuring", "declare one named variable at a time"); continue; }
      if (!declaration.initializer) { top.reject(declaration, "a variable without an initialiser", "give it a value: `let name = 0;`"); continue; }
      const errorsBefore = top.errors.length;
      this.expression(declaration.initializer);
      if (top.errors.length > errorsBefore) continue; // the initialiser's own error says it all
      const { kind, type } = expressionKind(this.checker, declaration.name);
      if (kind === "void") top.reject(declaration.initializer, "a void value", "a variable holds a number, boolean or string");
      else if (kind === undefined && !isErrorType(type)) {
        top.reject(declaration.name, `a variable of type '${this.checker.typeToString(type)}'`, "variables hold numbers (integers), booleans or strings");
      }
    }
  }

  private condition(node: ts.Expression): void {
    this.expression(node);
    this.top.expect(node, "boolean", "a condition");
  }

  private switchStatement(node: ts.SwitchStatement): void {
    const top = this.top;
    this.expression(node.expression);
    top.expect(node.expression, "number", "a switch value");
    for (const clause of node.caseBlock.clauses) {
      if (ts.isCaseClause(clause)) {
        const folded = top.constant(clause.expression);
        if (!folded.ok || typeof folded.value !== "number") {
          top.reject(clause.expression, "a case label that is not a constant number", "use a literal, a module-level const or an enum member");
        }
      }
      for (const statement of clause.statements) this.statement(statement);
    }
  }

  /** Check an expression and everything inside it. */
  private expression(node: ts.Expression): void {
    const top = this.top;
    switch (node.kind) {
      case K.NumericLiteral: {
        const value = numericLiteralValue(node as ts.NumericLiteral);
        if (!Number.isInteger(value)) return top.reject(node, `the non-integer number ${node.getText()}`, "numbers are integers; scale the value (e.g. count in thousandths)");
        if (!Number.isSafeInteger(value)) return top.reject(node, `the number ${node.getText()} (outside ±(2^53−1))`, "numbers must be exact integers; build large constants from smaller parts");
        return;
      }
      case K.StringLiteral:
        return top.stringLiteralText(node, (node as ts.StringLiteral).text);
      case K.TrueKeyword:
      case K.FalseKeyword:
        return;
      case K.NoSubstitutionTemplateLiteral:
      case K.TemplateExpression:
        return top.reject(node, "a template literal", "write a string literal in quotes, and print values separately");
      case K.Identifier:
        return this.valueName(node as ts.Identifier);
      case K.ParenthesizedExpression:
        return this.expression((node as ts.ParenthesizedExpression).expression);
      case K.PrefixUnaryExpression:
        return this.prefixUnary(node as ts.PrefixUnaryExpression);
      case K.PostfixUnaryExpression: {
        const e = node as ts.PostfixUnaryExpression;
        this.assignmentTarget(e.operand);
        return top.expect(e.operand, "number", `the operand of ${ts.tokenToString(e.operator)}`);
      }
      case K.BinaryExpression:
        return this.binary(node as ts.BinaryExpression);
      case K.ConditionalExpression: {
        const e = node as ts.ConditionalExpression;
        this.condition(e.condition);
        this.expression(e.whenTrue);
        this.expression(e.whenFalse);
        const [a, b] = [top.kindOf(e.whenTrue), top.kindOf(e.whenFalse)];
        if (a !== undefined && b !== undefined && a !== b) top.reject(node, `a conditional mixing a ${a} and a ${b}`, "both branches must have the same type");
        return;
      }
      case K.CallExpression:
        return this.call(node as ts.CallExpression);
      case K.PropertyAccessExpression:
        return this.propertyAccess(node as ts.PropertyAccessExpression);
      case K.ElementAccessExpression:
        return top.reject(node, "indexing with [ ]", "read string bytes with s.charCodeAt(i) and memory with load8/16/32/64");
      case K.ArrowFunction:
        return top.reject(node, "an arrow function", "declare a named function at the top level");
      case K.FunctionExpression:
        return top.reject(node, "a function expression (closure)", "declare a named function at the top level");
      case K.ClassExpression:
        return top.reject(node, "a class", "use module-level lets or staticBuffer memory and plain functions");
      case K.ObjectLiteralExpression:
        return top.reject(node, "an object literal", "use separate variables, or staticBuffer memory with load/store");
      case K.ArrayLiteralExpression:
        return top.reject(node, "an array literal", "use staticBuffer memory with load/store");
      case K.NewExpression:
        return top.reject(node, "new", "the subset has no objects; use staticBuffer memory and functions");
      case K.DeleteExpression:
        return top.reject(node, "delete", "the subset has no objects");
      case K.TypeOfExpression:
        return top.reject(node, "typeof", "every value's type is known at compile time");
      case K.VoidExpression:
        return top.reject(node, "the void operator", "call the function as a statement");
      case K.AwaitExpression:
        return top.reject(node, "await", "the subset has no promises");
      case K.YieldExpression:
        return top.reject(node, "yield", "write a plain function and a loop");
      case K.SpreadElement:
        return top.reject(node, "spread (...)", "pass each argument explicitly");
      case K.AsExpression:
      case K.TypeAssertionExpression:
      case K.SatisfiesExpression:
        return top.reject(node, "a type assertion", "remove it; values must already have the right type");
      case K.NonNullExpression:
        return top.reject(node, "a non-null assertion (!)", "remove it; the subset has no null");
      case K.NullKeyword:
        return top.reject(node, "null", "use a number such as 0 or -1 as a marker");
      case K.ThisKeyword:
        return top.reject(node, "this", "pass values as parameters");
      case K.SuperKeyword:
        return top.reject(node, "super", "the subset has no classes");
      case K.RegularExpressionLiteral:
        return top.reject(node, "a regular expression", "compare bytes with charCodeAt");
      case K.TaggedTemplateExpression:
        return top.reject(node, "a tagged template", "call a function with ordinary arguments");
      case K.BigIntLiteral:
        return top.reject(node, "a bigint literal", "numbers are integers within ±(2^53−1); write a plain number");
      default:
        return top.reject(node, `this expression (${ts.SyntaxKind[node.kind]})`, "use the operators and calls listed in docs/backend.md");
    }
  }

  private valueName(node: ts.Identifier): void {
    const top = this.top;
    const use = resolveName(this.checker, node);
    switch (use.kind) {
      case "local":
        return this.sameCaseClause(node, use.declaration);
      case "moduleLet":
      case "moduleConst":
        return;
      case "function":
        return top.reject(node, `the function ${node.text} used as a value`, "call it; functions are not values");
      case "enum":
        return top.reject(node, `the enum ${node.text} used as a value`, `name a member: ${node.text}.Member`);
      case "enumMember":
        return;
      case "other":
        return top.reject(node, `the global ${use.name}`, globalAdvice(use.name));
    }
  }

  /**
   * A let/const declared directly in a `case` exists for the whole switch, but JS throws a
   * ReferenceError (temporal dead zone) when another case jumped to directly touches it before
   * its declaration ran; compiled code cannot reproduce that, so such a use is rejected.
   */
  private sameCaseClause(reference: ts.Identifier, declaration: ts.Node): void {
    const statement = declaration.parent?.parent;
    const clause = statement && ts.isVariableStatement(statement) ? statement.parent : undefined;
    if (!clause || !ts.isCaseOrDefaultClause(clause)) return;
    for (let node: ts.Node = reference; node !== clause.parent; node = node.parent) {
      if (node === clause) return;
    }
    this.top.reject(reference, `using ${reference.text}, declared in another case of the switch`, "JS would throw if that case did not run first; declare the variable before the switch");
  }

  private prefixUnary(node: ts.PrefixUnaryExpression): void {
    const top = this.top;
    const op = node.operator;
    if (op === K.PlusPlusToken || op === K.MinusMinusToken) {
      this.assignmentTarget(node.operand);
      return top.expect(node.operand, "number", `the operand of ${ts.tokenToString(op)}`);
    }
    this.expression(node.operand);
    if (op === K.ExclamationToken) return top.expect(node.operand, "boolean", "the operand of !");
    return top.expect(node.operand, "number", `the operand of unary ${ts.tokenToString(op)}`);
  }

  /** The left side of =, +=, ++ …: a local, a parameter or a module-level let. */
  private assignmentTarget(node: ts.Expression): void {
    const top = this.top;
    const target = skipParentheses(node);
    if (ts.isObjectLiteralExpression(target) || ts.isArrayLiteralExpression(target)) {
      return top.reject(target, "destructuring", "assign one variable at a time");
    }
    if (!ts.isIdentifier(target)) {
      return top.reject(target, "assigning to this kind of target", "assign to a local variable, a parameter or a module-level let (memory: store8/16/32/64)");
    }
    const use = resolveName(this.checker, target);
    if (use.kind === "local") return this.sameCaseClause(target, use.declaration);
    if (use.kind === "moduleLet") return;
    if (use.kind === "other") return top.reject(target, `the global ${use.name}`, globalAdvice(use.name));
    // consts, functions and enums: tsc has already reported the assignment
  }

  private binary(node: ts.BinaryExpression): void {
    const top = this.top;
    const op = node.operatorToken.kind;
    switch (op) {
      case K.EqualsToken: {
        this.assignmentTarget(node.left);
        this.expression(node.right);
        const [a, b] = [top.kindOf(node.left), top.kindOf(node.right)];
        if (a !== undefined && b !== undefined && a !== b) top.reject(node.right, `assigning a ${b} to a ${a}`, "keep each variable's type");
        return;
      }
      case K.PlusEqualsToken:
      case K.MinusEqualsToken:
      case K.AsteriskEqualsToken:
      case K.PercentEqualsToken:
      case K.AmpersandEqualsToken:
      case K.BarEqualsToken:
      case K.CaretEqualsToken:
      case K.LessThanLessThanEqualsToken:
      case K.GreaterThanGreaterThanEqualsToken:
      case K.GreaterThanGreaterThanGreaterThanEqualsToken: {
        this.assignmentTarget(node.left);
        this.expression(node.right);
        if (op === K.PercentEqualsToken) top.foldIfConstant(node.right); // a divisor
        const leftKind = top.kindOf(node.left);
        if (op === K.PlusEqualsToken && (leftKind === "string" || top.kindOf(node.right) === "string")) {
          return top.reject(node, "string concatenation (+=)", "strings are immutable literals; print the pieces one after another");
        }
        top.expect(node.left, "number", `the target of ${node.operatorToken.getText()}`);
        return top.expect(node.right, "number", `the right operand of ${node.operatorToken.getText()}`);
      }
      case K.SlashEqualsToken:
        return top.reject(node.operatorToken, "/=", "write x = Math.floor(x / y) or x = (x / y) | 0");
      case K.AsteriskAsteriskToken:
      case K.AsteriskAsteriskEqualsToken:
        return top.reject(node.operatorToken, "exponentiation (**)", "multiply in a loop, or shift for powers of two");
      case K.AmpersandAmpersandEqualsToken:
      case K.BarBarEqualsToken:
      case K.QuestionQuestionEqualsToken:
        return top.reject(node.operatorToken, `${node.operatorToken.getText()}`, "write x = x && y, x = x || y, or an if statement");
      case K.QuestionQuestionToken:
        return top.reject(node.operatorToken, "??", "the subset has no null or undefined");
      case K.EqualsEqualsToken:
        return top.reject(node.operatorToken, "==", "write === (strict equality)");
      case K.ExclamationEqualsToken:
        return top.reject(node.operatorToken, "!=", "write !== (strict inequality)");
      case K.CommaToken:
        return top.reject(node.operatorToken, "the comma operator", "write separate statements");
      case K.InKeyword:
        return top.reject(node.operatorToken, "in", "the subset has no objects");
      case K.InstanceOfKeyword:
        return top.reject(node.operatorToken, "instanceof", "the subset has no objects");
      case K.SlashToken:
        return top.reject(node, "a bare division a / b", "write Math.floor(a / b) to floor or (a / b) | 0 to truncate");
      case K.AmpersandAmpersandToken:
      case K.BarBarToken:
        this.expression(node.left);
        this.expression(node.right);
        top.expect(node.left, "boolean", `an operand of ${node.operatorToken.getText()}`);
        return top.expect(node.right, "boolean", `an operand of ${node.operatorToken.getText()}`);
      case K.EqualsEqualsEqualsToken:
      case K.ExclamationEqualsEqualsToken: {
        this.expression(node.left);
        this.expression(node.right);
        top.foldIfConstant(node.right); // a compared value
        const [a, b] = [top.kindOf(node.left), top.kindOf(node.right)];
        if (a === "string" || b === "string") {
          return top.reject(node, `comparing strings with ${node.operatorToken.getText()}`, "compare lengths and bytes with .length and .charCodeAt(i)");
        }
        if (a !== undefined && b !== undefined && a !== b) top.reject(node, `comparing a ${a} with a ${b}`, "compare values of the same type");
        return;
      }
      case K.BarToken:
      case K.PlusToken:
        if (isTruncatedDivision(node)) return this.division(skipParentheses(node.left) as ts.BinaryExpression);
        if (op === K.PlusToken && (top.kindOf(node.left) === "string" || top.kindOf(node.right) === "string")) {
          this.expression(node.left);
          this.expression(node.right);
          return top.reject(node, "string concatenation (+)", "strings are immutable literals; print the pieces one after another");
        }
        return this.numericOperands(node);
      case K.PercentToken:
      case K.LessThanToken:
      case K.LessThanEqualsToken:
      case K.GreaterThanToken:
      case K.GreaterThanEqualsToken:
        top.foldIfConstant(node.right); // a divisor or a compared value
        return this.numericOperands(node);
      case K.MinusToken:
      case K.AsteriskToken:
      case K.AmpersandToken:
      case K.CaretToken:
      case K.LessThanLessThanToken:
      case K.GreaterThanGreaterThanToken:
      case K.GreaterThanGreaterThanGreaterThanToken:
        return this.numericOperands(node);
      default:
        return top.reject(node.operatorToken, `the operator ${node.operatorToken.getText()}`, "use the operators listed in docs/backend.md");
    }
  }

  private numericOperands(node: ts.BinaryExpression): void {
    this.expression(node.left);
    this.expression(node.right);
    this.top.expect(node.left, "number", `the left operand of ${node.operatorToken.getText()}`);
    this.top.expect(node.right, "number", `the right operand of ${node.operatorToken.getText()}`);
  }

  /** The `a / b` inside Math.floor(…) or (…) | 0. */
  private division(node: ts.BinaryExpression): void {
    this.expression(node.left);
    this.expression(node.right);
    this.top.foldIfConstant(node.right);
    this.top.expect(node.left, "number", "the dividend");
    this.top.expect(node.right, "number", "the divisor");
  }

  private propertyAccess(node: ts.PropertyAccessExpression): void {
    const top = this.top;
    const objectUse = ts.isIdentifier(node.expression) ? resolveName(this.checker, node.expression) : undefined;
    if (objectUse?.kind === "enum") {
      const member = resolveName(this.checker, node);
      if (member.kind !== "enumMember") top.reject(node, `${node.getText()}`, "name a member of the enum");
      return;
    }
    if (objectUse?.kind === "other") {
      return top.reject(node, `${node.getText()}`, globalAdvice(node.getText()));
    }
    if (node.name.text === "length") {
      this.expression(node.expression);
      if (top.kindOf(node.expression) === "string") return;
    }
    if (node.questionDotToken) return top.reject(node, "optional chaining (?.)", "the subset has no null or undefined");
    return top.reject(node, `the property access ${node.getText()}`, "the subset has no objects; strings offer .length and .charCodeAt(i)");
  }

  private call(node: ts.CallExpression): void {
    const top = this.top;
    const callee = node.expression;
    if (node.questionDotToken) return top.reject(node, "optional call (?.)", "call the function directly");
    if (node.typeArguments) top.reject(node.typeArguments[0], "type arguments", "the subset has no generics");

    // Math.floor(a / b)
    if (isMathFloor(this.checker, callee)) {
      const argument = node.arguments.length === 1 ? skipParentheses(node.arguments[0]) : undefined;
      if (!argument || !isDivision(argument)) {
        return top.reject(node, "Math.floor of anything but a division", "write Math.floor(a / b); numbers are already integers");
      }
      return this.division(argument);
    }

    // s.charCodeAt(i)
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "charCodeAt" && top.kindOf(callee.expression) === "string") {
      this.expression(callee.expression);
      if (node.arguments.length !== 1) return top.reject(node, "charCodeAt without exactly one index", "write s.charCodeAt(i)");
      this.expression(node.arguments[0]);
      return top.expect(node.arguments[0], "number", "the index");
    }

    if (!ts.isIdentifier(callee)) {
      if (ts.isPropertyAccessExpression(callee)) {
        const objectUse = ts.isIdentifier(callee.expression) ? resolveName(this.checker, callee.expression) : undefined;
        if (objectUse?.kind === "other") return top.reject(callee, `${callee.getText()}`, globalAdvice(callee.getText()));
        return top.reject(callee, `the method call ${callee.getText()}`, "strings offer .length and .charCodeAt(i); otherwise call a top-level function");
      }
      return top.reject(callee, "calling a computed function", "call a top-level function by name");
    }

    const use = resolveName(this.checker, callee);
    if (use.kind !== "function") {
      if (use.kind === "other") return top.reject(callee, `the global ${use.name}`, globalAdvice(use.name));
      return top.reject(callee, `calling ${callee.text}, which is not a function`, "call a top-level function by name");
    }
    for (const argument of node.arguments) {
      if (ts.isSpreadElement(argument)) { top.reject(argument, "spread (...)", "pass each argument explicitly"); continue; }
    }

    const intrinsic = isDeclaredOnly(use.declaration) ? intrinsicNamed(callee.text) : undefined;
    if (intrinsic) {
      switch (intrinsic.placement) {
        case "moduleConstOnly":
          return top.reject(node, `${callee.text} inside a function`, `write it as a module-level const initialiser: const BUFFER = ${callee.text}(bytes, align);`);
        case "literalArgument":
          top.addressOfArgument(node);
          return;
        case "constantFirstArgument": {
          const op = node.arguments[0];
          if (op) {
            const folded = top.constant(op);
            if (!folded.ok || typeof folded.value !== "number") {
              top.reject(op, "a hypercall whose number is not a constant", "pass the hypercall number as a literal, a module-level const or an enum member");
            } else if (folded.value < 0 || folded.value >= HYPERCALL_PAGE_STUBS) {
              top.reject(op, `the hypercall number ${folded.value}`, `the hypercall page holds ${HYPERCALL_PAGE_STUBS} stubs: numbers 0…${HYPERCALL_PAGE_STUBS - 1}`);
            }
          }
          for (const argument of node.arguments.slice(1)) this.argument(argument);
          return;
        }
        case "anywhere":
          break;
      }
    }
    for (const argument of node.arguments) this.argument(argument);
  }

  private argument(node: ts.Expression): void {
    if (ts.isSpreadElement(node)) return;
    this.expression(node);
    const kind = this.top.kindOf(node);
    if (kind === "void") this.top.reject(node, "a void value as an argument", "pass a number, boolean or string");
  }
}

/** What to write instead of a global the subset does not have. */
function globalAdvice(name: string): string {
  if (name.startsWith("Math.")) return "only Math.floor(a / b) is available; write the computation with integer operators";
  if (name === "console" || name.startsWith("console.")) return "declare an external function such as `declare function printInt(n: number): void;`";
  if (name === "undefined" || name === "NaN" || name === "Infinity") return "numbers are integers; use a marker value such as -1";
  return "only Math.floor, the intrinsics and the program's own declarations are available";
}

/** Plain words for a statement kind, for messages. */
function describeStatement(node: ts.Node): string {
  switch (node.kind) {
    case K.ExpressionStatement: return "expression statement";
    case K.IfStatement: return "if statement";
    case K.WhileStatement: case K.DoStatement: case K.ForStatement: return "loop";
    case K.ForOfStatement: return "for…of loop";
    case K.ForInStatement: return "for…in loop";
    case K.SwitchStatement: return "switch";
    case K.Block: return "block";
    case K.ReturnStatement: return "return";
    case K.LabeledStatement: return "labelled statement";
    case K.ThrowStatement: return "throw";
    case K.TryStatement: return "try/catch";
    default: return `statement (${ts.SyntaxKind[node.kind]})`;
  }
}

