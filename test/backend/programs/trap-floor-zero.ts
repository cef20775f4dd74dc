// trap-floor-zero.ts — Math.floor(x / 0) is ±Infinity or NaN in JS: the compiled code traps.
// known-lines: 7 -4
// expect-trap: by zero
declare function printInt(n: number): void;

export function main(): void {
    let divisor = 2;
    while (divisor >= 0) {
        printInt(/*trap*/Math.floor(7 / divisor) - Math.floor(-7 / divisor));
        printInt(Math.floor(-7 / divisor));
        divisor -= 2;
    }
}
