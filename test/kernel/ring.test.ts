// test/kernel/ring.test.ts — kernel.ts against awkward and hostile ring partners, in the simulation.
//
// What it checks: xenstore rings whose indexes start near 2^32 and near 1024 (wrap-around), a
// xenstored that moves a few bytes per turn (big messages streamed through a small window), watch
// events interleaved before replies, a slow and a stalled xenconsoled (ring full: waits, then
// drops rather than wedging; the last line before a shutdown is never lost), and a hostile
// xenstored (impossible indexes, a 5000-byte length, a reply to nobody): logged, resynchronised,
// no write outside the kernel's buffers (SimMemory throws on any), and commands still obeyed.
// Every case runs twice, booted as PV and as PVH (rings at the special pages below 4 GiB).
// What it does not check: the message reference of docs/usage.md (control.test.ts).

import { test } from "uvu";
import * as assert from "uvu/assert";
import { BootMode, custom, eachMode, runKernel, RunResult, tick, toolstackWrite } from "../sim/sim";
import { kernelConstants } from "../sim/kernel-constants";
import { XS_RSP_CONS, XS_RSP_PROD, XS_REQ_CONS } from "../sim/xenstored";

const { CONSOLE_OUT_PROD } = kernelConstants("CONSOLE_OUT_PROD");

/** the rings are the same in both boot modes (only where they are differs): every case runs in both */
const both = (name: string, body: (mode: BootMode) => void) => eachMode(test, name, body);

function expectShutdown(r: RunResult, reason: number): void {
  assert.is(r.outcome, "shutdown", `${String(r.error)}\n${r.console}`);
  assert.is(r.reason, reason, r.console);
}

const has = (r: RunResult, prefix: string) => r.lines.some((l) => l.startsWith(prefix));

const startIndexes = [0, 1000, 1024, 1023, 2 ** 32 - 3, 2 ** 32 - 1024, 2 ** 32 - 1];

for (const start of startIndexes) {
  both(`xenstore ring indexes starting at ${start}, 7 bytes per turn each way`, (mode) => {
    const big = "B".repeat(3000);
    const r = runKernel({ mode, toolstack: "xenopsd", store: { initialRequestIndex: start, initialReplyIndex: start, requestChunk: 7, replyChunk: 7 } }, [
      toolstackWrite("control/testing", `{"when":"onshutdown","ack":"${big}","action":"reboot"}`),
      toolstackWrite("control/shutdown", "poweroff"),
    ]);
    expectShutdown(r, 1);
    assert.is(r.sim.store.value("control/shutdown"), big, "a 3000-byte ack streamed through the 1024-byte ring");
    assert.ok(has(r, "ready"));
  });
}

both("a 4096-byte value arrives through the reply ring in pieces and is read whole", (mode) => {
  const value = `now:${"z".repeat(4092)}`;
  const r = runKernel({ mode, toolstack: "xenopsd", store: { replyChunk: 100, initialReplyIndex: 2 ** 32 - 50 } }, [
    toolstackWrite("control/testing", value),
    toolstackWrite("control/testing", "now:crash"),
  ]);
  expectShutdown(r, 3);
  assert.ok(r.lines.some((l) => l.endsWith('..." (4096 bytes)')), r.console);
  assert.ok(has(r, "bogus command: unknown action"));
});

both("watch events slipped in before replies are all noted and handled", (mode) => {
  const r = runKernel({ mode }, [
    custom((sim) => { sim.store.spuriousEventsBeforeReplies = 50; }),
    toolstackWrite("control/testing", "next:crash"),
    tick(),
    toolstackWrite("control/shutdown", "poweroff"),
  ]);
  expectShutdown(r, 3);
  assert.ok(has(r, "override set: crash"), r.console);
  assert.is(r.sim.store.spuriousEventsBeforeReplies, 0);
});

