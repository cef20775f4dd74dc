// Calls and globals outside the subset.
// expect 8:10 the global parseInt is not supported here
// expect 9:10 Math.PI is not supported here: only Math.floor
// expect 10:10 charCodeAt without exactly one index
// expect 11:3 the global Infinity
// expect 12:10 optional call (?.)
export function run(text: string): number {
  return parseInt(text);
  return Math.PI | 0;
  return text.charCodeAt(0, 1);
  Infinity;
  return run?.(text);
}
