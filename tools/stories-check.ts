/**
 * `npm run stories:check [files…] [--json]`
 *
 * Compiles every story (or the ones named), lints the authoring contract,
 * walks every path and prints a table per story. Exit status 1 when any story
 * has an error, so CI and editors can rely on it.
 */
import { relative, resolve } from 'node:path';
import { formatDiagnostic } from '../src/engine/compile.ts';
import { checkStory, type StoryCheck } from '../src/checks/checkStory.ts';
import { compileStoryFile, listStoryFiles } from './lib/storyFiles.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const named = args.filter((a) => !a.startsWith('--'));
const files = named.length > 0 ? named.map((f) => resolve(f)) : listStoryFiles(root);

const results: StoryCheck[] = files.map((file) => {
  const shown = relative(root, file).split('\\').join('/');
  const compiled = compileStoryFile(file, root);
  return checkStory(shown, compiled);
});

if (asJson) {
  process.stdout.write(JSON.stringify(results.map(toJson), null, 2) + '\n');
} else {
  for (const r of results) printHuman(r);
  const failed = results.filter((r) => r.errors > 0).length;
  console.log(failed === 0 ? `\n${results.length} ${results.length === 1 ? 'story' : 'stories'} checked, no errors.` : `\n${failed} of ${results.length} stories have errors.`);
}
process.exitCode = results.some((r) => r.errors > 0) ? 1 : 0;

function printHuman(r: StoryCheck): void {
  console.log(`\n${r.file}${r.title ? ` — ${r.title}` : ''}`);
  for (const d of r.diagnostics) console.log(`  ${formatDiagnostic(d)}`);
  const s = r.stats;
  if (!s) return;
  const rows: [string, string][] = [
    ['choice points', String(s.choicePoints)],
    ['playthroughs', String(s.paths)],
    ['choices per playthrough', `${s.shortest}–${s.longest}`],
    ['reachable words', String(s.words)],
    ['discuss prompts', String(s.discussPoints)],
    ['scored', s.scored ? 'yes' : 'no (HUD hidden, no debrief scores)'],
  ];
  if (s.scored) {
    for (const [axis, range] of Object.entries(s.axes)) rows.push([`${axis} points`, `${range.min}–${range.max}`]);
  }
  for (const [id, n] of s.endings) rows.push([`ending "${id}"`, `${n} ${n === 1 ? 'path' : 'paths'}`]);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
  if (s.stoppedEarly) console.log(`  note: the walk ${s.stoppedEarly}; the counts cover what was explored.`);
}

function toJson(r: StoryCheck) {
  return { ...r, stats: r.stats && { ...r.stats, endings: Object.fromEntries(r.stats.endings) } };
}
