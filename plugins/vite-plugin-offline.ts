/**
 * Vite plugin: offline play and installation (production builds only).
 *
 * - Writes `manifest.webmanifest` (src/sw/webManifest.ts) with the built
 *   icon's URL, and links it from index.html.
 * - Compiles src/sw/sw.ts into `sw.js` at the root of the build, with the
 *   list of files to precache: every file of the build except source maps,
 *   and a version that changes whenever any file does.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformWithOxc, type Plugin } from 'vite';
import { webManifest } from '../src/sw/webManifest.ts';

const SW_SOURCE = fileURLToPath(new URL('../src/sw/sw.ts', import.meta.url));
const ICON = 'assets/art/icon.svg';
const MANIFEST_FILE = 'manifest.webmanifest';
const SW_FILE = 'sw.js';

/** Files the service worker does not need to keep. */
function skipped(file: string): boolean {
  return file.endsWith('.map') || file === SW_FILE;
}

export function offlinePlugin(): Plugin {
  return {
    name: 'common-ground:offline',
    apply: 'build',
    // After Vite has written index.html into the bundle.
    enforce: 'post',
    transformIndexHtml: () => [{ tag: 'link', attrs: { rel: 'manifest', href: `./${MANIFEST_FILE}` }, injectTo: 'head' }],
    async generateBundle(_options, bundle) {
      const icon = Object.values(bundle).find((file) => file.type === 'asset' && file.originalFileNames.includes(ICON));
      if (!icon) this.error(`The app icon (${ICON}) is not in the build: src/ui/pageIcon.ts must import it.`);
      const manifest = JSON.stringify(webManifest(icon.fileName), null, 2);
      this.emitFile({ type: 'asset', fileName: MANIFEST_FILE, source: manifest });

      const files = [...Object.keys(bundle).filter((f) => !skipped(f)), MANIFEST_FILE].sort();
      const hash = createHash('sha256');
      for (const file of files) {
        const output = bundle[file];
        hash.update(file);
        // Hashed names already say what is inside; the others (index.html) are hashed by content.
        if (output && !file.startsWith('assets/')) hash.update(output.type === 'asset' ? output.source : output.code);
      }
      hash.update(manifest);
      const precache = { version: hash.digest('hex').slice(0, 12), files };

      const compiled = await transformWithOxc(readFileSync(SW_SOURCE, 'utf8'), SW_SOURCE, { lang: 'ts' });
      const source = `const PRECACHE_MANIFEST = ${JSON.stringify(precache)};\n${compiled.code}`;
      this.emitFile({ type: 'asset', fileName: SW_FILE, source });
    },
  };
}
