// barriers.ts — the pure intrinsics: readBarrier, writeBarrier and fullBarrier change no value
// (under Node they are no-ops; compiled, fullBarrier is `lock orq $0, (%rsp)`), so a
// computation with barriers between its steps must print the same as without them. The
// barriers sit inside loops and between the halves of expressions that keep values on the
// stack, where a wrong %rsp in the `lock orq` would show.
// known-lines: 5050 123 9999
declare function printInt(n: number): void;
declare function readBarrier(): void;
declare function writeBarrier(): void;
declare function fullBarrier(): void;

let shared = 0;

function publish(value: number): number {
    shared = value;
    writeBarrier();
    return shared;
}

function observe(): number {
    readBarrier();
    return shared;
}

export function main(): void {
    let total = 0;
    for (let i = 1; i <= 100; i++) {
        fullBarrier();
        total += i;
    }
    printInt(total);
    printInt(publish(123));
    printInt(observe());
    printInt(publish(9000) + (observe() * 1000 - 8999001));
    fullBarrier();
    printInt(observe() + 999);
}
