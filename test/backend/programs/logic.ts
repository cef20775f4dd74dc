// logic.ts — comparisons, booleans, && || ! short-circuit (the side effects in `note` prove
// which operands were evaluated), and c ? a : b (only the chosen branch runs).
// known-lines: 31337 110001 330 4294967296
declare function printInt(n: number): void;

let evaluations = 0;                    // counts calls to note(); printed to show short-circuiting

function note(tag: number, value: boolean): boolean {
    evaluations += 1;
    printInt(tag);
    return value;
}

function b2n(value: boolean): number {
    return value ? 1 : 0;
}

function compare(a: number, b: number): void {
    printInt(b2n(a < b) * 100000 + b2n(a <= b) * 10000 + b2n(a > b) * 1000 + b2n(a >= b) * 100 +
        b2n(a === b) * 10 + b2n(a !== b));
}

function sideValue(tag: number, value: number): number {
    printInt(tag);
    return value;
}

export function main(): void {
    printInt(31337);
    compare(1, 2); compare(2, 1); compare(3, 3); compare(-1, 0); compare(0, -1);
    compare(-9007199254740991, 9007199254740991); compare(9007199254740991, 9007199254740990);
    compare(-2147483648, 2147483647); compare(4294967296, 0); compare(-4294967296, -4294967295);
    const t: boolean = 2 > 1;
    const f: boolean = 2 < 1;
    printInt(b2n(t === true)); printInt(b2n(f !== true)); printInt(b2n(t === f)); printInt(b2n(!t)); printInt(b2n(!!t));
    // && evaluates the right side only when the left is true; || only when it is false
    printInt(b2n(note(1, false) && note(2, true)));
    printInt(b2n(note(3, true) && note(4, false)));
    printInt(b2n(note(5, true) || note(6, true)));
    printInt(b2n(note(7, false) || note(8, true)));
    printInt(b2n(note(9, false) || note(10, false) || note(11, true) || note(12, true)));
    printInt(b2n(note(13, true) && note(14, true) && note(15, false) && note(16, true)));
    printInt(b2n(!note(17, false) && (note(18, false) || note(19, true))));
    printInt(b2n(note(20, true) && !note(21, true) || note(22, true)));
    printInt(evaluations);
    // ?: evaluates only the chosen branch
    printInt(t ? sideValue(30, 300) : sideValue(31, 310));
    printInt(f ? sideValue(32, 320) : sideValue(33, 330));
    printInt(evaluations > 10 ? evaluations < 20 ? 1 : 2 : 3);
    const big = 4294967296;
    printInt(big > 2147483647 ? big : -big);
    let flag = 3 > 2 && 2 > 1;
    printInt(b2n(flag));
    flag = !flag || 1 === 1;
    printInt(b2n(flag));
    let count = 0;
    while (count < 10 && note(100 + count, count !== 4)) {
        count++;
    }
    printInt(count);
    printInt(b2n((5 & 1) === 1 ? true : false));
}
