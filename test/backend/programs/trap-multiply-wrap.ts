// trap-multiply-wrap.ts — 2^32 · 2^32 = 2^64 wraps to 0 in a 64-bit register, so a range check
// on the register alone would let it through; the overflow of the multiplication itself must
// trap. (2^26 · 2^26 = 2^52 just before it is fine.)
// known-lines: 4503599627370496
// expect-trap: integer result outside the exact range
declare function printInt(n: number): void;

function product(a: number, b: number): number {
    return /*trap*/a * b;
}

export function main(): void {
    printInt(product(67108864, 67108864));
    printInt(product(4294967296, 4294967296));
}
