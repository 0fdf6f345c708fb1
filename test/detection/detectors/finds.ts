import { expect } from 'vitest';
import { scan, type FindingType } from '../../../src/detection';

/** Every [type, value] expected must be found (span overlap, same type); `none` lists types that must not be. */
export function finds(text: string, expected: Array<[FindingType, string]>, none: FindingType[] = []): void {
  const got = scan({ text }).map((f) => ({ type: f.type, start: f.start, end: f.end }));
  for (const [type, value] of expected) {
    const at = text.indexOf(value);
    const hit = got.some((g) => g.type === type && g.start < at + value.length && at < g.end);
    expect({ text, type, value, hit }).toEqual({ text, type, value, hit: true });
  }
  for (const type of none) expect({ text, type, found: got.filter((g) => g.type === type).length }).toEqual({ text, type, found: 0 });
}
