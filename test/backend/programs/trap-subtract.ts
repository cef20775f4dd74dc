// trap-subtract.ts — −(2^53 − 1) − 1 via -= leaves the exact range downward: trap.
// known-lines: -9007199254740991
// expect-trap: integer result outside the exact range
declare function printInt(n: number): void;

function lowest(): number { return -9007199254740991; }

export function main(): void {
    let n = lowest();
    printInt(n);
    /*trap*/n -= 1;
    printInt(n);
}
