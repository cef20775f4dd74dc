// declarations.ts — const/let, module consts (constant expressions the backend folds), module
// lets, enum and const enum (used as numbers), type aliases.
// known-lines: 90210 65571 2147483647 42
declare function printInt(n: number): void;

type Count = number;
const PAGE_SIZE = 4096;                         // bytes
const PAGE_SHIFT = 12;
const FOLDED = (PAGE_SIZE << 4) - 1 + PAGE_SHIFT * 3;
const NEGATIVE_FOLD = -(1 << 31) - 1;
const HEX_MIX = 0xdead & 0xff00 | 0x1f;
const FLAGS_ON = true;
const GREETING_LENGTH = 5;
let total: Count = FOLDED % 1000;

enum Colour { Red, Green = 5, Blue }
const enum Mode { Off = -1, Idle = 0, Busy = 40, Both = Busy + 2 }

function describe(mode: Mode): number {
    if (mode === Mode.Off) return 100;
    if (mode === Mode.Busy) return 200;
    return 300 + mode;
}

export function main(): void {
    printInt(90210);
    printInt(PAGE_SIZE); printInt(FOLDED); printInt(NEGATIVE_FOLD); printInt(HEX_MIX);
    printInt(FLAGS_ON ? GREETING_LENGTH : 0);
    printInt(Colour.Red); printInt(Colour.Green); printInt(Colour.Blue);
    printInt(Mode.Off); printInt(Mode.Idle); printInt(Mode.Busy); printInt(Mode.Both);
    printInt(describe(Mode.Off)); printInt(describe(Mode.Busy)); printInt(describe(Mode.Both));
    let colour: Colour = Colour.Blue;
    printInt(colour * 10 + Colour.Green);
    colour = Colour.Red;
    printInt(colour);
    const local = total + 1;
    let shadow = local * 2;
    {
        const inner = shadow + 1;
        let shadow2 = inner * 2;
        shadow2 += 1;
        printInt(shadow2);
    }
    shadow += PAGE_SIZE >> PAGE_SHIFT;
    printInt(shadow);
    total = total + shadow;
    printInt(total);
}
