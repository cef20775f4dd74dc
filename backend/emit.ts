// Emit: translate a checked subset program into GNU as x86-64 assembly (AT&T syntax).
//
// A stack machine in the style of chibicc: every expression leaves its value in %rax; a binary
// operation evaluates its left operand, pushes it, evaluates the right one into %rax, moves it to
// %rdi and pops the left one back into %rax — unless one side needs no evaluation (a literal,
// variable or constant: `operand`, the one place these are loaded), which is used in place.
// The number of pushes is tracked (`depth`) so that %rsp can be 16-byte aligned at every call.
// Locals live in 8-byte slots below %rbp; nothing is kept in registers across statements (so
// hypercalls and calls may clobber any caller-saved register). Integer traps jump to out-of-line
// stubs that call __ts_trap with a located message; only the tests ranges.ts cannot prove dead
// are emitted. This file folds nothing itself: it uses the values check.ts folded and the
// intervals ranges.ts computed. Anything unexpected is a
// BackendBug, which compile.ts reports as an internal error — it never guesses.

import * as path from "path";
import * as ts from "typescript";
import { BackendBug, oneLineText, positionOf } from "./diagnostics";
import type { CheckedProgram } from "./check";
import { ConstantValue, numericLiteralValue } from "./fold";
import { IntrinsicContext, intrinsicNamed } from "./intrinsics";
import { hasModifier, isDeclaredOnly, isDivision, isMathFloor, isTruncatedDivision, resolveName, skipParentheses } from "./model";
import { COMPOUND, INT32, INT64, Interval, MAX_SAFE, Ranges, UINT32, assigns, within } from "./ranges";

/** System V AMD64 integer argument registers, in order. */
export const ARGUMENT_REGISTERS = ["%rdi", "%rsi", "%rdx", "%rcx", "%r8", "%r9"] as const;
/** Bytes per local slot and per pushed value. */
const SLOT_BYTES = 8;
/** The System V stack alignment at a call instruction. */
const STACK_ALIGN_BYTES = 16;

const K = ts.SyntaxKind;

/** Messages a trap record carries after "FILE:LINE:COL: ". */
export const TRAP = {
  range: "integer result outside the exact range",
  remainderByZero: "remainder by zero",
  divisionByZero: "division by zero in Math.floor",
  charCodeAt: "charCodeAt index out of range",
} as const;

/** Emit the whole program; throws BackendBug (caught by compile.ts) on anything unexpected. */
export function emitProgram(program: CheckedProgram): string {
  return new FileEmitter(program).emit();
}

/** State shared by all functions of one file: labels, strings, module-level symbols. */
class FileEmitter {
  readonly displayName: string;
  private labelCount = 0;
  private readonly strings = new Map<string, string>();
  readonly functionSymbols = new Map<ts.FunctionDeclaration, string>();
  readonly moduleSymbols = new Map<ts.Declaration, string>();
  readonly ranges: Ranges;

  constructor(readonly program: CheckedProgram) {
    this.displayName = path.basename(program.fileName);
    this.ranges = new Ranges(program);
  }

  newLabel(what: string): string {
    return `.L${what}${this.labelCount++}`;
  }

  /** The label of the read-only record `.quad length` + bytes for `text` (one per distinct text). */
  stringLabel(text: string): string {
    let label = this.strings.get(text);
    if (label === undefined) {
      label = `.Lstring${this.strings.size}`;
      this.strings.set(text, label);
    }
    return label;
  }

  emit(): string {
    const { program } = this;
    for (const fn of program.functions) {
      const name = fn.name!.text;
      this.functionSymbols.set(fn, hasModifier(fn, K.ExportKeyword) ? name : `fn.${name}`);
    }
    for (const [declaration, constant] of program.constants) {
      if (constant.kind === "buffer") this.moduleSymbols.set(declaration, `buf.${(declaration as ts.VariableDeclaration).name.getText()}`);
    }
    for (const declaration of program.lets.keys()) this.moduleSymbols.set(declaration, `var.${declaration.name.getText()}`);

    const out: string[] = [];
    const quotedName = assemblerString(this.displayName);
    out.push(`# ${oneLineText(this.displayName)} compiled by the xen-test-vm backend (backend/); do not edit by hand.`);
    out.push(`\t.file "${quotedName}"`);
    out.push(`\t.file 1 "${quotedName}"`);
    out.push("\t.text");
    for (const fn of program.functions) {
      out.push("");
      out.push(...new FunctionEmitter(this, fn).emit());
    }
    out.push(...this.dataSections());
    out.push("", '\t.section .note.GNU-stack,"",@progbits', "");
    return out.join("\n");
  }

  private dataSections(): string[] {
    const out: string[] = [];
    const lets: string[] = [];
    for (const [declaration, value] of this.program.lets) {
      const symbol = this.moduleSymbols.get(declaration)!;
      lets.push("\t.balign 8", `\t.type ${symbol},@object`, `\t.size ${symbol}, 8`, `${symbol}:`, `\t.quad ${this.quadOperand(value)}\t# let ${oneLineText(declaration.getText()).slice(0, 60)}`);
    }
    const buffers: string[] = [];
    for (const [declaration, constant] of this.program.constants) {
      if (constant.kind !== "buffer") continue;
      const symbol = this.moduleSymbols.get(declaration)!;
      buffers.push(`\t.balign ${constant.align}`, `\t.type ${symbol},@object`, `\t.size ${symbol}, ${constant.bytes}`, `${symbol}:`, `\t.skip ${constant.bytes}`);
    }
    // strings last: quadOperand above may add some
    if (this.strings.size > 0) {
      out.push("", "\t.section .rodata", "# string records: .quad length, then the bytes");
      for (const [text, label] of this.strings) {
        out.push("\t.balign 8", `${label}:\t# ${JSON.stringify(text).slice(0, 70)}`, `\t.quad ${text.length}`);
        if (text.length > 0) out.push(`\t.ascii "${assemblerString(text)}"`);
      }
    }
    if (lets.length > 0) out.push("", "\t.data", "# module-level lets", ...lets);
    if (buffers.length > 0) out.push("", "\t.bss", "# static buffers (staticBuffer)", ...buffers);
    return out;
  }

