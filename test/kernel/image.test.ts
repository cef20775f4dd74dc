// image.test.ts — checks of the built kernel image test-vm.xen, the file Xen's loader reads.
//
// What it checks: the Xen ELF notes are there with the values xen-elfnote.S means (read back from
// the PT_NOTE segment the loader uses, by parsing the ELF here, and cross-checked with
// `readelf -n`, which lists the notes but cannot name Xen's types), GUEST_VERSION being
// package.json's version and labelled guest_version in loaded memory, where kernel.ts reads it; the
// entry point is _start; the hypercall page is page-aligned and still full of `ret` bytes in the
// file (Xen fills it at load time); the image holds no path of the folder it was built in (so
// builds in two folders are byte-identical) yet addr2line still maps code to kernel.ts lines;
// asm/kernel.s is what the backend makes of kernel.ts today (a stale committed asm fails). It prints the image's size. It does not boot anything: test/xen does.
// It needs `make` to have run first (`make unit` and `make check` do that).

import { test } from "uvu";
import * as assert from "uvu/assert";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { compileSource } from "../../backend/compile";

const ROOT = join(__dirname, "..", "..", "..");
const IMAGE = join(ROOT, "test-vm.xen");

const PT_LOAD = 1;
const PT_NOTE = 4;
// Xen's note types (docs/xen-abi.md §1).
const XEN_ELFNOTE_HYPERCALL_PAGE = 2;
const XEN_ELFNOTE_XEN_VERSION = 5;
const XEN_ELFNOTE_GUEST_OS = 6;
const XEN_ELFNOTE_GUEST_VERSION = 7;
const XEN_ELFNOTE_LOADER = 8;
const XEN_ELFNOTE_SUSPEND_CANCEL = 14;
const XEN_ELFNOTE_PHYS32_ENTRY = 18;

interface ProgramHeader { type: number; flags: number; offset: number; vaddr: number; paddr: number; filesz: number; memsz: number }
interface Note { name: string; type: number; desc: Buffer }

function programHeaders(elf: Buffer): ProgramHeader[] {
  assert.equal(elf.subarray(0, 4).toString("latin1"), "\x7fELF", "ELF magic");
  assert.equal(elf[4], 2, "ELFCLASS64");
  assert.equal(elf.readUInt16LE(18), 62, "EM_X86_64");
  const phoff = Number(elf.readBigUInt64LE(32));
  const phentsize = elf.readUInt16LE(54);
  const phnum = elf.readUInt16LE(56);
  const headers: ProgramHeader[] = [];
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize;
    headers.push({
      type: elf.readUInt32LE(at), flags: elf.readUInt32LE(at + 4),
      offset: Number(elf.readBigUInt64LE(at + 8)), vaddr: Number(elf.readBigUInt64LE(at + 16)),
      paddr: Number(elf.readBigUInt64LE(at + 24)), filesz: Number(elf.readBigUInt64LE(at + 32)),
      memsz: Number(elf.readBigUInt64LE(at + 40)),
    });
  }
  return headers;
}

/** Parses a note segment the way libelf does: 4-byte aligned namesz, descsz, type, name, desc. */
function notes(segment: Buffer): Note[] {
  const found: Note[] = [];
  const align4 = (n: number) => (n + 3) & ~3;
  for (let at = 0; at + 12 <= segment.length;) {
    const namesz = segment.readUInt32LE(at), descsz = segment.readUInt32LE(at + 4), type = segment.readUInt32LE(at + 8);
    const name = segment.subarray(at + 12, at + 12 + namesz).toString("latin1").replace(/\0+$/, "");
    const descAt = at + 12 + align4(namesz);
    found.push({ name, type, desc: segment.subarray(descAt, descAt + descsz) });
    at = descAt + align4(descsz);
  }
  return found;
}

