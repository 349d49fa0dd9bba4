/**
 * Vite plugin: Ink stories as modules.
 *
 * - `import story from '../stories/x.ink'` gives a `CompiledStory` (compiled
 *   at build time; the browser never needs the ink compiler for them).
 * - `import { stories } from 'virtual:story-catalogue'` lists every top-level
 *   `stories/*.ink` (a leading `_` hides one) with its metadata and a lazy
 *   loader, so adding a story is adding a file.
 * - Compile errors are reported as `stories/x.ink:LINE: message` in the
 *   terminal and in Vite's error overlay; saving a story (or a file it
 *   INCLUDEs) hot-reloads it in the running game.
 */
import { relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { escapeXml, renderStoryMapHtml } from '../src/checks/renderMap.ts';
import { formatDiagnostic } from '../src/engine/compile.ts';
import { describeCompiled, type CompiledStory } from '../src/engine/storyInfo.ts';
import { compileStoryFile, isCatalogueStory, listStoryFiles, storyId, STORIES_DIR } from '../tools/lib/storyFiles.ts';
import { storyMapFor } from '../tools/stories-map.ts';

const CATALOGUE_ID = 'virtual:story-catalogue';
const RESOLVED_CATALOGUE_ID = '\0' + CATALOGUE_ID;

/** Raised when a story does not compile; carries every message. */
class InkCompileError extends Error {
  constructor(readonly lines: string[], readonly file: string, readonly line: number | undefined) {
    super(lines.join('\n'));
  }
}

/** What the ink plugin shares with the others (plugins/vite-plugin-story-pages.ts): every story module it has compiled, by module id. */
export interface InkPluginApi {
  readonly compiled: ReadonlyMap<string, CompiledStory>;
}

export function inkPlugin(): Plugin<InkPluginApi> {
  let root = process.cwd();
  const compiledModules = new Map<string, CompiledStory>();
  let server: ViteDevServer | undefined;
  /** Included file → story files that include it, for hot reload. */
  const includedBy = new Map<string, Set<string>>();

  const compile = (file: string): CompiledStory => {
    const result = compileStoryFile(file, root);
    for (const inc of result.includes) {
      if (!includedBy.has(inc)) includedBy.set(inc, new Set());
      includedBy.get(inc)!.add(file);
    }
    const shown = relative(root, file).split('\\').join('/');
    for (const d of result.diagnostics.filter((d) => d.severity === 'warning')) console.warn(formatDiagnostic(d));
    if (result.json === undefined) {
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      throw new InkCompileError(errors.map(formatDiagnostic), errors[0]?.file ?? shown, errors[0]?.line);
    }
    return describeCompiled(result.json, storyId(file), shown);
  };

  return {
    name: 'common-ground:ink',
    api: { compiled: compiledModules },
    configResolved(config) {
      root = config.root;
    },
    configureServer(dev) {
      server = dev;
      // A new or deleted story changes the catalogue.
      const onListChange = (path: string) => {
        if (!isCatalogueStory(path) || !resolve(path).startsWith(resolve(root, STORIES_DIR))) return;
        const mod = dev.moduleGraph.getModuleById(RESOLVED_CATALOGUE_ID);
        if (mod) dev.moduleGraph.invalidateModule(mod);
        dev.ws.send({ type: 'full-reload' });
      };
      dev.watcher.on('add', onListChange);
      dev.watcher.on('unlink', onListChange);
      // The story map of any story, for the game's "Map" button while writing (npm run stories:map makes the same page as a file).
      dev.middlewares.use('/__story-map/', (req, res) => {
        const id = decodeURIComponent((req.url ?? '').replace(/^\/+/, '').split('?')[0] ?? '');
        const file = listStoryFiles(root).find((f) => storyId(f) === id);
        const built = file ? storyMapFor(file, root) : { ok: false as const, errors: [`No story called "${id}" in ${STORIES_DIR}/.`] };
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(built.ok ? renderStoryMapHtml(built.map) : `<!doctype html><meta charset="utf-8"><title>No map</title><pre>${escapeXml(built.errors.join('\n'))}</pre>`);
      });
    },
    resolveId(id) {
      return id === CATALOGUE_ID ? RESOLVED_CATALOGUE_ID : undefined;
    },
    load(id) {
      if (id === RESOLVED_CATALOGUE_ID) return catalogueModule(root, compile, server !== undefined);
      if (!id.endsWith('.ink')) return undefined;
      const file = id.split('?')[0]!;
      try {
        const story = compile(file);
        compiledModules.set(file, story);
        for (const inc of includedBy.keys()) if (includedBy.get(inc)!.has(file)) this.addWatchFile(inc);
        return storyModule(story);
      } catch (error) {
        if (!(error instanceof InkCompileError)) throw error;
        console.error(error.lines.join('\n'));
        this.error({ message: error.lines.join('\n'), id: resolve(root, error.file), loc: { file: resolve(root, error.file), line: error.line ?? 1, column: 0 } });
      }
    },
    handleHotUpdate(ctx) {
      // An INCLUDEd file changed: reload the stories that include it.
      const owners = includedBy.get(resolve(ctx.file));
      if (!owners) return undefined;
      const mods = [...owners].flatMap((f) => [...(ctx.server.moduleGraph.getModulesByFile(f) ?? [])]);
      return [...ctx.modules, ...mods];
    },
  };
}

/** The module for one story. It accepts its own updates so the game can hot-reload the story in place. */
function storyModule(story: CompiledStory): string {
  return [
    `const story = ${JSON.stringify(story)};`,
    'export default story;',
    'if (import.meta.hot) {',
    '  import.meta.hot.accept((next) => {',
    "    if (next) window.dispatchEvent(new CustomEvent('common-ground:story-updated', { detail: next.default }));",
    '  });',
    '}',
  ].join('\n');
}

/**
 * `once(load)` in the catalogue module: one download per story, shared by
 * everyone who asks for it (src/boot.ts asks first, for a linked story, so the
 * game finds it ready without waiting a task for it); a failed download can be tried again.
 */
const ONCE = 'const once = (load) => { let loading; return () => (loading ??= load().catch((error) => { loading = undefined; throw error; })); };';

/**
 * The catalogue: metadata for the menu, and a loader per story so only the
 * chosen story is downloaded. In the dev server a broken story is listed with
 * its errors (the overlay shows them too) rather than hiding the others.
 */
function catalogueModule(root: string, compile: (file: string) => CompiledStory, dev: boolean): string {
  const entries = listStoryFiles(root).map((file) => {
    const importPath = '/' + relative(root, file).split('\\').join('/');
    try {
      const s = compile(file);
      const info = { id: s.id, file: s.file, meta: s.meta, scored: s.scored, errors: [] };
      return `{ ...${JSON.stringify(info)}, load: once(() => import(${JSON.stringify(importPath)}).then((m) => m.default)) }`;
    } catch (error) {
      if (!dev || !(error instanceof InkCompileError)) throw error;
      const id = storyId(file);
      const info = { id, file: relative(root, file), meta: { title: id, summary: '', durationMinutes: undefined, contentNotes: [], author: undefined }, scored: false, errors: error.lines };
      return `{ ...${JSON.stringify(info)}, load: once(() => import(${JSON.stringify(importPath)}).then((m) => m.default)) }`;
    }
  });
  return `${ONCE}\nexport const stories = [\n${entries.join(',\n')}\n];\n`;
}
