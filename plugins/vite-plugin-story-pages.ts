/**
 * Vite plugin: a page of its own for each story, `the-joke.html` beside
 * `index.html` (production builds).
 *
 * A story link to the game's page (`?story=the-joke`) has to wait for a
 * script to run before it can ask for the story, and then for the story to
 * arrive: a round trip more than the page's own files. A story's page is
 * the game's page with the compiled story inside it, as a JSON data block
 * (src/app/storyPage.ts reads it), so the story arrives with the page. The
 * block is data, not script: the Content-Security-Policy, which allows no
 * inline script, does not apply to it, and nothing in it runs.
 *
 * The story's file stays in the build too, for the menu and for `?story=`
 * links. In the dev server, `/the-joke.html` goes to `/?story=the-joke`.
 */
import type { Plugin } from 'vite';
import type { OutputAsset } from 'rolldown';
import { escapeXml } from '../src/checks/renderMap.ts';
import type { CompiledStory } from '../src/engine/storyInfo.ts';
import { STORY_PAGE_DATA_ID, STORY_PAGE_META } from '../src/app/storyPage.ts';
import { listStoryFiles, storyId } from '../tools/lib/storyFiles.ts';
import type { InkPluginApi } from './vite-plugin-ink.ts';

/** Names a story's page cannot take: the game's own files at the top of the build. */
const RESERVED = new Set(['index', 'sw', 'manifest']);

/** The page for `story`, made from the built index.html. */
export function storyPageHtml(indexHtml: string, story: CompiledStory): string {
  if (!/<title>[^<]*<\/title>/.test(indexHtml) || !indexHtml.includes('</body>')) throw new Error('story-pages: index.html has no <title> or no </body>.');
  // `<` escaped: the JSON can then never close the block (`</script>`) or open a comment; JSON.parse reads it back the same.
  const data = JSON.stringify(story).replace(/</g, '\\u003c');
  return (
    indexHtml
      // The meta tag before any script, so src/boot.ts finds it however early it runs.
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeXml(story.meta.title)} · Common Ground</title>\n    <meta name="${STORY_PAGE_META}" content="${escapeXml(story.id)}" />`)
      .replace('</body>', `  <script type="application/json" id="${STORY_PAGE_DATA_ID}">${data}</script>\n  </body>`)
  );
}

export function storyPagesPlugin(): Plugin {
  let ink: InkPluginApi | undefined;
  let root = process.cwd();
  return {
    name: 'common-ground:story-pages',
    // After Vite has written index.html into the bundle, and before the offline plugin lists the files to precache.
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      ink = config.plugins.find((plugin) => plugin.name === 'common-ground:ink')?.api as InkPluginApi | undefined;
    },
    configureServer(dev) {
      dev.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const id = /^\/([\w-]+)\.html$/.exec(url.pathname)?.[1];
        if (!id || !listStoryFiles(root).some((file) => storyId(file) === id)) return next();
        url.searchParams.set('story', url.searchParams.get('story') ?? id);
        res.statusCode = 302;
        res.setHeader('Location', `/?${url.searchParams}`);
        res.end();
      });
    },
    generateBundle(_options, bundle) {
      if (!ink) this.error('story-pages: the ink plugin (plugins/vite-plugin-ink.ts) must be in the build.');
      const index = bundle['index.html'] as OutputAsset | undefined;
      if (!index) return;
      const html = String(index.source);
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !output.facadeModuleId?.endsWith('.ink')) continue;
        const story = ink.compiled.get(output.facadeModuleId.split('?')[0]!);
        if (!story) continue;
        if (RESERVED.has(story.id)) {
          this.warn(`story-pages: a story called "${story.id}" gets no page of its own (the name is the game's); link to it with ?story=${story.id}.`);
          continue;
        }
        this.emitFile({ type: 'asset', fileName: `${story.id}.html`, source: storyPageHtml(html, story) });
      }
    },
  };
}
