/**
 * Load a story for the command-line player and the map: an `.ink` file
 * (compiled, with its INCLUDEs) or compiled ink JSON such as Inky exports.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatDiagnostic } from '../../src/engine/compile.ts';
import { compileStoryFile, shownPath, storyId } from './storyFiles.ts';

/** A story ready to play, or the messages that explain why it is not. */
export type LoadedStory =
  | { readonly ok: true; readonly json: string; readonly file: string; readonly id: string; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Load `path` (relative to `root`); `.json` is taken as compiled ink, anything else as ink source. */
export function loadStory(path: string, root: string): LoadedStory {
  const absolute = resolve(root, path);
  const file = shownPath(absolute, root);
  if (!existsSync(absolute)) return { ok: false, errors: [`${path}: no such file`] };
  if (absolute.toLowerCase().endsWith('.json')) {
    const json = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '');
    try {
      const parsed = JSON.parse(json) as { inkVersion?: unknown };
      if (typeof parsed.inkVersion !== 'number') return { ok: false, errors: [`${file}: not a compiled ink story (no "inkVersion")`] };
    } catch (error) {
      return { ok: false, errors: [`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
    }
    return { ok: true, json, file, id: storyId(absolute).replace(/\.json$/i, ''), warnings: [] };
  }
  const compiled = compileStoryFile(absolute, root);
  const messages = compiled.diagnostics.map(formatDiagnostic);
  if (compiled.json === undefined) return { ok: false, errors: messages };
  return { ok: true, json: compiled.json, file, id: storyId(absolute), warnings: messages };
}
