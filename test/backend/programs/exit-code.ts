// exit-code.ts — exit(code) from deep inside a call chain ends the program with that status on
// both sides; what was printed before it is kept (the runtime flushes its buffer), nothing after.
// known-lines: 1111 24990001 -1
declare function printInt(n: number): void;
declare function exit(code: number): void;

function deep(level: number): number {
    if (level === 0) {
        printInt(-1);
        exit(3);
    }
    printInt(level);
    return deep(level - 1) + 1;
}

export function main(): void {
    printInt(1111);
    for (let i = 0; i < 5000; i++) printInt(i * i);
    printInt(deep(5));
    printInt(999999);
}
