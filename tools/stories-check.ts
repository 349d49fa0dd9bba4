/**
 * `npm run stories:check [files…] [--json] [--max-states N]`
 *
 * Compiles every story (or the ones named), lints the authoring contract,
 * walks every path and prints a table per story. Errors and warnings read
 * `stories/x.ink:LINE: message`, the shape editors and terminals link. Exit
 * status 1 when any story has an error, so CI and editors can rely on it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkStory, checkToJson, type StoryCheck } from '../src/checks/checkStory.ts';
import { EXPLORE_DEFAULTS } from '../src/checks/explore.ts';
import { formatDiagnostic } from '../src/engine/compile.ts';
import { knownAssets, listStoryFiles, readStorySource, shownPath } from './lib/storyFiles.ts';

const USAGE = `Usage: npm run stories:check [-- [options] [stories/x.ink …]]

Compiles, lints and walks every path of each story (all of stories/ when none
is named) and prints a table of its shape.

Options:
  --json            print the results as JSON (for other tools)
  --max-states N    explore at most N distinct story states (default ${EXPLORE_DEFAULTS.maxStates})
  --max-depth N     follow playthroughs of at most N choices (default ${EXPLORE_DEFAULTS.maxDepth})
  -h, --help        show this help

Exit status: 0 when no story has an error, 1 otherwise.`;

/** Output streams, so tests can capture what a writer would see. */
export interface Streams {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const processStreams: Streams = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** Run the checker on command-line arguments; returns the exit status. */
export function main(args: readonly string[], root = process.cwd(), io: Streams = processStreams): number {
  let asJson = false;
  const limits: { maxStates?: number; maxDepth?: number } = {};
  const named: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-h' || arg === '--help') {
      io.out(`${USAGE}\n`);
      return 0;
    } else if (arg === '--json') asJson = true;
    else if (arg === '--max-states' || arg === '--max-depth') {
      const n = Number(args[++i]);
      if (!Number.isInteger(n) || n <= 0) {
        io.err(`${arg} needs a positive whole number.\n\n${USAGE}\n`);
        return 1;
      }
      limits[arg === '--max-states' ? 'maxStates' : 'maxDepth'] = n;
    } else if (arg.startsWith('-')) {
      io.err(`Unknown option ${arg}.\n\n${USAGE}\n`);
      return 1;
    } else named.push(arg);
  }

  const missing = named.filter((f) => !existsSync(resolve(root, f)));
  if (missing.length > 0) {
    for (const f of missing) io.err(`${f}: no such file\n`);
    return 1;
  }
  const files = named.length > 0 ? named.map((f) => resolve(root, f)) : listStoryFiles(root);
  const known = knownAssets(root);
  const results = files.map((file) => checkFile(file, root, { ...limits, known }));

  if (asJson) {
    io.out(`${JSON.stringify(results.map(checkToJson), null, 2)}\n`);
  } else {
    for (const r of results) io.out(describe(r));
    const failed = results.filter((r) => r.errors > 0).length;
    const noun = (n: number) => `${n} ${n === 1 ? 'story' : 'stories'}`;
    io.out(failed === 0 ? `\n${noun(results.length)} checked, no errors.\n` : `\n${failed} of ${noun(results.length)} ${failed === 1 ? 'has' : 'have'} errors.\n`);
  }
  return results.some((r) => r.errors > 0) ? 1 : 0;
}

function checkFile(file: string, root: string, options: Parameters<typeof checkStory>[1]): StoryCheck {
  try {
    return checkStory(readStorySource(file, root), options);
  } catch (error) {
    // An unreadable file is that story's error, not a crash of the whole run.
    const message = error instanceof Error ? error.message : String(error);
    const shown = shownPath(file, root);
    return { file: shown, title: undefined, scored: false, diagnostics: [{ rule: 'compile', severity: 'error', file: shown, line: undefined, message }], errors: 1, warnings: 0, stats: undefined, outline: undefined };
  }
}

/** The human report for one story: findings, then the table of its shape. */
export function describe(r: StoryCheck): string {
  const out: string[] = [`\n${r.file}${r.title ? ` — ${r.title}` : ''}`];
  for (const d of r.diagnostics) out.push(formatDiagnostic(d));
  const s = r.stats;
  if (s) {
    const rows: [string, string][] = [
      ['choice points', String(s.choicePoints)],
      ['with a discuss prompt', `${s.discussPoints} of ${s.choicePoints}`],
      ['playthroughs', String(s.paths)],
      ['choices per playthrough', s.paths === 0 ? '–' : s.shortest === s.longest ? String(s.shortest) : `${s.shortest} to ${s.longest}`],
      ['reachable words', String(s.words)],
      ['scored', r.scored ? 'yes' : 'no (meters hidden, no scores in the debrief)'],
    ];
    if (r.scored) {
      for (const [axis, range] of Object.entries(s.axes)) rows.push([`${axis} points`, range.min === range.max ? String(range.min) : `${range.min} to ${range.max}`]);
    }
    for (const [id, n] of s.endings) rows.push([id === '(untagged end)' ? 'end without # ending' : `ending "${id}"`, `${n} ${n === 1 ? 'path' : 'paths'}`]);
    const width = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows) out.push(`  ${k.padEnd(width)}  ${v}`);
    out.push(
      s.stoppedEarly
        ? `  INCOMPLETE: the walk ${s.stoppedEarly} (${s.states} states explored). The numbers above cover only the explored part; raise --max-states or look for a loop.`
        : `  every path walked (${s.states} distinct story ${s.states === 1 ? 'state' : 'states'}).`,
    );
  }
  const tally = `${r.errors} ${r.errors === 1 ? 'error' : 'errors'}, ${r.warnings} ${r.warnings === 1 ? 'warning' : 'warnings'}`;
  out.push(`  ${tally}`);
  return `${out.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
