import { beforeEach, describe, expect, it } from 'vitest';
import { StoryEngine } from '../../src/engine/StoryEngine.ts';
import { Playthrough } from '../../src/play/Playthrough.ts';
import {
  DEFAULT_SETTINGS,
  MemoryKeyValueStore,
  continueCandidate,
  createMemorySaveStore,
  createSave,
  createSaveStore,
  slotsFor,
  type KeyValueStore,
  type SaveRecord,
  type SaveStore,
  type SlotId,
} from '../../src/persistence/index.ts';
import { FlakyStore, fixtureStory, openMapLocalforage, rawDatabase, stepByStep } from '../fixtures/saves/helpers.ts';

const lunch = fixtureStory('lunch');
const other = { id: 'family-dinner', hash: 'h-other', meta: { title: 'Family dinner' } };

let clock = Date.parse('2026-03-01T10:00:00.000Z');

/** A save of the lunch fixture after `choices`, a minute later than the last one made. */
function saveAfter(choices: number[], slot: SlotId = 'auto', label?: string, story: typeof other = lunch): SaveRecord {
  const play = new Playthrough(new StoryEngine(lunch.json));
  for (const c of choices) play.choose(c);
  clock += 60_000;
  return createSave(story, play.snapshot(), { slot, label, now: new Date(clock) });
}

async function written(store: SaveStore, save: SaveRecord): Promise<SaveRecord> {
  expect(await store.write(save)).toMatchObject({ ok: true });
  return save;
}

const backends: [string, () => Promise<KeyValueStore>][] = [
  ['the in-memory store', async () => new MemoryKeyValueStore()],
  [
    'real localforage on an in-memory driver',
    async () => {
      const kv = await openMapLocalforage();
      rawDatabase().clear();
      return kv;
    },
  ],
];

