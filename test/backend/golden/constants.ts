// Golden: module-level constants folded by JS itself (they become immediates), enum members,
// a module-level let holding a string, and a boolean read in a branch TypeScript proves dead.
declare function addressOf(symbol: string): number;

const PAGE_SHIFT = 12; // x86 4 KiB pages
const PAGE_SIZE = 1 << PAGE_SHIFT;
const PAGE_MASK = ~(PAGE_SIZE - 1);
const HALF_PAGE = Math.floor(PAGE_SIZE / 2) + ((7 / 2) | 0) - 3 - (-4 % 3) - 1;
const TOP = PAGE_SIZE === 4096 ? 0x7fffffff >>> 0 : -1;
const BANNER = "xen-test-vm";
const BANNER_LENGTH = BANNER.length;
const CHECK = PAGE_SIZE > 4000 && !(PAGE_SHIFT <= 11) || false;
const HYPERCALL_PAGE = addressOf("hypercall_page");
enum Level { Low = -1, High = Level.Low + 3 }
let name = BANNER;
let verbose = false;

export function pageOf(address: number): number {
  if (verbose) {
    return 0;
  } else if (verbose) {
    return verbose ? 1 : 2;
  }
  return (address & PAGE_MASK) + HALF_PAGE + TOP + BANNER_LENGTH + name.length + Level.High + (CHECK ? 1 : 0) + HYPERCALL_PAGE;
}
