/**
 * Turns runs into the bench's figures: medians, ratios against the bare
 * page, the targets from issue 9, and a plain-text table.
 */
import type { JsFile, JsKind } from './build.ts';
import { HEAP_WEIGHINGS, type RunResult } from './measure.ts';
import { median, percentile } from './stats.ts';

/** The figures for one page, each the median over its runs. */
export interface PageFigures {
  readonly runs: number;
  /** Cold loads behind `firstChoiceMs`: the full runs' and the extra ones. */
  readonly coldLoads: number;
  readonly firstChoiceMs: number;
  /** The middle half of the cold loads (25th and 75th percentiles): how noisy the machine was. */
  readonly firstChoiceQuartilesMs: readonly [number, number];
  /** Every cold load, in the order measured. */
  readonly firstChoiceLoadsMs: readonly number[];
  readonly keyToPaintP50Ms: number;
  readonly keyToPaintP95Ms: number;
  /** Keypress → frame on screen (Event Timing, 8 ms steps). */
  readonly keyToScreenP50Ms: number;
  readonly keyToScreenP95Ms: number;
  /** p95 of the last 200 choices over p95 of the first 200: above 1 means it slows down. */
  readonly slowdown: number;
  readonly idleMainThreadPct: number;
  readonly idleAllProcessesPct: number;
  readonly heapBeforeMB: number;
  readonly heapWarmMB: number;
  readonly heapAfterMB: number;
  /** JS heap growth over the measured choices, from the heap after the warm-up. */
  readonly heapGrowthPct: number;
  /** Everything the page holds (heap snapshot: JavaScript, DOM, layout), after the warm-up and after the choices. */
  readonly snapshotWarmMB: number;
  readonly snapshotAfterMB: number;
  /** Growth of everything the page holds over the measured choices: the leak check. */
  readonly snapshotGrowthPct: number;
  /** Growth from the first choice, compiled code included. */
  readonly heapGrowthFromStartPct: number;
  readonly domNodesAfter: number;
}

export interface JsWeight {
  readonly raw: number;
  readonly gzip: number;
}

/** Shipped JavaScript by kind, on first load and loaded later. */
export type JsSummary = Record<'firstLoad' | 'later', Record<JsKind | 'total', JsWeight>>;

export interface Target {
  readonly name: string;
  readonly value: number;
  readonly limit: number;
  readonly unit: string;
  readonly met: boolean;
}

/** @param moreFirstChoices first-choice times from cold loads beyond the full runs */
export function pageFigures(runs: readonly RunResult[], moreFirstChoices: readonly number[] = []): PageFigures {
  const m = (pick: (r: RunResult) => number) => median(runs.map(pick));
  const loads = [...runs.map((r) => r.firstChoiceMs), ...moreFirstChoices];
  const window = (r: RunResult, from: 'start' | 'end') => (from === 'start' ? r.latenciesMs.slice(0, 200) : r.latenciesMs.slice(-200));
  return {
    runs: runs.length,
    coldLoads: loads.length,
    firstChoiceMs: median(loads),
    firstChoiceQuartilesMs: [percentile(loads, 25), percentile(loads, 75)],
    firstChoiceLoadsMs: loads,
    keyToPaintP50Ms: m((r) => percentile(r.latenciesMs, 50)),
    keyToPaintP95Ms: m((r) => percentile(r.latenciesMs, 95)),
    keyToScreenP50Ms: m((r) => percentile(r.presentedMs, 50)),
    keyToScreenP95Ms: m((r) => percentile(r.presentedMs, 95)),
    slowdown: m((r) => percentile(window(r, 'end'), 95) / percentile(window(r, 'start'), 95)),
    idleMainThreadPct: m((r) => r.idleMainThreadPct),
    idleAllProcessesPct: m((r) => r.idleAllProcessesPct),
    heapBeforeMB: m((r) => r.heapBefore) / 2 ** 20,
    heapWarmMB: m((r) => r.heapWarm) / 2 ** 20,
    heapAfterMB: m((r) => r.heapAfter) / 2 ** 20,
    heapGrowthPct: m((r) => (r.heapAfter / r.heapWarm - 1) * 100),
    heapGrowthFromStartPct: m((r) => (r.heapAfter / r.heapBefore - 1) * 100),
    snapshotWarmMB: m((r) => r.snapshotWarm) / 2 ** 20,
    snapshotAfterMB: m((r) => r.snapshotAfter) / 2 ** 20,
    snapshotGrowthPct: m((r) => (r.snapshotAfter / r.snapshotWarm - 1) * 100),
    domNodesAfter: m((r) => r.domNodesAfter),
  };
}

export function summariseJs(files: readonly JsFile[]): JsSummary {
  const empty = (): Record<JsKind | 'total', JsWeight> => ({ phaser: zero(), inkjs: zero(), game: zero(), stories: zero(), total: zero() });
  const summary: JsSummary = { firstLoad: empty(), later: empty() };
  for (const f of files) {
    const bucket = summary[f.firstLoad ? 'firstLoad' : 'later'];
    for (const key of [f.kind, 'total'] as const) bucket[key] = { raw: bucket[key].raw + f.raw, gzip: bucket[key].gzip + f.gzip };
  }
  return summary;
}

function zero(): JsWeight {
  return { raw: 0, gzip: 0 };
}

