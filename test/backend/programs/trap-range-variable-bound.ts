// trap-range-variable-bound.ts — a counter bounded by a variable that reaches 2^53 − 1: the
// range analysis must keep the check on `i++`, which leaves the exact range on the last round.
// known-lines: 9007199254740989 9007199254740990 9007199254740991
// expect-trap: integer result outside the exact range
declare function printInt(n: number): void;

function upTo(from: number, limit: number): void {
    for (let i = from; i <= limit; /*trap*/i++) {
        printInt(i);
    }
}

export function main(): void {
    upTo(1, 3);
    upTo(9007199254740989, 9007199254740991);
    printInt(-1);
}
