// Intrinsics: the table of machine operations a subset program may declare and call.
//
// One entry per intrinsic of design.md: its signature (checked against the program's own
// `declare function`) and the instructions it becomes. The emitter hands each entry an
// IntrinsicContext that evaluates the arguments into the registers the entry names; the entry
// adds only the instructions that are the operation itself. Where an intrinsic may only appear
// (staticBuffer in a module-level const, addressOf with a string literal, a constant hypercall
// number) is enforced by check.ts; the table records it in `placement`.

import * as ts from "typescript";
import type { ValueKind } from "./model";

/** What the emitter offers an intrinsic while it is being emitted. */
export interface IntrinsicContext {
  /** Evaluate `args` left to right (JS order) and leave argument i in `registers[i]`. */
  argumentsInto(args: readonly ts.Expression[], registers: readonly string[]): void;
  /** The compile-time value of a constant argument (check.ts has made sure it is one). */
  constantNumber(node: ts.Expression): number;
  /** One instruction line, with an optional comment. */
  instruction(text: string, comment?: string): void;
  /** Trap unless %rax holds a safe integer, reporting `what` at `node`. */
  trapUnlessSafe(node: ts.Node, what: string): void;
  /** `call target` with %rsp 16-byte aligned. */
  alignedCall(target: string): void;
}

export interface Intrinsic {
  readonly name: string;
  readonly parameters: readonly ValueKind[];
  readonly result: ValueKind;
  /** "anywhere", or a restriction enforced by check.ts. */
  readonly placement: "anywhere" | "moduleConstOnly" | "literalArgument" | "constantFirstArgument";
  /** Emit the operation; the result (if any) ends in %rax. */
  emit(context: IntrinsicContext, call: ts.CallExpression): void;
}

/** Where Xen maps its read-only machine-to-physical table in a 64-bit PV guest (xen/include/public/arch-x86/xen-x86_64.h: RO_MPT_VIRT_START = HYPERVISOR_VIRT_START). */
export const M2P_TABLE_VIRTUAL_ADDRESS = "0xFFFF800000000000";
/** Each hypercall has a 32-byte stub in the hypercall page (xen/include/public/xen.h). */
export const HYPERCALL_STUB_BYTES = 32;
/** Registers carrying hypercall arguments 1…5 in a 64-bit PV guest (the page's stubs use syscall). */
export const HYPERCALL_ARGUMENT_REGISTERS = ["%rdi", "%rsi", "%rdx", "%r10", "%r8"] as const;

function load(name: string, instruction: string, checked: boolean): Intrinsic {
  return {
    name,
    parameters: ["number"],
    result: "number",
    placement: "anywhere",
    emit(context, call) {
      context.argumentsInto(call.arguments, ["%rax"]);
      context.instruction(instruction, `${name}: read memory at the address in %rax`);
      if (checked) context.trapUnlessSafe(call, `${name} value outside the exact range`);
    },
  };
}

function store(name: string, instruction: string): Intrinsic {
  return {
    name,
    parameters: ["number", "number"],
    result: "void",
    placement: "anywhere",
    emit(context, call) {
      context.argumentsInto(call.arguments, ["%rdi", "%rax"]);
      context.instruction(instruction, `${name}: write the value's low bits at the address in %rdi`);
    },
  };
}

const table: readonly Intrinsic[] = [
  load("load8", "movzbl (%rax), %eax", false),
  load("load16", "movzwl (%rax), %eax", false),
  load("load32", "movl (%rax), %eax", false),
  load("load64", "movq (%rax), %rax", true),
  store("store8", "movb %al, (%rdi)"),
  store("store16", "movw %ax, (%rdi)"),
  store("store32", "movl %eax, (%rdi)"),
  store("store64", "movq %rax, (%rdi)"),
  {
    name: "hypercall",
    parameters: ["number", "number", "number", "number", "number", "number"],
    result: "number",
    placement: "constantFirstArgument",
    emit(context, call) {
      const op = context.constantNumber(call.arguments[0]);
      context.argumentsInto(call.arguments.slice(1), HYPERCALL_ARGUMENT_REGISTERS);
      context.alignedCall(`hypercall_page+${HYPERCALL_STUB_BYTES * op}`);
    },
  },
  {
    name: "readBarrier",
    parameters: [],
    result: "void",
    placement: "anywhere",
    emit(context) {
      context.instruction("", "readBarrier: compiler barrier only; every access already happens in program order");
    },
  },
  {
    name: "writeBarrier",
    parameters: [],
    result: "void",
    placement: "anywhere",
    emit(context) {
      context.instruction("", "writeBarrier: compiler barrier only; every access already happens in program order");
    },
  },
  {
    name: "fullBarrier",
    parameters: [],
    result: "void",
    placement: "anywhere",
    emit(context) {
      context.instruction("lock orq $0, (%rsp)", "fullBarrier: a locked instruction orders loads after earlier stores");
    },
  },
  {
    name: "cpuRelax",
    parameters: [],
    result: "void",
    placement: "anywhere",
    emit(context) {
      context.instruction("pause", "cpuRelax: the spin-wait hint; the loop around it is the program's");
    },
  },
  {
    name: "testAndClearBit",
    parameters: ["number", "number"],
    result: "boolean",
    placement: "anywhere",
    emit(context, call) {
      context.argumentsInto(call.arguments, ["%rdi", "%rax"]);
      context.instruction("lock btrq %rax, (%rdi)", "testAndClearBit: atomically clear the bit, old value in CF");
      context.instruction("setc %al");
      context.instruction("movzbl %al, %eax");
    },
  },
  {
    name: "staticBuffer",
    parameters: ["number", "number"],
    result: "number",
    placement: "moduleConstOnly",
    emit() {
      // Never reached: a module-level const bound to staticBuffer is emitted as a .bss symbol.
    },
  },
  {
    name: "addressOf",
    parameters: ["string"],
    result: "number",
    placement: "literalArgument",
    emit(context, call) {
      const symbol = (call.arguments[0] as ts.StringLiteral).text;
      context.instruction(`leaq ${symbol}(%rip), %rax`, `addressOf("${symbol}")`);
    },
  },
  {
    name: "machineToPhys",
    parameters: ["number"],
    result: "number",
    placement: "anywhere",
    emit(context, call) {
      context.argumentsInto(call.arguments, ["%rax"]);
      context.instruction(`movabsq $${M2P_TABLE_VIRTUAL_ADDRESS}, %rcx`, "machineToPhys: Xen's read-only M2P table");
      context.instruction("movq (%rcx,%rax,8), %rax");
      context.trapUnlessSafe(call, "machineToPhys value outside the exact range");
    },
  },
];

const byName = new Map(table.map((intrinsic) => [intrinsic.name, intrinsic]));

/** The intrinsic called `name`, if there is one. */
export function intrinsicNamed(name: string): Intrinsic | undefined {
  return byName.get(name);
}

/** A symbol name addressOf accepts: what GNU as takes as a plain symbol. */
export function isAssemblerSymbolName(text: string): boolean {
  return /^[A-Za-z_.$][A-Za-z0-9_.$]*$/.test(text);
}

/** The signature as TypeScript source, for messages. */
export function signatureText(intrinsic: Intrinsic): string {
  const params = intrinsic.parameters.map((kind, index) => `a${index + 1}: ${kind}`).join(", ");
  return `declare function ${intrinsic.name}(${params}): ${intrinsic.result};`;
}
