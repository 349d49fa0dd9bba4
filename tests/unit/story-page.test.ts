import { describe, expect, it } from 'vitest';
import { storyPageHtml } from '../../plugins/vite-plugin-story-pages.ts';
import { readPageStory, storyPageId, storyParams, withPageStory, type PageSource } from '../../src/app/storyPage.ts';
import { describeCompiled, type CatalogueEntry } from '../../src/engine/storyInfo.ts';
import { compile, ink } from '../helpers/ink.ts';

const STORY = describeCompiled(
  compile(ink`
    # title: Lunch </script><script>alert(1)</script> & co
    # content_note: A joke at someone's expense
    It is Friday. <b>Not bold.</b>
    + [Speak] -> END
  `),
  'lunch',
  'stories/lunch.ink',
);

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <title>Common Ground</title>
    <script type="module" src="./assets/index.js"></script>
  </head>
  <body>
    <main id="app"></main>
  </body>
</html>`;

/** Just enough of a document, parsed from the page by hand (Node has no DOM). */
function pageFrom(html: string): PageSource {
  const meta = /<meta name="common-ground:story" content="([^"]*)" \/>/.exec(html)?.[1];
  const data = /<script type="application\/json" id="story-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  return {
    querySelector: (selectors) => {
      if (selectors.startsWith('meta') && meta !== undefined) return { getAttribute: () => meta, textContent: null };
      if (selectors === '#story-data' && data !== undefined) return { getAttribute: () => null, textContent: data };
      return null;
    },
  };
}

describe("a story's own page", () => {
  it('carries the story whole, in a block nothing can break out of', () => {
    const html = storyPageHtml(INDEX, STORY);
    // Only the game's own script tag and the data block: the title's "</script>" stays text.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).toContain('<title>Lunch &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co · Common Ground</title>');
    // The meta tag comes before the page's scripts, for src/boot.ts.
    expect(html.indexOf('name="common-ground:story"')).toBeLessThan(html.indexOf('<script type="module"'));
    const page = pageFrom(html);
    expect(storyPageId(page)).toBe('lunch');
    expect(readPageStory(page)).toEqual(STORY);
  });

  it('opens its own story, unless the link asks for another', () => {
    const page = pageFrom(storyPageHtml(INDEX, STORY));
    expect(storyParams('', page).get('story')).toBe('lunch');
    expect(storyParams('?mode=facilitate', page).toString()).toBe('mode=facilitate&story=lunch');
    expect(storyParams('?story=the-joke', page).get('story')).toBe('the-joke');
    expect(storyParams('?story=the-joke', pageFrom(INDEX)).get('story')).toBe('the-joke');
    expect(storyParams('', pageFrom(INDEX)).has('story')).toBe(false);
  });

  it('serves the story from the page instead of downloading it, and leaves the others alone', async () => {
    const entry = (id: string): CatalogueEntry => ({ id, file: `stories/${id}.ink`, meta: STORY.meta, scored: true, errors: [], load: () => Promise.reject(new Error(`${id} downloaded`)) });
    const catalogue = withPageStory([entry('lunch'), entry('dinner')], readPageStory(pageFrom(storyPageHtml(INDEX, STORY))));
    await expect(catalogue[0]!.load()).resolves.toEqual(STORY);
    await expect(catalogue[1]!.load()).rejects.toThrow('dinner downloaded');
  });

  it('downloads the story as usual when the page’s copy is missing, damaged or for another story', () => {
    const html = storyPageHtml(INDEX, STORY);
    expect(readPageStory(pageFrom(INDEX))).toBeUndefined();
    expect(readPageStory(pageFrom(html.replace('"json":', '"jsn":')))).toBeUndefined();
    expect(readPageStory(pageFrom(html.replace('"id":"lunch"', '"id":"lunch" x')))).toBeUndefined();
    expect(readPageStory(pageFrom(html.replace('content="lunch"', 'content="dinner"')))).toBeUndefined();
    const stories = [{ id: 'dinner' }] as CatalogueEntry[];
    expect(withPageStory(stories, undefined)).toEqual(stories);
  });
});
