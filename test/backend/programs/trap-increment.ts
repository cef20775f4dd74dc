// trap-increment.ts — postfix ++ up to 2^53 − 1 is exact; one more must trap.
// known-lines: 9007199254740989 9007199254740990 9007199254740991
// expect-trap: integer result outside the exact range
declare function printInt(n: number): void;

export function main(): void {
    let n = 9007199254740988;
    n++;
    printInt(n);
    n++;
    printInt(n);
    ++n;
    printInt(n);
    /*trap*/n++;
    printInt(n);
}
