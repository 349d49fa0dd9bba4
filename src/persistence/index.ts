/**
 * Saves, resume and settings: the one door the app uses.
 *
 * Typical use (the app, at start-up):
 *
 * ```ts
 * const { store, message } = await openSaveStore();        // never rejects
 * if (message) announce(message);                          // storage blocked: playing in memory
 * const listing = await store.list();                      // bad records are skipped, with reasons
 * for (const s of listing.skipped) announce(s.reason);
 * const next = continueCandidate(listing.saves, catalogueIds);  // "Continue", or undefined
 * ```
 *
 * After every choice: `store.write(createSave(story, playthrough.snapshot(), { slot: 'auto' }))`.
 * To resume: `resumePlaythrough(save, compiledStory)`; it never writes, so the
 * old save is kept until the player decides what to do with a diverged one.
 *
 * Storage layout (localforage instance `common-ground`, IndexedDB store `saves`):
 * - `slot:<storyId>:<slotId>` → `{ record: '<record key>' }`, the pointer that says which record is current;
 * - `save:<storyId>:<slotId>:<stamp>` → a `SaveRecord` (written, verified, then pointed at);
 * - `settings` → `{ record: 'settings:<stamp>' }` and `settings:<stamp>` → `{ formatVersion, settings }`.
 * Story and slot ids inside keys are URI-encoded.
 */
export type {
  Checked,
  KeyValueAccess,
  KeyValueStore,
  LoadedSettings,
  ManualSlotId,
  ProblemKind,
  SaveListing,
  SaveProgress,
  SaveRecord,
  SaveStore,
  Settings,
  SkippedRecord,
  SlotId,
  SlotView,
  WriteOutcome,
} from './types.ts';
export { MANUAL_SLOTS, SAVE_FORMAT_VERSION, SLOTS, createSave, endingTitleOf, isSlotId, readSave, slotName, type SaveStoryInfo, type NewSaveOptions } from './saveFormat.ts';
export { continueCandidate, slotsFor } from './slots.ts';
export { DEFAULT_SETTINGS, readSettings } from './settings.ts';
export { MemoryKeyValueStore } from './memoryStore.ts';
export { NOT_KEPT_PREFIX, createMemorySaveStore, createSaveStore, type SaveStoreOptions } from './saveStore.ts';
export { openSaveStore, type OpenedSaveStore, type OpenSaveStoreOptions } from './openSaveStore.ts';
export { resumePlaythrough, type ResumeResult } from './resume.ts';