describe.each(backends)('save store on %s', (_name, openBackend) => {
  let kv: KeyValueStore;
  let store: SaveStore;
  beforeEach(async () => {
    kv = await openBackend();
    store = createSaveStore(kv);
  });

  it('keeps an autosave and three manual slots per story, and lists them newest first', async () => {
    const auto = await written(store, saveAfter([1], 'auto'));
    const one = await written(store, saveAfter([0], 'manual-1', 'Laughed'));
    const two = await written(store, saveAfter([2], 'manual-2'));
    const three = await written(store, saveAfter([1, 0], 'manual-3', 'Spoke up'));
    const elsewhere = await written(store, saveAfter([], 'auto', undefined, other));

    const all = await store.list();
    expect(all.skipped).toEqual([]);
    expect(all.saves).toEqual([elsewhere, three, two, one, auto]);
    expect((await store.list('lunch')).saves).toEqual([three, two, one, auto]);
    expect(slotsFor('lunch', all.saves).map((s) => [s.name, s.save?.label])).toEqual([
      ['Autosave', 'Autosave'],
      ['Slot 1', 'Laughed'],
      ['Slot 2', 'Slot 2'],
      ['Slot 3', 'Spoke up'],
    ]);
    expect(await store.load('lunch', 'manual-3')).toEqual({ ok: true, value: three });
  });

  it('survives a reload: a new store over the same storage finds the saves', async () => {
    const save = await written(store, saveAfter([1, 0], 'manual-2', 'Before the talk'));
    const reloaded = createSaveStore(await reopen(kv));
    expect(await reloaded.load('lunch', 'manual-2')).toEqual({ ok: true, value: save });
  });

  it('overwrites a slot, leaving one record behind, not two', async () => {
    await written(store, saveAfter([0], 'manual-1', 'First'));
    const second = await written(store, saveAfter([1, 1], 'manual-1', 'Second'));
    expect(await store.load('lunch', 'manual-1')).toEqual({ ok: true, value: second });
    expect((await kv.keys()).sort()).toEqual([expect.stringMatching(/^save:lunch:manual-1:/), 'slot:lunch:manual-1']);
  });

  it('deletes a slot, which then says it is empty', async () => {
    await written(store, saveAfter([0], 'manual-2'));
    await written(store, saveAfter([1], 'manual-3'));
    expect(await store.remove('lunch', 'manual-2')).toEqual({ ok: true, persistent: true });
    expect(await store.load('lunch', 'manual-2')).toEqual({ ok: false, problem: 'empty', reason: 'There is no save in Slot 2.' });
    expect((await store.list()).saves.map((s) => s.slot)).toEqual(['manual-3']);
    expect(await kv.keys()).toHaveLength(2);
  });

  it('offers Continue for the latest unfinished autosave of a story that still exists', async () => {
    const older = await written(store, saveAfter([1], 'auto'));
    await written(store, saveAfter([0, 0, 0], 'manual-1'));
    const { saves } = await store.list();
    expect(continueCandidate(saves)).toEqual(older);

    const newerElsewhere = await written(store, saveAfter([], 'auto', undefined, other));
    expect(continueCandidate((await store.list()).saves)).toEqual(newerElsewhere);
    expect(continueCandidate((await store.list()).saves, ['lunch'])).toEqual(older);

    await written(store, saveAfter([1, 0, 1], 'auto')); // lunch's autosave now at an ending
    expect(continueCandidate((await store.list()).saves, ['lunch'])).toBeUndefined();
  });

  describe('corrupt or foreign records', () => {
    let good: SaveRecord;
    beforeEach(async () => {
      good = await written(store, saveAfter([1], 'manual-1', 'Good one'));
      await written(store, saveAfter([0], 'manual-2'));
    });

    async function pointedRecordKey(slot: SlotId): Promise<string> {
      return ((await kv.get(`slot:lunch:${slot}`)) as { record: string }).record;
    }

    it('skips a record full of garbage with a message, and the others still load', async () => {
      await kv.set(await pointedRecordKey('manual-2'), '{"storyId": "lunch", "inkSt');
      const listing = await store.list();
      expect(listing.saves).toEqual([good]);
      expect(listing.skipped).toEqual([{ key: 'slot:lunch:manual-2', problem: 'foreign', reason: '"lunch", Slot 2: This is not a Common Ground save (it is a piece of text).' }]);
      expect(await store.load('lunch', 'manual-1')).toEqual({ ok: true, value: good });
      expect(await store.load('lunch', 'manual-2')).toMatchObject({ ok: false, problem: 'foreign' });
    });

    it('says which field of a damaged save is wrong', async () => {
      const key = await pointedRecordKey('manual-2');
      await kv.set(key, { ...(await kv.get(key)) as object, totals: null });
      expect((await store.list('lunch')).skipped).toEqual([
        { key: 'slot:lunch:manual-2', problem: 'corrupt', reason: '"lunch", Slot 2: The save is damaged: totals should be a record, not nothing.' },
      ]);
    });

    it('skips a damaged index entry and a save whose record is missing', async () => {
      await kv.set('slot:lunch:manual-2', 42);
      await kv.set('slot:lunch:manual-3', { record: 'save:lunch:manual-3:gone' });
      const listing = await store.list('lunch');
      expect(listing.saves).toEqual([good]);
      expect(listing.skipped).toEqual([
        { key: 'slot:lunch:manual-2', problem: 'corrupt', reason: 'The save in "lunch", Slot 2 is damaged: its index entry is the number 42, not a pointer to a save.' },
        { key: 'slot:lunch:manual-3', problem: 'corrupt', reason: 'The save in "lunch", Slot 3 is missing from storage.' },
      ]);
    });

    it('skips a save filed under another story’s slot, and records that are not saves at all', async () => {
      const key = await pointedRecordKey('manual-2');
      await kv.set(key, saveAfter([], 'manual-2', undefined, other));
      await kv.set('slot:lunch:manual-7', { record: 'x' });
      await kv.set('high-scores', [1, 2, 3]);
      const listing = await store.list();
      expect(listing.saves).toEqual([good]);
      expect(listing.skipped.map((s) => [s.key, s.problem, s.reason])).toEqual([
        ['slot:lunch:manual-2', 'foreign', '"lunch", Slot 2: the record there belongs to "family-dinner", Slot 2; it was skipped.'],
        ['slot:lunch:manual-7', 'foreign', 'A stored record (slot:lunch:manual-7) does not name a story and slot this game knows; it was skipped.'],
        ['high-scores', 'foreign', 'A stored record (high-scores) is not a Common Ground save; it was skipped.'],
      ]);
    });

    it('can overwrite or delete a damaged slot', async () => {
      await kv.set(await pointedRecordKey('manual-2'), 'garbage');
      const fresh = await written(store, saveAfter([2], 'manual-2', 'Fresh'));
      expect(await store.load('lunch', 'manual-2')).toEqual({ ok: true, value: fresh });
      await kv.set(await pointedRecordKey('manual-2'), 'garbage');
      expect(await store.remove('lunch', 'manual-2')).toMatchObject({ ok: true });
      expect((await store.list()).skipped).toEqual([]);
    });
  });

  describe('settings', () => {
    it('starts from the defaults and keeps what the player sets', async () => {
      expect(await store.loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
      const mine = { ...DEFAULT_SETTINGS, textScale: 1.5, theme: 'contrast' as const, motion: 'off' as const, showHud: false, volumes: { master: 0.5, music: 0, effects: 1 } };
      expect(await store.saveSettings(mine)).toEqual({ ok: true, persistent: true });
      expect(await createSaveStore(await reopen(kv)).loadSettings()).toEqual({ settings: mine, problems: [] });
      expect(await kv.keys()).toHaveLength(2); // pointer and one record: the old one was cleared
    });

    it('puts bad values back to their defaults and keeps the rest, saying which', async () => {
      await store.saveSettings({ ...DEFAULT_SETTINGS, reading: 'easy', muted: true });
      const recordKey = ((await kv.get('settings')) as { record: string }).record;
      const stored = (await kv.get(recordKey)) as { settings: Record<string, unknown> };
      await kv.set(recordKey, { ...stored, settings: { ...stored.settings, textScale: 9, theme: 'neon', volumes: { master: 0.3, music: -1 } } });
      const loaded = await store.loadSettings();
      expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, reading: 'easy', muted: true, volumes: { ...DEFAULT_SETTINGS.volumes, master: 0.3 } });
      expect(loaded.problems).toEqual([
        'The saved text size setting (the number 9) was not valid, so it is back to its default.',
        'The saved theme setting ("neon") was not valid, so it is back to its default.',
        'The saved music volume (the number -1) was not valid, so it is back to its default.',
      ]);
    });

    it('refuses to write settings out of range', async () => {
      expect(await store.saveSettings({ ...DEFAULT_SETTINGS, textScale: 3 })).toEqual({
        ok: false,
        reason: 'The saved text size setting (the number 3) was not valid, so it is back to its default.',
      });
    });
  });
});

