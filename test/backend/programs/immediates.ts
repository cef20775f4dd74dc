// immediates.ts — operations with a constant operand, at the edges of what fits an x86-64
// 32-bit immediate (which the CPU sign-extends): 2^31 − 1 fits, 2^31 and 2^32 − 1 do not,
// −2^31 fits, −2^31 − 1 does not; plus ±(2^53 − 1). Each constant appears on the right and on
// the left of comparisons, + - *, bitwise operators, %, Math.floor(x / c) and (x / c) | 0
// (a constant non-zero divisor needs no zero test, but must still divide like JS).
// known-lines: 3141 1099511627775 -4294967297 12 -2
declare function printInt(n: number): void;

function b(value: boolean): number {
    return value ? 1 : 0;
}

function compareWithConstants(x: number): void {
    printInt(b(x < 2147483647) + b(x < 2147483648) * 2 + b(x <= -2147483648) * 4 + b(x > -2147483649) * 8 +
        b(x === 4294967295) * 16 + b(x !== 4294967296) * 32 + b(x >= 9007199254740991) * 64 + b(x > -9007199254740991) * 128);
    printInt(b(2147483648 > x) + b(-2147483649 < x) * 2 + b(4294967295 === x) * 4 + b(0 === x) * 8 + b(-1 >= x) * 16);
}

function arithmeticWithConstants(x: number): void {
    printInt(x + 2147483647); printInt(x + 2147483648); printInt(x - 4294967295); printInt(x - -2147483649);
    printInt(x * 65536); printInt((x % 4194303) * -2147483648 % 1000003); printInt(2147483648 - x); printInt(-2147483649 + x);
    printInt(x & 4294967295); printInt(x | 2147483648); printInt(x ^ -2147483649); printInt(x & 2147483647);
    printInt(x << 31); printInt(x >> 31); printInt(x >>> 31); printInt(4294967295 >>> x); printInt(-2147483648 >> x);
}

function divideByConstants(x: number): void {
    printInt(Math.floor(x / 7)); printInt(Math.floor(x / -7)); printInt(Math.floor(x / 1)); printInt(Math.floor(x / -1));
    printInt(Math.floor(x / 4096)); printInt(Math.floor(x / 2147483648)); printInt(Math.floor(x / 4294967296));
    printInt(Math.floor(x / 9007199254740991)); printInt(Math.floor(x / -9007199254740991));
    printInt(x % 7); printInt(x % -7); printInt(x % 1); printInt(x % -1); printInt(x % 4096); printInt(x % 2147483648);
    printInt(x % 4294967297); printInt(x % 9007199254740991);
    printInt((x / 3) | 0); printInt((x / -2) | 0); printInt((x / 4096) | 0); printInt((x / 2147483648) | 0);
    printInt(Math.floor(1000000007 / x));  // constant dividend, variable divisor (never 0 here)
}

export function main(): void {
    printInt(3141);
    printInt(1099511627775);
    printInt(-4294967297);
    const samples = 10;
    for (let i = 0; i < samples; i++) {
        let x = 0;
        switch (i) {
            case 0: x = 1; break;
            case 1: x = -1; break;
            case 2: x = 2147483647; break;
            case 3: x = -2147483648; break;
            case 4: x = 4294967295; break;
            case 5: x = -4294967297; break;
            case 6: x = 123456789; break;
            case 7: x = -987654321; break;
            case 8: x = 2147483648; break;
            default: x = 12;
        }
        compareWithConstants(x);
        arithmeticWithConstants(x);
        divideByConstants(x);
    }
    printInt(-2);
}
