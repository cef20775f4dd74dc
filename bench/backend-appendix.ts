
// ============================================================================================
// bench/backend-appendix.ts — appended to a copy of kernel.ts by bench/backend; never part of
// the kernel, never compiled on its own (tsconfig.json excludes it: it names kernel.ts's
// functions and variables).
// ============================================================================================
//
// Entry points for the message benchmark of bench/backend, the same text compiled by the
// backend (called from bench/backend-driver.c) and run under Node (called from
// bench/backend-bench.ts). Both sides place one control/testing value in commandValue and call
// benchObey, which runs it through chapter 12's obeyCommand — chapter 13's JSON reader for the
// JSON ones — exactly as handleTestingCommand does after reading the key and acknowledging it.
// Nothing here waits or calls Xen: the console ring is a buffer of ours with no event channel
// (consolePort 0: nothing is notified, and a full ring drops bytes, as it does with a dead
// console), xenstore is never reached by the commands the benchmark generates (no agent:,
// feature:, cant-suspend:, suspend-channel:, balloon:, and no immediate action but ignore),
// and what each command did is folded into a checksum, and the console drained.

const benchConsole = staticBuffer(PAGE_SIZE, PAGE_SIZE);
let benchHash = 0;

function benchMix(value: number): void {
    benchHash = (benchHash * 31 + value) >>> 0;
}

// Point the kernel's console at benchConsole; gives the address of commandValue, where the
// caller places each value.
export function benchSetup(): number {
    consoleRing = benchConsole;
    consolePort = 0;
    store32(consoleRing + CONSOLE_OUT_CONS, 0);
    store32(consoleRing + CONSOLE_OUT_PROD, 0);
    benchHash = 0;
    return commandValue;
}

// Obey the `length` bytes in commandValue; fold what it did into the checksum, which is
// returned: the state of the override, the timer and the response, the lengths of the
// command's result and of its console output and, when `everyByte` is not 0, each byte of both
// too (bench/backend does that in a first, untimed pass: hashing every byte costs about as much
// as printing it). Then drain the console.
export function benchObey(length: number, everyByte: number): number {
    commandLength = length;
    obeyCommand();
    benchMix(overrideAction);
    benchMix(overrideAckMode);
    benchMix(overrideAckLength);
    benchMix(overrideAckDelay);
    benchMix(overrideActDelay);
    benchMix(timerAction);
    benchMix(timerTicksLeft);
    benchMix(responsePhase);
    benchMix(resultLength);
    const consumer = load32(consoleRing + CONSOLE_OUT_CONS);
    const producer = load32(consoleRing + CONSOLE_OUT_PROD);
    benchMix((producer - consumer) >>> 0);
    if (everyByte !== 0) {
        for (let i = 0; i < resultLength; i++) {
            benchMix(load8(resultText + i));
        }
        let at = consumer;
        while (at !== producer) {
            benchMix(load8(consoleRing + CONSOLE_OUT + (at & (CONSOLE_OUT_SIZE - 1))));
            at = (at + 1) >>> 0;
        }
    }
    store32(consoleRing + CONSOLE_OUT_CONS, producer);
    benchMix(consoleDroppedBytes);
    return benchHash;
}
