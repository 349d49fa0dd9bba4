/**
 * A key–value store in memory: what the game falls back to when the browser
 * will not store anything, and the fake the tests build on.
 */
import type { KeyValueStore } from './types.ts';

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
}
