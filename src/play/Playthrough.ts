/**
 * One playthrough of one story: the engine plus everything a player has done.
 *
 * It keeps the score, the transcript (history), the log of choices and the
 * points to roll back to. Saves, undo, facilitator branches and hot reload
 * are all built on this one object, so they agree on what "the same place in
 * the story" means: the same choices, made in the same order.
 */
import { StoryEngine, type ChoiceRecord, type Turn } from '../engine/StoryEngine.ts';
import { addChoice, EMPTY_TOTALS, mirrorIntoStory, type ScoreTotals } from '../scoring/score.ts';

/** One entry of the history: a line of the story or a choice the player made. */
export type TranscriptEntry =
  | { readonly kind: 'line'; readonly text: string; readonly speaker?: string }
  | { readonly kind: 'choice'; readonly text: string };

/** Where the playthrough stood at one choice point, for rolling back. */
interface Checkpoint {
  readonly inkState: string;
  readonly totals: ScoreTotals;
  /** Entries since the last restart (counting those dropped from memory since). */
  readonly transcriptLength: number;
  readonly turn: Turn;
}

/** Everything needed to put a playthrough back exactly where it was. Plain, JSON-safe data. */
export interface PlaythroughSnapshot {
  readonly inkState: string;
  readonly choiceLog: readonly ChoiceRecord[];
  readonly totals: ScoreTotals;
  /** The recent part of the transcript: from choice point `transcriptStart` on. */
  readonly transcript: readonly TranscriptEntry[];
  /** Choices made before `transcript` begins (absent or 0: it is the whole story so far). */
  readonly transcriptStart?: number;
  readonly turn: Turn;
}

/** How a replay of a choice log against a (possibly edited) story went. */
export type ReplayOutcome =
  | { readonly ok: true; readonly replayed: number }
  | {
      readonly ok: false;
      /** Choices that still matched, in order; the playthrough now stands after them. */
      readonly replayed: number;
      /** The choice that no longer exists. */
      readonly missing: ChoiceRecord;
      /** The story text just before the divergence, to tell the player where it happened. */
      readonly context: string;
    };

/** How many recent choice points keep a full ink state; older ones are rebuilt by replay. */
const KEPT_CHECKPOINTS = 50;

/**
 * How many recent turns of the transcript stay in memory. Older turns are
 * rebuilt by replay when the whole History is wanted, so a long session's
 * memory stays flat. At least KEPT_CHECKPOINTS, so every kept checkpoint's
 * transcript is still at hand.
 */
const KEPT_TRANSCRIPT_TURNS = 60;

/** Choice records are shared while at most this many distinct ones have been seen (a loop makes the same few again and again). */
const MAX_SHARED_RECORDS = 500;

export class Playthrough {
  private turnNow: Turn;
  private totalsNow: ScoreTotals = EMPTY_TOTALS;
  private readonly log: ChoiceRecord[] = [];
  /** The transcript from choice point `startOfEntries` on; earlier turns are rebuilt by replay. */
  private readonly entries: TranscriptEntry[] = [];
  private startOfEntries = 0;
  /** Entries dropped from the front of `entries` since the last restart: checkpoints count from there. */
  private entriesDropped = 0;
  /** checkpoints[i] is the state at choice point i (before choice i was made); sparse for old points. */
  private checkpoints: (Checkpoint | undefined)[] = [];
  /** One object for each distinct choice record, so a long log holds references, not copies. */
  private readonly sharedRecords = new Map<string, ChoiceRecord>();
  /**
   * The ink state at the current choice point, serialised at most once: the
   * autosave (after the turn is painted) and the rollback point kept when the
   * next choice is made both need it, and serialising it is the costliest
   * step of a turn's bookkeeping. Cleared whenever the story moves.
   */
  private stateHere: string | undefined;

  /**
   * @param keptTurns how many recent turns of transcript to keep in memory
   *   (Infinity keeps them all); `checkpoints: false` skips rollback points,
   *   for a replay that only wants the text.
   */
  constructor(
    readonly engine: StoryEngine,
    private readonly options: { readonly keptTurns?: number; readonly checkpoints?: boolean } = {},
  ) {
    mirrorIntoStory(this.totalsNow, engine);
    this.turnNow = this.advance();
  }

  /** The current choice point (or ending). */
  get turn(): Turn {
    return this.turnNow;
  }