/** The targets of issue 9. */
export function targets(game: PageFigures, bare: PageFigures, js: JsSummary): Target[] {
  const ratio = game.firstChoiceMs / bare.firstChoiceMs;
  return [
    { name: 'first choice, × bare page', value: ratio, limit: 1.5, unit: '×', met: ratio <= 1.5 },
    { name: 'keypress → next text painted, p95', value: game.keyToPaintP95Ms, limit: 16, unit: 'ms', met: game.keyToPaintP95Ms <= 16 },
    { name: 'idle CPU, all browser processes', value: game.idleAllProcessesPct, limit: 1, unit: '% of a core', met: game.idleAllProcessesPct < 1 },
    { name: 'growth of what the page holds (heap snapshot) over the choices after the warm-up', value: game.snapshotGrowthPct, limit: 10, unit: '%', met: game.snapshotGrowthPct <= 10 },
    { name: 'first-load JavaScript, gzip', value: js.firstLoad.total.gzip / 1000, limit: 300, unit: 'kB', met: js.firstLoad.total.gzip <= 300_000 },
  ];
}

/** The bench's figures as a plain-text table. */
export function table(game: PageFigures, bare: PageFigures, gameJs: JsSummary, bareJs: JsSummary, checks: readonly Target[], choices: number, warmup: number): string {
  const rows: string[][] = [['measure', 'game', 'bare', 'game ÷ bare']];
  const row = (name: string, g: number, b: number, digits = 1, unit = '') => rows.push([name, `${g.toFixed(digits)}${unit}`, `${b.toFixed(digits)}${unit}`, b > 0 ? `${(g / b).toFixed(2)}×` : '—']);
  row(`first choice clickable (ms, ${game.coldLoads} cold loads)`, game.firstChoiceMs, bare.firstChoiceMs, 0);
  const quartiles = (f: PageFigures) => f.firstChoiceQuartilesMs.map((v) => v.toFixed(0)).join('–');
  rows.push(['  middle half of the loads (ms)', quartiles(game), quartiles(bare), '']);
  row('keypress → text painted p50 (ms)', game.keyToPaintP50Ms, bare.keyToPaintP50Ms);
  row('keypress → text painted p95 (ms)', game.keyToPaintP95Ms, bare.keyToPaintP95Ms);
  row('keypress → frame on screen p50 (ms, 8 ms steps)', game.keyToScreenP50Ms, bare.keyToScreenP50Ms, 0);
  row('keypress → frame on screen p95 (ms, 8 ms steps)', game.keyToScreenP95Ms, bare.keyToScreenP95Ms, 0);
  row(`slowdown, last ÷ first 200 of ${warmup + choices} (p95)`, game.slowdown, bare.slowdown, 2, '×');
  row('idle CPU, main thread (% core)', game.idleMainThreadPct, bare.idleMainThreadPct, 2);
  row('idle CPU, all processes (% core)', game.idleAllProcessesPct, bare.idleAllProcessesPct, 2);
  row('JS heap after GC, on the first choice (MB)', game.heapBeforeMB, bare.heapBeforeMB, 2);
  row(`JS heap after GC, end of a ${warmup}-choice warm-up (MB, median of ${HEAP_WEIGHINGS})`, game.heapWarmMB, bare.heapWarmMB, 2);
  row(`JS heap after GC, end of ${choices} more choices (MB, median of ${HEAP_WEIGHINGS})`, game.heapAfterMB, bare.heapAfterMB, 2);
  row(`JS heap growth over the ${choices} choices (%)`, game.heapGrowthPct, bare.heapGrowthPct, 1);
  row('heap growth from the first choice (%)', game.heapGrowthFromStartPct, bare.heapGrowthFromStartPct, 1);
  row(`heap snapshot (JS + DOM), after the warm-up (MB)`, game.snapshotWarmMB, bare.snapshotWarmMB, 2);
  row(`heap snapshot (JS + DOM), after ${choices} more choices (MB)`, game.snapshotAfterMB, bare.snapshotAfterMB, 2);
  row(`heap snapshot growth over the ${choices} choices (%)`, game.snapshotGrowthPct, bare.snapshotGrowthPct, 1);
  row('DOM nodes after the choices', game.domNodesAfter, bare.domNodesAfter, 0);
  for (const when of ['firstLoad', 'later'] as const) {
    for (const kind of ['phaser', 'inkjs', 'game', 'stories', 'total'] as const) {
      const g = gameJs[when][kind];
      const b = bareJs[when][kind];
      if (g.raw === 0 && b.raw === 0) continue;
      const label = `JS ${when === 'firstLoad' ? 'on first load' : 'loaded on demand'}: ${kind} (kB raw / gzip)`;
      rows.push([label, kb(g), kb(b), b.gzip > 0 ? `${(g.gzip / b.gzip).toFixed(2)}×` : '—']);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const out = [line(rows[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line), '', 'Targets (issue 9):'];
  for (const t of checks) out.push(`  ${t.met ? '✓' : '✗'} ${t.name}: ${t.value.toFixed(2)} ${t.unit} (limit ${t.limit} ${t.unit})`);
  return out.join('\n');
}

function kb(w: JsWeight): string {
  return w.raw === 0 ? '—' : `${(w.raw / 1000).toFixed(1)} / ${(w.gzip / 1000).toFixed(1)}`;
}
