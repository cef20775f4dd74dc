// trap-range-charcode-loop.ts — a loop `i <= s.length` (not `<`): the last index is the length,
// so charCodeAt's index check must stay and trap there.
// known-lines: 97 98 99
// expect-trap: charCodeAt index out of range
declare function printInt(n: number): void;

function dump(text: string): void {
    for (let i = 0; i <= text.length; i++) {
        printInt(/*trap*/text.charCodeAt(i));
    }
}

export function main(): void {
    dump("abc");
    printInt(0);
}