/** Open the same storage again, as a reloaded page would. */
async function reopen(kv: KeyValueStore): Promise<KeyValueStore> {
  return kv instanceof MemoryKeyValueStore ? kv : openMapLocalforage();
}

describe.each([
  ['in one transaction (IndexedDB)', (store: KeyValueStore) => store],
  ['step by step (localStorage)', stepByStep],
])('atomic writes, %s', (_name, backendOver) => {
  let flaky: FlakyStore;
  let good: SaveRecord;
  /** A save store on the flaky storage, with or without transactions. */
  const createSaveStoreOn = (storage: FlakyStore, options?: Parameters<typeof createSaveStore>[1]) => createSaveStore(backendOver(storage), options);
  beforeEach(async () => {
    flaky = new FlakyStore();
    good = await written(createSaveStoreOn(flaky), saveAfter([1], 'manual-1', 'Good one'));
  });

  /** What the storage holds for the slot after the failure, as the next visit would see it. */
  const afterReload = () => createSaveStoreOn(flaky).load('lunch', 'manual-1');

  it.each([
    ['the record write dies half-way', (k: string) => k.startsWith('save:'), 'half-write' as const, 'the browser would not store it (The tab closed during the write).'],
    ['storage silently keeps half the record', (k: string) => k.startsWith('save:'), 'silent-half-write' as const, 'the browser would not store it (the browser gave back something different from what was written).'],
    ['the index update fails', (k: string) => k.startsWith('slot:'), 'throw' as const, 'the browser would not store it (The connection to the database was lost).'],
  ])('keeps the old save whole when %s, and carries on in memory', async (_name, match, fault, why) => {
    const store = createSaveStoreOn(flaky);
    flaky.failSet(match, fault);
    const newer = saveAfter([0, 1], 'manual-1', 'Newer');
    expect(await store.write(newer)).toEqual({ ok: true, persistent: false, message: `Progress will not be kept after you close this tab: ${why}` });
    expect(store.persistent).toBe(false);
    expect(await store.load('lunch', 'manual-1')).toEqual({ ok: true, value: newer });

    flaky.heal();
    expect(await afterReload()).toEqual({ ok: true, value: good });
    expect((await flaky.keys()).filter((k) => k.startsWith('save:'))).toHaveLength(1);
  });

  it('keeps playing in memory when storage is full, with every save still listed', async () => {
    const store = createSaveStoreOn(flaky);
    flaky.failSet(() => true, 'quota');
    const auto = saveAfter([2], 'auto');
    const outcome = await store.write(auto);
    expect(outcome).toEqual({ ok: true, persistent: false, message: 'Progress will not be kept after you close this tab: the browser’s storage for this game is full.' });
    const later = saveAfter([2, 0], 'auto');
    expect(await store.write(later)).toEqual(outcome);
    expect((await store.list()).saves).toEqual([later, good]);
    expect(await store.saveSettings({ ...DEFAULT_SETTINGS, muted: true })).toEqual(outcome);
    expect((await store.loadSettings()).settings.muted).toBe(true);
    expect(await store.remove('lunch', 'manual-1')).toEqual(outcome);
    expect((await store.list()).saves).toEqual([later]);
  });

  it('lands writes in the order they were made, so an older autosave never replaces a newer one', async () => {
    const store = createSaveStoreOn(flaky);
    const saves = [saveAfter([0], 'auto'), saveAfter([0, 0], 'auto'), saveAfter([0, 0, 1], 'auto')];
    await Promise.all(saves.map((s) => store.write(s)));
    expect(await store.load('lunch', 'auto')).toEqual({ ok: true, value: saves[2] });
    expect((await flaky.keys()).filter((k) => k.startsWith('save:lunch:auto:'))).toHaveLength(1);
  });

  it('clears records a failed write left behind once they are old, but not a write in progress', async () => {
    const now = Date.parse('2026-03-01T12:00:00.000Z');
    const old = `save:lunch:manual-2:${(now - 60 * 60 * 1000).toString(36)}-abc`;
    const recent = `save:lunch:manual-2:${(now - 1000).toString(36)}-def`;
    await flaky.set(old, { half: true });
    await flaky.set(recent, { half: true });
    const listing = await createSaveStoreOn(flaky, { now: () => now }).list();
    expect(listing).toEqual({ saves: [good], skipped: [] });
    expect(await flaky.keys()).not.toContain(old);
    expect(await flaky.keys()).toContain(recent);
  });

  it('refuses to write a save that is itself invalid, and keeps the old one', async () => {
    const store = createSaveStoreOn(flaky);
    const bad = { ...saveAfter([0], 'manual-1'), label: 'x'.repeat(500) };
    expect(await store.write(bad)).toEqual({ ok: false, reason: 'This save could not be written. The save is damaged: label is 500 characters long, more than the 60 allowed.' });
    expect(await store.load('lunch', 'manual-1')).toEqual({ ok: true, value: good });
  });
});

