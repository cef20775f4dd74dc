// Golden: string records in .rodata (deduplicated), .length, charCodeAt with its bounds trap.
declare function printChar(code: number): void;

const GREETING = "hello, \"xen\"\n";

export function print(text: string): void {
  for (let i = 0; i < text.length; i++) printChar(text.charCodeAt(i));
}

export function greet(): void {
  print(GREETING);
  print("hello, \"xen\"\n");
}
