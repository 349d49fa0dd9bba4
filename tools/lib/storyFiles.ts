/**
 * Finding and compiling the story files on disk (Node only).
 *
 * Shared by the Vite plugin, the command-line tools and the tests, so "what
 * is a story" has one definition: every top-level `stories/*.ink` whose name
 * does not start with `_`. Files a story INCLUDEs live in sub-folders.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { StorySource } from '../../src/checks/checkStory.ts';
import type { KnownAssets } from '../../src/checks/lint.ts';
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

/** The path a writer knows a file by: relative to `root`, with forward slashes. */
export function shownPath(file: string, root: string): string {
  const absolute = resolve(file);
  return (relative(root, absolute) || basename(absolute)).split('\\').join('/');
}

/** Read a story file and say how to read what it INCLUDEs (relative to its folder). */
export function readStorySource(file: string, root: string): StorySource {
  const absolute = resolve(file);
  return {
    file: shownPath(absolute, root),
    source: readFileSync(absolute, 'utf8'),
    readInclude: (name) => readFileSync(resolve(dirname(absolute), name), 'utf8'),
  };
}

/** The settings (assets/art/*.svg) and sounds (assets/audio/manifest.json) a story may name. */
export function knownAssets(root: string): KnownAssets {
  const art = resolve(root, 'assets/art');
  const manifestFile = resolve(root, 'assets/audio/manifest.json');
  const scenes = existsSync(art) ? readdirSync(art).filter((f) => f.endsWith('.svg') && f !== 'icon.svg').map((f) => f.replace(/\.svg$/, '')) : undefined;
  let sounds: Record<string, string[]> | undefined;
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { sounds?: Record<string, { kind?: string }> };
    sounds = {};
    for (const [name, sound] of Object.entries(manifest.sounds ?? {})) (sounds[sound.kind ?? 'sfx'] ??= []).push(name);
  }
  return { scenes, sounds };
}
