// test/kernel/references.test.ts — every reference a reader follows resolves inside the repository.
//
// What it checks: each `[xen-abi §N]` (and `docs/xen-abi.md §N`) cited in kernel.ts, boot.S,
// xen-elfnote.S and kernel.lds names a section heading of docs/xen-abi.md; no source or doc cites
// notes that live outside the repository (pv-abi.md, spec.md); every relative link in README.md
// and docs/*.md reaches an existing file and, with a #fragment, an existing heading (GitHub's
// heading slugs).
// What it does not check: links to other sites, or whether the cited section says what the
// citing comment claims (people read that).

import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readdirSync, readFileSync } from "fs";
import { dirname, join, resolve } from "path";

const ROOT = resolve(__dirname, "../../..");
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");
const SOURCES = ["kernel.ts", "boot.S", "xen-elfnote.S", "kernel.lds"];
const DOCS = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

/** the section numbers docs/xen-abi.md has headings for: "§2", "§2.1", … */
function abiSections(): Set<string> {
  const sections = new Set<string>();
  for (const match of read("docs/xen-abi.md").matchAll(/^#{2,4} §([0-9]+(?:\.[0-9]+)?)\s/gm)) sections.add(match[1]);
  return sections;
}

/** every "§N" a file cites as docs/xen-abi.md's, with the line it is on */
function citations(file: string): { section: string; line: number }[] {
  const found: { section: string; line: number }[] = [];
  read(file).split("\n").forEach((text, index) => {
    for (const match of text.matchAll(/(?:\[xen-abi|xen-abi\.md)((?:,? ?§[0-9]+(?:\.[0-9]+)?(?:[–-]§?[0-9]+(?:\.[0-9]+)?)?)+)/g)) {
      for (const section of match[1].matchAll(/§?([0-9]+(?:\.[0-9]+)?)/g)) found.push({ section: section[1], line: index + 1 });
    }
  });
  return found;
}

test("every xen-abi section cited by the kernel and boot files exists", () => {
  const sections = abiSections();
  assert.ok(sections.has("14.10") && sections.has("2.1"), "the heading pattern finds docs/xen-abi.md's sections");
  let cited = 0;
  for (const file of SOURCES) {
    for (const { section, line } of citations(file)) {
      cited++;
      assert.ok(sections.has(section), `${file}:${line} cites xen-abi §${section}, which docs/xen-abi.md does not have`);
    }
  }
  assert.ok(cited >= 20, `found only ${cited} citations: the pattern no longer matches how files cite`);
});

test("no source or doc cites notes kept outside the repository", () => {
  for (const file of [...SOURCES, ...DOCS]) {
    read(file).split("\n").forEach((text, index) => {
      assert.not.match(text, /pv-abi|spec\.md/, `${file}:${index + 1} cites a document that is not in the repository`);
    });
  }
});

function slug(heading: string): string {
  return [...heading.trim().toLowerCase()]
    .filter((ch) => ch === " " || ch === "-" || ch === "_" || /[\p{L}\p{N}]/u.test(ch))
    .map((ch) => (ch === " " ? "-" : ch))
    .join("");
}

function anchors(file: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  const text = read(file).replace(/^```[\s\S]*?^```/gm, "");
  for (const match of text.matchAll(/^#{1,6}\s+(.*?)\s*#*\s*$/gm)) {
    const base = slug(match[1].replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/`/g, ""));
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    result.add(n === 0 ? base : `${base}-${n}`);
  }
  return result;
}

test("every relative link in README.md and docs/ resolves, #fragment included", () => {
  let links = 0;
  for (const file of DOCS) {
    const text = read(file).replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
    for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = match[1];
      if (/^[a-z]+:/i.test(target)) continue;
      links++;
      const [path, fragment] = target.split("#");
      const targetFile = path === "" ? file : join(dirname(file), path);
      assert.ok(existsSync(join(ROOT, targetFile)), `${file}: link to ${target}: no such file`);
      if (fragment && targetFile.endsWith(".md")) {
        assert.ok(anchors(targetFile).has(fragment), `${file}: link to ${target}: no such heading in ${targetFile}`);
      }
    }
  }
  assert.ok(links >= 30, `found only ${links} links: the pattern no longer matches`);
});

test("the checks above fail on a dead reference (a test of the tests)", () => {
  assert.not.ok(abiSections().has("99"), "a section that does not exist is not found");
  assert.not.ok(anchors("docs/rig.md").has("no-such-heading"), "a heading that does not exist is not found");
  assert.equal(citations("kernel.ts").length > 0, true);
});

test.run();
