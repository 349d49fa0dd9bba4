/**
 * Open the save store the game uses: the browser's storage when it works,
 * memory (with a message for the player) when it does not.
 */
import { NOT_KEPT_PREFIX, PROBE_KEY, createMemorySaveStore, createSaveStore, isQuotaError } from './saveStore.ts';
import { errorText } from './validate.ts';
import type { KeyValueStore, SaveStore } from './types.ts';

export interface OpenSaveStoreOptions {
  /** Where to store; default the browser's storage through localforage. */
  readonly backend?: () => Promise<KeyValueStore>;
  /** How long to wait for storage to answer before playing in memory. Default 4000 ms. */
  readonly timeoutMs?: number;
}

export interface OpenedSaveStore {
  readonly store: SaveStore;
  /** False when progress lives only in this tab. */
  readonly persistent: boolean;
  /** For the player when not persistent: "Progress will not be kept after you close this tab: …". */
  readonly message: string | undefined;
  /** The browser's own error, for the console, when not persistent. */
  readonly detail: string | undefined;
}

/**
 * Open the browser's storage and check that it really stores (write, read
 * back, remove a probe). Never rejects: on any failure the store is in
 * memory and `message` says why progress will not be kept.
 */
export async function openSaveStore(options: OpenSaveStoreOptions = {}): Promise<OpenedSaveStore> {
  // localforage loads on demand, so it never weighs on the first screen.
  const open = options.backend ?? (() => import('./localforageStore.ts').then((m) => m.openLocalforageStore()));
  const timeoutMs = options.timeoutMs ?? 4000;
  try {
    const backend = await withTimeout(
      (async () => {
        const kv = await open();
        await probe(kv);
        return kv;
      })(),
      timeoutMs,
    );
    return { store: createSaveStore(backend), persistent: true, message: undefined, detail: undefined };
  } catch (error) {
    const message = NOT_KEPT_PREFIX + whyBlocked(error);
    return { store: createMemorySaveStore(message), persistent: false, message, detail: error instanceof TimedOut ? `no answer within ${timeoutMs} ms` : errorText(error) };
  }
}

async function probe(kv: KeyValueStore): Promise<void> {
  const stamp = `${Date.now()}`;
  await kv.set(PROBE_KEY, stamp);
  const back = await kv.get(PROBE_KEY);
  await kv.remove(PROBE_KEY);
  if (back !== stamp) throw new Error('the browser did not give back what was stored');
}

class TimedOut extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimedOut()), ms);
    work.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

function whyBlocked(error: unknown): string {
  if (error instanceof TimedOut) return 'the browser’s storage did not answer.';
  if (isQuotaError(error)) return 'the browser’s storage for this game is full.';
  return 'this browser is not letting the game store anything (private windows and blocked site storage do this).';
}