both("slow console (3 bytes per turn): every line arrives, the last one before the shutdown too", (mode) => {
  const r = runKernel({ mode, consoleChunk: 3 }, [tick(), tick(), toolstackWrite("control/shutdown", "poweroff")]);
  expectShutdown(r, 0);
  assert.ok(has(r, "domain 7 tick 2"));
  assert.is(r.lines.filter((l) => l !== "").pop(), "action: poweroff");
  assert.ok(r.console.endsWith("\r\n"));
});

both("ring full behind a stalled console: the kernel waits, then drops output and still obeys", (mode) => {
  // 2000 tick lines overflow the 2048-byte ring many times while xenconsoled sleeps.
  const steps = [];
  for (let i = 0; i < 400; i++) steps.push(tick());
  // After the request, the final drain gives up after 3 more seconds of a dead console.
  const r = runKernel({ mode, consoleStalledTurns: 1_000_000 }, [...steps, toolstackWrite("control/shutdown", "reboot"), tick(), tick(), tick()]);
  expectShutdown(r, 1);
  assert.is(r.console, "", "xenconsoled never ran");
  const ring = r.sim.memory;
  const prod = ring.u32(r.sim.consoleRing + CONSOLE_OUT_PROD);
  assert.is(prod, 2048, "the ring was filled exactly, never overrun");
});

both("a console that wakes up again gets a note about the dropped bytes", (mode) => {
  const steps = [];
  for (let i = 0; i < 200; i++) steps.push(tick());
  const r = runKernel({ mode, consoleStalledTurns: 400 }, [...steps, tick(), tick(), tick(), tick(), tick(), toolstackWrite("control/shutdown", "reboot")]);
  expectShutdown(r, 1);
  assert.ok(has(r, "console: "), r.console.slice(-500));
  assert.is(r.lines.filter((l) => l !== "").pop(), "action: reboot");
});

both("hostile xenstored: rsp_prod − rsp_cons > 1024 → logged, resynchronised, still obeys", (mode) => {
  const r = runKernel({ mode }, [
    custom((sim) => {
      const ring = sim.storeRing;
      sim.memory.setU32(ring + XS_RSP_PROD, (sim.memory.u32(ring + XS_RSP_CONS) + 5000) >>> 0);
      sim.setPending(sim.options.storePort);
    }),
    tick(),
    toolstackWrite("control/shutdown", "crash"),
  ]);
  expectShutdown(r, 3);
  assert.ok(has(r, "xenstore: reply ring indexes make no sense"), r.console);
});

both("hostile xenstored: a message claiming 5000 bytes → logged, resynchronised, still obeys", (mode) => {
  const r = runKernel({ mode }, [
    custom((sim) => {
      const header = Buffer.alloc(16);
      header.writeUInt32LE(15, 0);
      header.writeUInt32LE(5000, 12);
      sim.store.injectRaw(Buffer.concat([header, Buffer.alloc(300, 0x41)]));
      sim.store.service();
    }),
    tick(),
    toolstackWrite("control/shutdown", "crash"),
  ]);
  expectShutdown(r, 3);
  assert.ok(has(r, "xenstore: message of 5000 bytes exceeds the 4096-byte limit"), r.console);
});

both("hostile xenstored: a reply nobody asked for, an unknown watch token", (mode) => {
  const r = runKernel({ mode }, [
    custom((sim) => {
      sim.store.queueMessage(2, 999, Buffer.from("surprise"));
      sim.store.queueMessage(15, 0, Buffer.from("control/x\0who-knows\0"));
      sim.store.service();
    }),
    toolstackWrite("control/shutdown", "crash"),
  ]);
  expectShutdown(r, 3);
  assert.ok(has(r, "xenstore: dropped an unexpected reply to request 999"), r.console);
  assert.ok(has(r, 'xenstore: watch event with an unknown token "who-knows"'), r.console);
});