  get totals(): ScoreTotals {
    return this.totalsNow;
  }

  get choiceLog(): readonly ChoiceRecord[] {
    return this.log;
  }

  /**
   * The transcript kept in memory: every line and choice from choice point
   * `transcriptStart` on (all of it, in any story of ordinary length).
   */
  get recentTranscript(): readonly TranscriptEntry[] {
    return this.entries;
  }

  /** Choices made before `recentTranscript` begins; 0 when it is the whole story so far. */
  get transcriptStart(): number {
    return this.startOfEntries;
  }

  /**
   * The whole transcript from the first line. In a long session the older
   * turns are rebuilt by replaying the choices from the start (ink is
   * deterministic for the same choices and seed), so this can take a moment.
   */
  fullTranscript(): readonly TranscriptEntry[] {
    if (this.startOfEntries === 0) return this.entries;
    const resumeAt = this.inkStateHere();
    try {
      this.engine.reset();
      const replica = new Playthrough(this.engine, { keptTurns: Infinity, checkpoints: false });
      for (const record of this.log) replica.choose(record.index);
      return replica.entries;
    } finally {
      this.engine.loadState(resumeAt);
    }
  }

  /** Number of choices made so far; also the index of the current choice point. */
  get depth(): number {
    return this.log.length;
  }

  /** Make choice `index` and continue to the next choice point. */
  choose(index: number): Turn {
    const choice = this.turnNow.choices[index];
    if (!choice) throw new RangeError(`There is no choice ${index + 1} here.`);
    if (this.options.checkpoints !== false) {
      this.checkpoints[this.log.length] = this.checkpoint();
      this.forgetOldCheckpoints();
    }
    this.log.push(this.shared(this.engine.choose(index)));
    this.entries.push({ kind: 'choice', text: choice.text });
    this.totalsNow = addChoice(this.totalsNow, choice.score);
    mirrorIntoStory(this.totalsNow, this.engine);
    this.turnNow = this.advance();
    this.forgetOldTurns();
    return this.turnNow;
  }

  /**
   * Serialise the ink state at this choice point now, while nothing waits
   * for it, so that the choice made here need not (Undo keeps it as its
   * rollback point). Costs nothing when it is serialised already.
   */
  prepareChoice(): void {
    if (this.options.checkpoints !== false && !this.turnNow.ended) this.inkStateHere();
  }

  /** Undo the last `steps` choices. */
  undo(steps = 1): Turn {
    return this.rewindTo(Math.max(0, this.log.length - steps));
  }

  /**
   * Go back to choice point `depth` (0 = the first choice point), forgetting
   * the choices after it. Score and transcript roll back with it.
   */
  rewindTo(depth: number): Turn {
    if (!Number.isInteger(depth) || depth < 0 || depth > this.log.length) {
      throw new RangeError(`Cannot go back to choice point ${depth}; this playthrough has ${this.log.length} choices.`);
    }
    if (depth === this.log.length) return this.turnNow;
    const kept = this.checkpoints[depth];
    if (kept && depth >= this.startOfEntries) {
      this.engine.loadState(kept.inkState);
      this.stateHere = kept.inkState;
      this.totalsNow = kept.totals;
      this.entries.length = kept.transcriptLength - this.entriesDropped;
      this.log.length = depth;
      this.checkpoints.length = depth;
      this.turnNow = kept.turn;
      return this.turnNow;
    }
    // Too old to have kept its state: replay from the start. Ink is
    // deterministic for the same choices (its random seed is in the state).
    const choices = this.log.slice(0, depth);
    this.restart();
    for (const c of choices) this.choose(c.index);
    return this.turnNow;
  }

  /** Start again from the top, forgetting everything. */
  restart(): Turn {
    this.engine.reset();
    this.totalsNow = EMPTY_TOTALS;
    this.log.length = 0;
    this.entries.length = 0;
    this.startOfEntries = 0;
    this.entriesDropped = 0;
    this.checkpoints = [];
    mirrorIntoStory(this.totalsNow, this.engine);
    this.turnNow = this.advance();
    return this.turnNow;
  }

  /** Plain data for a save. */
  snapshot(): PlaythroughSnapshot {
    return {
      inkState: this.inkStateHere(),
      choiceLog: [...this.log],
      totals: this.totalsNow,
      transcript: [...this.entries],
      transcriptStart: this.startOfEntries,
      turn: this.turnNow,
    };
  }

