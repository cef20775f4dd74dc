// functions.ts — function calls with 0…6 parameters of each type, recursion (fib, Ackermann,
// mutual recursion), early returns from inside loops, void functions, boolean/string returns.
// known-lines: 8675309 75025 61 5559060566555523 second! 12502500
declare function printInt(n: number): void;
declare function printChar(c: number): void;

function fib(n: number): number {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

function ackermann(m: number, n: number): number {
    if (m === 0) return n + 1;
    if (n === 0) return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

function isEven(n: number): boolean {
    if (n === 0) return true;
    return isOdd(n - 1);
}

function isOdd(n: number): boolean {
    if (n === 0) return false;
    return isEven(n - 1);
}

function six(a: number, b: number, c: number, d: number, e: number, f: number): number {
    return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f;
}

function mixed(flag: boolean, text: string, n: number, other: boolean, m: number, k: number): number {
    return (flag ? n : m) + (other ? text.length : k);
}

function pick(first: boolean): string {
    return first ? "first" : "second!";
}

function firstAbove(limit: number): number {
    for (let i = 0; i < 1000; i++) {
        if (i * i > limit) return i;
    }
    return -1;
}

function nothing(): void {
    return;
}

function printText(text: string): void {
    for (let i = 0; i < text.length; i++) printChar(text.charCodeAt(i));
    printChar(10);
}

function gcd(a: number, b: number): number {
    while (b !== 0) {
        const t = a % b;
        a = b;
        b = t;
    }
    return a;
}

function sumDown(n: number): number {
    if (n === 0) return 0;
    return n + sumDown(n - 1);
}

function power(base: number, exponent: number): number {
    if (exponent === 0) return 1;
    const half = power(base, Math.floor(exponent / 2));
    return exponent % 2 === 0 ? half * half : half * half * base;
}

export function main(): void {
    printInt(8675309);
    printInt(fib(0)); printInt(fib(1)); printInt(fib(20)); printInt(fib(25));
    printInt(ackermann(0, 0)); printInt(ackermann(2, 3)); printInt(ackermann(3, 3));
    printInt(isEven(10) ? 1 : 0); printInt(isOdd(7) ? 1 : 0); printInt(isEven(7) ? 1 : 0);
    printInt(six(1, 2, 3, 4, 5, 6)); printInt(six(-1, 0, 9, -9, 1, -2));
    printInt(mixed(true, "abc", 5, true, 6, 7)); printInt(mixed(false, "abcd", 5, false, 6, 7));
    printText(pick(true)); printText(pick(false));
    printInt(pick(false).length);
    printInt(firstAbove(50)); printInt(firstAbove(1000000000));
    nothing();
    printInt(gcd(1071, 462)); printInt(gcd(-48, 18)); printInt(gcd(9007199254740991, 3));
    printInt(power(3, 33)); printInt(power(-2, 52)); printInt(power(7, 0));
    printInt(six(fib(5), fib(6), ackermann(1, 1), isEven(2) ? 1 : 0, 0, fib(fib(6))));
    printInt(sumDown(5000));            // 5 000 frames deep: 12502500
    printInt(six(six(1, 2, 3, 4, 5, 6) % 7, sumDown(3) - 5, power(2, 3) - 7, gcd(12, 18) - 5, fib(3), ackermann(0, 0)));
}