describe('a transaction on the in-memory store', () => {
  it('lands all its writes, or none when a step fails', async () => {
    const kv = new MemoryKeyValueStore();
    await kv.set('a', 1);
    await kv.inOneTransaction(async (tx) => {
      await tx.set('b', 2);
      await tx.remove('a');
    });
    expect(Object.fromEntries(await Promise.all((await kv.keys()).map(async (k) => [k, await kv.get(k)])))).toEqual({ b: 2 });
    await expect(
      kv.inOneTransaction(async (tx) => {
        await tx.set('c', 3);
        await tx.remove('b');
        throw new Error('the tab closed');
      }),
    ).rejects.toThrow('the tab closed');
    expect(await kv.keys()).toEqual(['b']);
    expect(await kv.get('b')).toBe(2);
  });
});

describe('storage that stops answering mid-session', () => {
  it('reports it instead of throwing, for listing, loading and settings', async () => {
    const gone = new Error('The database connection is closing');
    const broken: KeyValueStore = { get: () => Promise.reject(gone), set: () => Promise.reject(gone), remove: () => Promise.reject(gone), keys: () => Promise.reject(gone) };
    const store = createSaveStore(broken);
    expect(await store.list()).toEqual({ saves: [], skipped: [{ key: '', problem: 'storage', reason: 'The saved games could not be read: The database connection is closing.' }] });
    expect(await store.load('lunch', 'auto')).toEqual({ ok: false, problem: 'storage', reason: '"lunch", Autosave could not be read: The database connection is closing.' });
    expect(await store.loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, problems: ['Your settings could not be read (The database connection is closing); the defaults are in use.'] });
    expect(await store.remove('lunch', 'auto')).toEqual({ ok: false, reason: 'Autosave could not be deleted: The database connection is closing.' });
    const save = saveAfter([0]);
    expect(await store.write(save)).toMatchObject({ ok: true, persistent: false });
    expect(await store.load('lunch', 'auto')).toEqual({ ok: true, value: save });
  });
});

describe('the in-memory save store', () => {
  it('works like any other and says it does not keep progress', async () => {
    const store = createMemorySaveStore('Progress will not be kept after you close this tab: test.');
    expect(store.persistent).toBe(false);
    const save = saveAfter([1], 'manual-3');
    expect(await store.write(save)).toEqual({ ok: true, persistent: false, message: 'Progress will not be kept after you close this tab: test.' });
    expect(await store.load('lunch', 'manual-3')).toEqual({ ok: true, value: save });
    expect(await createMemorySaveStore().write(save)).toEqual({ ok: true, persistent: false });
  });
});
