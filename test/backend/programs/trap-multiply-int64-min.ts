// trap-multiply-int64-min.ts — 2^32 · −2^31 = −2^63 fits a 64-bit register exactly (no overflow
// flag) but is far outside ±(2^53 − 1): the range check must trap.
// known-lines: -4503599627370496
// expect-trap: integer result outside the exact range
declare function printInt(n: number): void;

export function main(): void {
    let a = 4294967296;
    let b = -1048576;
    printInt(a * b);
    b = -2147483648;
    printInt(/*trap*/a * b);
}
