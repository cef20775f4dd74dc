// switch.ts — switch on numbers: strict equality with constant labels, fall-through, default in
// the middle (reached when nothing matches, and falling through into the cases after it),
// break and return inside cases, enum labels, a switch inside a loop (break leaves the switch,
// continue the loop).
// known-lines: 1729 11100 9030103
declare function printInt(n: number): void;

const enum Op { Add = 1, Sub = 2, Mul = 3, Neg = -4 }

function fallThrough(n: number): number {
    let trace = 0;
    switch (n) {
        case 1:
            trace += 1;
        case 2:
            trace += 10;
            break;
        default:
            trace += 100;
        case 3:
            trace += 1000;
        case 4:
            trace += 10000;
            break;
        case -5:
            trace = -1;
    }
    return trace;
}

function apply(op: Op, a: number, b: number): number {
    switch (op) {
        case Op.Add: return a + b;
        case Op.Sub: return a - b;
        case Op.Mul: return a * b;
        case Op.Neg: return -a;
    }
    return 0;
}

function onlyDefault(n: number): number {
    switch (n) {
        default:
            return n * 2;
    }
}

function emptySwitch(n: number): number {
    switch (n) {
    }
    return n;
}

function bigLabels(n: number): number {
    switch (n) {
        case 9007199254740991: return 1;
        case -9007199254740991: return 2;
        case 4294967296: return 3;
        case 0: return 4;
        default: return 5;
    }
}

export function main(): void {
    printInt(1729);
    for (let n = -6; n <= 6; n++) printInt(fallThrough(n));
    printInt(apply(Op.Add, 3, 4)); printInt(apply(Op.Sub, 3, 4)); printInt(apply(Op.Mul, 3, 4));
    printInt(apply(Op.Neg, 3, 4)); const notAnOp: number = 7;
    printInt(apply(notAnOp, 1, 1));
    printInt(onlyDefault(21)); printInt(emptySwitch(8));
    printInt(bigLabels(9007199254740991)); printInt(bigLabels(-9007199254740991)); printInt(bigLabels(4294967296));
    printInt(bigLabels(0)); printInt(bigLabels(1)); printInt(bigLabels(4294967296 + 1));
    let total = 0;
    for (let i = 0; i < 12; i++) {
        switch (i % 4) {
            case 0:
                continue;
            case 1:
                total += 1;
                break;
            case 2:
                if (i > 5) break;
                total += 100;
                break;
            default:
                total += 10000;
        }
        total += 1000000;
    }
    printInt(total);
    let k = 0;
    while (k < 100) {
        switch (k) {
            case 7:
                k += 50;
                break;
            default:
                k++;
        }
    }
    printInt(k);
}
