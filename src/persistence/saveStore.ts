/**
 * Saves and settings on top of any key–value backend.
 *
 * Atomic writes: a save is written under a fresh record key, read back and
 * compared, and only then does the slot's small pointer record switch to it.
 * Each backend `set` replaces one key whole or not at all (localStorage's
 * setItem, IndexedDB's put), so at every moment the pointer names either
 * the old, good record or the new, verified one — never a half-written one.
 * A write that dies before the switch leaves only an unreferenced record,
 * which a later listing clears away. Where the backend has transactions
 * (IndexedDB), the same steps run as one: a single commit, and a write that
 * fails leaves nothing at all.
 *
 * When the backend fails a write (quota, blocked, broken), the store copies
 * what it can read into memory and carries on there, saying so.
 */
import { MemoryKeyValueStore } from './memoryStore.ts';
import { readSave, slotName, isSlotId } from './saveFormat.ts';
import { readSettings, settingsRecord } from './settings.ts';
import { describe, errorText } from './validate.ts';
import type { Checked, KeyValueAccess, KeyValueStore, LoadedSettings, SaveListing, SaveRecord, SaveStore, Settings, SkippedRecord, SlotId, WriteOutcome } from './types.ts';

/** Every player-facing message about storage that does not keep progress starts with this. */
export const NOT_KEPT_PREFIX = 'Progress will not be kept after you close this tab: ';

const SLOT_PREFIX = 'slot:';
const RECORD_PREFIX = 'save:';
const SETTINGS_POINTER = 'settings';
const SETTINGS_PREFIX = 'settings:';
/** Written and removed by `openSaveStore` to test the storage. */
export const PROBE_KEY = 'probe';
/** A record nobody points at is left alone this long: another tab may be about to point at it. */
const ORPHAN_GRACE_MS = 10 * 60 * 1000;

export interface SaveStoreOptions {
  /** The backend keeps data after the tab closes (false for memory). Default true. */
  readonly persistent?: boolean;
  /** Start in memory with this player-facing message, reported with every write. */
  readonly memoryOnly?: string;
  /** The clock, for tests. */
  readonly now?: () => number;
}

/**
 * A save store that keeps everything in memory (the tests' fake, and the
 * fallback). `notKeptMessage`, when given, is reported with every write.
 */
export function createMemorySaveStore(notKeptMessage?: string): SaveStore {
  return createSaveStore(new MemoryKeyValueStore(), notKeptMessage === undefined ? { persistent: false } : { persistent: false, memoryOnly: notKeptMessage });
}

/** A save store over `backend`. */
export function createSaveStore(backend: KeyValueStore, options: SaveStoreOptions = {}): SaveStore {
  return new KeyedSaveStore(backend, options);
}

