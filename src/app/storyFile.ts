/**
 * Turn a file a player opened (a `.ink` source, an Inky JSON export, or
 * Inky's web-export `story.js`) into a playable story. Nothing is uploaded:
 * `.ink` is compiled right here by the ink compiler, which is only
 * downloaded the first time someone opens a `.ink` file.
 */
import { describeCompiled, type CompiledStory } from '../engine/storyInfo.ts';

export type StoryFileResult = { readonly ok: true; readonly story: CompiledStory } | { readonly ok: false; readonly errors: readonly string[] };

/** Largest file we try to read (a very long story is under 2 MB of ink). */
const MAX_BYTES = 8 * 1024 * 1024;

export async function storyFromFile(name: string, text: string): Promise<StoryFileResult> {
  const stem = name.replace(/^.*[\\/]/, '').replace(/\.(ink|json|js)$/i, '') || 'story';
  const id = `file:${stem}`;
  if (text.length > MAX_BYTES) return fail(`${name}: the file is too large to be a story (${Math.round(text.length / 1048576)} MB).`);
  const source = text.replace(/^\uFEFF/, '');
  if (/\.ink$/i.test(name)) {
    if (/^\s*INCLUDE\s/m.test(source)) {
      return fail(`${name}: this story INCLUDEs other files, which cannot be opened from here. Put it in the game's stories/ folder, or combine it into one file.`);
    }
    const { compileInk, formatDiagnostic } = await import('../engine/compile.ts');
    const result = compileInk(source, name);
    if (result.json === undefined) return fail(...result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic));
    return build(result.json, id, name);
  }
  const json = /\.js$/i.test(name) ? unwrapInkyWebExport(source) : source;
  if (json === undefined) return fail(`${name}: this does not look like Inky's web export (expected "var storyContent = {…}").`);
  try {
    const parsed = JSON.parse(json) as { inkVersion?: unknown };
    if (typeof parsed !== 'object' || parsed === null || typeof parsed.inkVersion !== 'number') {
      return fail(`${name}: this JSON is not a compiled ink story (it has no "inkVersion").`);
    }
  } catch (error) {
    return fail(`${name}: not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  return build(json, id, name);
}

function build(json: string, id: string, name: string): StoryFileResult {
  try {
    return { ok: true, story: describeCompiled(json, id, name) };
  } catch (error) {
    return fail(`${name}: the story could not be loaded (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function fail(...errors: string[]): StoryFileResult {
  return { ok: false, errors };
}

/** Inky's "Export for web" writes `var storyContent = {…};` into story.js. */
function unwrapInkyWebExport(text: string): string | undefined {
  const match = /^\s*var\s+storyContent\s*=\s*([\s\S]*?);?\s*$/.exec(text);
  return match?.[1];
}
