// ranges.ts — the paths the value-range analysis (backend/ranges.ts) opens: checks left out where
// they provably cannot fire, and the instruction choices: division and remainder by powers of two
// (shifts and masks, with JS's signs) of negative and positive values up to ±(2^53 − 1), shifts
// by constant counts, `>>> 0`, masks, uint32 differences, loops bounded by constants and by
// variables, parameters of non-exported functions, module lets assigned in several places.
// known-lines: 4242 9007199254740991 -9007199254740991 2199023255551 -2199023255552 4294967295
declare function printInt(n: number): void;

const MAX_SAFE = 9007199254740991;
const PAGE = 4096;
const TEXT = "ranges";

let total = 0;     // assigned in several functions
let steps = 3;

// called with values of every sign and size: all checks stay, the divisions are shifts and masks
function powers(x: number): void {
    printInt(Math.floor(x / 4096));
    printInt(Math.floor(x / 2));
    printInt(Math.floor(x / PAGE));
    printInt(x % 4096);
    printInt(x % -8);
    printInt(x % 2147483648);
    printInt((x / 4096) | 0);
    printInt((x / 2) | 0);
    printInt((x / 65536) | 0);
    printInt(x >>> 0);
    printInt(x >>> 4);
    printInt(x >> 31);
    printInt(x << 12);
    printInt(x << 33);
    printInt(x | 0);
    printInt(x & 255);
    printInt(x & -256);
    printInt(x ^ 0);
}

// non-negative by construction: the remainder is a plain mask
function masked(x: number): void {
    const low = x & 0xfffff;
    printInt(low % 64);
    printInt(Math.floor(low / 8) + (low % 8));
    const u = x >>> 0;
    printInt(u % 1024);
    printInt((u / 16) | 0);
}

// two uint32 values: their difference cannot leave the exact range
function ringUsed(producer: number, consumer: number): number {
    return (producer - consumer) >>> 0;
}

// called with small constants only: the sum cannot leave the exact range
function small(a: number, b: number): number {
    return a * b + a - b;
}

function countTo(limit: number): number {
    let sum = 0;
    for (let i = 0; i < limit; i++) {
        sum += i;
    }
    return sum;
}

function spell(text: string): number {
    let sum = 0;
    for (let i = 0; i < text.length; i++) {
        sum = sum * 3 + text.charCodeAt(i);
        total += 1;
    }
    let j = text.length - 1;
    while (j >= 0) {
        sum -= text.charCodeAt(j) % 16;
        j--;
    }
    return sum;
}

function bump(by: number): void {
    total += by;
    steps = steps * 2;
}

export function main(): void {
    printInt(4242);
    powers(0); powers(1); powers(-1); powers(7); powers(-7); powers(4095); powers(-4095); powers(4096); powers(-4096); powers(-4097);
    powers(2147483647); powers(-2147483648); powers(2147483648); powers(4294967295); powers(-4294967296);
    powers(MAX_SAFE); powers(-MAX_SAFE); powers(MAX_SAFE - 1); powers(-(MAX_SAFE - 1)); powers(-8); powers(-16); powers(9007199254736896);
    masked(0); masked(-1); masked(123456789); masked(-123456789); masked(MAX_SAFE); masked(-MAX_SAFE);
    printInt(ringUsed(5, 3)); printInt(ringUsed(3, 5)); printInt(ringUsed(0, 4294967295)); printInt(ringUsed(4294967295, 0));
    printInt(small(2, 3)); printInt(small(-5, 7)); printInt(small(100, -100));
    printInt(countTo(10)); printInt(countTo(0)); printInt(countTo(-5)); printInt(countTo(2000));
    printInt(spell(TEXT)); printInt(spell("")); printInt(spell("a longer text, with ~ and 0"));
    bump(5); bump(-2); bump(2199023255551);
    printInt(total); printInt(steps);
    printInt(2199023255551); printInt(-2199023255552); printInt(4294967295);
    printInt(MAX_SAFE); printInt(-MAX_SAFE);
}
