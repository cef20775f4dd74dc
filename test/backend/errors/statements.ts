// Statements outside the subset inside one function; several errors in one run.
// expect 10:3 a labelled statement is not supported here
// expect 13:3 throw is not supported here
// expect 14:3 debugger is not supported here
// expect 15:3 an enum inside a function is not supported here
// expect 16:3 a type alias inside a function is not supported here
// expect 17:7 a variable without an initialiser is not supported here
// expect 18:10 a boolean as the left operand of + is not supported here
export function run(count: number): number {
  loop: for (let i = 0; i < count; i++) {
    if (i === 3) break loop;
  }
  throw count;
  debugger;
  enum Local { A }
  type Alias = number;
  let pending: number;
  return (count > 1) + 1;
}
