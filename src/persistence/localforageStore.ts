/**
 * The browser's storage behind the `KeyValueStore` port, through localforage
 * (IndexedDB, else localStorage). The only module that imports localforage.
 */
import localforage from 'localforage';
import type { KeyValueStore } from './types.ts';

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
  const instance = localforage.createInstance({
    name: options.name ?? STORAGE_NAME,
    storeName: options.storeName ?? STORAGE_STORE,
    driver: options.driver ?? [localforage.INDEXEDDB, localforage.LOCALSTORAGE],
    description: 'Common Ground saves and settings',
  });
  await instance.ready();
  return new LocalforageKeyValueStore(instance);
}

class LocalforageKeyValueStore implements KeyValueStore {
  constructor(private readonly instance: LocalForage) {}

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
