// evaluation-order.ts — JavaScript evaluates left to right and reads a compound assignment's
// target BEFORE its right-hand side runs: `total += bump()` adds bump's result to the old total
// even though bump changes total. Arguments, operands, switch selectors (evaluated once) and
// for-loop parts are checked with calls whose side effects show the order.
// known-lines: 4004 123456 -5 105 110 1115 -1000 40 49
declare function printInt(n: number): void;

let ticket = 0;                         // each next() returns the next ticket number
let total = 100;

function next(): number {
    ticket++;
    return ticket;
}

function bumpTotal(): number {
    total += 1000;
    return 5;
}

function six(a: number, b: number, c: number, d: number, e: number, f: number): number {
    return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f;
}

function sideCount(value: number): number {
    printInt(value);
    return value;
}

export function main(): void {
    printInt(4004);
    printInt(six(next(), next(), next(), next(), next(), next()));
    ticket = 0;
    printInt(next() - next() * next());            // 1 - 2 * 3
    printInt(next() * 10 + next() < next() ? 1 : 0);
    total += bumpTotal();                           // 100 + 5, not 1100 + 5
    printInt(total);
    total = total + bumpTotal();                    // 105 + 5
    printInt(total);
    total = bumpTotal() + total;                    // 5 + 1110
    printInt(total);
    total -= bumpTotal() * 0 + total;               // old total − (0 + new total)
    printInt(total);
    ticket = 0;
    switch (next()) {                               // evaluated once
        case 1: printInt(ticket * 7); break;
        case 2: printInt(-2); break;
        default: printInt(-3);
    }
    ticket = 0;
    for (let i = sideCount(10); i < sideCount(12); i = i + sideCount(1)) {
        printInt(i);
    }
    let x = 1;
    x = x++ + x;                                    // 1 + 2
    printInt(x);
    x += x++ + ++x;                                 // 3 + (3 + 5)
    printInt(x);
    let y = 10;
    y *= (y = 3) + 1;                               // 10 * 4
    printInt(y);
    printInt((y = 7) * y);
    printInt(sideCount(1) > sideCount(2) || sideCount(3) === 3 ? 1 : 0);
}
