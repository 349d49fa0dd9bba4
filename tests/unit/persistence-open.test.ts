import { describe, expect, it } from 'vitest';
import { StoryEngine } from '../../src/engine/StoryEngine.ts';
import { Playthrough } from '../../src/play/Playthrough.ts';
import { openLocalforageStore } from '../../src/persistence/localforageStore.ts';
import { createSave, MemoryKeyValueStore, openSaveStore, type KeyValueStore, type OpenedSaveStore } from '../../src/persistence/index.ts';
import { defineBlockedDriver, fixtureStory, openMapLocalforage, rawDatabase } from '../fixtures/saves/helpers.ts';

const lunch = fixtureStory('lunch');
const aSave = () => createSave(lunch, new Playthrough(new StoryEngine(lunch.json)).snapshot(), { slot: 'auto' });

/** The game must go on in memory, and say so, whatever the storage did. */
async function expectPlaysInMemory(opened: OpenedSaveStore, message: string): Promise<void> {
  expect(opened.persistent).toBe(false);
  expect(opened.message).toBe(message);
  expect(opened.store.persistent).toBe(false);
  const save = aSave();
  expect(await opened.store.write(save)).toEqual({ ok: true, persistent: false, message });
  expect((await opened.store.list()).saves).toEqual([save]);
}

describe('opening the save store', () => {
  it('uses the browser storage when it works', async () => {
    const opened = await openSaveStore({ backend: openMapLocalforage });
    expect(opened).toMatchObject({ persistent: true, message: undefined });
    expect(await opened.store.write(aSave())).toEqual({ ok: true, persistent: true });
    expect([...rawDatabase().keys()]).toContain('slot:lunch:auto');
    expect([...rawDatabase().keys()]).not.toContain('probe');
  });

  it('plays in memory when the browser has no storage at all (here: Node, which has no IndexedDB)', async () => {
    await expectPlaysInMemory(
      await openSaveStore(),
      'Progress will not be kept after you close this tab: this browser is not letting the game store anything (private windows and blocked site storage do this).',
    );
  });

  it('keeps the browser’s own reason for the console', async () => {
    expect((await openSaveStore()).detail).toBe('No available storage method found');
    expect((await openSaveStore({ backend: openMapLocalforage })).detail).toBeUndefined();
  });

  it('plays in memory when localforage fails on ready(), as IndexedDB does in some private windows', async () => {
    const driver = await defineBlockedDriver(
      'blockedDriverForTests',
      new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'),
    );
    await expectPlaysInMemory(
      await openSaveStore({ backend: () => openLocalforageStore({ driver }) }),
      'Progress will not be kept after you close this tab: this browser is not letting the game store anything (private windows and blocked site storage do this).',
    );
  });

  it('plays in memory when storage is already full', async () => {
    const full: KeyValueStore = Object.assign(new MemoryKeyValueStore(), {
      set: () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
    });
    await expectPlaysInMemory(await openSaveStore({ backend: async () => full }), 'Progress will not be kept after you close this tab: the browser’s storage for this game is full.');
  });

  it('plays in memory when storage accepts writes but does not keep them', async () => {
    const forgetful: KeyValueStore = Object.assign(new MemoryKeyValueStore(), { set: () => Promise.resolve() });
    await expectPlaysInMemory(
      await openSaveStore({ backend: async () => forgetful }),
      'Progress will not be kept after you close this tab: this browser is not letting the game store anything (private windows and blocked site storage do this).',
    );
  });

  it('does not wait forever for storage that never answers', async () => {
    const started = Date.now();
    await expectPlaysInMemory(
      await openSaveStore({ backend: () => new Promise<KeyValueStore>(() => undefined), timeoutMs: 50 }),
      'Progress will not be kept after you close this tab: the browser’s storage did not answer.',
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
