// trap-charcode-negative.ts — a negative index is NaN in JS too: trap.
// known-lines: 104
// expect-trap: index
declare function printInt(n: number): void;

function codeAt(text: string, index: number): number {
    return /*trap*/text.charCodeAt(index);
}

export function main(): void {
    printInt(codeAt("hi", 0));
    printInt(codeAt("hi", -1));
}
