/**
 * Vite plugin: what index.html needs beyond the game's own module script
 * (production builds only).
 *
 * - src/boot.ts, built on its own (with only the story catalogue) and added
 *   as an `async` module script ahead of the game's code: it runs as soon as
 *   it arrives, starts downloading a linked story, and keeps the page from
 *   ever being blank.
 *   Written into the HTML here, after Vite has bundled the page's module
 *   scripts, so that it stays out of the game's chunk.
 * - Preloads for the fonts of the first screen (src/ui/fonts.ts): the
 *   browser would otherwise ask for them only when it first lays out text
 *   in them.
 *
 * The game's chunks need no help: src/main.ts imports what the first screen
 * needs statically, and Vite preloads an entry's static imports.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { OutputAsset, OutputBundle, OutputChunk } from 'rolldown';
import { FIRST_SCREEN_FACES } from '../src/ui/fonts.ts';

const BOOT_SOURCE = fileURLToPath(new URL('../src/boot.ts', import.meta.url));
const CATALOGUE_MODULE = '\0virtual:story-catalogue';

export function firstScreenPlugin(): Plugin {
  return {
    name: 'common-ground:first-screen',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      this.emitFile({ type: 'chunk', id: BOOT_SOURCE, name: 'boot' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return undefined;
        const boot = Object.values(bundle).find((file): file is OutputChunk => file.type === 'chunk' && file.facadeModuleId === BOOT_SOURCE);
        if (!boot) throw new Error('first-screen: the build has no chunk for src/boot.ts.');
        // It must arrive long before the game's code: the story catalogue (and what that needs) is all it may import.
        const catalogue = Object.values(bundle).find((file): file is OutputChunk => file.type === 'chunk' && file.moduleIds.includes(CATALOGUE_MODULE));
        const allowed = new Set(catalogue ? [catalogue.fileName, ...catalogue.imports] : []);
        const extra = boot.imports.filter((fileName) => !allowed.has(fileName));
        if (extra.length > 0) throw new Error(`first-screen: src/boot.ts must stay small, but its chunk imports ${extra.join(', ')} besides the story catalogue.`);
        const fonts = FIRST_SCREEN_FACES.map((face) => fontAsset(bundle, `${face.file}.woff2`));
        return [
          // Async scripts are fetched at low priority unless asked otherwise; this one is what keeps the page from being blank.
          { tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, fetchpriority: 'high', src: `./${boot.fileName}` }, injectTo: 'head' as const },
          // Fonts are fetched in CORS mode, so their preloads must be too, or the download is not reused.
          ...fonts.map((fileName) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `./${fileName}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

/** The built name of a font file src/ui/fonts.css declares, e.g. `literata-latin-400-normal.woff2`. */
function fontAsset(bundle: OutputBundle, file: string): string {
  const asset = Object.values(bundle).find((output): output is OutputAsset => output.type === 'asset' && output.originalFileNames.some((name) => name.endsWith(`/${file}`)));
  if (!asset) throw new Error(`first-screen: the first screen's font ${file} (src/ui/fonts.ts) is not in the build; src/ui/fonts.css must declare it.`);
  return asset.fileName;
}
