/**
 * The browser's storage behind the `KeyValueStore` port, through localforage
 * (IndexedDB, else localStorage). The only module that imports localforage.
 */
import localforage from 'localforage';
import { inIndexedDbTransaction, openTransactionConnection } from './indexedDbTransaction.ts';
import type { KeyValueAccess, KeyValueStore, RunInOneTransaction } from './types.ts';

/** The localforage instance (and IndexedDB database) name. */
export const STORAGE_NAME = 'common-ground';
/** The IndexedDB object store (or localStorage key prefix) inside it. */
export const STORAGE_STORE = 'saves';

export interface LocalforageOptions {
  /** Drivers to try, in order; default IndexedDB, then localStorage. */
  readonly driver?: string | string[];
  readonly name?: string;
  readonly storeName?: string;
}

/**
 * Open the browser's storage. Rejects when no driver works (private
 * windows, storage turned off, IndexedDB broken); `openSaveStore` catches that.
 */
export async function openLocalforageStore(options: LocalforageOptions = {}): Promise<KeyValueStore> {
  const name = options.name ?? STORAGE_NAME;
  const storeName = options.storeName ?? STORAGE_STORE;
  const instance = localforage.createInstance({
    name,
    storeName,
    driver: options.driver ?? [localforage.INDEXEDDB, localforage.LOCALSTORAGE],
    description: 'Common Ground saves and settings',
  });
  await instance.ready();
  const connection = instance.driver() === localforage.INDEXEDDB ? await openTransactionConnection(name, storeName) : undefined;
  return new LocalforageKeyValueStore(instance, connection, storeName);
}

class LocalforageKeyValueStore implements KeyValueStore {
  constructor(
    private readonly instance: LocalForage,
    /** Our own connection to localforage's IndexedDB database, for transactions; undefined over localStorage. */
    private connection: IDBDatabase | undefined,
    private readonly storeName: string,
  ) {
    if (connection) {
      // Another tab upgrading the database must not wait on this connection; writes then go step by step.
      connection.onversionchange = () => {
        connection.close();
        this.connection = undefined;
      };
      // The browser closed it (storage cleared, a crash): the same.
      connection.onclose = () => {
        this.connection = undefined;
      };
    }
  }

  /** Present only while there is an IndexedDB connection to run transactions on. */
  get inOneTransaction(): RunInOneTransaction | undefined {
    const connection = this.connection;
    if (!connection) return undefined;
    return <T>(work: (transaction: KeyValueAccess) => Promise<T>): Promise<T> => {
      try {
        return inIndexedDbTransaction(connection, this.storeName, work);
      } catch {
        // The connection closed under us, before anything was written: go step by step through localforage, as without transactions.
        this.connection = undefined;
        return work(this);
      }
    };
  }

  async get(key: string): Promise<unknown> {
    const value = await this.instance.getItem<unknown>(key);
    return value === null ? undefined : value;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.instance.setItem(key, value);
  }

  async remove(key: string): Promise<void> {
    await this.instance.removeItem(key);
  }

  async keys(): Promise<string[]> {
    return this.instance.keys();
  }
}