  /**
   * Put back a snapshot taken from the *same* compiled story. Rollback points
   * before the snapshot are rebuilt lazily, by replay, if the player asks.
   */
  restore(snapshot: PlaythroughSnapshot): Turn {
    this.engine.loadState(snapshot.inkState);
    this.stateHere = snapshot.inkState;
    this.totalsNow = snapshot.totals;
    this.log.length = 0;
    this.log.push(...snapshot.choiceLog.map((record) => this.shared(record)));
    this.entries.length = 0;
    this.entries.push(...snapshot.transcript);
    this.startOfEntries = snapshot.transcriptStart ?? 0;
    this.entriesDropped = 0;
    this.checkpoints = [];
    this.forgetOldTurns();
    this.turnNow = { ...snapshot.turn, choices: this.engine.currentChoices() };
    return this.turnNow;
  }

  /**
   * Rebuild a position in a story that may have been edited since the log was
   * written: from the start, take each logged choice again, matched by its
   * text (the source path breaks ties). Stops at the
   * first choice that no longer exists and says where.
   */
  replay(log: readonly ChoiceRecord[]): ReplayOutcome {
    this.restart();
    for (let i = 0; i < log.length; i++) {
      const wanted = log[i]!;
      const index = matchChoice(this.engine, wanted);
      if (index === undefined) {
        const context = [...this.entries].reverse().find((e) => e.kind === 'line')?.text ?? '';
        return { ok: false, replayed: i, missing: wanted, context };
      }
      this.choose(index);
    }
    return { ok: true, replayed: log.length };
  }

  private advance(): Turn {
    this.stateHere = undefined;
    const turn = this.engine.continueTurn();
    for (const p of turn.paragraphs) {
      if (p.debrief || p.text.trim() === '') continue;
      this.entries.push(p.speaker ? { kind: 'line', text: p.text, speaker: p.speaker } : { kind: 'line', text: p.text });
    }
    return turn;
  }

  /** The ink state here, serialised once (see `stateHere`). */
  private inkStateHere(): string {
    return (this.stateHere ??= this.engine.saveState());
  }

  private checkpoint(): Checkpoint {
    return { inkState: this.inkStateHere(), totals: this.totalsNow, transcriptLength: this.entriesDropped + this.entries.length, turn: this.turnNow };
  }

  /** Keep memory flat in long sessions: only recent choice points hold a full ink state. */
  private forgetOldCheckpoints(): void {
    const old = this.log.length - KEPT_CHECKPOINTS;
    if (old >= 0) this.checkpoints[old] = undefined;
  }

  /** Keep memory flat in long sessions: drop the oldest turns of the transcript (fullTranscript rebuilds them). */
  private forgetOldTurns(): void {
    const kept = this.options.keptTurns ?? KEPT_TRANSCRIPT_TURNS;
    while (this.log.length - this.startOfEntries > kept) {
      // The oldest turn kept runs up to and including its choice.
      const end = this.entries.findIndex((e) => e.kind === 'choice');
      if (end < 0) return;
      this.entries.splice(0, end + 1);
      this.entriesDropped += end + 1;
      this.startOfEntries += 1;
    }
  }

  /** The one shared object equal to `record`. */
  private shared(record: ChoiceRecord): ChoiceRecord {
    const key = `${record.index}\u0000${record.sourcePath}\u0000${record.text}`;
    const known = this.sharedRecords.get(key);
    if (known) return known;
    // A story that writes numbers into its choices makes new ones for ever: start afresh rather than grow.
    if (this.sharedRecords.size >= MAX_SHARED_RECORDS) this.sharedRecords.clear();
    this.sharedRecords.set(key, record);
    return record;
  }
}

/** Index of the current choice matching a logged one, or undefined. */
function matchChoice(engine: StoryEngine, wanted: ChoiceRecord): number | undefined {
  const choices = engine.currentChoices();
  const byBoth = choices.find((c) => c.text === wanted.text && c.sourcePath === wanted.sourcePath);
  if (byBoth) return byBoth.index;
  // Paths shift when choices are inserted or knots renamed, so the text decides;
  // matching on the path alone could resume on the wrong branch.
  const byText = choices.filter((c) => c.text === wanted.text);
  return byText.length === 1 ? byText[0]!.index : undefined;
}
