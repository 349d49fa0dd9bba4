/**
 * A story's own page: `the-joke.html` beside `index.html` in the build
 * (plugins/vite-plugin-story-pages.ts writes one per story). It is the
 * game's page with the story already in it, as a JSON data block, so a link
 * to it starts the story without fetching the story's code first: one round
 * trip less before the first passage (a whole network round trip on a
 * phone; a tenth of the bare page's time on the bench's loopback).
 *
 * The page names its story in a meta tag too, which src/boot.ts reads (it
 * must not import this module: it would be a file of its own to download).
 */
import type { CatalogueEntry, CompiledStory } from '../engine/storyInfo.ts';

/** `<meta name="…" content="the-joke">`: which story the page is for. */
export const STORY_PAGE_META = 'common-ground:story';
/** `<script type="application/json" id="…">`: the compiled story (a data block: the CSP does not apply, nothing runs). */
export const STORY_PAGE_DATA_ID = 'story-data';

/** What is read of the page: enough to test without a browser. */
export interface PageSource {
  querySelector(selectors: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

/** The id of the story this page is for, or undefined on the game's own page. */
export function storyPageId(page: PageSource): string | undefined {
  return page.querySelector(`meta[name="${STORY_PAGE_META}"]`)?.getAttribute('content') ?? undefined;
}

/**
 * The story the page carries, or undefined when there is none or it is not
 * a story (then the game downloads it as from any other link).
 */
export function readPageStory(page: PageSource): CompiledStory | undefined {
  const id = storyPageId(page);
  const text = page.querySelector(`#${STORY_PAGE_DATA_ID}`)?.textContent;
  if (!id || !text) return undefined;
  try {
    const story: unknown = JSON.parse(text);
    return isCompiledStory(story) && story.id === id ? story : undefined;
  } catch {
    return undefined;
  }
}

/** The catalogue, with the page's story taken from the page instead of downloaded. */
export function withPageStory(catalogue: readonly CatalogueEntry[], story: CompiledStory | undefined): CatalogueEntry[] {
  return catalogue.map((entry) => (story && entry.id === story.id ? { ...entry, load: () => Promise.resolve(story) } : entry));
}

/** The page's links say which story to open: `?story=` when given, else the page's own story. */
export function storyParams(search: string, page: PageSource): URLSearchParams {
  const params = new URLSearchParams(search);
  const own = storyPageId(page);
  if (own && !params.has('story')) params.set('story', own);
  return params;
}

function isCompiledStory(value: unknown): value is CompiledStory {
  if (typeof value !== 'object' || value === null) return false;
  const story = value as Record<string, unknown>;
  const meta = story['meta'] as Record<string, unknown> | undefined;
  return (
    typeof story['id'] === 'string' &&
    typeof story['file'] === 'string' &&
    typeof story['json'] === 'string' &&
    typeof story['hash'] === 'string' &&
    typeof story['scored'] === 'boolean' &&
    typeof meta === 'object' &&
    meta !== null &&
    typeof meta['title'] === 'string' &&
    Array.isArray(meta['contentNotes'])
  );
}
