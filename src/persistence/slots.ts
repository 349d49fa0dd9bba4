/**
 * Views over a list of saves for the menus: a story's slot list, and the
 * save that "Continue" on the title screen should open.
 */
import { SLOTS, slotName } from './saveFormat.ts';
import type { SaveRecord, SlotView } from './types.ts';

/** A story's slots in menu order (autosave, then Slot 1…), each with its save if there is one. */
export function slotsFor(storyId: string, saves: readonly SaveRecord[]): SlotView[] {
  return SLOTS.map((slot) => ({ slot, name: slotName(slot), save: saves.find((s) => s.storyId === storyId && s.slot === slot) }));
}

/**
 * What "Continue" opens: the most recent autosave of a story that has not
 * reached an ending. Pass the catalogue's ids to skip stories no longer here.
 */
export function continueCandidate(saves: readonly SaveRecord[], knownStoryIds?: Iterable<string>): SaveRecord | undefined {
  const known = knownStoryIds ? new Set(knownStoryIds) : undefined;
  return saves
    .filter((s) => s.slot === 'auto' && !s.progress.ended && (!known || known.has(s.storyId)))
    .reduce<SaveRecord | undefined>((best, s) => (!best || Date.parse(s.savedAt) > Date.parse(best.savedAt) ? s : best), undefined);
}