function symbols(): Map<string, number> {
  const out = execFileSync("nm", ["-n", IMAGE], { encoding: "utf8" });
  const table = new Map<string, number>();
  for (const line of out.split("\n")) {
    const m = /^([0-9a-f]+) \w (\S+)$/.exec(line);
    if (m) table.set(m[2], parseInt(m[1], 16));
  }
  return table;
}

test("test-vm.xen has been built", () => {
  assert.ok(existsSync(IMAGE), "run `make` first: test-vm.xen is missing");
});

test("the Xen notes are in a PT_NOTE segment with the values the loader needs", () => {
  const elf = readFileSync(IMAGE);
  const noteSegments = programHeaders(elf).filter((h) => h.type === PT_NOTE);
  assert.is(noteSegments.length, 1, "exactly one PT_NOTE segment");
  const seg = noteSegments[0];
  assert.ok(seg.offset !== 0, "libelf skips a PT_NOTE whose p_offset is 0");
  const xen = notes(elf.subarray(seg.offset, seg.offset + seg.filesz)).filter((n) => n.name === "Xen");
  const byType = new Map(xen.map((n) => [n.type, n.desc]));
  const str = (t: number) => byType.get(t)?.toString("latin1").replace(/\0+$/, "");
  assert.is(str(XEN_ELFNOTE_XEN_VERSION), "xen-3.0");
  assert.is(str(XEN_ELFNOTE_LOADER), "generic");
  assert.is(str(XEN_ELFNOTE_GUEST_OS), "xen-test-vm");
  const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
  assert.is(str(XEN_ELFNOTE_GUEST_VERSION), version, "GUEST_VERSION is package.json's version");
  const cancel = byType.get(XEN_ELFNOTE_SUSPEND_CANCEL);
  assert.ok(cancel && [1, 2, 4, 8].includes(cancel.length), "numeric note of size 1, 2, 4 or 8");
  assert.is(cancel!.readUInt32LE(0), 1, "SUSPEND_CANCEL = 1");
  const page = byType.get(XEN_ELFNOTE_HYPERCALL_PAGE);
  assert.is(page?.length, 8, "HYPERCALL_PAGE is an 8-byte virtual address");
  assert.is(Number(page!.readBigUInt64LE(0)), symbols().get("hypercall_page"), "note names hypercall_page");
  const pvhEntry = byType.get(XEN_ELFNOTE_PHYS32_ENTRY);
  assert.is(pvhEntry?.length, 4, "PHYS32_ENTRY is a 4-byte physical address");
  assert.is(pvhEntry!.readUInt32LE(0), symbols().get("_start_pvh"), "PVH enters at _start_pvh");
});

test("guest_version labels the GUEST_VERSION descriptor, readable in a loaded segment", () => {
  // kernel.ts prints its version by reading this string through addressOf("guest_version").
  const elf = readFileSync(IMAGE);
  const headers = programHeaders(elf);
  const seg = headers.find((h) => h.type === PT_NOTE)!;
  const xen = notes(elf.subarray(seg.offset, seg.offset + seg.filesz));
  const note = xen.find((n) => n.name === "Xen" && n.type === XEN_ELFNOTE_GUEST_VERSION)!;
  const descVaddr = seg.vaddr + note.desc.byteOffset - elf.subarray(seg.offset).byteOffset;
  const at = symbols().get("guest_version");
  assert.is(at, descVaddr, "guest_version is the descriptor's address");
  const load = headers.find((h) => h.type === PT_LOAD && h.vaddr <= at! && at! + note.desc.length <= h.vaddr + h.filesz);
  assert.ok(load, "guest_version lies in the file part of a PT_LOAD segment");
  const bytes = elf.subarray(load!.offset + at! - load!.vaddr, load!.offset + at! - load!.vaddr + note.desc.length);
  const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
  assert.is(bytes.toString("latin1"), version + "\0", "a NUL-terminated copy of package.json's version");
});