both("hostile xenstored: req_cons moved beyond req_prod → the request is dropped, logged", (mode) => {
  const r = runKernel({ mode, toolstack: "xenopsd" }, [
    custom((sim) => {
      sim.memory.setU32(sim.storeRing + XS_REQ_CONS, 5000);
      sim.store.brokenRing = true;
      sim.store.toolstackWrite("control/testing", "now:poweroff");
      sim.store.brokenRing = false;
    }),
    custom((sim) => { sim.store.queueMessage(15, 0, Buffer.from("control/testing\0testing-watch\0")); sim.store.service(); }),
  ]);
  // The acknowledgement write cannot be sent; the read cannot either — nothing is done, nothing written wild.
  assert.is(r.outcome, "end", String(r.error));
  assert.ok(has(r, "xenstore: request ring indexes make no sense"), r.console);
});

both("a silent xenstored: the request is abandoned after 10 ticks, the kernel goes on", (mode) => {
  const ticks = [];
  for (let i = 0; i < 12; i++) ticks.push(tick());
  const r = runKernel({ mode }, [
    custom((sim) => { sim.store.silentTurns = 1_000_000; sim.store.toolstackWrite("control/shutdown", "poweroff"); sim.setPending(sim.options.storePort); }),
    custom((sim) => {
      // Deliver the queued watch event by hand; the READ that follows then gets no answer.
      sim.store.silentTurns = 0; sim.store.service(); sim.store.silentTurns = 1_000_000;
    }),
    ...ticks,
    custom((sim) => { sim.store.silentTurns = 0; }),
    tick(),
  ]);
  assert.is(r.outcome, "end", `${String(r.error)}\n${r.console}`);
  assert.ok(has(r, "xenstore: no reply from xenstored"), r.console);
  assert.ok(has(r, "xenstore: cannot read control/shutdown: no reply"), r.console);
});

both("request ring full: the kernel waits for xenstored to make room, then finishes the request", (mode) => {
  const big = "C".repeat(3000);
  const r = runKernel({ mode, toolstack: "xenopsd" }, [
    toolstackWrite("control/testing", `{"when":"onshutdown","ack":"${big}","action":"crash"}`),
    custom((sim) => { sim.store.stallWhenRequestRingFull = 4; }),
    toolstackWrite("control/shutdown", "poweroff"),
    tick(),
    tick(),
  ]);
  expectShutdown(r, 3);
  assert.is(r.sim.store.value("control/shutdown"), big);
  assert.is(r.sim.store.stallWhenRequestRingFull, 0, "the stall happened");
});

both("a request ring that never drains: abandoned after 10 seconds, logged, the kernel goes on", (mode) => {
  const ticks = [];
  for (let i = 0; i < 12; i++) ticks.push(tick());
  const r = runKernel({ mode, toolstack: "xenopsd" }, [
    toolstackWrite("control/testing", `{"when":"onshutdown","ack":"${"D".repeat(3000)}","action":"ignore"}`),
    custom((sim) => { sim.store.stallWhenRequestRingFull = 1_000_000; }),
    toolstackWrite("control/shutdown", "poweroff"),
    ...ticks,
  ]);
  assert.is(r.outcome, "end", `${String(r.error)}\n${r.console}`);
  assert.ok(has(r, "xenstore: request ring stayed full; request abandoned"), r.console);
  assert.ok(has(r, "ack failed: control/shutdown: no reply"), r.console);
  assert.ok(has(r, "action: ignore"));
});

both("a reply to another request arriving while waiting is dropped and logged", (mode) => {
  const header = Buffer.alloc(16);
  header.writeUInt32LE(2, 0);
  header.writeUInt32LE(4242, 4);
  header.writeUInt32LE(3, 12);
  const r = runKernel({ mode }, [
    custom((sim) => { sim.store.beforeNextReply.push(Buffer.concat([header, Buffer.from("abc")])); }),
    toolstackWrite("control/shutdown", "reboot"),
  ]);
  expectShutdown(r, 1);
  assert.ok(has(r, "xenstore: dropped a reply to request 4242 while waiting for "), r.console);
});

test.run();
