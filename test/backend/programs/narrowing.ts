// narrowing.ts — reads that TypeScript's flow analysis narrows (to `true`, `false`, or `never`
// in a branch that cannot run) are still plain booleans and numbers at run time; the fuzzer
// found the backend refusing the `never` case (backend-requests.md, 18:05), kept here.
// known-lines: 6061 4 12 1
declare function printInt(n: number): void;

let flag = false;

function pick(b: boolean): number {
    if (b) {
        return b ? 1 : 2;
    } else if (b) {
        return b ? 3 : 4;
    }
    return (b || b) ? 5 : (b ? 6 : 7);
}

export function main(): void {
    printInt(6061);
    if (flag) {
        printInt(1);
    } else if (flag) {
        printInt(flag ? 2 : 3);
    }
    printInt(4);
    printInt(pick(true) * 10 + pick(false) - 5);
    let n = 3;
    if (n === 3) {
        n = n + 1;
    }
    printInt(n === 4 ? 1 : 0);
}