test("readelf -n reads back the same Xen notes", () => {
  // binutils does not know Xen's note types (it prints "Unknown note type", or a Linux name for
  // type 2), so compare what it does print: owner, size and bytes of each note, in order.
  const elf = readFileSync(IMAGE);
  const seg = programHeaders(elf).find((h) => h.type === PT_NOTE)!;
  const ours = notes(elf.subarray(seg.offset, seg.offset + seg.filesz)).filter((n) => n.name === "Xen");
  const listed = execFileSync("readelf", ["-nW", IMAGE], { encoding: "utf8" })
    .split("\n")
    .map((line) => /^\s*Xen\s+0x([0-9a-f]+)\s.*description data:((?: [0-9a-f]{2})*)\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ size: parseInt(m[1], 16), hex: m[2].trim() }));
  assert.is(listed.length, 7, "seven Xen notes");
  assert.equal(listed, ours.map((n) => ({ size: n.desc.length, hex: [...n.desc].map((b) => b.toString(16).padStart(2, "0")).join(" ") })));
});

test("entry is _start, hypercall page is page-aligned and full of ret in the file", () => {
  const elf = readFileSync(IMAGE);
  const syms = symbols();
  assert.is(Number(elf.readBigUInt64LE(24)), syms.get("_start"), "e_entry = _start");
  const hp = syms.get("hypercall_page");
  assert.ok(hp !== undefined && hp % 4096 === 0, `hypercall_page at ${hp} is page-aligned`);
  const load = programHeaders(elf).find((h) => h.type === PT_LOAD && h.vaddr <= hp! && hp! + 4096 <= h.vaddr + h.filesz);
  assert.ok(load, "hypercall page lies in a loaded segment");
  const bytes = elf.subarray(load!.offset + hp! - load!.vaddr, load!.offset + hp! - load!.vaddr + 4096);
  assert.ok(bytes.every((b) => b === 0xc3), "filled with ret (0xc3) until Xen rewrites it");
  for (const name of ["main", "trap", "__ts_trap"]) assert.ok(syms.has(name), `${name} is linked in`);
  const lowest = Math.min(...programHeaders(elf).filter((h) => h.type === PT_LOAD).map((h) => h.paddr));
  assert.is(lowest, 0, "linked at 0, so virtual address = pseudo-physical address");
  const size = execFileSync("size", [IMAGE], { encoding: "utf8" }).trim().split("\n")[1];
  console.log(`  test-vm.xen: ${elf.length} bytes on disk; size(1): ${size.trim().replace(/\s+/g, " ")}`);
});

test("the image names no folder it was built in, and still maps addresses to kernel.ts lines", () => {
  // Two clones in different folders must give the same bytes: the Makefile has `as` write the
  // DWARF compile directory as "." (--debug-prefix-map).
  const elf = readFileSync(IMAGE);
  for (const folder of new Set([ROOT, realpathSync(ROOT)])) {
    assert.ok(!elf.includes(Buffer.from(folder, "latin1")), `test-vm.xen contains the build folder ${folder}`);
  }
  // The .loc line information is kept: addr2line names main's line in kernel.ts.
  const mainLine = readFileSync(join(ROOT, "kernel.ts"), "utf8").split("\n").findIndex((l) => l.startsWith("export function main(")) + 1;
  assert.ok(mainLine > 0, "kernel.ts has `export function main(`");
  const where = execFileSync("addr2line", ["-e", IMAGE, symbols().get("main")!.toString(16)], { encoding: "utf8" }).trim();
  assert.is(where, `./kernel.ts:${mainLine}`);
});

test("asm/kernel.s is what the backend makes of kernel.ts now", () => {
  const result = compileSource("kernel.ts", readFileSync(join(ROOT, "kernel.ts"), "utf8"));
  assert.ok(result.ok, `kernel.ts compiles: ${result.errors.join("\n")}`);
  const committed = readFileSync(join(ROOT, "asm", "kernel.s"), "utf8");
  assert.ok(committed === result.asm, "asm/kernel.s is stale: run `make asm` and commit it");
});

test.run();
