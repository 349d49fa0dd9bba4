/**
 * The room's votes at each choice point. Counts are kept per choice and stay
 * hidden until the facilitator reveals them, so the first voices in the room
 * do not steer the rest. Plain data in and out, so it syncs and exports as is.
 */
import type { PointKey } from './points.ts';

/** The votes at one choice point, as shown or exported. */
export interface Tally {
  /** Votes per choice, by choice index. */
  readonly counts: readonly number[];
  readonly total: number;
  /** True once the facilitator has shown the counts to the room. */
  readonly revealed: boolean;
}

/** One bar of the revealed chart. */
export interface TallyBar {
  readonly index: number;
  readonly count: number;
  /** Share of all votes, 0..1 (0 when nobody voted). */
  readonly share: number;
  /** True for the choice(s) with the most votes (none when nobody voted). */
  readonly leading: boolean;
}

interface Entry {
  counts: number[];
  revealed: boolean;
}

/** Stored form of a vote book (JSON-safe). */
export type VoteBookData = Readonly<Record<PointKey, { readonly counts: readonly number[]; readonly revealed: boolean }>>;

export class VoteBook {
  private readonly entries = new Map<PointKey, Entry>();

  /** One more vote for choice `index` at `key`. */
  add(key: PointKey, index: number): Tally {
    checkIndex(index);
    const entry = this.entry(key);
    entry.counts[index] = (entry.counts[index] ?? 0) + 1;
    return this.tally(key);
  }

  /** One vote fewer for choice `index` (never below zero). */
  remove(key: PointKey, index: number): Tally {
    checkIndex(index);
    const entry = this.entry(key);
    entry.counts[index] = Math.max(0, (entry.counts[index] ?? 0) - 1);
    return this.tally(key);
  }

  /** Show the counts to the room. */
  reveal(key: PointKey): Tally {
    this.entry(key).revealed = true;
    return this.tally(key);
  }

  /** Hide the counts again (stepping back before the reveal). */
  hide(key: PointKey): Tally {
    this.entry(key).revealed = false;
    return this.tally(key);
  }

  /** Forget the votes at one point, for a fresh vote. */
  clear(key: PointKey): Tally {
    this.entries.delete(key);
    return this.tally(key);
  }

  /** The tally at `key`, padded to `choiceCount` choices. */
  tally(key: PointKey, choiceCount = 0): Tally {
    const entry = this.entries.get(key);
    const counts = Array.from({ length: Math.max(choiceCount, entry?.counts.length ?? 0) }, (_, i) => entry?.counts[i] ?? 0);
    return { counts, total: counts.reduce((a, b) => a + b, 0), revealed: entry?.revealed ?? false };
  }

  /** True when anyone voted at `key`. */
  hasVotes(key: PointKey): boolean {
    return this.tally(key).total > 0;
  }

  toJSON(): VoteBookData {
    return Object.fromEntries([...this.entries].map(([k, e]) => [k, { counts: [...e.counts], revealed: e.revealed }]));
  }

  static fromJSON(data: VoteBookData): VoteBook {
    const book = new VoteBook();
    for (const [key, e] of Object.entries(data)) {
      book.entries.set(key, { counts: e.counts.map((n) => (Number.isInteger(n) && n > 0 ? n : 0)), revealed: e.revealed === true });
    }
    return book;
  }

  private entry(key: PointKey): Entry {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { counts: [], revealed: false };
      this.entries.set(key, entry);
    }
    return entry;
  }
}

/** The bars of the chart, one per choice, in choice order. */
export function tallyBars(tally: Tally): TallyBar[] {
  const most = Math.max(0, ...tally.counts);
  return tally.counts.map((count, index) => ({ index, count, share: tally.total === 0 ? 0 : count / tally.total, leading: most > 0 && count === most }));
}

/** The one choice with the most votes, or undefined on a tie or when nobody voted. */
export function winner(tally: Tally): number | undefined {
  const leaders = tallyBars(tally).filter((b) => b.leading);
  return leaders.length === 1 ? leaders[0]!.index : undefined;
}

/** "1 vote" / "3 votes". */
export function votesLabel(count: number): string {
  return `${count} ${count === 1 ? 'vote' : 'votes'}`;
}

function checkIndex(index: number): void {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`There is no choice ${index + 1} to vote for.`);
}
