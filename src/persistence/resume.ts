/**
 * Put a saved playthrough back, even when the story was edited since.
 *
 * Same story (same hash): restore the ink state as saved. Edited story: the
 * saved ink state may point into knots that moved or no longer exist, so it
 * is not trusted; the position is rebuilt by replaying the choice log, matched
 * by text (see `Playthrough.replay`). Nothing here writes: the old save stays
 * as it is until the player decides what to do.
 */
import { StoryEngine } from '../engine/StoryEngine.ts';
import type { CompiledStory } from '../engine/storyInfo.ts';
import { Playthrough } from '../play/Playthrough.ts';
import { errorText } from './validate.ts';
import type { SaveRecord } from './types.ts';

/** How resuming went, with the playthrough to carry on with. */
export type ResumeResult =
  /** Exactly where the player left off. */
  | { readonly kind: 'restored'; readonly playthrough: Playthrough }
  /** The story changed, and every saved choice was found again: carry on, and tell the player it was updated. */
  | { readonly kind: 'updated'; readonly playthrough: Playthrough; readonly message: string }
  /**
   * The story changed and a saved choice is gone. The playthrough stands just
   * before it, so the player can carry on from there or restart.
   */
  | {
      readonly kind: 'diverged';
      readonly playthrough: Playthrough;
      /** Index in the choice log of the choice that is gone (= how many choices still matched). */
      readonly at: number;
      readonly missingChoiceText: string;
      /** The last line of story before the divergence. */
      readonly context: string;
      readonly message: string;
    }
  /** The save is for another story, or the story itself fails to run. */
  | { readonly kind: 'failed'; readonly message: string };

/** Rebuild the playthrough a save describes, against the story as it is now. Never throws. */
export function resumePlaythrough(save: SaveRecord, story: CompiledStory): ResumeResult {
  const title = story.meta.title;
  if (save.storyId !== story.id) {
    return { kind: 'failed', message: `This save belongs to "${save.storyTitle}", not to "${title}".` };
  }
  let playthrough: Playthrough;
  try {
    playthrough = new Playthrough(new StoryEngine(story.json, title));
  } catch (error) {
    return { kind: 'failed', message: `"${title}" could not start: ${errorText(error)}.` };
  }
  const sameStory = save.storyHash === story.hash;
  if (sameStory) {
    try {
      const turn = playthrough.restore(save);
      if (sameChoices(turn.choices, save.turn.choices)) return { kind: 'restored', playthrough };
    } catch {
      // The saved ink state would not load; the choice log can still rebuild the place.
    }
    // Loaded, but not to the place the save describes (a tampered state): rebuild it too.
  }
  try {
    const outcome = playthrough.replay(save.choiceLog);
    if (outcome.ok) {
      if (sameStory) return { kind: 'restored', playthrough };
      const choices = outcome.replayed === 1 ? '1 choice' : `${outcome.replayed} choices`;
      return { kind: 'updated', playthrough, message: `"${title}" has been updated since you saved. Your place was rebuilt from your ${choices}, and you carry on from there.` };
    }
    const where = outcome.context ? ` You stand just after: “${outcome.context}”` : ' You stand at the very start.';
    return {
      kind: 'diverged',
      playthrough,
      at: outcome.replayed,
      missingChoiceText: outcome.missing.text,
      context: outcome.context,
      message:
        `"${title}" has changed since you saved, and your choice ${outcome.replayed + 1}, “${outcome.missing.text}”, is no longer in it.${where}` +
        ' You can carry on from there or start again; your save is kept until you decide.',
    };
  } catch (error) {
    return { kind: 'failed', message: `"${title}" stopped while rebuilding your place: ${errorText(error)}.` };
  }
}

function sameChoices(a: readonly { text: string }[], b: readonly { text: string }[]): boolean {
  return a.length === b.length && a.every((choice, i) => choice.text === b[i]!.text);
}
