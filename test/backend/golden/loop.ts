// Golden: a counting loop with continue/break, a while loop and a module-level let.
let total = 0;

export function sumOdd(limit: number): number {
  for (let i = 0; i < limit; i++) {
    if (i % 2 === 0) continue;
    if (i > 100) break;
    total += i;
  }
  let n = limit;
  while (n > 0 && total < 1000) n--;
  return total;
}