  /** How a constant value is written in a .quad directive. */
  private quadOperand(value: ConstantValue): string {
    if (typeof value === "string") return this.stringLabel(value);
    if (typeof value === "boolean") return value ? "1" : "0";
    return String(value);
  }
}

/** Bytes of a string literal as GNU as .ascii text (printable ASCII kept, the rest escaped in octal). */
export function assemblerString(text: string): string {
  let out = "";
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x22 || code === 0x5c) out += "\\" + text[index];
    else if (code >= 0x20 && code <= 0x7e) out += text[index];
    else out += "\\" + code.toString(8).padStart(3, "0");
  }
  return out;
}

/** A value one instruction loads into any register: `mnemonic source, register`. */
interface Operand {
  readonly mnemonic: "movq" | "movabsq" | "leaq";
  readonly source: string;
  readonly comment?: string;
}

interface LoopLabels {
  readonly breakLabel: string;
  readonly continueLabel: string | undefined; // undefined for a switch
}

class FunctionEmitter implements IntrinsicContext {
  private readonly lines: string[] = [];
  private readonly slots = new Map<ts.Symbol, number>(); // symbol → offset below %rbp
  private depth = 0; // 8-byte values pushed since the prologue
  private readonly loops: LoopLabels[] = [];
  private readonly trapStubs = new Map<string, string>(); // message → label
  private readonly returnLabel: string;
  private readonly checker: ts.TypeChecker;
  private readonly name: string;

  constructor(private readonly file: FileEmitter, private readonly fn: ts.FunctionDeclaration) {
    this.checker = file.program.checker;
    this.returnLabel = file.newLabel("return_");
    this.name = fn.name!.text;
  }

  emit(): string[] {
    const symbol = this.file.functionSymbols.get(this.fn)!;
    const exported = hasModifier(this.fn, K.ExportKeyword);
    this.allocateSlots();
    const frameBytes = roundUp(this.slots.size * SLOT_BYTES, STACK_ALIGN_BYTES);
    const params = this.fn.parameters.map((p) => p.name.getText()).join(", ");
    const header = [`# function ${this.name}(${params})${exported ? ", exported" : ""}`];
    if (exported) header.push(`\t.globl ${symbol}`);
    header.push(`\t.type ${symbol},@function`, `${symbol}:`);
    this.loc(this.fn);
    this.instruction("pushq %rbp");
    this.instruction("movq %rsp, %rbp");
    if (frameBytes > 0) this.instruction(`subq $${frameBytes}, %rsp`, `${this.slots.size} local slot(s)`);
    this.fn.parameters.forEach((parameter, index) => {
      const offset = this.slots.get(this.symbolOf(parameter.name))!;
      this.instruction(`movq ${ARGUMENT_REGISTERS[index]}, -${offset}(%rbp)`, `parameter ${parameter.name.getText()}`);
    });
    const statements = this.fn.body!.statements;
    statements.forEach((statement, index) => {
      const finalReturn = index === statements.length - 1 && ts.isReturnStatement(statement);
      if (!finalReturn) return this.statement(statement);
      this.loc(statement); // the last statement returns: fall into the epilogue, no jump
      if (statement.expression) this.expression(statement.expression);
    });
    this.label(this.returnLabel);
    this.instruction("leave");
    this.instruction("ret");
    for (const [message, label] of this.trapStubs) {
      this.label(label);
      this.instruction(`leaq ${this.file.stringLabel(message)}(%rip), %rdi`, `trap: ${message}`);
      this.instruction("andq $-16, %rsp", "align the stack for the call");
      this.instruction("call __ts_trap", "never returns");
      this.instruction("ud2");
    }
    this.lines.push(`\t.size ${symbol}, .-${symbol}`);
    if (this.depth !== 0) throw new BackendBug(this.fn, `stack depth ${this.depth} at the end of ${this.name}`);
    return [...header, ...this.lines];
  }

  // ---- frame ------------------------------------------------------------------------------

  private symbolOf(node: ts.Node): ts.Symbol {
    const symbol = this.checker.getSymbolAtLocation(node);
    if (!symbol) throw new BackendBug(node, "a name without a symbol");
    return symbol;
  }

