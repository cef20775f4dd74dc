// trap-range-module-let.ts — a module-level let assigned small values in most places and a big one
// in another function: reads anywhere must keep the check on `scale * 4`.
// known-lines: 4 8 12
// expect-trap: integer result outside the exact range
declare function printInt(n: number): void;

let scale = 1;

function small(): void { scale = 2; }
function smaller(): void { scale = 3; }
function big(): void { scale = 4503599627370496; }

function show(): void {
    printInt(/*trap*/scale * 4);
}

export function main(): void {
    show();
    small();
    show();
    smaller();
    show();
    big();
    show();
    printInt(0);
}
