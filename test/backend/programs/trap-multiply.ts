// trap-multiply.ts — a doubling loop stays exact up to 2^52; the next `*= 2` gives 2^53, past
// 2^53 − 1, so it must trap (JS would go on with doubles that are no longer exact integers).
// known-lines: 2 4 8 4294967296 4503599627370496
// expect-trap: integer result outside the exact range
declare function printInt(n: number): void;

export function main(): void {
    let value = 1;
    for (let step = 0; step < 60; step++) {
        /*trap*/value *= 2;
        printInt(value >>> 0 === 0 ? value : value % 1000);
    }
}
