// generate.ts — a seeded generator of random, well-typed subset programs for differential runs.
//
// What it does: from a 32-bit seed, builds a program (module lets and consts, an enum, string
// constants, several functions over number/boolean/string parameters, one bounded recursive
// function, and a `main` that calls them), whose every intermediate value provably stays inside
// ±(2^53 − 1), so Node's doubles and the backend's int64 must agree on every printed line.
// The same seed always gives the same program text.
//
// How values stay exact: each generated number expression carries an upper bound on its
// magnitude, and is built so the bound never exceeds what its context allows (sums split the
// budget, products split it multiplicatively, `%` by a non-zero divisor and the bitwise
// operators shrink it). Variables hold at most 2^40 after every assignment (assignments end in
// `% M` or a bitwise operator); `++`/`--` may push them a little past that, which the 2^41 bound
// used when reading them absorbs. Big literals (2^31, 2^32, 2^52, 2^53 − 1, …) appear wherever
// the budget allows. Divisors are non-zero by construction (`(e | 1)`, `(e % 7 + 8)`, non-zero
// literals) except in `(a / b) | 0`, where 0 is legal and gives 0. Loops are bounded by their
// own counters and by a module-level fuel counter every loop condition spends, and only earlier
// functions are called (plus one recursive function whose depth is bounded), so programs end.
//
// With `risk` > 0 some operations are left unguarded on purpose (full-range products, divisors
// and indexes that may be 0 or out of range), so programs trap at varied places; the fuzzer
// compares those traps with Node's mirror of the backend's checks.
// It returns a statement tree so the fuzzer can delete statements when minimising.
//
// What it does not do: no exit(), no intrinsics other than printInt/printChar, no program the
// subset rejects on purpose (if the backend rejects one, that is a finding).

/** mulberry32: a tiny, well-mixed 32-bit PRNG; the whole program is a function of its seed. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** A uniformly distributed 32-bit unsigned integer. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  /** An integer in 0 … limit − 1. */
  below(limit: number): number {
    return Math.floor((this.next() / 4294967296) * limit);
  }
  /** An integer in low … high inclusive. */
  between(low: number, high: number): number {
    return low + this.below(high - low + 1);
  }
  chance(probability: number): boolean {
    return this.next() / 4294967296 < probability;
  }
  pick<T>(choices: readonly T[]): T {
    return choices[this.below(choices.length)];
  }
}

