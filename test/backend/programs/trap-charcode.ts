// trap-charcode.ts — "abc".charCodeAt(3) is NaN in JS: an index past the end traps.
// known-lines: 97 99
// expect-trap: index
declare function printInt(n: number): void;

export function main(): void {
    const text = "abc";
    for (let i = 0; i <= text.length; i++) {
        printInt(/*trap*/text.charCodeAt(i));
    }
}
