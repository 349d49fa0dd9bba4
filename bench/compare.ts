/**
 * `npm run bench:compare`: the first choice of builds of the game, side by
 * side, for trying a change to the loading path.
 *
 * One full bench cannot tell a 15 ms change from the noise of a shared
 * machine. This loads each build (and the bare page) alternately in fresh
 * browser contexts, many times, and prints each one's median and middle
 * half. Builds are made as `npm run bench` makes them (the game plus the
 * bench story), into bench/results/<name>:
 *
 *   git stash && npm run bench:compare -- --build before && git stash pop
 *   npm run bench:compare -- --build after before=bench/results/before
 *
 * Options: --build NAME (build the working tree as NAME first), --loads N
 * (alternating loads of each, default 21), then NAME=FOLDER for builds made earlier.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/harness.ts';
import { buildBare, buildGame, ROOT } from './build.ts';
import { measureFirstChoice } from './measure.ts';
import { median, percentile } from './stats.ts';
import { serveStatic } from './serve.ts';

const RESULTS = resolve(ROOT, 'bench/results');
const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { build: { type: 'string' }, loads: { type: 'string', default: '21' } } });
const loads = Number(args.loads);
const builds = new Map(positionals.map((spec) => [spec.slice(0, spec.indexOf('=')), resolve(spec.slice(spec.indexOf('=') + 1))]));
if (!(loads >= 1) || [...builds].some(([name, folder]) => !name || !existsSync(folder)) || (builds.size === 0 && !args.build)) {
  console.error('Usage: npm run bench:compare -- [--build NAME] [--loads N≥1] [NAME=FOLDER …]  (folders must exist)');
  process.exit(2);
}
if (args.build) {
  console.log(`Building the working tree as "${args.build}"…`);
  builds.set(args.build, resolve(RESULTS, args.build));
  await buildGame(builds.get(args.build)!);
}
const bareDir = resolve(RESULTS, 'bare');
if (!existsSync(bareDir)) await buildBare(bareDir);
builds.set('bare', bareDir);

const server = await serveStatic(Object.fromEntries(builds));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const times = new Map<string, number[]>([...builds.keys()].map((name) => [name, []]));
try {
  const names = [...builds.keys()];
  for (let load = 1; load <= loads; load++) {
    process.stdout.write(`\rload ${load}/${loads}`);
    // Alternate the order, so drift in the machine's load touches every build alike.
    for (const name of load % 2 ? names : [...names].reverse()) {
      times.get(name)!.push(await measureFirstChoice(browser, `${server.urls[name]}${name === 'bare' ? '' : '?story=bench-loop'}`));
    }
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}
const bareTimes = times.get('bare')!;
const bare = median(bareTimes);
// Each load of a build against the bare page's load of the same round: the
// machine's load drifts over minutes, and pairing cancels most of that drift.
const pairedRatio = (ms: number[]) => median(ms.map((time, load) => time / bareTimes[load]!));
console.log('\n\nfirst choice (ms)   median   middle half   × bare   × bare, paired by round');
for (const [name, ms] of times) {
  console.log(`${name.padEnd(18)} ${median(ms).toFixed(0).padStart(7)}   ${`${percentile(ms, 25).toFixed(0)}–${percentile(ms, 75).toFixed(0)}`.padStart(11)}   ${(median(ms) / bare).toFixed(2)}×   ${pairedRatio(ms).toFixed(2)}×`);
}
