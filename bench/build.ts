/**
 * Builds what `npm run bench` measures, into bench/results/ (never dist/):
 * the game with the bench stories added to its catalogue (so `?story=`
 * deep-links them, as a facilitator's link would), and the bare page.
 * Then weighs the JavaScript each one ships.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import { describeCompiled } from '../src/engine/storyInfo.ts';
import { inkPlugin } from '../plugins/vite-plugin-ink.ts';
import { compileStoryFile, storyId } from '../tools/lib/storyFiles.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const BENCH_STORIES = [resolve(ROOT, 'bench/stories/bench-loop.ink')];

/** What a piece of shipped JavaScript is. */
export type JsKind = 'phaser' | 'inkjs' | 'game' | 'stories';

export interface JsFile {
  readonly file: string;
  readonly kind: JsKind;
  /** Loaded by index.html before the first screen (its entry, the chunks it preloads, and their static imports). */
  readonly firstLoad: boolean;
  readonly raw: number;
  readonly gzip: number;
}

/**
 * Adds the bench stories to the game's story catalogue, for the bench build
 * only: stories/ holds playable stories, which always end; these loop.
 */
export function benchCatalogue(): Plugin {
  return {
    name: 'common-ground:bench-catalogue',
    transform(code, id) {
      if (id !== '\0virtual:story-catalogue') return undefined;
      const entries = BENCH_STORIES.map((file) => {
        const result = compileStoryFile(file, ROOT);
        if (result.json === undefined) throw new Error(`${file} does not compile:\n${result.diagnostics.map((d) => d.message).join('\n')}`);
        const s = describeCompiled(result.json, storyId(file), relative(ROOT, file));
        const info = { id: s.id, file: s.file, meta: s.meta, scored: s.scored, errors: [] };
        // `once` is the catalogue module's own helper (plugins/vite-plugin-ink.ts): one download per story, as for the game's stories.
        return `stories.push({ ...${JSON.stringify(info)}, load: once(() => import(${JSON.stringify('/' + relative(ROOT, file))}).then((m) => m.default)) });`;
      });
      return `${code}\n${entries.join('\n')}\n`;
    },
  };
}

/**
 * The link to a story in a game build, relative to the build's folder: the
 * story's own page (plugins/vite-plugin-story-pages.ts), which carries the
 * story, as a shared link would be; or, in builds made before there were
 * story pages, the game's page with `?story=`.
 */
export function storyLink(gameDir: string, story = 'bench-loop'): string {
  return existsSync(join(gameDir, `${story}.html`)) ? `${story}.html` : `?story=${story}`;
}

/** Build the game (the project's own vite.config.ts, plus the bench stories). */
export async function buildGame(outDir: string): Promise<void> {
  await build({ root: ROOT, configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn', plugins: [benchCatalogue()], build: { outDir, emptyOutDir: true, manifest: true } });
}

/** Build the bare ink page (bench/bare). */
export async function buildBare(outDir: string): Promise<void> {
  await build({
    root: resolve(ROOT, 'bench/bare'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [inkPlugin()],
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      target: 'es2022',
      // inkjs in a chunk of its own, as in the game, so the two are weighed alike.
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'inkjs', test: /node_modules[\\/]inkjs[\\/]/ }] } } },
    },
  });
}

interface ManifestChunk {
  readonly file: string;
  readonly name?: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

/** Every JavaScript file of a build, what it is, whether the first screen loads it, and its size. */
export function weighJavaScript(outDir: string): JsFile[] {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const firstLoad = new Set<string>();
  const visit = (key: string) => {
    if (firstLoad.has(key)) return;
    firstLoad.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  // What index.html loads (its entry, and the chunks it preloads), and everything they import.
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const linked = new Set([...html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)].map((m) => m[1]));
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry || linked.has(chunk.file)) visit(key);
  const files = Object.entries(manifest)
    .filter(([, chunk]) => chunk.file.endsWith('.js'))
    .map(([key, chunk]) => weigh(outDir, chunk.file, kindOf(chunk), firstLoad.has(key)));
  // The game's service worker: JavaScript too, registered after the page has loaded.
  if (existsSync(join(outDir, 'sw.js'))) files.push(weigh(outDir, 'sw.js', 'game', false));
  return files;
}

function kindOf(chunk: ManifestChunk): JsKind {
  if (chunk.name === 'phaser') return 'phaser';
  if (chunk.name === 'inkjs' || chunk.name === 'ink-compiler') return 'inkjs';
  if (chunk.src?.endsWith('.ink')) return 'stories';
  return 'game';
}

function weigh(outDir: string, file: string, kind: JsKind, firstLoad: boolean): JsFile {
  const bytes = readFileSync(join(outDir, file));
  return { file, kind, firstLoad, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
