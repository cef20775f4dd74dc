// assignment.ts — =, every compound assignment, ++/-- prefix and postfix (as statements and as
// values inside expressions), on locals, parameters and module-level lets.
// known-lines: 5150 9007199254740991 191690598 -2147483649
declare function printInt(n: number): void;

let moduleCounter = 10;                 // a module-level let lives in .data
let moduleFlag = false;

function bump(): number {
    moduleCounter++;
    return moduleCounter;
}

function onParameter(p: number): number {
    p += 5;
    p *= 3;
    p--;
    return p;
}

export function main(): void {
    printInt(5150);
    let x = 100;
    x += 23; printInt(x);
    x -= 200; printInt(x);
    x *= -3; printInt(x);
    x %= 50; printInt(x);
    x &= 0xff; printInt(x);
    x |= 0x100; printInt(x);
    x ^= 0x3c; printInt(x);
    x <<= 4; printInt(x);
    x >>= 2; printInt(x);
    x = -x;
    x >>>= 28; printInt(x);
    // ++ and -- as values: postfix yields the old value, prefix the new one
    let i = 5;
    printInt(i++); printInt(i); printInt(++i); printInt(i); printInt(i--); printInt(i); printInt(--i); printInt(i);
    printInt(i++ + i++ * ++i);
    printInt(i);
    printInt(i-- - --i);
    printInt(i);
    // assignment is an expression with the assigned value
    let y = 0;
    let z = 0;
    y = z = 7;
    printInt(y + z);
    printInt((y += 3) * 2);
    printInt(y);
    // module-level lets
    printInt(moduleCounter);
    printInt(bump()); printInt(bump());
    moduleCounter -= 100;
    printInt(moduleCounter);
    moduleCounter <<= 2;
    printInt(moduleCounter--);
    printInt(--moduleCounter);
    moduleFlag = !moduleFlag;
    printInt(moduleFlag ? 1 : 0);
    printInt(onParameter(4));
    // large values through compound assignments stay exact inside the safe range
    let big = 4503599627370496;         // 2^52
    big += 4503599627370495;            // 2^53 − 1
    printInt(big);
    big -= 9007199254740991;
    big -= 9007199254740991;
    printInt(big);
    big *= -1;
    printInt(big);
    big %= 1000000007;
    printInt(big);
    let j = -2147483648;
    j--;
    printInt(j);
    j >>= 0;
    printInt(j);
}
