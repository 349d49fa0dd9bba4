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
 *
 * With --turns N it compares keypresses instead: each load then plays N
 * choices (after 10 unmeasured ones) and the table gives keypress → text
 * painted, p50 and p95 over all of a build's choices, and the median of each
 * round's p95 against the bare page's in the same round. --warmup N sets the
 * unmeasured choices (default 10; 0 measures from the first key), and
 * --buckets K adds each build's p95 over each run of K choices, in order:
 * where in a session the slow keypresses fall (the first turns, say).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/harness.ts';
import { buildBare, buildGame, ROOT, storyLink } from './build.ts';
import { measureFirstChoice, measureTurns } from './measure.ts';
import { median, percentile } from './stats.ts';
import { serveStatic } from './serve.ts';

const RESULTS = resolve(ROOT, 'bench/results');
const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { build: { type: 'string' }, loads: { type: 'string', default: '21' }, turns: { type: 'string' }, warmup: { type: 'string', default: '10' }, buckets: { type: 'string' } } });
const loads = Number(args.loads);
const turns = args.turns === undefined ? undefined : Number(args.turns);
const warmup = Number(args.warmup);
const bucket = args.buckets === undefined ? undefined : Number(args.buckets);
const builds = new Map(positionals.map((spec) => [spec.slice(0, spec.indexOf('=')), resolve(spec.slice(spec.indexOf('=') + 1))]));
if (!(loads >= 1) || (turns !== undefined && !(turns >= 20)) || !(warmup >= 0) || (bucket !== undefined && !(bucket >= 5 && turns !== undefined)) || [...builds].some(([name, folder]) => !name || !existsSync(folder)) || (builds.size === 0 && !args.build)) {
  console.error('Usage: npm run bench:compare -- [--build NAME] [--loads N≥1] [--turns N≥20 [--warmup N≥0] [--buckets K≥5]] [NAME=FOLDER …]  (folders must exist)');
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
/** Per build, what each round measured: one first-choice time, or a load's keypress samples. */
const rounds = new Map<string, number[][]>([...builds.keys()].map((name) => [name, []]));
try {
  const names = [...builds.keys()];
  for (let load = 1; load <= loads; load++) {
    process.stdout.write(`\rload ${load}/${loads}`);
    // Alternate the order, so drift in the machine's load touches every build alike.
    for (const name of load % 2 ? names : [...names].reverse()) {
      const url = `${server.urls[name]}${name === 'bare' ? '' : storyLink(builds.get(name)!)}`;
      rounds.get(name)!.push(turns === undefined ? [await measureFirstChoice(browser, url)] : await measureTurns(browser, url, turns, warmup));
    }
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}

// Each build against the bare page in the same round: the machine's load
// drifts over minutes, and pairing cancels most of that drift.
const bareRounds = rounds.get('bare')!;
const pairedRatio = (byRound: number[], bareByRound: number[]) => median(byRound.map((value, round) => value / bareByRound[round]!));
const range = (values: number[]) => `${percentile(values, 25).toFixed(0)}–${percentile(values, 75).toFixed(0)}`;
if (turns === undefined) {
  const bareTimes = bareRounds.map(([ms]) => ms!);
  console.log('\n\nfirst choice (ms)   median   middle half   × bare   × bare, paired by round');
  for (const [name, byRound] of rounds) {
    const ms = byRound.map(([time]) => time!);
    console.log(`${name.padEnd(18)} ${median(ms).toFixed(0).padStart(7)}   ${range(ms).padStart(11)}   ${(median(ms) / median(bareTimes)).toFixed(2)}×   ${pairedRatio(ms, bareTimes).toFixed(2)}×`);
  }
} else {
  const p95s = (byRound: number[][]) => byRound.map((samples) => percentile(samples, 95));
  const bareP95s = p95s(bareRounds);
  console.log(`\n\nkeypress → painted (ms, ${loads} loads × ${turns} choices)   p50    p95   p95 of a load: middle half   × bare, paired by round`);
  for (const [name, byRound] of rounds) {
    const all = byRound.flat();
    console.log(`${name.padEnd(40)} ${percentile(all, 50).toFixed(1).padStart(5)}  ${percentile(all, 95).toFixed(1).padStart(5)}   ${range(p95s(byRound)).padStart(26)}   ${pairedRatio(p95s(byRound), bareP95s).toFixed(2)}×`);
  }
  if (bucket !== undefined) {
    const starts = Array.from({ length: Math.ceil(turns / bucket) }, (_, i) => i * bucket);
    console.log(`\np95 (ms) of each ${bucket} choices after the first ${warmup}, all loads together`);
    console.log(`${''.padEnd(18)} ${starts.map((start) => String(start + warmup).padStart(5)).join(' ')}`);
    for (const [name, byRound] of rounds) {
      console.log(`${name.padEnd(18)} ${starts.map((start) => percentile(byRound.flatMap((samples) => samples.slice(start, start + bucket)), 95).toFixed(0).padStart(5)).join(' ')}`);
    }
  }
}
