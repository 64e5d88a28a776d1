/**
 * A message with its `{name}` placeholders filled in: `fill('第 {line} 行', { line: 3 })`. `{name:one|other}`
 * is the word for the number `name`, singular for 1: `fill('{n} {n:letter|letters}', { n: 1 })` → `1 letter`.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)(?::([^|{}]*)\|([^{}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    if (!(name in values)) return whole;
    if (one === undefined) return String(values[name]);
    return Number(values[name]) === 1 ? one : other!;
  });
}
