// bitwise.ts — & | ^ ~ << >> >>> with JS's ToInt32/ToUint32: operands are reduced to their low
// 32 bits, results are int32 (uint32 for >>>), shift counts are taken mod 32 (so 32 ≡ 0,
// 33 ≡ 1, −1 ≡ 31). Operands above 2^32 and negative ones show the wrap-around.
// known-lines: 4242 -1431655766 4294967295
declare function printInt(n: number): void;

const MAX_SAFE = 9007199254740991;      // 2^53 − 1
const INT32_MAX = 2147483647;
const INT32_MIN = -2147483648;
const UINT32_MAX = 4294967295;
const TWO_TO_32 = 4294967296;

function ops(a: number, b: number): void {
    printInt(a & b);
    printInt(a | b);
    printInt(a ^ b);
    printInt(~a);
}

function shifts(a: number, count: number): void {
    printInt(a << count);
    printInt(a >> count);
    printInt(a >>> count);
}

export function main(): void {
    printInt(4242);
    ops(0, 0); ops(1, -1); ops(-1, -1); ops(INT32_MAX, INT32_MIN); ops(UINT32_MAX, 1);
    ops(TWO_TO_32, TWO_TO_32 + 1); ops(MAX_SAFE, 12345); ops(-MAX_SAFE, -2); ops(0x55555555, 0xAAAAAAAA);
    ops(TWO_TO_32 * 5 + 7, 3); ops(-(TWO_TO_32 * 5 + 7), 6); ops(2147483648, 2147483648);
    const counts0 = 0;
    shifts(1, counts0); shifts(1, 31); shifts(1, 32); shifts(1, 33); shifts(1, -1); shifts(1, -33);
    shifts(-1, 0); shifts(-1, 31); shifts(-1, 32); shifts(-1, 33); shifts(-1, -1);
    shifts(INT32_MIN, 0); shifts(INT32_MIN, 1); shifts(INT32_MIN, 31); shifts(INT32_MIN, 63);
    shifts(INT32_MAX, 1); shifts(UINT32_MAX, 4); shifts(MAX_SAFE, 3); shifts(-MAX_SAFE, 3);
    shifts(TWO_TO_32 + 12, 2); shifts(0x12345678, 16); shifts(-0x12345678, 100); shifts(5, MAX_SAFE);
    shifts(7, -MAX_SAFE); shifts(123, TWO_TO_32 + 2);
    // x | 0 and x >>> 0 as the usual conversions
    printInt(MAX_SAFE | 0); printInt(MAX_SAFE >>> 0); printInt(-1 >>> 0); printInt(UINT32_MAX | 0);
    printInt(~~(TWO_TO_32 + 5)); printInt(~0); printInt(~-1); printInt(~INT32_MIN); printInt(~MAX_SAFE);
    // precedence: & binds tighter than ^, which binds tighter than |; shifts tighter than &
    printInt(1 | 2 ^ 3 & 4 << 1);
    printInt((1 | 2) ^ (3 & 4) << 1);
    printInt(1 + 2 << 3 >> 1);
    // compound bitwise assignments
    let x = 0x0ff0;
    x &= 0x00ff; printInt(x);
    x |= 0x1000; printInt(x);
    x ^= 0xffff; printInt(x);
    x <<= 20; printInt(x);
    x >>= 3; printInt(x);
    x >>>= 1; printInt(x);
    x = -8;
    x >>>= 0; printInt(x);
    x <<= 33; printInt(x);
}
