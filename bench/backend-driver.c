/* bench/backend-driver.c — the native side of bench/backend's message benchmark.
 *
 * What it does: links against kernel.ts + bench/backend-appendix.ts compiled by the backend
 * (kernel.o, its `main` renamed kernel_main by objcopy so that this file can have one), reads a
 * file of messages (each a little-endian u32 length and that many bytes), and PASSES times feeds
 * all of them, in order, to benchObey: the message is copied into the kernel's commandValue
 * (whose address benchSetup gives) and obeyed. The first pass also folds every console byte
 * into the checksum (bench/backend does not count its time). Prints one line per pass, "pass N NANOSECONDS
 * CHECKSUM", timed with CLOCK_MONOTONIC around the loop only (reading the file is not timed).
 * Usage: backend-driver MESSAGES PASSES.
 *
 * It also gives kernel.o the symbols boot.S, xen-elfnote.S and kernel.lds give it in the image:
 * a hypercall page of stubs that return 0 (nothing the benchmark runs makes a hypercall; should
 * one happen, it does nothing), debugPortWrite (nothing), guest_version, _image_end, and
 * __ts_trap, which reports a trap the way test/backend/runtime does and exits with status 70.
 * What it does not do: no Xen, no xenstore; see the appendix for why none is needed.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

extern int64_t benchSetup(void);
extern int64_t benchObey(int64_t length, int64_t everyByte);

__asm__(
    "        .section .text.bench_hypercall_page, \"ax\", @progbits\n"
    "        .balign 4096\n"
    "        .globl hypercall_page\n"
    "hypercall_page:\n"
    "        .rept 128\n"
    "        xorl %eax, %eax\n"
    "        ret\n"
    "        .balign 32, 0xcc\n"
    "        .endr\n"
    "        .text\n"
    "        .globl debugPortWrite\n"
    "debugPortWrite:\n"
    "        ret\n"
    "        .section .rodata\n"
    "        .globl guest_version\n"
    "guest_version:\n"
    "        .asciz \"bench\"\n"
    "        .bss\n"
    "        .balign 4096\n"
    "        .globl _image_end\n"
    "_image_end:\n"
    "        .skip 4096\n"
    "        .text\n");

/* The backend's string record: a 64-bit length, then the bytes. */
void __ts_trap(const int64_t *record) {
  fputs("trap: ", stderr);
  fwrite(record + 1, 1, (size_t)record[0], stderr);
  fputc('\n', stderr);
  exit(70);
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s MESSAGES PASSES\n", argv[0]);
    return 2;
  }
  FILE *file = fopen(argv[1], "rb");
  if (file == NULL) {
    perror(argv[1]);
    return 2;
  }
  fseek(file, 0, SEEK_END);
  long size = ftell(file);
  fseek(file, 0, SEEK_SET);
  unsigned char *data = malloc((size_t)size);
  if (data == NULL || fread(data, 1, (size_t)size, file) != (size_t)size) {
    fprintf(stderr, "%s: cannot read\n", argv[1]);
    return 2;
  }
  fclose(file);
  int passes = atoi(argv[2]);
  unsigned char *buffer = (unsigned char *)(intptr_t)benchSetup();
  for (int pass = 1; pass <= passes; pass++) {
    struct timespec start, end;
    int64_t hash = 0;
    long at = 0;
    clock_gettime(CLOCK_MONOTONIC, &start);
    while (at + 4 <= size) {
      uint32_t length = (uint32_t)data[at] | (uint32_t)data[at + 1] << 8 | (uint32_t)data[at + 2] << 16 | (uint32_t)data[at + 3] << 24;
      memcpy(buffer, data + at + 4, length);
      hash = benchObey(length, pass == 1);
      at += 4 + (long)length;
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    long long ns = (long long)(end.tv_sec - start.tv_sec) * 1000000000LL + (end.tv_nsec - start.tv_nsec);
    printf("pass %d %lld %lld\n", pass, ns, (long long)hash);
  }
  return 0;
}
