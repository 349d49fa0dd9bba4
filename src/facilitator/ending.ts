/**
 * What an ending says about itself, read from its tags: title, the reflection
 * lines tagged `# debrief`, and the ally practices it shows or misses.
 */
import type { Turn } from '../engine/StoryEngine.ts';
import { titleFromId } from '../engine/storyInfo.ts';
import { parseTag, tagValue } from '../engine/tags.ts';

export interface EndingInfo {
  readonly endingId: string | undefined;
  readonly title: string;
  /** Lines tagged `# debrief`: how it went, in the writer's words. */
  readonly reflection: readonly string[];
  readonly practices: readonly string[];
  readonly missed: readonly string[];
}

/** Describe the ending a final turn reaches. */
export function describeEnding(turn: Turn): EndingInfo {
  const tags = turn.paragraphs.flatMap((p) => p.tags);
  const listed = (key: string) => tags.map(parseTag).filter((t) => t.key === key).flatMap((t) => t.value.split(/[,\s]+/).filter(Boolean));
  return {
    endingId: turn.endingId,
    title: tagValue(tags, 'ending_title') || (turn.endingId ? titleFromId(turn.endingId) : 'The end'),
    reflection: turn.paragraphs.filter((p) => p.debrief && p.text.trim() !== '').map((p) => p.text),
    practices: listed('practice'),
    missed: listed('missed'),
  };
}