/** Derive the seed of program number `index` from a run's base seed (also a mulberry32 step). */
export function programSeed(baseSeed: number, index: number): number {
  return new Random((baseSeed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0).next();
}

// ---- the program tree (kept so the minimiser can delete statements) ----

export type Part = string | Block;
export interface Statement {
  parts: Part[];
  /** False for statements whose removal would break termination or typing by construction. */
  removable: boolean;
}
export interface Block {
  statements: Statement[];
  /** `{ … }`, or a bare list of lines (a case body). */
  braces: boolean;
}
export interface GeneratedProgram {
  seed: number;
  /** Prefix of every top-level name, so several programs can share one file. */
  prefix: string;
  /** Top-level declarations in order; the last one is `${prefix}main`. */
  topLevel: Block;
}

const INDENT = "    ";

function renderBlock(block: Block, depth: number): string {
  const inner = block.statements.map((statement) => INDENT.repeat(depth + 1) + renderStatement(statement, depth + 1));
  if (!block.braces) return inner.length > 0 ? "\n" + inner.join("\n") : "";
  return inner.length > 0 ? `{\n${inner.join("\n")}\n${INDENT.repeat(depth)}}` : "{\n" + INDENT.repeat(depth) + "}";
}

function renderStatement(statement: Statement, depth: number): string {
  return statement.parts.map((part) => (typeof part === "string" ? part : renderBlock(part, depth))).join("");
}

/** The declarations of a program (no `declare` lines, no exported main): for batching. */
export function renderDeclarations(program: GeneratedProgram): string {
  return program.topLevel.statements.map((statement) => renderStatement(statement, 0)).join("\n") + "\n";
}

/** The `declare function` lines every generated file needs once. */
export const GENERATED_PRELUDE =
  "declare function printInt(n: number): void;\ndeclare function printChar(c: number): void;\n";

/** A complete program file: the prelude, the declarations, and an exported main. */
export function renderProgram(program: GeneratedProgram): string {
  return renderBatch([program]);
}

/** Several programs in one file; main runs each in turn, printing a separator line before each. */
export function renderBatch(programs: GeneratedProgram[]): string {
  const header = `// generated by test/backend/generate.ts; seeds ${programs.map((p) => p.seed).join(" ")}\n`;
  const calls = programs.map((program, index) => `    printInt(${BATCH_SEPARATOR_BASE + index});\n    ${program.prefix}main();\n`).join("");
  return header + GENERATED_PRELUDE + programs.map(renderDeclarations).join("") +
    `export function main(): void {\n${calls}}\n`;
}

/** main prints BATCH_SEPARATOR_BASE + i before program i of a batch, to find a mismatch's program. */
export const BATCH_SEPARATOR_BASE = -777000000;

/** Copy of a program with the statement at `path` (block indexes, then statement index) removed. */
export function removeStatement(program: GeneratedProgram, path: number[]): GeneratedProgram {
  const copyBlock = (block: Block, rest: number[]): Block => {
    if (rest.length === 1) {
      return { ...block, statements: block.statements.filter((_, index) => index !== rest[0]) };
    }
    const [statementIndex, partIndex, ...deeper] = rest;
    return {
      ...block,
      statements: block.statements.map((statement, index) => index !== statementIndex ? statement : {
        ...statement,
        parts: statement.parts.map((part, j) => (j === partIndex && typeof part !== "string" ? copyBlock(part, deeper) : part)),
      }),
    };
  };
  return { ...program, topLevel: copyBlock(program.topLevel, path) };
}

/** Paths of every removable statement, outermost first (removing big pieces first is faster). */
export function removablePaths(program: GeneratedProgram): number[][] {
  const paths: number[][] = [];
  const queue: { block: Block; prefix: number[] }[] = [{ block: program.topLevel, prefix: [] }];
  while (queue.length > 0) {
    const { block, prefix } = queue.shift()!;
    block.statements.forEach((statement, index) => {
      if (statement.removable) paths.push([...prefix, index]);
      statement.parts.forEach((part, partIndex) => {
        if (typeof part !== "string") queue.push({ block: part, prefix: [...prefix, index, partIndex] });
      });
    });
  }
  return paths;
}

// ---- value bounds ----

const SAFE = 9007199254740991;                  // 2^53 − 1, Number.MAX_SAFE_INTEGER
const VARIABLE_BOUND = 2 ** 40;                 // every number variable holds at most this after an assignment
const VARIABLE_READ_BOUND = 2 ** 41;            // … plus room for the ++/-- applied since
const INT32_BOUND = 2 ** 31;                    // |ToInt32(x)| ≤ 2^31
const UINT32_BOUND = 2 ** 32;                   // x >>> n ≤ 2^32 − 1
const LOOP_LIMIT = 6;                           // iterations of one loop at most
const FUEL = 3000;                              // loop iterations in a whole program at most
const INTERESTING_LITERALS = [
  0, 1, -1, 2, 3, 5, 7, 10, 31, 32, 33, 255, 256, 65535, 65536, 1000003,
  2 ** 31 - 1, -(2 ** 31), -(2 ** 31) - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, -(2 ** 32),
  2 ** 40, 2 ** 52, -(2 ** 52), 2 ** 53 - 1, -(2 ** 53 - 1), 94906265,
];
const STRING_POOL = ["a", "xen", "Hello, world!", "tab\there", "0123456789", "~!@#$%^&*()_+", "line\nbreak", "zz\0top"];

type ValueType = "number" | "boolean" | "string";

interface Expression {
  code: string;
  /** Largest possible magnitude (numbers only). */
  bound: number;
  /** Its TypeScript type is a literal type (a bare literal, enum member, or literal const). */
  literalTyped: boolean;
}

interface Variable {
  name: string;
  type: ValueType;
  assignable: boolean;
  bound: number;
  literalTyped: boolean;
}

interface FunctionSignature {
  name: string;
  parameters: ValueType[];
  returns: ValueType | "void";
  /** The bounded recursive function: first parameter is the depth. */
  recursive: boolean;
}

/**
 * TypeScript reads `a < (p > (q)) ? …` as a generic call `a<(p)>(q)`, and `a << f(x > y, s)`
 * as type arguments too; JavaScript reads comparisons and shifts. A unary `+` before the right
 * operand of `<` / `<<` rules the type reading out and changes no value.
 */
function guardAfterLessThan(code: string): string {
  // the space keeps `+` and a leading `+`/`++` of the operand from fusing into `++`
  return /^\d+$/.test(code) ? code : `+ ${code}`;
}

/** Everything generated for one program; methods produce expressions and statements. */
class ProgramBuilder {
  private readonly random: Random;
  private readonly prefix: string;
  private counter = 0;
  private readonly moduleVariables: Variable[] = [];
  private readonly functions: FunctionSignature[] = [];
  private scopes: Variable[][] = [];
  private loopDepth = 0;
  private nesting = 0;
  private current: FunctionSignature | undefined;
  private readonly fuel: string;
  private enumName = "";
  private enumMembers: { name: string; value: number }[] = [];
  /**
   * Boolean variables already read in the current statement. Reading one twice lets
   * TypeScript narrow it to `never` in a dead branch (`(b || b) ? x : (b ? b : y)`), which
   * the backend refuses; once per statement keeps generated programs inside the subset.
   */
  private readonly booleansRead = new Set<string>();

  /**
   * Chance, per number expression, of an unguarded operation that may trap: a product or sum
   * of two full-range operands, `%` or `Math.floor(… / …)` by a divisor that may be 0,
   * `charCodeAt` with an index that may be out of range. 0 (the default) never traps.
   */
  private readonly risk: number;

  constructor(seed: number, prefix: string, risk = 0) {
    this.risk = risk;
    this.random = new Random(seed);
    this.prefix = prefix;
    this.fuel = `${prefix}fuel`;
  }

  private fresh(stem: string): string {
    return `${stem}${this.counter++}`;
  }

  build(): Block {
    const top: Statement[] = [];
    top.push({ parts: [`let ${this.fuel}: number = ${FUEL};`], removable: false });
    // module-level lets (in .data) and folded consts
    for (let i = this.random.between(1, 3); i > 0; i--) {
      const name = `${this.prefix}${this.fresh("g")}`;
      const value = this.literal(VARIABLE_BOUND);
      top.push({ parts: [`let ${name}: number = ${value.code};`], removable: true });
      this.moduleVariables.push({ name, type: "number", assignable: true, bound: VARIABLE_READ_BOUND, literalTyped: false });
    }
    for (let i = this.random.between(0, 2); i > 0; i--) {
      const name = `${this.prefix}${this.fresh("K")}`;
      const folded = this.constantExpression();
      top.push({ parts: [`const ${name} = ${folded.code};`], removable: true });
      this.moduleVariables.push({ name, type: "number", assignable: false, bound: folded.bound, literalTyped: true });
    }
    for (let i = this.random.between(1, 2); i > 0; i--) {
      const name = `${this.prefix}${this.fresh("S")}`;
      top.push({ parts: [`const ${name}: string = ${JSON.stringify(this.random.pick(STRING_POOL))};`], removable: true });
      this.moduleVariables.push({ name, type: "string", assignable: false, bound: 0, literalTyped: false });
    }
    if (this.random.chance(0.5)) {
      const name = `${this.prefix}${this.fresh("T")}`;
      top.push({ parts: [`let ${name}: string = ${JSON.stringify(this.random.pick(STRING_POOL))};`], removable: true });
      this.moduleVariables.push({ name, type: "string", assignable: true, bound: 0, literalTyped: false });
    }
    if (this.random.chance(0.5)) {
      this.moduleVariables.push({ name: `${this.prefix}flag`, type: "boolean", assignable: true, bound: 1, literalTyped: false });
      top.push({ parts: [`let ${this.prefix}flag: boolean = ${this.random.chance(0.5)};`], removable: true });
    }
    this.enumName = `${this.prefix}Kind`;
    let next = this.random.between(-3, 3);
    const members: string[] = [];
    for (let i = 0; i < 3; i++) {
      // a jump to a new value must be written out: a member without `= value` is the previous + 1
      const jumped = this.random.chance(0.3);
      if (jumped) next = this.random.between(-100, 100);
      const name = `M${i}`;
      members.push(this.enumMembers.length === 0 || jumped || this.random.chance(0.5) ? `${name} = ${next}` : name);
      this.enumMembers.push({ name, value: next });
      next++;
    }
    top.push({ parts: [`${this.random.chance(0.5) ? "const " : ""}enum ${this.enumName} { ${members.join(", ")} }`], removable: false });

    const functionCount = this.random.between(2, 5);
    const recursiveAt = this.random.chance(0.6) ? this.random.below(functionCount) : -1;
    for (let i = 0; i < functionCount; i++) {
      top.push(i === recursiveAt ? this.recursiveFunction() : this.ordinaryFunction());
    }
    top.push(this.mainFunction());
    return { statements: top, braces: false };
  }

  // ---- functions ----

  private ordinaryFunction(): Statement {
    const name = `${this.prefix}${this.fresh("f")}`;
    const parameterCount = this.random.between(0, 6);
    const parameters: ValueType[] = [];
    for (let i = 0; i < parameterCount; i++) parameters.push(this.random.pick(["number", "number", "number", "boolean", "string"] as const));
    const returns = this.random.pick(["number", "number", "boolean", "void", "string"] as const);
    const signature: FunctionSignature = { name, parameters, returns, recursive: false };
    const parameterVariables = parameters.map((type, index): Variable => ({
      name: `p${index}`, type, assignable: true, bound: type === "number" ? VARIABLE_READ_BOUND : 0, literalTyped: false,
    }));
    const body = this.functionBody(signature, parameterVariables, this.random.between(2, 6));
    this.functions.push(signature);
    const parameterList = parameterVariables.map((p) => `${p.name}: ${p.type}`).join(", ");
    return { parts: [`function ${name}(${parameterList}): ${returns} `, body], removable: true };
  }

  private recursiveFunction(): Statement {
    const name = `${this.prefix}${this.fresh("r")}`;
    const signature: FunctionSignature = { name, parameters: ["number", "number"], returns: "number", recursive: true };
    const depth: Variable = { name: "depth", type: "number", assignable: false, bound: 8, literalTyped: false };
    const value: Variable = { name: "value", type: "number", assignable: true, bound: VARIABLE_READ_BOUND, literalTyped: false };
    this.current = signature;
    this.scopes = [[depth, value]];
    const statements: Statement[] = [
      { parts: [`if (depth <= 0) return value % ${this.random.pick([7, 1000, 1000003, 2 ** 31, VARIABLE_BOUND])};`], removable: false },
    ];
    statements.push(...this.statements(this.random.between(1, 4)));
    // the only self-calls: at most two, in the final return, one level shallower each
    const left = `${name}(depth - 1, ${this.numberExpression(VARIABLE_BOUND, 2).code})`;
    const right = this.random.chance(0.5) ? `${name}(depth - 1, ${this.numberExpression(VARIABLE_BOUND, 2).code})` : this.numberExpression(VARIABLE_BOUND, 2).code;
    statements.push({ parts: [`return (${left} + ${right} - value) % ${this.random.pick([97, 65536, 1000003, VARIABLE_BOUND])};`], removable: false });
    this.functions.push(signature);
    this.current = undefined;
    return { parts: [`function ${name}(depth: number, value: number): number `, { statements, braces: true }], removable: true };
  }

  private mainFunction(): Statement {
    const signature: FunctionSignature = { name: `${this.prefix}main`, parameters: [], returns: "void", recursive: false };
    const body = this.functionBody(signature, [], this.random.between(3, 8));
    // make sure every function is called at least once, and its result printed
    for (const called of this.functions) {
      body.statements.push({ parts: [this.printCall(called)], removable: true });
    }
    return { parts: [`function ${signature.name}(): void `, body], removable: false };
  }

  private printCall(called: FunctionSignature): string {
    this.scopes = [[]];
    const call = this.call(called);
    if (called.returns === "number") return `printInt(${call});`;
    if (called.returns === "boolean") return `printInt(${call} ? 1 : 0);`;
    if (called.returns === "string") return `printInt(${call}.length);`;
    return `${call};`;
  }

  private functionBody(signature: FunctionSignature, parameters: Variable[], count: number): Block {
    this.current = signature;
    this.scopes = [parameters];
    this.loopDepth = 0;
    this.nesting = 0;
    const statements = this.statements(count);
    if (signature !== undefined && signature.name !== `${this.prefix}main`) {
      // every call spends fuel too, so call trees stay small however the calls nest
      const fallback = { number: " 0", boolean: " false", string: ' "a"', void: "" }[signature.returns];
      statements.unshift({ parts: [`if (${this.fuel}-- <= 0) return${fallback};`], removable: false });
    }
    if (signature.returns !== "void") {
      statements.push({ parts: [`return ${this.returnValue(signature.returns)};`], removable: false });
    }
    this.current = undefined;
    return { statements, braces: true };
  }

  private returnValue(type: ValueType): string {
    if (type === "number") return this.normalised(this.numberExpression(SAFE, 3));
    if (type === "boolean") return this.booleanExpression(3);
    return this.stringExpression();
  }

  // ---- statements ----

  private statements(count: number): Statement[] {
    this.scopes.push([]);
    const result: Statement[] = [];
    for (let i = 0; i < count; i++) result.push(this.statement());
    this.scopes.pop();
    return result;
  }

  private block(count: number): Block {
    this.nesting++;
    const block = { statements: this.statements(count), braces: true };
    this.nesting--;
    return block;
  }

  private statement(): Statement {
    this.booleansRead.clear();
    const canNest = this.nesting < 3;
    const choice = this.random.below(canNest ? 20 : 12);
    switch (choice) {
      case 0: case 1: return this.declaration();
      case 2: case 3: return this.assignment();
      case 4: return this.compoundAssignment();
      case 5: return this.incrementStatement();
      case 6: case 7: return this.printStatement();
      case 8: return this.callStatement();
      case 9: return this.loopExit() ?? this.printStatement();
      case 10: return this.earlyReturn() ?? this.assignment();
      case 11: return this.printCharStatement();
      case 12: case 13: return this.ifStatement();
      case 14: return this.whileLoop();
      case 15: return this.doWhileLoop();
      case 16: case 17: return this.forLoop();
      default: return this.switchStatement();
    }
  }

  private visible(type: ValueType, assignableOnly = false): Variable[] {
    const all = [...this.moduleVariables, ...this.scopes.flat()];
    return all.filter((v) => v.type === type && (!assignableOnly || v.assignable));
  }

  private declare(variable: Variable): void {
    this.scopes[this.scopes.length - 1].push(variable);
  }

  private declaration(): Statement {
    const type = this.random.pick(["number", "number", "number", "boolean", "string"] as const);
    const keyword = this.random.chance(0.7) ? "let" : "const";
    const name = this.fresh(type === "number" ? "n" : type === "boolean" ? "b" : "s");
    let initialiser: string;
    if (type === "number") initialiser = this.normalised(this.numberExpression(SAFE, 3));
    else if (type === "boolean") initialiser = this.booleanExpression(3);
    else initialiser = this.stringExpression();
    this.declare({ name, type, assignable: keyword === "let", bound: type === "number" ? VARIABLE_READ_BOUND : 0, literalTyped: false });
    // declarations are not removable: later statements may use the name
    return { parts: [`${keyword} ${name}: ${type} = ${initialiser};`], removable: false };
  }

  /** `expr % M` or `expr | 0` etc.: an expression whose value fits a variable (≤ 2^40). */
  private normalised(expression: Expression): string {
    if (expression.bound <= VARIABLE_BOUND) return expression.code;
    switch (this.random.below(4)) {
      case 0: return `(${expression.code}) | 0`;
      case 1: return `(${expression.code}) >>> ${this.random.below(3)}`;
      case 2: return `(${expression.code}) % ${this.random.pick([1000003, 2 ** 31, 2 ** 32 + 15, VARIABLE_BOUND])}`;
      default: {
        const divisor = this.divisor();
        // the remainder is smaller than the divisor, which must itself fit a variable
        return divisor.bound <= VARIABLE_BOUND ? `(${expression.code}) % ${divisor.code}` : `(${expression.code}) | 0`;
      }
    }
  }

  private assignment(): Statement {
    const strings = this.visible("string", true);
    if (strings.length > 0 && this.random.chance(0.15)) {
      return { parts: [`${this.random.pick(strings).name} = ${this.stringExpression()};`], removable: true };
    }
    const numbers = this.visible("number", true);
    const booleans = this.visible("boolean", true);
    if (booleans.length > 0 && (numbers.length === 0 || this.random.chance(0.25))) {
      return { parts: [`${this.random.pick(booleans).name} = ${this.booleanExpression(3)};`], removable: true };
    }
    if (numbers.length === 0) return this.printStatement();
    const target = this.random.pick(numbers);
    return { parts: [`${target.name} = ${this.normalised(this.numberExpression(SAFE, 3))};`], removable: true };
  }

  private compoundAssignment(): Statement {
    const numbers = this.visible("number", true);
    if (numbers.length === 0) return this.printStatement();
    const target = this.random.pick(numbers).name;
    const wrap = this.random.pick([1000003, 2 ** 31 - 1, 2 ** 32, VARIABLE_BOUND]);
    switch (this.random.below(10)) {
      case 0: return { parts: [`${target} += ${this.numberExpression(VARIABLE_BOUND, 2).code}; ${target} %= ${wrap};`], removable: true };
      case 1: return { parts: [`${target} -= ${this.numberExpression(VARIABLE_BOUND, 2).code}; ${target} %= ${wrap};`], removable: true };
      case 2: return { parts: [`${target} *= ${this.numberExpression(2 ** 11, 2).code}; ${target} %= ${wrap};`], removable: true };
      case 3: return { parts: [`${target} %= ${this.divisor().code};`], removable: true };
      default: {
        const operator = this.random.pick(["&=", "|=", "^=", "<<=", ">>=", ">>>="]);
        return { parts: [`${target} ${operator} ${this.numberExpression(SAFE, 2).code};`], removable: true };
      }
    }
  }

  private incrementStatement(): Statement {
    const numbers = this.visible("number", true);
    if (numbers.length === 0) return this.printStatement();
    const target = this.random.pick(numbers).name;
    return { parts: [this.random.pick([`${target}++;`, `${target}--;`, `++${target};`, `--${target};`])], removable: true };
  }

  private printStatement(): Statement {
    if (this.random.chance(0.2)) return { parts: [`printInt(${this.booleanExpression(3)} ? 1 : 0);`], removable: true };
    // now and then a deep expression: many values live on the stack at once
    const depth = this.random.chance(0.04) ? 5 : 3;
    return { parts: [`printInt(${this.numberExpression(SAFE, depth).code});`], removable: true };
  }

  private printCharStatement(): Statement {
    const strings = this.visible("string");
    const code = strings.length > 0 && this.random.chance(0.5)
      ? this.charCode(this.random.pick(strings).name)
      : `65 + (${this.numberExpression(SAFE, 2).code} & 15)`;
    return { parts: [`printChar(${code}); printChar(10);`], removable: true };
  }

  private callStatement(): Statement {
    const callable = this.callable();
    if (callable.length === 0) return this.printStatement();
    return { parts: [`${this.call(this.random.pick(callable))};`], removable: true };
  }

  private loopExit(): Statement | undefined {
    if (this.loopDepth === 0) return undefined;
    return { parts: [`if (${this.booleanExpression(2)}) ${this.random.chance(0.5) ? "break" : "continue"};`], removable: true };
  }

  private earlyReturn(): Statement | undefined {
    const current = this.current;
    if (current === undefined || current.recursive) return undefined;
    const value = current.returns === "void" ? "" : ` ${this.returnValue(current.returns)}`;
    return { parts: [`if (${this.booleanExpression(2)}) return${value};`], removable: true };
  }

  private ifStatement(): Statement {
    const parts: Part[] = [`if (${this.booleanExpression(3)}) `, this.block(this.random.between(1, 3))];
    let elses = this.random.below(3);
    while (elses-- > 0) {
      if (elses > 0) parts.push(` else if (${this.booleanExpression(3)}) `, this.block(this.random.between(1, 3)));
      else parts.push(" else ", this.block(this.random.between(1, 3)));
    }
    return { parts, removable: true };
  }

  private loopBody(counter: Variable): Block {
    this.loopDepth++;
    this.nesting++;
    this.scopes.push([counter]);
    const statements = this.statements(this.random.between(1, 4));
    this.scopes.pop();
    this.nesting--;
    this.loopDepth--;
    return { statements, braces: true };
  }

  private whileLoop(): Statement {
    const counter = this.fresh("w");
    const limit = this.random.between(0, LOOP_LIMIT);
    const extra = this.random.chance(0.4) ? ` && ${this.booleanExpression(2)}` : "";
    const body = this.loopBody({ name: counter, type: "number", assignable: false, bound: LOOP_LIMIT + 1, literalTyped: false });
    body.statements.unshift({ parts: [`${counter}++;`], removable: false });
    return {
      parts: [`let ${counter}: number = 0; while (${counter} < ${limit} && ${this.fuel}-- > 0${extra}) `, body],
      removable: true,
    };
  }

  private doWhileLoop(): Statement {
    const counter = this.fresh("d");
    const limit = this.random.between(1, LOOP_LIMIT);
    const body = this.loopBody({ name: counter, type: "number", assignable: false, bound: LOOP_LIMIT + 1, literalTyped: false });
    body.statements.unshift({ parts: [`${counter}++;`], removable: false });
    const extra = this.random.chance(0.4) ? ` && ${this.booleanExpression(2)}` : "";
    return {
      parts: [`let ${counter}: number = 0; do `, body, ` while (${counter} < ${limit} && ${this.fuel}-- > 0${extra});`],
      removable: true,
    };
  }

  private forLoop(): Statement {
    const counter = this.fresh("i");
    const start = this.random.between(-3, 3);
    const step = this.random.pick([1, 1, 2, 3]);
    const limit = start + this.random.between(0, LOOP_LIMIT) * step;
    const body = this.loopBody({ name: counter, type: "number", assignable: false, bound: 3 + (LOOP_LIMIT + 1) * 3, literalTyped: false });
    const header = this.random.chance(0.5)
      ? `for (let ${counter} = ${start}; ${counter} < ${limit} && ${this.fuel}-- > 0; ${step === 1 ? `${counter}++` : `${counter} += ${step}`}) `
      : `for (let ${counter} = ${limit}; ${counter} > ${start} && ${this.fuel}-- > 0; ${step === 1 ? `--${counter}` : `${counter} -= ${step}`}) `;
    return { parts: [header, body], removable: true };
  }

  private switchStatement(): Statement {
    // mostly small switches; sometimes a dense one of up to 12 cases (a jump-table candidate)
    const modulus = this.random.pick([3, 4, 5, 8, 8, 16]);
    const selector = this.random.chance(0.5)
      ? `(${this.numberExpression(SAFE, 3).code}) % ${modulus}`
      : `(${this.numberExpression(SAFE, 3).code}) & ${modulus - 1}`;
    const labels = new Set<number>();
    const caseCount = this.random.between(1, modulus === 16 ? 12 : 5);
    while (labels.size < caseCount) labels.add(this.random.between(-modulus + 1, modulus - 1));
    const cases: Statement[] = [];
    const defaultAt = this.random.chance(0.7) ? this.random.between(0, caseCount) : -1;
    const ordered = [...labels];
    this.nesting++;
    for (let i = 0; i <= caseCount; i++) {
      if (i === defaultAt) cases.push(this.caseClause("default:"));
      if (i < caseCount) {
        const label = this.random.chance(0.2) && this.enumMembers.some((m) => m.value === ordered[i])
          ? `${this.enumName}.${this.enumMembers.find((m) => m.value === ordered[i])!.name}`
          : String(ordered[i]);
        cases.push(this.caseClause(`case ${label}:`));
      }
    }
    this.nesting--;
    return { parts: [`switch (${selector}) `, { statements: cases, braces: true }], removable: true };
  }

  private caseClause(label: string): Statement {
    const statements = this.statements(this.random.between(0, 2));
    if (this.random.chance(0.6)) statements.push({ parts: ["break;"], removable: true });
    return { parts: [label, { statements, braces: false }], removable: true };
  }

  // ---- expressions ----

  private literal(maxBound: number): Expression {
    const fitting = INTERESTING_LITERALS.filter((value) => Math.abs(value) <= maxBound);
    let value: number;
    const roll = this.random.below(10);
    if (roll < 4 && fitting.length > 0) value = this.random.pick(fitting);
    else if (roll < 8) value = this.random.between(-Math.min(maxBound, 1000), Math.min(maxBound, 1000));
    else value = Math.floor((this.random.next() / 4294967296) * maxBound) * (this.random.chance(0.5) ? 1 : -1);
    if (Object.is(value, -0)) value = 0;
    return { code: value < 0 ? `(${value})` : String(value), bound: Math.abs(value), literalTyped: true };
  }

  /** A module-level constant expression over literals (the backend folds it at compile time). */
  private constantExpression(): Expression {
    const a = this.random.between(-5000, 5000);
    const b = this.random.between(0, 20);
    const c = this.random.between(-99999, 99999);
    switch (this.random.below(4)) {
      case 0: return { code: `${a} * ${c} + ${b}`, bound: 5000 * 99999 + 20, literalTyped: false };
      case 1: return { code: `(${c} << ${b}) | ${b}`, bound: INT32_BOUND, literalTyped: false };
      case 2: return { code: `-(${a}) - ${b} * 3`, bound: 5000 + 60, literalTyped: false };
      default: return { code: `${c} ^ ${a} & 4095`, bound: INT32_BOUND, literalTyped: false };
    }
  }

  /** A number expression guaranteed to be non-zero; bound as given. */
  private divisor(): Expression {
    switch (this.random.below(4)) {
      case 0: return { code: `(${this.numberExpression(SAFE, 2).code} | 1)`, bound: INT32_BOUND, literalTyped: false };
      case 1: return { code: `(${this.numberExpression(SAFE, 2).code} % 7 + 8)`, bound: 14, literalTyped: false };
      default: {
        // powers of two of either sign become shifts and masks (backend/emit.ts), other values idivq
        const value = this.random.pick([1, -1, 2, -2, 3, 4, -4, 7, -7, 10, 16, 4096, -4096, 65536, 2 ** 20, 1000003, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 40, SAFE]);
        return { code: value < 0 ? `(${value})` : String(value), bound: Math.abs(value), literalTyped: true };
      }
    }
  }

  /** Shrink an expression whose bound is too big for its context. */
  private fit(expression: Expression, maxBound: number): Expression {
    if (expression.bound <= maxBound) return expression;
    if (maxBound < 2) return { code: "0", bound: 0, literalTyped: true };
    const modulus = Math.min(maxBound + 1, this.random.pick([3, 1000, 65536, 1000003, 2 ** 31, VARIABLE_BOUND, SAFE]));
    return { code: `(${expression.code} % ${modulus})`, bound: modulus - 1, literalTyped: false };
  }

  numberExpression(maxBound: number, depth: number): Expression {
    if (this.risk > 0 && depth > 0 && this.random.chance(this.risk)) return this.fit(this.riskyExpression(depth), maxBound);
    if (depth <= 0 || this.random.chance(0.25)) return this.fit(this.numberLeaf(maxBound), maxBound);
    const half = Math.floor(maxBound / 2);
    switch (this.random.below(16)) {
      case 0: case 1: {
        const a = this.numberExpression(half, depth - 1);
        const b = this.numberExpression(half, depth - 1);
        return { code: `(${a.code} ${this.random.pick(["+", "-"])} ${b.code})`, bound: a.bound + b.bound, literalTyped: false };
      }
      case 2: case 3: {
        const maxShift = Math.max(0, Math.floor(Math.log2(Math.max(1, maxBound))));
        const split = 2 ** this.random.between(0, maxShift);
        const a = this.numberExpression(split, depth - 1);
        const b = this.numberExpression(Math.floor(maxBound / split), depth - 1);
        return { code: `(${a.code} * ${b.code})`, bound: a.bound * b.bound, literalTyped: false };
      }
      case 4: {
        const a = this.numberExpression(maxBound, depth - 1);
        return { code: this.random.chance(0.7) ? `-(${a.code})` : `+(${a.code})`, bound: a.bound, literalTyped: false };
      }
      case 5: {
        const a = this.numberExpression(maxBound, depth - 1);
        const d = this.divisor();
        return { code: `(${a.code} % ${d.code})`, bound: Math.min(a.bound, Math.max(0, d.bound - 1)), literalTyped: false };
      }
      case 6: {
        const a = this.numberExpression(maxBound, depth - 1);
        return { code: `Math.floor(${a.code} / ${this.divisor().code})`, bound: a.bound, literalTyped: false };
      }
      case 7: {
        const a = this.numberExpression(SAFE, depth - 1);
        const b = this.random.chance(0.15) ? { code: "0" } : this.random.chance(0.2) ? { code: this.random.pick(["2", "4096", "65536", "(-8)"]) } : this.numberExpression(SAFE, depth - 1);
        return this.fit({ code: `((${a.code} / ${b.code}) | 0)`, bound: INT32_BOUND, literalTyped: false }, maxBound);
      }
      case 8: case 9: {
        const a = this.numberExpression(SAFE, depth - 1);
        const b = this.numberExpression(SAFE, depth - 1);
        const operator = this.random.pick(["&", "|", "^", "<<", ">>", ">>>"]);
        // a constant count (0 … 40: taken mod 32) becomes an immediate, `>>> 0` a movl
        const count = this.random.chance(0.3) ? String(this.random.pick([0, 0, 1, 4, 12, 31, 32, 33, 40])) : b.code;
        const right = operator === "<<" ? guardAfterLessThan(count) : count;
        return this.fit({ code: `(${a.code} ${operator} ${right})`, bound: operator === ">>>" ? UINT32_BOUND : INT32_BOUND, literalTyped: false }, maxBound);
      }
      case 10: {
        const a = this.numberExpression(SAFE, depth - 1);
        return this.fit({ code: `~${a.code}`, bound: INT32_BOUND, literalTyped: false }, maxBound);
      }
      case 11: {
        const a = this.numberExpression(maxBound, depth - 1);
        const b = this.numberExpression(maxBound, depth - 1);
        // `c ? 2 : 33` has the literal union type 2 | 33: literal-typed when both arms are
        return {
          code: `(${this.booleanExpression(depth - 1)} ? ${a.code} : ${b.code})`,
          bound: Math.max(a.bound, b.bound),
          literalTyped: a.literalTyped && b.literalTyped,
        };
      }
      case 12: {
        const callable = this.callable().filter((f) => f.returns === "number");
        if (callable.length === 0) return this.fit(this.numberLeaf(maxBound), maxBound);
        return this.fit({ code: this.call(this.random.pick(callable)), bound: VARIABLE_BOUND, literalTyped: false }, maxBound);
      }
      case 13: {
        const strings = this.visible("string");
        if (strings.length === 0) return this.fit(this.numberLeaf(maxBound), maxBound);
        const text = this.random.pick(strings).name;
        return this.fit(this.random.chance(0.5)
          ? { code: `${text}.length`, bound: 100, literalTyped: false }
          : { code: this.charCode(text), bound: 127, literalTyped: false }, maxBound);
      }
      case 14: {
        // ++/-- as a value: bounded by the variable's read bound
        const targets = this.visible("number", true);
        if (targets.length === 0 || maxBound < VARIABLE_READ_BOUND) return this.fit(this.numberLeaf(maxBound), maxBound);
        const target = this.random.pick(targets).name;
        return { code: `(${this.random.pick([`${target}++`, `${target}--`, `++${target}`, `--${target}`])})`, bound: VARIABLE_READ_BOUND + 1, literalTyped: false };
      }
      default: return this.fit(this.numberLeaf(maxBound), maxBound);
    }
  }

  /** An operation that may trap (see `risk`); when it does not, its value is a safe integer. */
  private riskyExpression(depth: number): Expression {
    const a = this.numberExpression(SAFE, depth - 1);
    const small = `(${this.fit(this.numberLeaf(SAFE), SAFE).code} & ${this.random.pick([1, 3, 15])})`;
    switch (this.random.below(5)) {
      case 0: return { code: `(${a.code} * ${this.numberExpression(SAFE, depth - 1).code})`, bound: SAFE, literalTyped: false };
      case 1: return { code: `(${a.code} ${this.random.pick(["+", "-"])} ${this.numberExpression(SAFE, depth - 1).code})`, bound: SAFE, literalTyped: false };
      case 2: return { code: `(${a.code} % ${small})`, bound: a.bound, literalTyped: false };
      case 3: return { code: `Math.floor(${a.code} / ${small})`, bound: a.bound, literalTyped: false };
      default: {
        const strings = this.visible("string");
        if (strings.length === 0) return { code: `(${a.code} % ${small})`, bound: a.bound, literalTyped: false };
        const text = this.random.pick(strings).name;
        return { code: `${text}.charCodeAt(${small})`, bound: 127, literalTyped: false };
      }
    }
  }

  private numberLeaf(maxBound: number): Expression {
    const numbers = this.visible("number");
    const roll = this.random.below(10);
    if (roll < 5 && numbers.length > 0) {
      const variable = this.random.pick(numbers);
      return { code: variable.name, bound: variable.bound, literalTyped: variable.literalTyped };
    }
    if (roll === 5) {
      const member = this.random.pick(this.enumMembers);
      return { code: `${this.enumName}.${member.name}`, bound: Math.abs(member.value), literalTyped: true };
    }
    return this.literal(maxBound);
  }

  private charCode(text: string): string {
    // The index must not call anything: JS reads the receiver before the argument, so a
    // call that reassigns the string would leave the index checked against another length
    // (the 10 000-program run found exactly that: both sides trapped at the same spot).
    return `${text}.charCodeAt((${this.fit(this.numberLeaf(SAFE), SAFE).code} & 1023) % ${text}.length)`;
  }

  booleanExpression(depth: number): string {
    const booleans = this.visible("boolean").filter((b) => !this.booleansRead.has(b.name));
    if (depth <= 0 || this.random.chance(0.2)) {
      if (booleans.length > 0 && this.random.chance(0.6)) {
        const chosen = this.random.pick(booleans).name;
        this.booleansRead.add(chosen);
        return chosen;
      }
      return this.comparison(0);
    }
    switch (this.random.below(9)) {
      case 0: case 1: case 2: return this.comparison(depth - 1);
      case 3: return `!${this.booleanExpression(depth - 1)}`;
      case 4: case 5: return `(${this.booleanExpression(depth - 1)} ${this.random.pick(["&&", "||"])} ${this.booleanExpression(depth - 1)})`;
      case 6: return `(${this.booleanExpression(depth - 1)} ? ${this.booleanExpression(depth - 1)} : ${this.booleanExpression(depth - 1)})`;
      case 7: {
        const callable = this.callable().filter((f) => f.returns === "boolean");
        if (callable.length === 0) return this.comparison(depth - 1);
        return this.call(this.random.pick(callable));
      }
      default: return this.random.chance(0.5) ? "true" : "false";
    }
  }

  private comparison(depth: number): string {
    let a = this.numberExpression(SAFE, depth);
    let b = this.numberExpression(SAFE, depth);
    const operator = this.random.pick(["<", "<=", ">", ">=", "===", "!=="]);
    // TypeScript rejects === between two unrelated literal types (3 === 4), and `x === 3`
    // narrows x to the literal type 3 for the rest of the expression (then `x === 4` is an
    // error too): compare with `(3 + 0)`, whose type is plain number.
    if (operator === "===" || operator === "!==") {
      if (a.literalTyped) a = { ...a, code: `(${a.code} + 0)`, literalTyped: false };
      if (b.literalTyped) b = { ...b, code: `(${b.code} + 0)`, literalTyped: false };
    }
    if (operator === "<") b = { ...b, code: guardAfterLessThan(b.code) };
    return `(${a.code} ${operator} ${b.code})`;
  }

  private stringExpression(): string {
    const strings = this.visible("string");
    const literal = JSON.stringify(this.random.pick(STRING_POOL));
    if (strings.length === 0) return literal;
    const variable = this.random.pick(strings).name;
    return this.random.chance(0.5) ? variable : `(${this.booleanExpression(1)} ? ${variable} : ${literal})`;
  }

  // ---- calls ----

  private callable(): FunctionSignature[] {
    // only functions generated before this one: no cycles, so calls terminate
    return this.functions.filter((f) => f !== this.current);
  }

  private call(called: FunctionSignature): string {
    if (called.recursive) {
      return `${called.name}(${this.random.between(0, 4)}, ${this.numberExpression(VARIABLE_BOUND, 2).code})`;
    }
    const args = called.parameters.map((type) => {
      if (type === "number") return this.numberExpression(VARIABLE_BOUND, 2).code;
      if (type === "boolean") return this.booleanExpression(2);
      return this.stringExpression();
    });
    return `${called.name}(${args.join(", ")})`;
  }
}

/** Generate one program. `prefix` names its top-level declarations (default `p_`). */
export function generateProgram(seed: number, prefix = "p_", risk = 0): GeneratedProgram {
  const builder = new ProgramBuilder(seed, prefix, risk);
  return { seed, prefix, topLevel: builder.build() };
}
