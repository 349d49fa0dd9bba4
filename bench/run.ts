/**
 * `npm run bench`: the game against a bare ink page, in Debian's Chromium.
 *
 * Builds both into bench/results/, serves them on loopback, and alternates
 * cold runs of each (fresh browser context: empty cache, no service worker).
 * Prints medians and ratios as a table, writes them as JSON to
 * bench/results/, and exits non-zero if a target of issue 9 is missed.
 *
 * Options: --runs N (default 5), --loads N (cold loads to the first choice
 * only, on top of the runs' own, default 20), --choices N (default 1000, at least 200),
 * --warmup N (choices before the heap is weighed for the leak check, default 100),
 * --idle S (seconds idle on a choice, default 10), --settle S (default 6),
 * --no-build (reuse the last builds).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/harness.ts';
import { buildBare, buildGame, ROOT, storyLink, weighJavaScript } from './build.ts';
import { measureFirstChoice, measureRun, type RunOptions, type RunResult } from './measure.ts';
import { pageFigures, summariseJs, table, targets } from './report.ts';
import { serveStatic } from './serve.ts';

const RESULTS = resolve(ROOT, 'bench/results');
const STORY = 'bench-loop';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    loads: { type: 'string', default: '20' },
    choices: { type: 'string', default: '1000' },
    warmup: { type: 'string', default: '100' },
    idle: { type: 'string', default: '10' },
    settle: { type: 'string', default: '6' },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);
const loads = Number(args.loads);
const options: RunOptions = { choices: Number(args.choices), warmupChoices: Number(args.warmup), idleSeconds: Number(args.idle), settleSeconds: Number(args.settle) };
if (!(runs >= 1) || !(loads >= 0) || !(options.choices >= 200) || !(options.warmupChoices >= 0) || !(options.idleSeconds > 0) || !(options.settleSeconds >= 0)) {
  console.error('Usage: npm run bench -- [--runs N≥1] [--loads N≥0] [--choices N≥200] [--warmup N≥0] [--idle seconds] [--settle seconds] [--no-build]');
  process.exit(2);
}

const gameDir = resolve(RESULTS, 'game');
const bareDir = resolve(RESULTS, 'bare');
if (!args['no-build']) {
  console.log('Building the game and the bare page…');
  await buildGame(gameDir);
  await buildBare(bareDir);
}
const gameJs = summariseJs(weighJavaScript(gameDir));
const bareJs = summariseJs(weighJavaScript(bareDir));

const server = await serveStatic({ game: gameDir, bare: bareDir });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const chromiumVersion = browser.version();
const results: Record<'game' | 'bare', RunResult[]> = { game: [], bare: [] };
const firstChoices: Record<'game' | 'bare', number[]> = { game: [], bare: [] };
try {
  const pages = { game: `${server.urls.game}${storyLink(gameDir, STORY)}`, bare: server.urls.bare! };
  for (let run = 1; run <= runs; run++) {
    // Alternate, so drift in the machine's load touches both alike.
    for (const which of run % 2 ? (['game', 'bare'] as const) : (['bare', 'game'] as const)) {
      process.stdout.write(`run ${run}/${runs} ${which}… `);
      const result = await measureRun(browser, pages[which]!, { ...options, onProgress: (made) => process.stdout.write(`${made} `) });
      results[which].push(result);
      console.log(`first choice ${result.firstChoiceMs.toFixed(0)} ms, idle ${result.idleAllProcessesPct.toFixed(2)}% core`);
    }
  }
  if (loads > 0) process.stdout.write(`${loads} more cold loads of each, to the first choice (ms): `);
  for (let load = 1; load <= loads; load++) {
    for (const which of load % 2 ? (['game', 'bare'] as const) : (['bare', 'game'] as const)) {
      const ms = await measureFirstChoice(browser, pages[which]!);
      firstChoices[which].push(ms);
      process.stdout.write(`${which} ${ms.toFixed(0)} `);
    }
  }
  if (loads > 0) console.log('');
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}

const game = pageFigures(results.game, firstChoices.game);
const bare = pageFigures(results.bare, firstChoices.bare);
const checks = targets(game, bare, gameJs);
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  kernel: release(),
  node: process.version,
  chromium: chromiumVersion,
  // Other work on the machine slows both pages; a high figure here means noisy results.
  loadAverage1min: Number(loadavg()[0]!.toFixed(2)),
};
console.log(`\n${table(game, bare, gameJs, bareJs, checks, options.choices, options.warmupChoices)}`);
console.log(`\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, load average ${machine.loadAverage1min}; Chromium ${machine.chromium} headless, software rendering; loopback server.`);

const report = { date: new Date().toISOString(), machine, options: { runs, loads, ...options }, game, bare, js: { game: gameJs, bare: bareJs }, targets: checks };
mkdirSync(RESULTS, { recursive: true });
const json = JSON.stringify(report, null, 2);
writeFileSync(resolve(RESULTS, 'latest.json'), json);
writeFileSync(resolve(RESULTS, `bench-${report.date.replace(/[:.]/g, '-')}.json`), json);
console.log(`\n${json}`);
if (checks.some((t) => !t.met)) process.exitCode = 1;
