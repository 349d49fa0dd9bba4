/**
 * Facts about a compiled story that the catalogue and saves need without
 * running it: its metadata, whether it is scored, and a content hash.
 */
import { Story } from 'inkjs';
import { parseStoryMeta, type StoryMeta } from './tags.ts';

/** A compiled story as the game loads it (what `import x from 'stories/x.ink'` gives). */
export interface CompiledStory {
  /** File stem: the id used in links (`?story=`) and saves. */
  readonly id: string;
  /** Path of the source, e.g. `stories/the-joke.ink`. */
  readonly file: string;
  /** The compiled ink JSON. */
  readonly json: string;
  /** Hash of `json`: saves made against another hash are replayed, not trusted. */
  readonly hash: string;
  readonly meta: StoryMeta;
  /** True when any choice carries a scoring tag: then the HUD and debrief scores show. */
  readonly scored: boolean;
}

// Ink's JSON writes a choice's tags as "#","^text","/#" (and older exports as {"#":"text"}).
const SCORING_TAG_IN_JSON = /(?:"#","\^|\{"#":")\s*(?:intervene|rescue|abandon|neutral)\b/i;

/** True when the compiled story uses any scoring tag. */
export function isScoredJson(json: string): boolean {
  return SCORING_TAG_IN_JSON.test(json);
}

/**
 * A short, stable content hash (53-bit, cyrb53). Not cryptographic: it only
 * has to notice that a story changed between a save and a load.
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Describe compiled ink JSON (from the build, or a file a player opened). */
export function describeCompiled(json: string, id: string, file: string): CompiledStory {
  const globalTags = new Story(json).globalTags ?? [];
  return { id, file, json, hash: contentHash(json), meta: parseStoryMeta(globalTags, titleFromId(id)), scored: isScoredJson(json) };
}

/** `the-joke` → `The joke`, for stories without a `# title:`. */
export function titleFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One story as the menu lists it; `load` fetches the compiled story only when chosen. */
export interface CatalogueEntry {
  readonly id: string;
  readonly file: string;
  readonly meta: StoryMeta;
  readonly scored: boolean;
  /** Compile errors (dev server only; a broken story fails the production build). */
  readonly errors: readonly string[];
  readonly load: () => Promise<CompiledStory>;
}
