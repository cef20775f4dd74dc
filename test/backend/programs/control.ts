// control.ts — if/else chains, while, do…while, for, break, continue, nested loops, blocks.
// known-lines: 24601 524 94906265 168
declare function printInt(n: number): void;

function classify(n: number): number {
    if (n < 0) {
        return -1;
    } else if (n === 0) {
        return 0;
    } else if (n < 10) {
        return 1;
    } else if (n < 100) {
        return 2;
    } else {
        return 3;
    }
}

function collatzSteps(n: number): number {
    let steps = 0;
    while (n !== 1) {
        if (n % 2 === 0) n = Math.floor(n / 2);
        else n = 3 * n + 1;
        steps++;
    }
    return steps;
}

function isqrt(n: number): number {
    let low = 0;
    // 94906265² is the largest square inside 2^53 − 1, so middle * middle stays exact
    let high = n + 1 > 94906266 ? 94906266 : n + 1;
    while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (middle * middle <= n) low = middle; else high = middle;
    }
    return low;
}

function countPrimes(limit: number): number {
    let found = 0;
    for (let candidate = 2; candidate < limit; candidate++) {
        let prime = true;
        for (let divisor = 2; divisor * divisor <= candidate; divisor++) {
            if (candidate % divisor === 0) {
                prime = false;
                break;
            }
        }
        if (!prime) continue;
        found++;
    }
    return found;
}

export function main(): void {
    printInt(24601);
    printInt(classify(-5)); printInt(classify(0)); printInt(classify(7)); printInt(classify(42)); printInt(classify(1000));
    printInt(collatzSteps(27)); printInt(collatzSteps(1)); printInt(collatzSteps(837799));
    printInt(isqrt(0)); printInt(isqrt(99)); printInt(isqrt(100)); printInt(isqrt(9007199254740990));
    printInt(countPrimes(1000));
    // do…while runs its body at least once
    let n = 10;
    do {
        printInt(n);
        n -= 4;
    } while (n > 0);
    do n++; while (n < 0);
    printInt(n);
    // continue in each loop form, break out of the inner of two loops
    let sum = 0;
    for (let i = 0; i < 20; i++) {
        if (i % 3 === 0) continue;
        if (i > 15) break;
        sum += i;
    }
    printInt(sum);
    let k = 0;
    while (true) {
        k++;
        if (k % 2 === 1) continue;
        if (k > 10) break;
        printInt(k);
    }
    let d = 0;
    do {
        d++;
        if (d === 2) continue;
        printInt(d * 100);
    } while (d < 4);
    let pairs = 0;
    for (let a = 0; a < 5; a++) {
        for (let b = 0; b < 5; b++) {
            if (b > a) break;
            if ((a + b) % 2 === 1) continue;
            pairs = pairs * 3 + a * 5 + b;
        }
    }
    printInt(pairs);
    for (let down = 3; down >= 0; down--) printInt(down);
    for (let step = 1; step < 1000; step *= 7) printInt(step);
    let empty = 0;
    for (; empty < 3;) empty++;
    printInt(empty);
    if (empty === 3) printInt(1); else printInt(0);
    if (empty !== 3) printInt(2);
}
