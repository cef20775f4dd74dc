// Golden: arithmetic with its traps — + - * leave the exact range, % by zero, both divisions.
export function mix(a: number, b: number): number {
  const sum = a + b * 3;
  const rest = sum % b;
  return Math.floor(sum / b) - ((a / b) | 0) + rest;
}
