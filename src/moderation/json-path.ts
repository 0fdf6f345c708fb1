export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The path (keys and array indexes, as text, the way Postgres' jsonb_set takes them) to the first node matching `test`, depth first. */
export function jsonPathWhere(node: unknown, test: (node: unknown) => boolean, path: string[] = []): string[] | undefined {
  if (test(node)) return path;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const found = jsonPathWhere(node[i], test, [...path, String(i)]);
      if (found) return found;
    }
  } else if (isRecord(node)) {
    for (const [key, value] of Object.entries(node)) {
      const found = jsonPathWhere(value, test, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}
