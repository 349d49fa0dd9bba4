/**
 * Naming choice points within one facilitated session.
 *
 * Ink is deterministic for the same choices, so a choice point is named by
 * the choices that lead to it: the choice-log prefix, as 1-based choice
 * numbers joined with dots ("" is the first choice point, "2.1" is where you
 * stand after taking choice 2 and then choice 1). Votes, the branch map and
 * the summary all key on this.
 */

/** The name of a choice point (or ending) in a session: its path of choice numbers. */
export type PointKey = string;

/** The key of the place reached by taking these choices (0-based indices) from the start. */
export function pointKey(log: readonly { readonly index: number }[]): PointKey {
  return log.map((c) => c.index + 1).join('.');
}

/** The key one choice further on. */
export function childKey(key: PointKey, index: number): PointKey {
  return key === '' ? String(index + 1) : `${key}.${index + 1}`;
}

/** The key one choice earlier, or undefined for the first choice point. */
export function parentKey(key: PointKey): PointKey | undefined {
  if (key === '') return undefined;
  const dot = key.lastIndexOf('.');
  return dot < 0 ? '' : key.slice(0, dot);
}

/** The 0-based choice indices that lead to `key`; undefined when the key is malformed. */
export function keyIndices(key: PointKey): number[] | undefined {
  if (key === '') return [];
  const parts = key.split('.');
  const indices = parts.map((p) => (/^[1-9]\d*$/.test(p) ? Number(p) - 1 : Number.NaN));
  return indices.every(Number.isInteger) ? indices : undefined;
}

/** How many choices lead to `key`. */
export function keyDepth(key: PointKey): number {
  return key === '' ? 0 : key.split('.').length;
}

/** True when `key` is `ancestor` or lies below it. */
export function isWithin(key: PointKey, ancestor: PointKey): boolean {
  return ancestor === '' || key === ancestor || key.startsWith(`${ancestor}.`);
}

/** The question put to the room when the writer gave no `# discuss:` prompt. */
export const DEFAULT_QUESTION = 'What is going on here, and what would you do next?';
