/** `1 warning`, `2 warnings`, `0 findings`: an English count with its noun in number. */
export function englishCount(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
