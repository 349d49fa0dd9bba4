/**
 * One IndexedDB read-write transaction, behind the `KeyValueAccess` port.
 *
 * localforage gives every `setItem` and `getItem` a transaction of its own,
 * so a save written through it takes five commits and some ten tasks, which
 * land just when the player's next key may come. This runs the same steps
 * in one transaction on the same object store: a single commit, all or
 * nothing, so a failed save leaves no stray record behind either.
 */
import type { KeyValueAccess } from './types.ts';

/** How long opening the second connection may take before saves go without it. */
const OPEN_TIMEOUT_MS = 1000;

/**
 * A second connection to the database localforage opened, for transactions.
 * Resolves undefined when it cannot be had, or not quickly (the storage then
 * still works through localforage); callers then go one step at a time.
 */
export function openTransactionConnection(name: string, storeName: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (db: IDBDatabase | undefined) => {
      if (settled) {
        db?.close();
        return;
      }
      settled = true;
      clearTimeout(timer);
      resolve(db);
    };
    const timer = setTimeout(() => settle(undefined), OPEN_TIMEOUT_MS);
    let request: IDBOpenDBRequest;
    try {
      // No version: open the database as localforage left it, never upgrade it.
      request = indexedDB.open(name);
    } catch {
      settle(undefined);
      return;
    }
    request.onsuccess = () => {
      const db = request.result;
      if (db.objectStoreNames.contains(storeName)) settle(db);
      else {
        db.close();
        settle(undefined);
      }
    };
    request.onerror = () => settle(undefined);
    request.onblocked = () => settle(undefined);
  });
}

/**
 * Run `work` in one read-write transaction on `storeName`. Resolves with its
 * result once the transaction has committed; rejects (and aborts, so none of
 * its writes land) when `work` fails; a failed request only rejects its own
 * promise, for `work` to handle. Throws at once, before
 * anything is written, when the transaction cannot start (the connection has
 * closed).
 */
export function inIndexedDbTransaction<T>(db: IDBDatabase, storeName: string, work: (access: KeyValueAccess) => Promise<T>): Promise<T> {
  const transaction = db.transaction(storeName, 'readwrite');
  return new Promise<T>((resolve, reject) => {
    const store = transaction.objectStore(storeName);
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
    transaction.oncomplete = () => {
      if (outcome?.ok) resolve(outcome.value);
      else reject(outcome?.error ?? new Error('the save finished before its last step'));
    };
    transaction.onabort = () => reject(outcome && !outcome.ok ? outcome.error : (transaction.error ?? new Error('the browser cancelled the save')));

    const request = <R>(make: () => IDBRequest<R>): Promise<R> =>
      new Promise<R>((done, fail) => {
        const pending = make();
        pending.onsuccess = () => done(pending.result);
        pending.onerror = (event) => {
          // The steps decide: a failure they catch (an old record that will not go) need not undo the save.
          // If they fail, `work` rejects and the transaction is aborted below.
          event.preventDefault();
          fail(pending.error ?? new Error('a storage request failed'));
        };
      });
    const access: KeyValueAccess = {
      get: (key) => request(() => store.get(key)),
      set: (key, value) => request(() => store.put(value, key)).then(() => undefined),
      remove: (key) => request(() => store.delete(key)),
    };
    work(access).then(
      (value) => {
        outcome = { ok: true, value };
      },
      (error: unknown) => {
        outcome = { ok: false, error };
        try {
          transaction.abort();
        } catch {
          // Already aborting (a failed request aborts it): onabort reports the error.
        }
      },
    );
  });
}
