// test/sim/memory.ts — the simulated guest memory that kernel.ts runs against under Node.
//
// What it does: a sparse map from virtual page number to a 4 KiB byte array (a "frame"), and the
// load/store intrinsics of docs/design.md over it, with the same widths and the same traps as the
// compiled code (a 64-bit load outside the safe integer range throws). Reads of an unmapped page
// throw; writes are allowed only inside the byte ranges registered as the kernel's own
// (its staticBuffers, start_info, the two rings, the mapped shared_info) — anything else throws
// a MemoryFault, so "the kernel never writes outside its buffers" is checked on every store.
// What it does not do: page tables, permissions per page beyond that, or caching effects.

import { kernelConstants } from "./kernel-constants";

export const { PAGE_SIZE } = kernelConstants("PAGE_SIZE");

export class MemoryFault extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MemoryFault";
  }
}

export interface WritableRange {
  start: number;
  end: number; // exclusive
  label: string;
}

function checkInteger(what: string, value: number): void {
  if (!Number.isSafeInteger(value)) {
    throw new MemoryFault(`${what}: ${value} is not a safe integer (the compiled kernel would differ)`);
  }
}

export class SimMemory {
  /** virtual page number → the frame mapped there */
  readonly pages = new Map<number, Uint8Array>();
  readonly writable: WritableRange[] = [];
  /** counters, for reports */
  stores = 0;
  loads = 0;

  map(virtualPage: number, frame: Uint8Array): void {
    this.pages.set(virtualPage, frame);
  }

  unmap(virtualPage: number): void {
    this.pages.delete(virtualPage);
  }

  allowWrites(start: number, length: number, label: string): void {
    this.writable.push({ start, end: start + length, label });
  }

  private frameFor(address: number, forWhat: string): Uint8Array {
    const frame = this.pages.get(Math.floor(address / PAGE_SIZE));
    if (frame === undefined) {
      throw new MemoryFault(`${forWhat} of unmapped address 0x${address.toString(16)}`);
    }
    return frame;
  }

  private checkWritable(address: number, width: number): void {
    for (const range of this.writable) {
      if (address >= range.start && address + width <= range.end) return;
    }
    throw new MemoryFault(`write of ${width} byte(s) at 0x${address.toString(16)} is outside every buffer the kernel owns`);
  }

  readByte(address: number): number {
    checkInteger("load address", address);
    return this.frameFor(address, "read")[address % PAGE_SIZE];
  }

  writeByte(address: number, value: number): void {
    this.frameFor(address, "write")[address % PAGE_SIZE] = value & 0xff;
  }

  readUnsigned(address: number, width: number): bigint {
    let value = 0n;
    for (let i = width - 1; i >= 0; i--) value = (value << 8n) | BigInt(this.readByte(address + i));
    return value;
  }

  writeUnsigned(address: number, width: number, value: bigint): void {
    for (let i = 0; i < width; i++) {
      this.writeByte(address + i, Number((value >> BigInt(8 * i)) & 0xffn));
    }
  }

  // ---- the intrinsics (kernel-facing: checked) ----

  load(address: number, width: number): number {
    checkInteger("load address", address);
    this.loads++;
    const value = this.readUnsigned(address, width);
    if (width === 8) {
      const signed = BigInt.asIntN(64, value);
      if (signed > BigInt(Number.MAX_SAFE_INTEGER) || signed < BigInt(Number.MIN_SAFE_INTEGER)) {
        throw new MemoryFault(`load64 at 0x${address.toString(16)}: ${signed} is outside the safe integer range (the compiled kernel traps)`);
      }
      return Number(signed);
    }
    return Number(value);
  }

  store(address: number, width: number, value: number): void {
    checkInteger("store address", address);
    checkInteger("stored value", value);
    this.checkWritable(address, width);
    this.stores++;
    this.writeUnsigned(address, width, BigInt.asUintN(8 * width, BigInt(value)));
  }

  /** lock btrq: the bit may lie beyond the first word; the qword holding it must be writable. */
  testAndClearBit(address: number, bit: number): boolean {
    checkInteger("bitmap address", address);
    checkInteger("bit number", bit);
    const wordAddress = address + 8 * Math.floor(bit / 64);
    this.checkWritable(wordAddress, 8);
    const byteAddress = address + Math.floor(bit / 8);
    const mask = 1 << (((bit % 8) + 8) % 8);
    const before = this.readByte(byteAddress);
    this.writeByte(byteAddress, before & ~mask);
    return (before & mask) !== 0;
  }

  // ---- helpers for the simulated Xen side (unchecked: Xen and dom0 may write anywhere) ----

  u32(address: number): number {
    return Number(this.readUnsigned(address, 4));
  }

  setU32(address: number, value: number): void {
    this.writeUnsigned(address, 4, BigInt(value >>> 0));
  }

  u64(address: number): number {
    return Number(this.readUnsigned(address, 8));
  }

  setU64(address: number, value: number): void {
    this.writeUnsigned(address, 8, BigInt.asUintN(64, BigInt(value)));
  }

  bytes(address: number, length: number): Buffer {
    const out = Buffer.alloc(length);
    for (let i = 0; i < length; i++) out[i] = this.readByte(address + i);
    return out;
  }
}
