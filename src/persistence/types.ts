/**
 * The data that saves and settings are made of, and the port a storage
 * backend implements. Plain types only: no DOM, no Phaser, no localforage.
 */
import type { PlaythroughSnapshot } from '../play/Playthrough.ts';

/** Where a save lives within its story: the autosave or one of the manual slots. */
export type SlotId = 'auto' | ManualSlotId;

/** A manual slot, numbered from 1 (`manual-1` … `manual-3`). */
export type ManualSlotId = `manual-${number}`;

/** What the slot list shows about a save without running the story. */
export interface SaveProgress {
  /** Choices made so far. */
  readonly choicesMade: number;
  /** True when the save stands at an ending. */
  readonly ended: boolean;
  /** The `# ending:` id, when ended. */
  readonly endingId: string | undefined;
  /** The ending's human title (`# ending_title:`, or made from the id), when ended. */
  readonly endingTitle: string | undefined;
  /** A short piece of the current passage, so players recognise the place. */
  readonly snippet: string;
}

/**
 * One save, as stored (format version 1). Everything a Playthrough snapshot
 * holds, plus what the slot list and the resume logic need.
 */
export interface SaveRecord extends PlaythroughSnapshot {
  readonly formatVersion: number;
  /**
   * The oldest format version that can still read this record. A newer game
   * that only adds fields keeps this at 1, so older games go on loading it.
   */
  readonly minReaderVersion: number;
  readonly storyId: string;
  readonly storyTitle: string;
  /** `CompiledStory.hash` when saved; a different hash on load means the story was edited. */
  readonly storyHash: string;
  readonly slot: SlotId;
  /** The player's name for the save; the autosave is called "Autosave". */
  readonly label: string;
  /** ISO 8601 time of saving. */
  readonly savedAt: string;
  readonly progress: SaveProgress;
  // The rest (ink state, choice log, totals, recent transcript and its start, turn) is the snapshot's.
}

/** The result of reading untrusted data: the value, or a specific reason it was refused. */
export type Checked<T> =
  | { readonly ok: true; readonly value: T; /** Set when an older format was upgraded on the way in. */ readonly migratedFrom?: number }
  | { readonly ok: false; readonly problem: ProblemKind; readonly reason: string };

/**
 * Why a record could not be used:
 * `empty` nothing is stored there; `foreign` not a Common Ground save;
 * `corrupt` damaged or malformed; `newer` made by a newer version of the game;
 * `storage` the browser's storage failed.
 */
export type ProblemKind = 'empty' | 'foreign' | 'corrupt' | 'newer' | 'storage';

/** A stored record that listing skipped, and why (for a message to the player). */
export interface SkippedRecord {
  /** The storage key, for diagnostics. */
  readonly key: string;
  readonly problem: ProblemKind;
  /** A specific, player-readable reason. */
  readonly reason: string;
}

/** All saves found (newest first) and every record that was skipped. */
export interface SaveListing {
  readonly saves: readonly SaveRecord[];
  readonly skipped: readonly SkippedRecord[];
}

/** One row of a story's slot list: the autosave and every manual slot, filled or not. */
export interface SlotView {
  readonly slot: SlotId;
  /** "Autosave", "Slot 1", … */
  readonly name: string;
  readonly save: SaveRecord | undefined;
}

/** How a write went. Writes never reject: a failing browser store falls back to memory. */
export type WriteOutcome =
  | {
      readonly ok: true;
      /** False when the write only reached memory (storage blocked or full). */
      readonly persistent: boolean;
      /** Set the first time storage fails (and on every later write while it stays in memory). */
      readonly message?: string;
    }
  | { readonly ok: false; readonly reason: string };

/** The player's settings. */
export interface Settings {
  /** Multiplier for text size, 1–2. */
  readonly textScale: number;
  readonly theme: 'warm' | 'contrast';
  readonly reading: 'standard' | 'easy';
  /** `system` follows the operating system's reduced-motion setting. */
  readonly motion: 'system' | 'on' | 'off';
  /** Whether the three meters show during play. */
  readonly showHud: boolean;
  /** Each 0–1. */
  readonly volumes: { readonly master: number; readonly music: number; readonly effects: number };
  readonly muted: boolean;
  readonly captions: boolean;
}

/** Settings read from storage, with a note for each field that was bad and fell back to its default. */
export interface LoadedSettings {
  readonly settings: Settings;
  readonly problems: readonly string[];
}

/** The saves and settings of this browser. Every method resolves; none rejects on bad data or failing storage. */
export interface SaveStore {
  /** False once the store keeps things only in memory (blocked, full or failing storage). */
  readonly persistent: boolean;
  /** Every save, or one story's (newest first), with a reason for each record skipped. */
  list(storyId?: string): Promise<SaveListing>;
  /** One slot's save, or why it cannot be used (`empty` when the slot is free). */
  load(storyId: string, slot: SlotId): Promise<Checked<SaveRecord>>;
  /** Write (or overwrite) the save's slot atomically: the old save stays intact until the new one is verified. */
  write(save: SaveRecord): Promise<WriteOutcome>;
  /** Empty a slot. */
  remove(storyId: string, slot: SlotId): Promise<WriteOutcome>;
  /** The settings, with defaults for anything missing or bad. */
  loadSettings(): Promise<LoadedSettings>;
  saveSettings(settings: Settings): Promise<WriteOutcome>;
}

/** Reading and writing single keys: what a `KeyValueStore` and one of its transactions both offer. */
export interface KeyValueAccess {
  /** The value, or undefined when the key is absent. */
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * The port a storage backend implements: a key–value store of JSON-safe
 * values. Each `set` must replace one key's value as a whole or not at all
 * (IndexedDB's `put`, localStorage's `setItem`). Methods may reject.
 */
export interface KeyValueStore extends KeyValueAccess {
  keys(): Promise<string[]>;
  /**
   * Run `work`'s reads and writes as one transaction: if `work` resolves,
   * all its writes land together; if it rejects, none do. `work` must await
   * nothing but the transaction's own requests (IndexedDB commits a
   * transaction as soon as no request is pending). Backends without
   * transactions (localStorage) leave this out, and callers then run the
   * same steps against the store itself, one by one; a backend that loses
   * its transactions (a closed connection) may do the same here. So the
   * steps must be ordered to be safe either way, as the save store's
   * pointer swap is.
   */
  readonly inOneTransaction?: RunInOneTransaction;
}

/** See `KeyValueStore.inOneTransaction`. */
export type RunInOneTransaction = <T>(work: (transaction: KeyValueAccess) => Promise<T>) => Promise<T>;
