// Module-level declarations outside the subset: each line below names one expected error.
// expect 9:1 a top-level if statement is not supported here
// expect 10:14 a module-level const that is not a constant expression
// expect 11:7 destructuring is not supported here
// expect 12:1 an interface is not supported here
// expect 13:1 `var` is not supported here
// expect 14:26 the non-integer number 0.5
let ready = false;
if (ready) ready = false;
const WHEN = Date.now();
const [A, B] = [1, 2];
interface Shape { sides: number; }
var legacy = 1;
const HALF = 2 > 1 ? 1 : 0.5;
