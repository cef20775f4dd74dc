// Golden: a switch on an enum with grouped labels, default in the middle, and a boolean helper.
const enum Command {
  PowerOff = 1,
  Reboot,
  Halt,
  Crash = 10,
}

function isQuiet(code: number): boolean {
  return code !== Command.Crash;
}

export function classify(code: number): number {
  switch (code) {
    case Command.PowerOff:
    case Command.Halt:
      return 0;
    default:
      return isQuiet(code) ? -1 : -2;
    case Command.Reboot:
      return 1;
  }
}
