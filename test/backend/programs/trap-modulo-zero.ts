// trap-modulo-zero.ts — x % 0 is NaN in JS, not an integer: the compiled code traps.
// known-lines: 1 0
// expect-trap: by zero
declare function printInt(n: number): void;

function remainder(a: number, b: number): number {
    printInt(b);
    return /*trap*/a % b;
}

export function main(): void {
    printInt(remainder(7, 3));
    printInt(remainder(7, 0));
}
