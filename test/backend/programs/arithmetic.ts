// arithmetic.ts — + - * and unary - + on edge values; every result stays inside ±(2^53−1),
// so Node's doubles and the backend's int64 must print the same digits.
// known-lines: 1234567 9007199254740991 -9007199254740991 582622237229761
declare function printInt(n: number): void;

const MAX_SAFE = 9007199254740991;      // 2^53 − 1, Number.MAX_SAFE_INTEGER
const INT32_MAX = 2147483647;           // 2^31 − 1
const INT32_MIN = -2147483648;          // −2^31
const UINT32_MAX = 4294967295;          // 2^32 − 1
const TWO_TO_32 = 4294967296;

function add(a: number, b: number): number { return a + b; }
function sub(a: number, b: number): number { return a - b; }
function mul(a: number, b: number): number { return a * b; }
function neg(a: number): number { return -a; }
function plus(a: number): number { return +a; }

export function main(): void {
    printInt(1234567);
    // edge values: 0, ±1, 2^31−1, −2^31, 2^32−1, 2^32, ±(2^53−1), each pair spelled out
    printInt(add(0, 0)); printInt(add(1, -1)); printInt(add(INT32_MAX, 1)); printInt(add(INT32_MIN, -1));
    printInt(add(UINT32_MAX, 1)); printInt(add(TWO_TO_32, TWO_TO_32)); printInt(add(MAX_SAFE - 1, 1));
    printInt(add(-MAX_SAFE, MAX_SAFE)); printInt(add(-MAX_SAFE + 1, -1)); printInt(add(INT32_MAX, INT32_MAX));
    printInt(sub(0, 0)); printInt(sub(0, 1)); printInt(sub(INT32_MIN, 1)); printInt(sub(INT32_MAX, INT32_MIN));
    printInt(sub(MAX_SAFE, MAX_SAFE)); printInt(sub(-1, MAX_SAFE - 1)); printInt(sub(TWO_TO_32, UINT32_MAX));
    printInt(mul(0, MAX_SAFE)); printInt(mul(-1, MAX_SAFE)); printInt(mul(1, -MAX_SAFE)); printInt(mul(INT32_MAX, 4194304));
    printInt(mul(INT32_MIN, -4194303)); printInt(mul(UINT32_MAX, 2097151)); printInt(mul(-65536, 65536));
    printInt(mul(94906265, 94906265)); printInt(mul(-3, -7)); printInt(mul(3, -7));
    printInt(neg(0)); printInt(neg(1)); printInt(neg(-1)); printInt(neg(MAX_SAFE)); printInt(neg(-MAX_SAFE));
    printInt(neg(INT32_MIN)); printInt(plus(-5)); printInt(plus(MAX_SAFE)); printInt(-(-(-7)));
    printInt(- -3); printInt(+ -3); printInt(-(INT32_MIN)); printInt(0 - 0);
    // mixed expression with precedence and parentheses
    let a = 17;
    let b = -5;
    printInt(a + b * 3 - (a - b) * 2);
    printInt((a + b) * (a - b));
    printInt(a * a * a * a * a * a * a * a * a * a * a * a);  // 17^12 = 582622237229761 < 2^53
    printInt(-a * -b - -a);
}
