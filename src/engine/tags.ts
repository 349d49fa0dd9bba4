/**
 * The authoring contract's tags, parsed in one place.
 *
 * Ink hands us tags as raw strings ("speaker: Amara", "rescue: 2"). Everything
 * that reads tags — the game, the scoring, the story checker, the terminal
 * player — goes through this module, so a tag means the same thing everywhere
 * and WRITING.md can be checked against `TAG_REFERENCE`.
 */

/** A tag split into a lower-case key and an optional value: `speaker: Amara`. */
export interface ParsedTag {
  readonly key: string;
  readonly value: string;
  readonly raw: string;
}

/** The three axes a choice can be scored on. */
export type Axis = 'intervene' | 'rescue' | 'abandon';
export const AXES: readonly Axis[] = ['intervene', 'rescue', 'abandon'];

/** Scoring carried by one choice; an empty record with `neutral` true is a deliberate "no score". */
export interface ChoiceScore {
  readonly intervene: number;
  readonly rescue: number;
  readonly abandon: number;
  /** True when the choice carries `#neutral`. */
  readonly neutral: boolean;
  /** True when the choice carries any scoring tag at all (including neutral). */
  readonly tagged: boolean;
}

/** Where a tag may appear, for the writers' reference and the checker. */
export type TagPlace = 'global' | 'line' | 'choice';

export interface TagSpec {
  readonly key: string;
  readonly place: TagPlace;
  readonly form: string;
  readonly meaning: string;
}

/**
 * Every tag the game understands. Inky web-export tags are listed so that
 * stories written in Inky are recognised rather than reported as unknown.
 */
export const TAG_REFERENCE: readonly TagSpec[] = [
  { key: 'title', place: 'global', form: '# title: The joke', meaning: 'Story title shown in the catalogue.' },
  { key: 'summary', place: 'global', form: '# summary: One or two sentences.', meaning: 'Catalogue blurb.' },
  { key: 'duration', place: 'global', form: '# duration: 12 min', meaning: 'Rough playing time in minutes.' },
  { key: 'content_note', place: 'global', form: '# content_note: Racist joke (implied)', meaning: 'Shown before the story starts; repeatable.' },
  { key: 'author', place: 'global', form: '# author: Name', meaning: 'Credit shown in the catalogue.' },
  { key: 'speaker', place: 'line', form: '# speaker: Amara', meaning: 'Who says this line.' },
  { key: 'discuss', place: 'line', form: '# discuss: What would you risk by speaking?', meaning: 'Question for the room at the next choice point.' },
  { key: 'scene', place: 'line', form: '# scene: cafe', meaning: 'Switch the illustrated setting.' },
  { key: 'ending', place: 'line', form: '# ending: door-open', meaning: 'Marks the last line of an ending; required on every ending.' },
  { key: 'ending_title', place: 'line', form: '# ending_title: The door stays open', meaning: 'Human title of the ending for the debrief.' },
  { key: 'debrief', place: 'line', form: 'A reflection. # debrief', meaning: 'Line shown on the debrief screen instead of in the story.' },
  { key: 'practice', place: 'line', form: '# practice: listen', meaning: 'An ally practice this ending shows (see PRACTICES).' },
  { key: 'missed', place: 'line', form: '# missed: support_leadership', meaning: 'An ally practice this ending missed.' },
  { key: 'music', place: 'line', form: '# music: home', meaning: 'Start or cross-fade looping music; `none` stops it.' },
  { key: 'ambience', place: 'line', form: '# ambience: kitchen', meaning: 'Second looping layer; `none` stops it.' },
  { key: 'sfx', place: 'line', form: '# sfx: cup', meaning: 'Play a one-shot sound effect.' },
  { key: 'intervene', place: 'choice', form: '* [Ask why it is funny #intervene]', meaning: 'Choice takes action (weight optional: #intervene: 2).' },
  { key: 'rescue', place: 'choice', form: '* [Answer for her #rescue]', meaning: 'Choice takes over from the targeted person.' },
  { key: 'abandon', place: 'choice', form: '* [Look at your phone #abandon]', meaning: 'Choice steps away without support.' },
  { key: 'neutral', place: 'choice', form: '* [Order the soup #neutral]', meaning: 'Deliberately unscored choice in a scored story.' },
  // Inky's web export; understood or harmless.
  { key: 'audio', place: 'line', form: '# AUDIO: src', meaning: 'Inky: play a sound once.' },
  { key: 'audioloop', place: 'line', form: '# AUDIOLOOP: src', meaning: 'Inky: loop a sound.' },
  { key: 'image', place: 'line', form: '# IMAGE: src', meaning: 'Inky: show an image (ignored).' },
  { key: 'background', place: 'line', form: '# BACKGROUND: src', meaning: 'Inky: background image (ignored).' },
  { key: 'class', place: 'line', form: '# CLASS: name', meaning: 'Inky: style class (ignored).' },
  { key: 'clear', place: 'line', form: '# CLEAR', meaning: 'Inky: clear the screen (ignored).' },
  { key: 'restart', place: 'line', form: '# RESTART', meaning: 'Inky: restart the story (ignored).' },
];

