// trap-range-call-site.ts — a non-exported function called with small constants, and once with a
// big value: its parameters' ranges are the union over all call sites, so the check must stay.
// known-lines: 5 -1 12
// expect-trap: integer result outside the exact range
declare function printInt(n: number): void;

function sum(a: number, b: number): number {
    return /*trap*/a + b;
}

export function main(): void {
    printInt(sum(2, 3));
    printInt(sum(-4, 3));
    printInt(sum(5, 7));
    printInt(sum(9007199254740991, 1));
    printInt(0);
}