class KeyedSaveStore implements SaveStore {
  private fallback: { readonly memory: KeyValueStore; readonly message: string } | undefined;
  /** Mutations run one at a time, so an older autosave can never land after a newer one. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly now: () => number;
  private readonly backendPersistent: boolean;

  constructor(
    private readonly backend: KeyValueStore,
    options: SaveStoreOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.backendPersistent = options.persistent ?? !options.memoryOnly;
    if (options.memoryOnly !== undefined) this.fallback = { memory: backend, message: options.memoryOnly };
  }

  get persistent(): boolean {
    return this.backendPersistent && this.fallback === undefined;
  }

  private get active(): KeyValueStore {
    return this.fallback?.memory ?? this.backend;
  }

  async list(storyId?: string): Promise<SaveListing> {
    const kv = this.active;
    let keys: string[];
    try {
      keys = await kv.keys();
    } catch (error) {
      return { saves: [], skipped: [{ key: '', problem: 'storage', reason: `The saved games could not be read: ${errorText(error)}.` }] };
    }
    const saves: SaveRecord[] = [];
    const skipped: SkippedRecord[] = [];
    const referenced = new Set<string>();
    for (const key of keys.filter((k) => k.startsWith(SLOT_PREFIX))) {
      const where = parseSlotKey(key);
      if (!where) {
        if (storyId === undefined) skipped.push({ key, problem: 'foreign', reason: `A stored record (${key}) does not name a story and slot this game knows; it was skipped.` });
        continue;
      }
      if (storyId !== undefined && where.storyId !== storyId) continue;
      const loaded = await this.readSlot(kv, key, where.storyId, where.slot);
      if (loaded.recordKey) referenced.add(loaded.recordKey);
      if (loaded.result.ok) saves.push(loaded.result.value);
      else if (loaded.result.problem !== 'empty') skipped.push({ key, problem: loaded.result.problem, reason: loaded.result.reason });
    }
    if (storyId === undefined) {
      for (const key of keys) {
        if (key.startsWith(SLOT_PREFIX) || referenced.has(key) || key === PROBE_KEY || key === SETTINGS_POINTER || key.startsWith(SETTINGS_PREFIX)) continue;
        if (key.startsWith(RECORD_PREFIX)) await this.clearIfOrphaned(kv, key, skipped);
        else skipped.push({ key, problem: 'foreign', reason: `A stored record (${key}) is not a Common Ground save; it was skipped.` });
      }
    }
    saves.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
    return { saves, skipped };
  }

  async load(storyId: string, slot: SlotId): Promise<Checked<SaveRecord>> {
    return (await this.readSlot(this.active, slotKey(storyId, slot), storyId, slot)).result;
  }

  write(save: SaveRecord): Promise<WriteOutcome> {
    const checked = readSave(save);
    if (!checked.ok) return Promise.resolve({ ok: false, reason: `This save could not be written. ${checked.reason}` });
    const value = checked.value;
    return this.serially(() => this.writeAtomically(slotKey(value.storyId, value.slot), recordPrefix(value.storyId, value.slot), value));
  }

  remove(storyId: string, slot: SlotId): Promise<WriteOutcome> {
    return this.serially(async () => {
      const pointer = slotKey(storyId, slot);
      const stores = this.fallback && this.fallback.memory !== this.backend ? [this.fallback.memory, this.backend] : [this.backend];
      try {
        for (const kv of stores) {
          const recordKey = pointerTarget(await kv.get(pointer));
          // The pointer goes first: the slot is then empty, never pointing at nothing.
          await kv.remove(pointer);
          if (recordKey) await kv.remove(recordKey);
        }
      } catch (error) {
        // The memory copy is gone; the browser's copy may come back next visit.
        if (this.fallback) return { ok: true, persistent: false, message: this.fallback.message };
        return { ok: false, reason: `${slotName(slot)} could not be deleted: ${errorText(error)}.` };
      }
      return this.success();
    });
  }

  async loadSettings(): Promise<LoadedSettings> {
    try {
      const kv = this.active;
      const recordKey = pointerTarget(await kv.get(SETTINGS_POINTER));
      if (!recordKey) return readSettings(undefined);
      return readSettings(await kv.get(recordKey));
    } catch (error) {
      return { ...readSettings(undefined), problems: [`Your settings could not be read (${errorText(error)}); the defaults are in use.`] };
    }
  }

  saveSettings(settings: Settings): Promise<WriteOutcome> {
    const { settings: clean, problems } = readSettings(settings);
    if (problems.length > 0) return Promise.resolve({ ok: false, reason: problems.join(' ') });
    return this.serially(() => this.writeAtomically(SETTINGS_POINTER, SETTINGS_PREFIX, settingsRecord(clean)));
  }

  /** Read a slot's pointer and the record it names, checking that the record belongs there. */
  private async readSlot(kv: KeyValueStore, key: string, storyId: string, slot: SlotId): Promise<{ result: Checked<SaveRecord>; recordKey?: string }> {
    const place = `"${storyId}", ${slotName(slot)}`;
    try {
      const pointer = await kv.get(key);
      if (pointer === undefined) return { result: { ok: false, problem: 'empty', reason: `There is no save in ${slotName(slot)}.` } };
      const recordKey = pointerTarget(pointer);
      if (!recordKey || !recordKey.startsWith(recordPrefix(storyId, slot))) {
        return { result: { ok: false, problem: 'corrupt', reason: `The save in ${place} is damaged: its index entry is ${describe(pointer)}, not a pointer to a save.` } };
      }
      const raw = await kv.get(recordKey);
      if (raw === undefined) return { recordKey, result: { ok: false, problem: 'corrupt', reason: `The save in ${place} is missing from storage.` } };
      const read = readSave(raw);
      if (!read.ok) return { recordKey, result: { ...read, reason: `${place}: ${read.reason}` } };
      if (read.value.storyId !== storyId || read.value.slot !== slot) {
        return { recordKey, result: { ok: false, problem: 'foreign', reason: `${place}: the record there belongs to "${read.value.storyId}", ${slotName(read.value.slot)}; it was skipped.` } };
      }
      return { recordKey, result: read };
    } catch (error) {
      return { result: { ok: false, problem: 'storage', reason: `${place} could not be read: ${errorText(error)}.` } };
    }
  }

