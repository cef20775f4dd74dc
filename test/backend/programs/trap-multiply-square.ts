// trap-multiply-square.ts — 94906265² fits in 2^53 − 1, 94906266² does not: trap.
// known-lines: 9007199136250225
// expect-trap: integer result outside the exact range
declare function printInt(n: number): void;

function square(n: number): number { return /*trap*/n * n; }

export function main(): void {
    printInt(square(94906265));
    printInt(square(94906266));
}
