// Golden: a hypercall with a constant number, loads and stores on a static buffer, atomics.
declare function hypercall(op: number, a1: number, a2: number, a3: number, a4: number, a5: number): number;
declare function load32(address: number): number;
declare function store64(address: number, value: number): void;
declare function testAndClearBit(address: number, bit: number): boolean;
declare function fullBarrier(): void;

const HYPERVISOR_EVENT_CHANNEL_OP = 32; // xen/include/public/xen.h: __HYPERVISOR_event_channel_op
const EVTCHNOP_SEND = 4; // xen/include/public/event_channel.h
const SEND_ARGUMENT = staticBuffer(8, 8);
declare function staticBuffer(bytes: number, align: number): number;

export function notify(port: number, pendingWord: number): number {
  store64(SEND_ARGUMENT, port);
  fullBarrier();
  if (testAndClearBit(pendingWord, port & 63)) return load32(SEND_ARGUMENT);
  return hypercall(HYPERVISOR_EVENT_CHANNEL_OP, EVTCHNOP_SEND, SEND_ARGUMENT, 0, 0, 0);
}
