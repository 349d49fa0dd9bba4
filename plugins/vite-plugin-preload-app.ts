/**
 * Vite plugin: let index.html download the game's code at once.
 *
 * The page's entry (src/boot.ts) is tiny and loads the game (src/main.ts)
 * with a dynamic import, so that it can first start downloading a linked
 * story. Without help, the browser would only learn about the game's chunks
 * when boot.ts runs; these `<link rel=modulepreload>` tags let it fetch
 * them alongside boot.ts instead, and the stylesheets those chunks import
 * are linked as usual. The fonts of the first screen (src/ui/fonts.ts) are
 * preloaded too: the browser would otherwise ask for them only when it
 * first lays out text in them. Production builds only.
 */
import type { Plugin } from 'vite';
import type { OutputAsset, OutputBundle, OutputChunk } from 'rolldown';
import { FIRST_SCREEN_FACES } from '../src/ui/fonts.ts';

/** The module the preloaded chunks start from. */
const APP_MODULE = /[\\/]src[\\/]main\.ts$/;

export function preloadAppPlugin(): Plugin {
  return {
    name: 'common-ground:preload-app',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return undefined;
        const app = Object.values(bundle).find((file): file is OutputChunk => file.type === 'chunk' && APP_MODULE.test(file.facadeModuleId ?? ''));
        if (!app) throw new Error('preload-app: the build has no chunk for src/main.ts; index.html must load it from src/boot.ts.');
        const chunks = chunkWithImports(bundle, app.fileName).filter((fileName) => !html.includes(fileName));
        // Their stylesheets too (a component's own CSS), as ordinary links: the app would otherwise wait for them.
        const styles = chunks.flatMap((fileName) => [...((bundle[fileName] as OutputChunk).viteMetadata?.importedCss ?? [])]).filter((fileName) => !html.includes(fileName));
        // Fonts last: the code is what the first screen waits for longest.
        const fonts = FIRST_SCREEN_FACES.map((face) => fontAsset(bundle, `${face.file}.woff2`));
        return [
          ...styles.map((fileName) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${fileName}` }, injectTo: 'head' as const })),
          ...chunks.map((fileName) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` }, injectTo: 'head' as const })),
          // Fonts are fetched in CORS mode, so their preloads must be too, or the download is not reused.
          ...fonts.map((fileName) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `./${fileName}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

/** A chunk and every chunk it imports statically, directly or not. */
function chunkWithImports(bundle: OutputBundle, fileName: string, found = new Set<string>()): string[] {
  if (found.has(fileName)) return [...found];
  found.add(fileName);
  const chunk = bundle[fileName];
  if (chunk?.type === 'chunk') chunk.imports.forEach((imported) => chunkWithImports(bundle, imported, found));
  return [...found];
}

/** The built name of a font file src/ui/fonts.css declares, e.g. `literata-latin-400-normal.woff2`. */
function fontAsset(bundle: OutputBundle, file: string): string {
  const asset = Object.values(bundle).find((output): output is OutputAsset => output.type === 'asset' && output.originalFileNames.some((name) => name.endsWith(`/${file}`)));
  if (!asset) throw new Error(`preload-app: the first screen's font ${file} (src/ui/fonts.ts) is not in the build; src/ui/fonts.css must declare it.`);
  return asset.fileName;
}
