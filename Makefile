# xen-test-vm — build the kernel with node and binutils only; test; demo.
# `make` builds test-vm.xen; `make check` runs every test (unit, then real Xen in QEMU).

AS      ?= as
LD      ?= ld
NODE    ?= node
N       ?= 10000

BACKEND := build/backend/cli.js

.PHONY: all check unit rig demo fuzz bench asm clean node_modules

all: test-vm.xen test-vm.xen.gz

node_modules: node_modules/.package-lock.json
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

# The backend and the tests are TypeScript compiled by tsc into build/.
$(BACKEND): node_modules $(wildcard backend/*.ts)
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

build/boot.o: boot.S
	@mkdir -p build
	$(AS) --64 -g -o $@ $<
build/xen-elfnote.o: xen-elfnote.S
	@mkdir -p build
	$(AS) --64 -o $@ $<
build/kernel.o: build/kernel.s
	$(AS) --64 -o $@ $<

test-vm.xen: kernel.lds build/boot.o build/xen-elfnote.o build/kernel.o
	$(LD) -T kernel.lds -nostdlib -z noexecstack -z max-page-size=4096 -o $@ build/boot.o build/xen-elfnote.o build/kernel.o
	@size $@

test-vm.xen.gz: test-vm.xen
	gzip -9 -n -c $< > $@

unit: all
	npm test

rig: all
	bash test/xen/rig

check: unit rig

demo: all
	bash test/xen/demo

fuzz: $(BACKEND)
	$(NODE) build/test/backend/fuzz.js $(N)

bench: all
	bash bench/run

clean:
	rm -rf build coverage test-vm.xen test-vm.xen.gz
