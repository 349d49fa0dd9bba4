/**
 * Finding and compiling the story files on disk (Node only).
 *
 * Shared by the Vite plugin, the command-line tools and the tests, so "what
 * is a story" has one definition: every top-level `stories/*.ink` whose name
 * does not start with `_`. Files a story INCLUDEs live in sub-folders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { compileInk, type CompileResult } from '../../src/engine/compile.ts';

/** The folder of stories, relative to the project root. */
export const STORIES_DIR = 'stories';

/** True for a file that is a story of the catalogue. */
export function isCatalogueStory(file: string): boolean {
  const name = basename(file);
  return name.endsWith('.ink') && !name.startsWith('_');
}

/** Absolute paths of every catalogue story under `root/stories`, sorted. */
export function listStoryFiles(root: string): string[] {
  const dir = resolve(root, STORIES_DIR);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && isCatalogueStory(entry.name))
    .map((entry) => join(dir, entry.name))
    .sort();
}

/** The id a story is known by in links and saves: its file stem. */
export function storyId(file: string): string {
  return basename(file).replace(/\.ink$/, '');
}

/** Compile a story file; messages name files relative to `root` (e.g. `stories/x.ink`). */
export function compileStoryFile(file: string, root: string): CompileResult & { readonly includes: string[] } {
  const absolute = resolve(file);
  const shown = relative(root, absolute) || basename(absolute);
  const includes: string[] = [];
  const result = compileInk(readFileSync(absolute, 'utf8'), shown.split('\\').join('/'), (name) => {
    const path = resolve(dirname(absolute), name);
    includes.push(path);
    return readFileSync(path, 'utf8');
  });
  return { ...result, includes };
}
