// trap-add.ts — 2^53 − 1 + 1 leaves the exact range: JS would round, the backend must trap.
// known-lines: 9007199254740990 9007199254740991
// expect-trap: integer result outside the exact range
declare function printInt(n: number): void;

export function main(): void {
    let x = 9007199254740990;
    printInt(x);
    x = x + 1;
    printInt(x);
    const one = 1;
    printInt(/*trap*/x + one);
    printInt(-1);
}
