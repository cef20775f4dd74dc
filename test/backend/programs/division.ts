// division.ts — %, Math.floor(a / b) and (a / b) | 0 over every sign combination and edge values.
// JS: % takes the dividend's sign; Math.floor rounds toward −∞; (a / b) | 0 truncates, then
// ToInt32 (so a quotient above 2^31 wraps, and a divisor of 0 gives 0).
// known-lines: 777 4503599627370495 -3002399751580331
declare function printInt(n: number): void;

const MAX_SAFE = 9007199254740991;      // 2^53 − 1
const TWO_TO_32 = 4294967296;

function show(a: number, b: number): void {
    printInt(a % b);
    printInt(Math.floor(a / b));
    printInt((a / b) | 0);
}

function truncOnly(a: number, b: number): number {
    return (a / b) | 0;
}

export function main(): void {
    printInt(777);
    show(7, 2); show(-7, 2); show(7, -2); show(-7, -2);
    show(6, 3); show(-6, 3); show(6, -3); show(-6, -3);
    show(0, 5); show(0, -5); show(1, 1); show(-1, 1); show(1, -1); show(-1, -1);
    show(2, 7); show(-2, 7); show(2, -7); show(-2, -7);
    show(MAX_SAFE, 2); show(-MAX_SAFE, 2); show(MAX_SAFE, -3); show(-MAX_SAFE, -3);
    show(MAX_SAFE, MAX_SAFE); show(MAX_SAFE - 1, MAX_SAFE); show(-MAX_SAFE, 1000000007);
    show(2147483647, 1); show(-2147483648, -1); show(TWO_TO_32, 1); show(TWO_TO_32 + 3, -1);
    show(TWO_TO_32 * 3 + 5, 2); show(-(TWO_TO_32 * 3 + 5), 2); show(MAX_SAFE, 4096);
    show(123456789012345, -98765); show(-123456789012345, 98765);
    // divisor 0 with | 0: JS computes NaN or ±Infinity, and ToInt32 of either is 0
    printInt(truncOnly(5, 0)); printInt(truncOnly(-5, 0)); printInt(truncOnly(0, 0)); printInt(truncOnly(MAX_SAFE, 0));
    // compound %= and remainder chains
    let r = 1000003;
    r %= 97; printInt(r);
    r = -1000003;
    r %= 97; printInt(r);
    r %= -5; printInt(r);
    printInt(100 % 7 % 3);
    printInt(Math.floor(Math.floor(1000 / 7) / -3));
    printInt(((1 << 30) * 4 / 3) | 0);
    printInt(Math.floor(-1 / 3) + ((-1 / 3) | 0));
}
