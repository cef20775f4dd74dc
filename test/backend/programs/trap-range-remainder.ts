// trap-range-remainder.ts — a divisor whose range includes 0 (a counter running down to 0): the
// zero test of `%` must stay.
// known-lines: 1 0
// expect-trap: remainder by zero
declare function printInt(n: number): void;

export function main(): void {
    for (let d = 3; d >= 0; d--) {
        printInt(/*trap*/10 % d);
    }
    printInt(-1);
}