const KNOWN_KEYS = new Set(TAG_REFERENCE.map((t) => t.key));

/** True when the game knows what this tag key means. */
export function isKnownTag(key: string): boolean {
  return KNOWN_KEYS.has(key);
}

/** Split `key: value` (or `key` alone) into its parts. Keys are case-insensitive. */
export function parseTag(raw: string): ParsedTag {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon < 0) return { key: text.toLowerCase(), value: '', raw };
  return { key: text.slice(0, colon).trim().toLowerCase(), value: text.slice(colon + 1).trim(), raw };
}

/** The value of the first tag with this key, if any. */
export function tagValue(tags: readonly string[], key: string): string | undefined {
  for (const raw of tags) {
    const tag = parseTag(raw);
    if (tag.key === key) return tag.value;
  }
  return undefined;
}

/** All values of tags with this key, in order (for repeatable tags like content_note). */
export function tagValues(tags: readonly string[], key: string): string[] {
  return tags.map(parseTag).filter((t) => t.key === key).map((t) => t.value);
}

/** True when a tag with this key is present (value or not). */
export function hasTag(tags: readonly string[], key: string): boolean {
  return tags.some((raw) => parseTag(raw).key === key);
}

const SCORE_KEYS = new Set<string>([...AXES, 'neutral']);

/** True for the tags that score a choice; these are never shown to the player. */
export function isScoringTag(raw: string): boolean {
  return SCORE_KEYS.has(parseTag(raw).key);
}

/**
 * Read a choice's scoring tags. A missing or unparsable weight counts as 1,
 * so `#rescue: lots` is not silently zero (the checker reports it).
 */
export function parseChoiceScore(tags: readonly string[]): ChoiceScore {
  const score = { intervene: 0, rescue: 0, abandon: 0, neutral: false, tagged: false };
  for (const raw of tags) {
    const tag = parseTag(raw);
    if (tag.key === 'neutral') {
      score.neutral = true;
      score.tagged = true;
    } else if ((AXES as readonly string[]).includes(tag.key)) {
      score[tag.key as Axis] += parseWeight(tag.value) ?? 1;
      score.tagged = true;
    }
  }
  return score;
}

/** The numeric weight of a scoring tag; undefined when absent or not a positive number. */
export function parseWeight(value: string): number | undefined {
  if (value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Metadata a story declares in its global tags. */
export interface StoryMeta {
  readonly title: string;
  readonly summary: string;
  /** Minutes, or undefined when the story does not say. */
  readonly durationMinutes: number | undefined;
  readonly contentNotes: readonly string[];
  readonly author: string | undefined;
}

/** Read the global tags; `fallbackTitle` (usually the file stem) stands in for a missing title. */
export function parseStoryMeta(globalTags: readonly string[], fallbackTitle: string): StoryMeta {
  const duration = tagValue(globalTags, 'duration');
  const minutes = duration === undefined ? undefined : Number.parseFloat(duration);
  return {
    title: tagValue(globalTags, 'title') || fallbackTitle,
    summary: tagValue(globalTags, 'summary') ?? '',
    durationMinutes: minutes !== undefined && Number.isFinite(minutes) ? minutes : undefined,
    contentNotes: tagValues(globalTags, 'content_note').filter((n) => n !== ''),
    author: tagValue(globalTags, 'author'),
  };
}
