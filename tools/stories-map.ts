/**
 * `npm run stories:map <story> [--out file.html]`
 *
 * Writes a self-contained HTML page with an SVG map of a story: knots and
 * stitches as boxes, each choice a row with a line to where it leads
 * (coloured and patterned by its scoring), endings marked. For writers
 * checking structure and facilitators preparing a session.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkStory } from '../src/checks/checkStory.ts';
import { renderStoryMapHtml } from '../src/checks/renderMap.ts';
import { buildStoryMap, type StoryMap } from '../src/checks/storyMap.ts';
import { formatDiagnostic } from '../src/engine/compile.ts';
import { titleFromId } from '../src/engine/storyInfo.ts';
import { readStorySource, STORIES_DIR, storyId } from './lib/storyFiles.ts';
import type { Streams } from './stories-check.ts';

const USAGE = `Usage: npm run stories:map -- <story> [--out file.html]

<story> is a file (stories/the-joke.ink) or a story id (the-joke).
Writes maps/<story>.html unless --out says otherwise.`;

const processStreams: Streams = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** Run the map tool on command-line arguments; returns the exit status. */
export function main(args: readonly string[], root = process.cwd(), io: Streams = processStreams): number {
  if (args.includes('-h') || args.includes('--help')) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : undefined;
  const rest = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
  const unknown = rest.find((a) => a.startsWith('-'));
  if (unknown || rest.length !== 1 || (outAt >= 0 && !out)) {
    io.err(`${unknown ? `Unknown option ${unknown}.` : rest.length === 0 ? 'Which story? Name one.' : outAt >= 0 && !out ? '--out needs a file name.' : 'Name one story at a time.'}\n\n${USAGE}\n`);
    return 1;
  }
  const file = findStory(rest[0]!, root);
  if (!file) {
    io.err(`${rest[0]}: no such story (looked for the file, and for ${STORIES_DIR}/${rest[0]}.ink)\n`);
    return 1;
  }
  const built = storyMapFor(file, root);
  if (!built.ok) {
    for (const line of built.errors) io.err(`${line}\n`);
    return 1;
  }
  const { map } = built;
  const id = storyId(file);
  const target = resolve(root, out ?? `maps/${id}.html`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, renderStoryMapHtml(map));
  const flows = map.nodes.filter((n) => n.kind === 'knot' || n.kind === 'stitch').length;
  const endings = map.nodes.filter((n) => n.kind === 'ending').length;
  io.out(`Wrote ${relative(root, target) || target} (${flows} knots and stitches, ${endings} endings).\nOpen it in a browser: ${pathToFileURL(target).href}\n`);
  if (map.incomplete) io.out(`Note: the walk ${map.incomplete}; the map may miss some links.\n`);
  return 0;
}

/** Build a story file's map, or say why not (used by this tool and by the dev server's map page). */
export function storyMapFor(file: string, root: string): { ok: true; map: StoryMap } | { ok: false; errors: string[] } {
  const check = checkStory(readStorySource(file, root));
  if (!check.stats || !check.outline) {
    return { ok: false, errors: [...check.diagnostics.map(formatDiagnostic), `${check.file} does not compile, so there is no map.`] };
  }
  const map = buildStoryMap({ title: check.title ?? titleFromId(storyId(file)), file: check.file, outline: check.outline, report: check.stats, scored: check.scored });
  return { ok: true, map };
}

function findStory(name: string, root: string): string | undefined {
  for (const candidate of [resolve(root, name), resolve(root, STORIES_DIR, `${name}.ink`)]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