  /** One slot per parameter and per local declaration (shadowed names get their own). */
  private allocateSlots(): void {
    const add = (name: ts.Node) => {
      this.slots.set(this.symbolOf(name), (this.slots.size + 1) * SLOT_BYTES);
    };
    for (const parameter of this.fn.parameters) add(parameter.name);
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node)) add(node.name);
      ts.forEachChild(node, visit);
    };
    visit(this.fn.body!);
  }

  private slotOf(node: ts.Node, symbol: ts.Symbol): number {
    const offset = this.slots.get(symbol);
    if (offset === undefined) throw new BackendBug(node, `no stack slot for ${symbol.name}`);
    return offset;
  }

  // ---- output helpers ----------------------------------------------------------------------

  instruction(text: string, comment?: string): void {
    if (text === "") this.lines.push(`\t# ${oneLineText(comment ?? "")}`);
    else this.lines.push(comment ? `\t${text}\t# ${oneLineText(comment)}` : `\t${text}`);
  }

  private label(name: string): void {
    this.lines.push(`${name}:`);
  }

  private push(): void {
    this.instruction("pushq %rax");
    this.depth++;
  }

  private pop(register: string): void {
    this.instruction(`popq ${register}`);
    this.depth--;
  }

  /** `.loc` for the debugger and a comment quoting the statement's first line. */
  private loc(node: ts.Node): void {
    const { line, column } = positionOf(node);
    const firstLine = node.getText().split("\n")[0].trim();
    const quoted = firstLine.length > 72 ? firstLine.slice(0, 69) + "..." : firstLine;
    this.lines.push(`\t.loc 1 ${line} ${column}`);
    this.lines.push(`\t# ${this.name}: ${quoted}`);
  }

  private immediate(value: number, comment?: string): Operand {
    if (!Number.isSafeInteger(value)) throw new BackendBug(this.fn, `immediate ${value} is not a safe integer`);
    return { mnemonic: fitsInt32(value) ? "movq" : "movabsq", source: `$${value}`, comment };
  }

  private load(operand: Operand, register: string): void {
    this.instruction(`${operand.mnemonic} ${operand.source}, ${register}`, operand.comment);
  }

  alignedCall(target: string): void {
    if (this.depth % 2 === 1) {
      this.instruction("subq $8, %rsp", "keep %rsp 16-byte aligned at the call");
      this.instruction(`call ${target}`);
      this.instruction("addq $8, %rsp");
    } else {
      this.instruction(`call ${target}`);
    }
  }

  /** The label of the stub that traps with `what` located at `node`. */
  private trapLabel(node: ts.Node, what: string): string {
    const { line, column } = positionOf(node);
    const message = `${this.file.displayName}:${line}:${column}: ${what}`;
    let label = this.trapStubs.get(message);
    if (label === undefined) {
      label = this.file.newLabel("trap_");
      this.trapStubs.set(message, label);
    }
    return label;
  }

  /** Trap unless %rax is within ±(2^53−1); with `range` (what %rax may hold), only the bounds it may cross. */
  trapUnlessSafe(node: ts.Node, what: string, range: Interval = INT64): void {
    const [high, low] = [range.hi > MAX_SAFE, range.lo < -MAX_SAFE];
    if (!high && !low) return;
    const trap = this.trapLabel(node, what);
    this.instruction(`movabsq $${high ? MAX_SAFE : -MAX_SAFE}, %rcx`, "2^53-1, the exact range");
    if (high) this.instruction("cmpq %rcx, %rax");
    if (high) this.instruction(`jg ${trap}`);
    if (high && low) this.instruction("negq %rcx");
    if (low) this.instruction("cmpq %rcx, %rax");
    if (low) this.instruction(`jl ${trap}`);
  }

  /** Right after addq/subq/imulq: trap unless the result is exact — only the tests the ranges leave open. */
  private checkResult(node: ts.Node): void {
    const result = this.file.ranges.result(node) ?? { lo: INT64.lo - 1n, hi: INT64.hi + 1n };
    if (!within(result, INT64)) this.instruction(`jo ${this.trapLabel(node, TRAP.range)}`);
    this.trapUnlessSafe(node, TRAP.range, result);
  }

  constantNumber(node: ts.Expression): number {
    const value = this.file.program.folded.get(node);
    if (typeof value !== "number") throw new BackendBug(node, "a constant argument did not fold");
    return value;
  }

  argumentsInto(args: readonly ts.Expression[], registers: readonly string[]): void {
    if (args.length !== registers.length) throw new BackendBug(this.fn, `${args.length} arguments for ${registers.length} registers`);
    if (args.length === 0) return;
    // Arguments after the last one with possible side effects are read straight into their
    // registers once the others are in place; reading them later changes nothing in JS order.
    const trailing: Operand[] = [];
    let last = args.length - 1;
    for (let operand: Operand | undefined; last >= 0 && (operand = this.operand(args[last])); last--) trailing.unshift(operand);
    for (let index = 0; index < last; index++) {
      this.expression(args[index]);
      this.push();
    }
    if (last >= 0) {
      this.expression(args[last]);
      if (registers[last] !== "%rax") this.instruction(`movq %rax, ${registers[last]}`);
      for (let index = last - 1; index >= 0; index--) this.pop(registers[index]);
    }
    trailing.forEach((operand, index) => this.load(operand, registers[last + 1 + index]));
  }

  // ---- statements --------------------------------------------------------------------------

  private statement(node: ts.Statement): void {
    if (!ts.isBlock(node)) this.loc(node);
    switch (node.kind) {
      case K.Block:
        for (const statement of (node as ts.Block).statements) this.statement(statement);
        return;
      case K.EmptyStatement:
        return;
      case K.VariableStatement:
        return this.variables((node as ts.VariableStatement).declarationList);
      case K.ExpressionStatement:
        return this.effect((node as ts.ExpressionStatement).expression);
      case K.IfStatement: {
        const s = node as ts.IfStatement;
        const elseLabel = this.file.newLabel("else_");
        this.jumpIf(s.expression, false, elseLabel);
        this.statement(s.thenStatement);
        if (s.elseStatement) {
          const endLabel = this.file.newLabel("endif_");
          this.instruction(`jmp ${endLabel}`);
          this.label(elseLabel);
          this.statement(s.elseStatement);
          this.label(endLabel);
        } else {
          this.label(elseLabel);
        }
        return;
      }
      case K.WhileStatement: {
        const s = node as ts.WhileStatement;
        const top = this.file.newLabel("while_");
        const end = this.file.newLabel("endwhile_");
        this.label(top);
        this.jumpIf(s.expression, false, end);
        this.loopBody(s.statement, end, top);
        this.instruction(`jmp ${top}`);
        this.label(end);
        return;
      }
      case K.DoStatement: {
        const s = node as ts.DoStatement;
        const top = this.file.newLabel("do_");
        const test = this.file.newLabel("dotest_");
        const end = this.file.newLabel("enddo_");
        this.label(top);
        this.loopBody(s.statement, end, test);
        this.label(test);
        this.loc(s.expression);
        this.jumpIf(s.expression, true, top);
        this.label(end);
        return;
      }
      case K.ForStatement: {
        const s = node as ts.ForStatement;
        if (s.initializer) {
          if (ts.isVariableDeclarationList(s.initializer)) this.variables(s.initializer);
          else this.expression(s.initializer);
        }
        const top = this.file.newLabel("for_");
        const next = this.file.newLabel("fornext_");
        const end = this.file.newLabel("endfor_");
        this.label(top);
        if (s.condition) this.jumpIf(s.condition, false, end);
        this.loopBody(s.statement, end, next);
        this.label(next);
        if (s.incrementor) {
          this.loc(s.incrementor);
          this.effect(s.incrementor);
        }
        this.instruction(`jmp ${top}`);
        this.label(end);
        return;
      }
      case K.BreakStatement: {
        const target = this.loops[this.loops.length - 1];
        if (!target) throw new BackendBug(node, "break outside a loop or switch");
        this.instruction(`jmp ${target.breakLabel}`);
        return;
      }
      case K.ContinueStatement: {
        const target = [...this.loops].reverse().find((loop) => loop.continueLabel !== undefined);
        if (!target) throw new BackendBug(node, "continue outside a loop");
        this.instruction(`jmp ${target.continueLabel}`);
        return;
      }
      case K.ReturnStatement: {
        const s = node as ts.ReturnStatement;
        if (s.expression) this.expression(s.expression);
        this.instruction(`jmp ${this.returnLabel}`);
        return;
      }
      case K.SwitchStatement:
        return this.switchStatement(node as ts.SwitchStatement);
      default:
        throw new BackendBug(node, `unexpected statement ${ts.SyntaxKind[node.kind]}`);
    }
  }

  /** An expression whose value is not used: `i++` then needs no copy of the old value. */
  private effect(node: ts.Expression): void {
    const inner = skipParentheses(node);
    if (ts.isPostfixUnaryExpression(inner)) {
      return this.increment(inner, inner.operand, inner.operator === K.PlusPlusToken ? 1 : -1, false);
    }
    this.expression(node);
  }

  private loopBody(body: ts.Statement, breakLabel: string, continueLabel: string): void {
    this.loops.push({ breakLabel, continueLabel });
    this.statement(body);
    this.loops.pop();
  }

  private variables(list: ts.VariableDeclarationList): void {
    for (const declaration of list.declarations) {
      this.expression(declaration.initializer!);
      const offset = this.slotOf(declaration, this.symbolOf(declaration.name));
      this.instruction(`movq %rax, -${offset}(%rbp)`, declaration.name.getText());
    }
  }

  /** Compare the value with each constant label in order (JS strict equality), then run bodies in order. */
  private switchStatement(node: ts.SwitchStatement): void {
    const end = this.file.newLabel("endswitch_");
    this.expression(node.expression);
    const clauseLabels = node.caseBlock.clauses.map(() => this.file.newLabel("case_"));
    let defaultLabel = end;
    node.caseBlock.clauses.forEach((clause, index) => {
      if (ts.isDefaultClause(clause)) {
        defaultLabel = clauseLabels[index];
        return;
      }
      const label = this.operand(clause.expression)!; // case labels are folded constants
      if (label.mnemonic !== "movq") this.load(label, "%rcx");
      this.instruction(`cmpq ${label.mnemonic === "movq" ? label.source : "%rcx"}, %rax`, `case ${clause.expression.getText()}`);
      this.instruction(`je ${clauseLabels[index]}`);
    });
    this.instruction(`jmp ${defaultLabel}`);
    this.loops.push({ breakLabel: end, continueLabel: undefined });
    node.caseBlock.clauses.forEach((clause, index) => {
      this.label(clauseLabels[index]);
      for (const statement of clause.statements) this.statement(statement);
    });
    this.loops.pop();
    this.label(end);
  }

  // ---- conditions --------------------------------------------------------------------------

  /** Jump to `target` when the boolean `node` is `when`; fall through otherwise. */
  private jumpIf(node: ts.Expression, when: boolean, target: string): void {
    const inner = skipParentheses(node);
    if (ts.isPrefixUnaryExpression(inner) && inner.operator === K.ExclamationToken) {
      return this.jumpIf(inner.operand, !when, target);
    }
    if (ts.isBinaryExpression(inner)) {
      const op = inner.operatorToken.kind;
      if (op === K.AmpersandAmpersandToken || op === K.BarBarToken) {
        const isAnd = op === K.AmpersandAmpersandToken;
        if (isAnd !== when) {
          // (a && b) false ⇐ a false or b false;  (a || b) true ⇐ a true or b true
          this.jumpIf(inner.left, when, target);
          this.jumpIf(inner.right, when, target);
        } else {
          const skip = this.file.newLabel("skip_");
          this.jumpIf(inner.left, !when, skip);
          this.jumpIf(inner.right, when, target);
          this.label(skip);
        }
        return;
      }
      const condition = comparisonCondition(op);
      if (condition !== undefined) {
        this.compare(inner.left, inner.right);
        this.instruction(`j${when ? condition : inverseCondition(condition)} ${target}`);
        return;
      }
    }
    this.expression(inner);
    this.instruction("testq %rax, %rax");
    this.instruction(`${when ? "jne" : "je"} ${target}`);
  }

  // ---- expressions -------------------------------------------------------------------------

  /**
   * Evaluate left then right (JS order): left in %rax; returns where the right one is — used in
   * place when it needs no evaluation (`$imm`, `-16(%rbp)`, `var.x(%rip)`), else in %rdi. A left
   * operand that is a constant, or a local the right side does not assign, is loaded after the
   * right side has been evaluated: the same value, without a push and pop.
   */
  private operands(left: ts.Expression, right: ts.Expression): string {
    const operand = this.operand(right);
    if (operand) {
      this.expression(left);
      if (operand.mnemonic === "movq") return operand.source;
      this.load(operand, "%rdi");
      return "%rdi";
    }
    const first = this.operand(left);
    const name = skipParentheses(left);
    const kind = ts.isIdentifier(name) ? resolveName(this.checker, name).kind : "constant";
    if (first && (kind === "constant" || kind === "moduleConst" || (kind === "local" && !assigns(right)))) {
      this.expression(right);
      this.instruction("movq %rax, %rdi");
      this.load(first, "%rax");
      return "%rdi";
    }
    this.expression(left);
    this.push();
    this.expression(right);
    this.instruction("movq %rax, %rdi");
    this.pop("%rax");
    return "%rdi";
  }

  /** operands, with the right one in %rdi. */
  private operandsInRegisters(left: ts.Expression, right: ts.Expression): void {
    const source = this.operands(left, right);
    if (source !== "%rdi") this.instruction(`movq ${source}, %rdi`);
  }

  /** Set the flags for `left` compared with `right` (signed int64). */
  private compare(left: ts.Expression, right: ts.Expression): void {
    const source = this.operands(left, right);
    this.instruction(`cmpq ${source}, %rax`, source.startsWith("$") ? `compare with ${right.getText().slice(0, 40)}` : undefined);
  }

  /** The value of `node` when it needs no evaluation and the ranges give it one possible value. */
  private knownValue(node: ts.Expression): bigint | undefined {
    const range = this.operand(node) && this.file.ranges.range(node);
    return range && range.lo === range.hi ? range.lo : undefined;
  }

  /**
   * The one instruction that loads `node` when it is a literal, a variable, a module-level const
   * or an enum member: nothing to evaluate, so it can go straight into any register. Undefined
   * when `node` must be evaluated by `expression`. This is the only place these are loaded.
   */
  private operand(node: ts.Expression): Operand | undefined {
    const inner = skipParentheses(node);
    const folded = this.file.program.folded.get(node) ?? this.file.program.folded.get(inner);
    if (typeof folded === "number" || typeof folded === "boolean") return this.immediate(Number(folded), inner.getText().slice(0, 40));
    switch (inner.kind) {
      case K.NumericLiteral:
        return this.immediate(numericLiteralValue(inner as ts.NumericLiteral));
      case K.TrueKeyword:
        return this.immediate(1, "true");
      case K.FalseKeyword:
        return this.immediate(0, "false");
      case K.PrefixUnaryExpression: {
        const e = inner as ts.PrefixUnaryExpression;
        const operand = skipParentheses(e.operand);
        return e.operator === K.MinusToken && ts.isNumericLiteral(operand) ? this.immediate(-numericLiteralValue(operand)) : undefined;
      }
      case K.StringLiteral: {
        const text = (inner as ts.StringLiteral).text;
        return { mnemonic: "leaq", source: `${this.file.stringLabel(text)}(%rip)`, comment: JSON.stringify(text).slice(0, 40) };
      }
      case K.PropertyAccessExpression: {
        const use = resolveName(this.checker, inner);
        if (use.kind !== "enumMember") return undefined; // s.length
        const value = this.checker.getConstantValue(use.declaration);
        if (typeof value !== "number") throw new BackendBug(inner, "an enum member without a number value");
        return this.immediate(value, inner.getText());
      }
      case K.Identifier: {
        const name = inner as ts.Identifier;
        const use = resolveName(this.checker, name);
        switch (use.kind) {
          case "local":
            return { mnemonic: "movq", source: `-${this.slotOf(name, use.symbol)}(%rbp)`, comment: name.text };
          case "moduleLet":
            return { mnemonic: "movq", source: `${this.moduleSymbol(name, use.declaration)}(%rip)`, comment: name.text };
          case "moduleConst":
            return this.constantOperand(name, use.declaration);
          default:
            throw new BackendBug(name, `unexpected name ${name.text} (${use.kind})`);
        }
      }
      default:
        return undefined;
    }
  }

  private constantOperand(node: ts.Identifier, declaration: ts.Declaration): Operand {
    const constant = this.file.program.constants.get(declaration);
    if (!constant) throw new BackendBug(node, `the constant ${node.text} was not folded`);
    switch (constant.kind) {
      case "value":
        if (typeof constant.value === "string") return { mnemonic: "leaq", source: `${this.file.stringLabel(constant.value)}(%rip)`, comment: node.text };
        return this.immediate(Number(constant.value), node.text); // a boolean is 0 or 1
      case "buffer":
        return { mnemonic: "leaq", source: `${this.moduleSymbol(node, declaration)}(%rip)`, comment: node.text };
      case "address":
        return { mnemonic: "leaq", source: `${constant.symbol}(%rip)`, comment: node.text };
    }
  }

  private expression(node: ts.Expression): void {
    const operand = this.operand(node);
    if (operand) return this.load(operand, "%rax");
    switch (node.kind) {
      case K.ParenthesizedExpression:
        return this.expression((node as ts.ParenthesizedExpression).expression);
      case K.PropertyAccessExpression:
        return this.propertyAccess(node as ts.PropertyAccessExpression);
      case K.PrefixUnaryExpression:
        return this.prefixUnary(node as ts.PrefixUnaryExpression);
      case K.PostfixUnaryExpression: {
        const e = node as ts.PostfixUnaryExpression;
        return this.increment(e, e.operand, e.operator === K.PlusPlusToken ? 1 : -1, true);
      }
      case K.BinaryExpression:
        return this.binary(node as ts.BinaryExpression);
      case K.ConditionalExpression: {
        const e = node as ts.ConditionalExpression;
        const elseLabel = this.file.newLabel("else_");
        const end = this.file.newLabel("endcond_");
        this.jumpIf(e.condition, false, elseLabel);
        this.expression(e.whenTrue);
        this.instruction(`jmp ${end}`);
        this.label(elseLabel);
        this.expression(e.whenFalse);
        this.label(end);
        return;
      }
      case K.CallExpression:
        return this.call(node as ts.CallExpression);
      default:
        throw new BackendBug(node, `unexpected expression ${ts.SyntaxKind[node.kind]}`);
    }
  }

  private moduleSymbol(node: ts.Node, declaration: ts.Declaration): string {
    const symbol = this.file.moduleSymbols.get(declaration);
    if (!symbol) throw new BackendBug(node, "a module-level name without a symbol");
    return symbol;
  }

  /** `s.length` (an enum member is an operand). */
  private propertyAccess(node: ts.PropertyAccessExpression): void {
    if (node.name.text === "length") {
      this.expression(node.expression);
      this.instruction("movq (%rax), %rax", "string length");
      return;
    }
    throw new BackendBug(node, `unexpected property access ${node.getText()}`);
  }

  private prefixUnary(node: ts.PrefixUnaryExpression): void {
    switch (node.operator) {
      case K.PlusPlusToken:
        return this.increment(node, node.operand, 1, false);
      case K.MinusMinusToken:
        return this.increment(node, node.operand, -1, false);
      case K.MinusToken: // -literal is an operand
        this.expression(node.operand);
        this.instruction("negq %rax");
        return;
      case K.PlusToken:
        return this.expression(node.operand);
      case K.TildeToken:
        this.expression(node.operand);
        this.instruction("notl %eax", "~ works on ToInt32");
        this.instruction("movslq %eax, %rax");
        return;
      case K.ExclamationToken:
        this.expression(node.operand);
        this.instruction("xorq $1, %rax", "!");
        return;
      default:
        throw new BackendBug(node, `unexpected prefix operator ${ts.tokenToString(node.operator)}`);
    }
  }

  /** ++/-- on a variable; the value is the new one (prefix) or the old one (postfix). */
  private increment(node: ts.Node, operand: ts.Expression, delta: 1 | -1, postfix: boolean): void {
    const target = skipParentheses(operand) as ts.Identifier;
    this.expression(target);
    if (postfix) this.push();
    this.instruction(delta === 1 ? "addq $1, %rax" : "subq $1, %rax", delta === 1 ? "++" : "--");
    this.checkResult(node);
    this.storeName(target);
    if (postfix) this.pop("%rax");
  }

  private storeName(node: ts.Expression): void {
    const target = skipParentheses(node);
    if (!ts.isIdentifier(target)) throw new BackendBug(node, "assignment to something other than a name");
    const use = resolveName(this.checker, target);
    if (use.kind === "local") this.instruction(`movq %rax, -${this.slotOf(target, use.symbol)}(%rbp)`, `${target.text} =`);
    else if (use.kind === "moduleLet") this.instruction(`movq %rax, ${this.moduleSymbol(target, use.declaration)}(%rip)`, `${target.text} =`);
    else throw new BackendBug(node, `assignment to ${target.text} (${use.kind})`);
  }

  private binary(node: ts.BinaryExpression): void {
    const op = node.operatorToken.kind;
    switch (op) {
      case K.EqualsToken:
        this.expression(node.right);
        return this.storeName(node.left);
      case K.AmpersandAmpersandToken:
      case K.BarBarToken: {
        // booleans are 0/1: if the left side decides, %rax already holds the answer
        const end = this.file.newLabel("endlogic_");
        this.expression(node.left);
        this.instruction("testq %rax, %rax");
        this.instruction(`${op === K.AmpersandAmpersandToken ? "je" : "jne"} ${end}`);
        this.expression(node.right);
        this.label(end);
        return;
      }
      case K.BarToken:
        if (isTruncatedDivision(node)) return this.truncatedDivision(node, skipParentheses(node.left) as ts.BinaryExpression);
        break;
    }
    const compound = COMPOUND[op];
    if (compound !== undefined) {
      // JS reads the variable before evaluating the right side
      this.arithmetic(compound, node, node.left, node.right);
      return this.storeName(node.left);
    }
    const condition = comparisonCondition(op);
    if (condition !== undefined) {
      this.compare(node.left, node.right);
      this.instruction(`set${condition} %al`, node.operatorToken.getText());
      this.instruction("movzbl %al, %eax");
      return;
    }
    this.arithmetic(op, node, node.left, node.right);
  }

  /** %rax = left op right for the arithmetic and bitwise operators, with JS's results and only the checks the ranges leave. */
  private arithmetic(op: ts.SyntaxKind, node: ts.BinaryExpression, left: ts.Expression, right: ts.Expression): void {
    const count = this.knownValue(right); // shifts by a constant take an immediate
    if (count !== undefined && (op === K.LessThanLessThanToken || op === K.GreaterThanGreaterThanToken || op === K.GreaterThanGreaterThanGreaterThanToken)) {
      this.expression(left);
      const k = Number(count & 31n);
      if (op === K.LessThanLessThanToken) return this.int32(node, `shll $${k}, %eax`, "<<");
      if (op === K.GreaterThanGreaterThanToken) return this.int32(node, `sarl $${k}, %eax`, ">>");
      if (k > 0) return this.instruction(`shrl $${k}, %eax`, ">>> (a uint32)");
      if (!within(this.file.ranges.range(left), UINT32)) this.instruction("movl %eax, %eax", ">>> 0: the low 32 bits, zero-extended");
      return;
    }
    if (op === K.PercentToken) return this.remainder(node, left, right);
    const source = this.operands(left, right);
    const source32 = source === "%rdi" ? "%edi" : source;
    const text = ts.tokenToString(op)!;
    const exact = ({ [K.PlusToken]: "addq", [K.MinusToken]: "subq", [K.AsteriskToken]: "imulq" } as Record<number, string>)[op];
    if (exact) {
      this.instruction(`${exact} ${source}, %rax`, text);
      return this.checkResult(node);
    }
    const bitwise = ({ [K.AmpersandToken]: "andl", [K.BarToken]: "orl", [K.CaretToken]: "xorl" } as Record<number, string>)[op];
    if (bitwise) return this.int32(node, `${bitwise} ${source32}, %eax`, text);
    const shift = ({ [K.LessThanLessThanToken]: "shll", [K.GreaterThanGreaterThanToken]: "sarl", [K.GreaterThanGreaterThanGreaterThanToken]: "shrl" } as Record<number, string>)[op];
    if (!shift) throw new BackendBug(node, `unexpected operator ${text}`);
    this.instruction(`movl ${source32}, %ecx`, `${text} (count mod 32)`);
    if (shift !== "shrl") return this.int32(node, `${shift} %cl, %eax`);
    this.instruction("shrl %cl, %eax", "32-bit result, zero-extended: a uint32");
  }

  /** A 32-bit operation whose result JS reads as a signed int32 (sign-extended unless it is known non-negative). */
  private int32(node: ts.Node, instruction: string, comment?: string): void {
    this.instruction(instruction, comment);
    if (!within(this.file.ranges.range(node), { lo: 0n, hi: INT32.hi })) this.instruction("movslq %eax, %rax", "int32 result");
  }

  /** k when `node` is a constant ±2^k (1 ≤ k ≤ 31) needing no evaluation, so shifts and masks can replace idivq. */
  private powerOfTwo(node: ts.Expression): { k: number; negative: boolean } | undefined {
    const value = this.knownValue(node);
    if (value === undefined) return undefined;
    const magnitude = value < 0n ? -value : value;
    const k = magnitude.toString(2).length - 1;
    return k >= 1 && k <= 31 && magnitude === 1n << BigInt(k) ? { k, negative: value < 0n } : undefined;
  }

  /** %rdx = 2^k − 1 when %rax is negative, else 0: added before a shift, it turns flooring into truncation. */
  private negativeBias(k: number): void {
    this.instruction("movq %rax, %rdx", `bias: 2^${k}-1 if negative, else 0`);
    this.instruction("sarq $63, %rdx");
    this.instruction(`shrq $${64 - k}, %rdx`);
  }

  /** a % b: the remainder has the dividend's sign, as JS; b = 0 traps unless the ranges exclude it. */
  private remainder(node: ts.BinaryExpression, left: ts.Expression, right: ts.Expression): void {
    const power = this.powerOfTwo(right);
    if (power) { // |b| = 2^k: a % b = a % 2^k
      this.expression(left);
      const mask = `$${2 ** power.k - 1}`;
      if ((this.file.ranges.range(left)?.lo ?? -1n) >= 0n) return this.instruction(`andq ${mask}, %rax`, `% ${2 ** power.k} of a non-negative value`);
      this.negativeBias(power.k);
      this.instruction("addq %rdx, %rax", `% ${2 ** power.k}, the dividend's sign (as JS; -8 % 4 is 0)`);
      this.instruction(`andq ${mask}, %rax`);
      this.instruction("subq %rdx, %rax");
      return;
    }
    this.operandsInRegisters(left, right);
    this.divisorTest(right, () => `je ${this.trapLabel(node, TRAP.remainderByZero)}`);
    this.instruction("cqo", "% (sign of the dividend, as JS)");
    this.instruction("idivq %rdi");
    this.instruction("movq %rdx, %rax");
  }

  /** Test the divisor in %rdi for 0 unless the ranges prove it is not. */
  private divisorTest(divisor: ts.Expression, jump: () => string): boolean {
    const range = this.file.ranges.range(divisor);
    if (range && (range.lo > 0n || range.hi < 0n)) return false;
    this.instruction("testq %rdi, %rdi", "divisor 0?");
    this.instruction(jump());
    return true;
  }

  /** (a / b) | 0: truncated quotient as int32; 0 when b is 0 (JS: NaN | 0, ±Infinity | 0). */
  private truncatedDivision(node: ts.BinaryExpression, division: ts.BinaryExpression): void {
    const power = this.powerOfTwo(division.right);
    if (power && !power.negative) { // truncation: shift the value biased toward zero
      this.expression(division.left);
      if ((this.file.ranges.range(division.left)?.lo ?? -1n) < 0n) {
        this.negativeBias(power.k);
        this.instruction("addq %rdx, %rax");
      }
      return this.int32(node, `sarq $${power.k}, %rax`, `(a / ${2 ** power.k}) | 0: truncated, then ToInt32`);
    }
    const nonzero = this.file.newLabel("divide_");
    const done = this.file.newLabel("divided_");
    this.operandsInRegisters(division.left, division.right);
    const tested = this.divisorTest(division.right, () => `jne ${nonzero}`);
    if (tested) {
      this.instruction("xorl %eax, %eax", "divisor 0: JS gives NaN or Infinity, and | 0 makes it 0");
      this.instruction(`jmp ${done}`);
      this.label(nonzero);
    }
    this.instruction("cqo", "(a / b) | 0");
    this.instruction("idivq %rdi", "exact truncated quotient");
    this.instruction("movslq %eax, %rax", "ToInt32");
    if (tested) this.label(done);
  }

  /** Math.floor(a / b): floored quotient; a zero divisor traps. */
  private flooredDivision(call: ts.CallExpression, division: ts.BinaryExpression): void {
    const power = this.powerOfTwo(division.right);
    if (power && !power.negative) { // an arithmetic shift floors, for either sign
      this.expression(division.left);
      return this.instruction(`sarq $${power.k}, %rax`, `Math.floor(a / ${2 ** power.k})`);
    }
    const done = this.file.newLabel("floored_");
    this.operandsInRegisters(division.left, division.right);
    this.divisorTest(division.right, () => `je ${this.trapLabel(call, TRAP.divisionByZero)}`);
    this.instruction("cqo", "Math.floor(a / b)");
    this.instruction("idivq %rdi", "truncated quotient in %rax, remainder in %rdx");
    this.instruction("testq %rdx, %rdx");
    this.instruction(`je ${done}`);
    this.instruction("xorq %rdi, %rdx", "remainder and divisor of different signs?");
    this.instruction(`jns ${done}`);
    this.instruction("subq $1, %rax", "then the floor is one below");
    this.label(done);
  }

  private call(node: ts.CallExpression): void {
    const callee = node.expression;
    if (isMathFloor(this.checker, callee)) {
      const division = skipParentheses(node.arguments[0]);
      if (!isDivision(division)) throw new BackendBug(node, "Math.floor without a division");
      return this.flooredDivision(node, division);
    }
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "charCodeAt") {
      this.operandsInRegisters(callee.expression, node.arguments[0]);
      if (!this.file.ranges.indexInBounds(node)) {
        this.instruction("cmpq (%rax), %rdi", "charCodeAt: index below the length (unsigned, so negative fails too)?");
        this.instruction(`jae ${this.trapLabel(node, TRAP.charCodeAt)}`);
      }
      this.instruction("movzbl 8(%rax,%rdi), %eax");
      return;
    }
    if (!ts.isIdentifier(callee)) throw new BackendBug(node, "a call of something other than a name");
    const use = resolveName(this.checker, callee);
    if (use.kind !== "function") throw new BackendBug(node, `a call of ${callee.text} (${use.kind})`);
    const declaration = use.declaration;
    if (isDeclaredOnly(declaration)) {
      const intrinsic = intrinsicNamed(callee.text);
      if (intrinsic) return intrinsic.emit(this, node);
      this.argumentsInto(node.arguments, ARGUMENT_REGISTERS.slice(0, node.arguments.length));
      return this.alignedCall(callee.text);
    }
    const symbol = this.file.functionSymbols.get(declaration);
    if (!symbol) throw new BackendBug(node, `no symbol for ${callee.text}`);
    this.argumentsInto(node.arguments, ARGUMENT_REGISTERS.slice(0, node.arguments.length));
    this.alignedCall(symbol);
  }
}

/** True when `value` fits an instruction's 32-bit immediate, which the CPU sign-extends to 64 bits. */
function fitsInt32(value: number): boolean {
  return value >= -0x80000000 && value <= 0x7fffffff;
}

function roundUp(value: number, multiple: number): number {
  return Math.ceil(value / multiple) * multiple;
}

/** The condition-code suffix (for setCC / jCC) of a comparison operator on signed int64. */
function comparisonCondition(op: ts.SyntaxKind): string | undefined {
  switch (op) {
    case K.LessThanToken: return "l";
    case K.LessThanEqualsToken: return "le";
    case K.GreaterThanToken: return "g";
    case K.GreaterThanEqualsToken: return "ge";
    case K.EqualsEqualsEqualsToken: return "e";
    case K.ExclamationEqualsEqualsToken: return "ne";
    default: return undefined;
  }
}

function inverseCondition(condition: string): string {
  const inverse: Record<string, string> = { l: "ge", le: "g", g: "le", ge: "l", e: "ne", ne: "e" };
  return inverse[condition];
}
