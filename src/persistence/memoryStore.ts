/**
 * A key–value store in memory: what the game falls back to when the browser
 * will not store anything, and the fake the tests build on.
 */
import type { KeyValueAccess, KeyValueStore } from './types.ts';

/** A `KeyValueStore` in a Map. Values are cloned on the way in and out, as IndexedDB does. */
export class MemoryKeyValueStore implements KeyValueStore {
  private readonly entries = new Map<string, unknown>();

  async get(key: string): Promise<unknown> {
    return this.entries.has(key) ? structuredClone(this.entries.get(key)) : undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    this.entries.set(key, structuredClone(value));
  }

  async remove(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async keys(): Promise<string[]> {
    return [...this.entries.keys()];
  }

  /**
   * All of `work`'s writes or none: the entries are put back as they were if
   * it fails. Its steps go through this store's own methods, so a subclass
   * that fails on purpose (the tests' FlakyStore) fails inside transactions too.
   */
  async inOneTransaction<T>(work: (transaction: KeyValueAccess) => Promise<T>): Promise<T> {
    const before = new Map(this.entries);
    try {
      return await work(this);
    } catch (error) {
      this.entries.clear();
      for (const [key, value] of before) this.entries.set(key, value);
      throw error;
    }
  }
}