  /** Write `value` under a fresh key, verify it, then switch the pointer to it; fall back to memory on failure. */
  private async writeAtomically(pointerKey: string, prefix: string, value: unknown): Promise<WriteOutcome> {
    const kv = this.active;
    const recordKey = `${prefix}${this.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    // Ordered to be safe one step at a time: until the pointer moves, the old record stands.
    const steps = async (access: KeyValueAccess) => {
      const previous = pointerTarget(await access.get(pointerKey));
      await access.set(recordKey, value);
      if (!sameData(await access.get(recordKey), value)) {
        throw new Error('the browser gave back something different from what was written');
      }
      await access.set(pointerKey, { record: recordKey });
      // A record left behind is cleared by a later listing; it is no reason to fail the save.
      if (previous && previous !== recordKey) await access.remove(previous).catch(() => undefined);
    };
    try {
      // One transaction where the backend has them (IndexedDB): a single commit, and nothing left over if it fails.
      if (kv.inOneTransaction) await kv.inOneTransaction(steps);
      else await steps(kv);
      return this.success();
    } catch (error) {
      await kv.remove(recordKey).catch(() => undefined);
      if (this.fallback) return { ok: false, reason: `This could not be kept even in memory: ${errorText(error)}.` };
      await this.fallBackToMemory(error);
      return this.writeAtomically(pointerKey, prefix, value);
    }
  }

  /** Carry on in memory with a copy of everything still readable. */
  private async fallBackToMemory(cause: unknown): Promise<void> {
    const memory = new MemoryKeyValueStore();
    try {
      for (const key of await this.backend.keys()) {
        const value = await this.backend.get(key).catch(() => undefined);
        if (value !== undefined) await memory.set(key, value);
      }
    } catch {
      // Nothing readable to copy: memory starts empty, and the game goes on.
    }
    this.fallback = { memory, message: NOT_KEPT_PREFIX + storageFailure(cause) };
  }

  private success(): WriteOutcome {
    return this.fallback ? { ok: true, persistent: false, message: this.fallback.message } : { ok: true, persistent: this.backendPersistent };
  }

  private async clearIfOrphaned(kv: KeyValueStore, key: string, skipped: SkippedRecord[]): Promise<void> {
    const stamp = Number.parseInt(key.slice(key.lastIndexOf(':') + 1).split('-')[0] ?? '', 36);
    if (!Number.isFinite(stamp)) {
      skipped.push({ key, problem: 'foreign', reason: `A stored record (${key}) is not a save this game wrote; it was skipped.` });
      return;
    }
    // Left by a write that never switched its pointer (tab closed, storage full).
    if (this.now() - stamp > ORPHAN_GRACE_MS) await kv.remove(key).catch(() => undefined);
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/** Why storage failed, as the end of the "not kept" sentence. */
export function storageFailure(error: unknown): string {
  if (isQuotaError(error)) return 'the browser’s storage for this game is full.';
  return `the browser would not store it (${errorText(error)}).`;
}

export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code, message } = error as { name?: unknown; code?: unknown; message?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014 || (typeof message === 'string' && /quota/i.test(message));
}

function slotKey(storyId: string, slot: SlotId): string {
  return `${SLOT_PREFIX}${encodeURIComponent(storyId)}:${slot}`;
}

function recordPrefix(storyId: string, slot: SlotId): string {
  return `${RECORD_PREFIX}${encodeURIComponent(storyId)}:${slot}:`;
}

function parseSlotKey(key: string): { storyId: string; slot: SlotId } | undefined {
  const parts = key.slice(SLOT_PREFIX.length).split(':');
  if (parts.length !== 2 || !isSlotId(parts[1])) return undefined;
  try {
    return { storyId: decodeURIComponent(parts[0]!), slot: parts[1] };
  } catch {
    return undefined;
  }
}

/**
 * Whether two JSON-safe values hold the same data. Cheaper than comparing
 * their JSON: a save is mostly a few long strings (the ink state), which
 * compare without copying.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  const bRecord = b as Record<string, unknown>;
  return aKeys.every((key) => Object.hasOwn(bRecord, key) && sameData((a as Record<string, unknown>)[key], bRecord[key]));
}

function pointerTarget(pointer: unknown): string | undefined {
  if (typeof pointer !== 'object' || pointer === null) return undefined;
  const record = (pointer as { record?: unknown }).record;
  return typeof record === 'string' ? record : undefined;
}
