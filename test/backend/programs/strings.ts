// strings.ts — string literals held in consts, lets, parameters and return values; .length;
// .charCodeAt with every index in range; the escapes \n \r \t \0; the empty string.
// known-lines: 2718 abcdefghijklmnopqrstuvwxyz 854885174
declare function printInt(n: number): void;
declare function printChar(c: number): void;

const ALPHABET = "abcdefghijklmnopqrstuvwxyz";
const PUNCTUATION = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const ESCAPES = "tab\there\r\nnul\0end";
let current = "start";

function write(text: string): void {
    for (let i = 0; i < text.length; i++) printChar(text.charCodeAt(i));
}

function checksum(text: string): number {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum = (sum * 31 + text.charCodeAt(i)) % 1000000007;
    return sum;
}

function choose(n: number): string {
    switch (n) {
        case 0: return "zero";
        case 1: return "one";
        default: return "";
    }
}

function sameText(a: string, b: string): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
        if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
    }
    return true;
}

export function main(): void {
    printInt(2718);
    printInt(ALPHABET.length); printInt(PUNCTUATION.length); printInt(ESCAPES.length); printInt("".length);
    printInt(ALPHABET.charCodeAt(0)); printInt(ALPHABET.charCodeAt(25)); printInt(ESCAPES.charCodeAt(3));
    printInt(ESCAPES.charCodeAt(ESCAPES.length - 4)); printInt("\n".charCodeAt(0));
    write(ALPHABET); printChar(10);
    write(PUNCTUATION); printChar(10);
    write(ESCAPES); printChar(10);
    printInt(checksum(ALPHABET)); printInt(checksum(PUNCTUATION)); printInt(checksum(""));
    write(current); printChar(10);
    current = choose(1);
    write(current); printChar(10);
    current = choose(5);
    printInt(current.length);
    printInt(sameText("abc", "abc") ? 1 : 0); printInt(sameText("abc", "abd") ? 1 : 0); printInt(sameText("", "") ? 1 : 0);
    let s = "x";
    s = s.length > 0 ? "longer text" : "no";
    printInt(s.length);
    printInt("same literal".length + "same literal".charCodeAt(5));
}
