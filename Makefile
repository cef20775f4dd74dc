# xen-test-vm — build the kernel with node and binutils only; test; demo.
# `make` builds test-vm.xen; `make check` runs every test (unit, then real Xen in QEMU).

AS      ?= as
LD      ?= ld
NODE    ?= node
N       ?= 10000

BACKEND := build/backend/cli.js

.PHONY: all check unit rig demo fuzz bench bench-backend soak bench-storm asm release clean FORCE

all: test-vm.xen test-vm.xen.gz

# npm packages. `npm ci` runs when node_modules is missing or does not hold what package-lock.json
# locks (npm keeps a copy of what it installed in node_modules/.package-lock.json, compared here by
# content, not by time): a re-checked-out lockfile or a new "version" in package.json installs
# nothing and rebuilds nothing. The backend depends on node_modules/.package-lock.json, which only
# an install rewrites; make looks at its time again after build/npm.stamp's recipe has run. (The
# stamp takes that file's time when it can; otherwise `make -n`, which runs no recipe, predicts
# rebuilds that `make` will not do.)
define NPM_INSTALLED_JS
const fs = require("fs");
const locked = JSON.parse(fs.readFileSync("package-lock.json", "utf8")).packages;
delete locked[""];
let installed;
try { installed = JSON.parse(fs.readFileSync("node_modules/.package-lock.json", "utf8")).packages; }
catch { process.exit(1); }
process.exit(JSON.stringify(locked) === JSON.stringify(installed) ? 0 : 1);
endef
export NPM_INSTALLED_JS

build/npm.stamp: package-lock.json $(if $(wildcard node_modules/.package-lock.json),,FORCE)
	@mkdir -p build
	@$(NODE) -e "$$NPM_INSTALLED_JS" || { echo "npm ci --no-audit --no-fund"; npm ci --no-audit --no-fund; }
	@if [ node_modules/.package-lock.json -nt package-lock.json ]; then touch -r node_modules/.package-lock.json $@; else touch $@; fi
node_modules/.package-lock.json: build/npm.stamp ;

# The backend and the tests are TypeScript compiled by tsc into build/. tsc is incremental and may
# leave an unchanged cli.js alone, hence the touch.
$(BACKEND): tsconfig.json $(wildcard backend/*.ts) node_modules/.package-lock.json
	npx tsc -p tsconfig.json
	@touch $@

# kernel.ts → build/kernel.s, which the image is built from. asm/kernel.s is the committed copy a
# reader can look at; `make asm` refreshes it, and a unit test fails when it is stale.
build/kernel.s: kernel.ts $(BACKEND)
	@mkdir -p build
	$(NODE) $(BACKEND) kernel.ts -o $@

asm: build/kernel.s
	@mkdir -p asm
	cp build/kernel.s asm/kernel.s

# The version is written once, in package.json. build/version.inc hands it to xen-elfnote.S (as the
# macro guest_version_asciz) for the XEN_ELFNOTE_GUEST_VERSION note. It is rewritten only when the
# version changes, so another edit to package.json re-reads it (build/version.stamp) but rebuilds
# nothing; as with npm.stamp, make looks at version.inc's time again after the stamp's recipe.
define VERSION_INC_JS
const fs = require("fs");
const version = JSON.parse(fs.readFileSync("package.json", "utf8")).version;
if (!/^[0-9A-Za-z.+-]+$$/.test(version)) {
  console.error("package.json: version " + JSON.stringify(version) + " is not a plain version string");
  process.exit(1);
}
const text = [
  "# build/version.inc: made by the Makefile from package.json's version. Do not edit.",
  ".macro guest_version_asciz",
  "        .asciz  \"" + version + "\"",
  ".endm",
  "",
].join("\n");
const file = "build/version.inc";
if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text) {
  fs.writeFileSync(file, text);
  console.log(file + ": version " + version);
}
endef
export VERSION_INC_JS

build/version.stamp: package.json $(if $(wildcard build/version.inc),,FORCE)
	@mkdir -p build
	@$(NODE) -e "$$VERSION_INC_JS"
	@if [ build/version.inc -nt package.json ]; then touch -r build/version.inc $@; else touch $@; fi
build/version.inc: build/version.stamp ;

# The image is byte-for-byte the same whichever folder it is built in. boot.o (-g) and kernel.o (its
# .file/.loc lines, which addr2line and objdump -dl use to name kernel.ts lines) carry DWARF line
# and compile-unit information, whose DW_AT_comp_dir would be the build folder: it is written as
# "." instead. `as` takes the folder from $PWD when that names the current folder, else from
# getcwd(), so both are mapped. The objects depend on this Makefile, which holds their flags.
ASFLAGS := --64 --debug-prefix-map=$(CURDIR)=.
AS_PWD_MAP = --debug-prefix-map="$${PWD:-$(CURDIR)}"=.

build/boot.o: boot.S Makefile
	@mkdir -p build
	$(AS) $(ASFLAGS) $(AS_PWD_MAP) -g -o $@ $<
build/xen-elfnote.o: xen-elfnote.S build/version.inc Makefile
	$(AS) $(ASFLAGS) $(AS_PWD_MAP) -I build -o $@ $<
build/kernel.o: build/kernel.s Makefile
	$(AS) $(ASFLAGS) $(AS_PWD_MAP) -o $@ $<

test-vm.xen: kernel.lds build/boot.o build/xen-elfnote.o build/kernel.o
	$(LD) -T kernel.lds -nostdlib -z noexecstack -z max-page-size=4096 -o $@ build/boot.o build/xen-elfnote.o build/kernel.o
	@size $@

test-vm.xen.gz: test-vm.xen
	gzip -9 -n -c $< > $@

# `make release`: xen-test-vm-<version>.xen.gz (gzip -9 -n of test-vm.xen: no name or time stored,
# so the same commit gives the same bytes) and its .sha256, in sha256sum's format for `sha256sum -c`.
# <version> is package.json's. README.md, "Releases", says how to make and check one.
release: test-vm.xen
	@set -e; version=$$($(NODE) -p 'require("./package.json").version'); \
	out=xen-test-vm-$$version.xen.gz; \
	echo "gzip -9 -n -c test-vm.xen > $$out"; gzip -9 -n -c test-vm.xen > $$out; \
	echo "sha256sum $$out > $$out.sha256"; sha256sum $$out > $$out.sha256; \
	cat $$out.sha256; \
	if [ -n "$$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then \
	  echo "release: warning: the work tree has uncommitted changes; this image is not the commit's" >&2; fi

unit: all
	npm test

rig: all
	bash test/xen/rig

check: unit rig

demo: all
	bash test/xen/demo

# The fuzzer is one of the tests tsc compiles; tsc (incremental) brings it up to date first.
fuzz: $(BACKEND)
	npx tsc -p tsconfig.json
	$(NODE) build/test/backend/fuzz.js $(N)

bench: all
	bash bench/run

# The backend at BENCH_BASE against this tree's, in size and speed (bench/backend; needs gcc).
bench-backend: $(BACKEND)
	npx tsc -p tsconfig.json
	bash bench/backend

# issue 15, not part of check: the long soak (counts: SOAK_REBOOTS SOAK_SAVES SOAK_MIGRATIONS
# SOAK_HOSTILE SOAK_MODES) and the boot storm (STORM_NS, STORM_MEM_MIB; bench/storm).
soak: all
	bash test/xen/rig --soak

bench-storm: all
	bash bench/storm

clean:
	rm -rf build coverage test-vm.xen test-vm.xen.gz xen-test-vm-*.xen.gz xen-test-vm-*.xen.gz.sha256
