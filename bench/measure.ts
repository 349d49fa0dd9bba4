/**
 * One measured run of one page, in a fresh browser context (a cold cache,
 * no service worker): load to the first choice, sit idle on it, then make
 * many choices by key, weighing the heap before, after a warm-up and at the end.
 */
import { resolve } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { childrenCpuSeconds } from './cpu.ts';
import { FIRST_CHOICE_MESSAGE, instrumentPage, PAINTED_MESSAGE, type BenchProbe } from './page.ts';
import { median } from './stats.ts';

export interface RunOptions {
  /** Choices to make by key after the warm-up (at least 200 for the latency percentiles). */
  readonly choices: number;
  /**
   * Choices made first, before the heap is weighed for the leak check: the
   * JavaScript engine compiles the hot paths of a turn to optimised code
   * during the first turns, a one-off cost that is not a leak.
   */
  readonly warmupChoices: number;
  /** Seconds to sit idle on a choice. */
  readonly idleSeconds: number;
  /** Seconds to let the page settle (art loaded, fades done, service worker installed) before idling. */
  readonly settleSeconds: number;
  /** Told every 100 choices, for a progress display. */
  readonly onProgress?: (choicesMade: number) => void;
}

export interface RunResult {
  /** ms from navigation to the first choice painted and clickable. */
  readonly firstChoiceMs: number;
  /** Keypress → next text painted, ms, every choice in order (warm-up included). */
  readonly latenciesMs: readonly number[];
  /**
   * Keypress → that frame on screen, ms, every choice (Event Timing, 8 ms
   * steps, not in order); those under 16 ms, which the browser does not
   * report, are counted as 8.
   */
  readonly presentedMs: readonly number[];
  /** Main-thread busy time while idle, as % of one core. */
  readonly idleMainThreadPct: number;
  /** CPU of every browser process while idle, as % of one core. */
  readonly idleAllProcessesPct: number;
  /**
   * JS heap used after GC, bytes: settled on the first choice, after the
   * warm-up, and after the choices. The last two are each the median of
   * several weighings a few choices apart, from that point on (HEAP_WEIGHINGS).
   */
  readonly heapBefore: number;
  readonly heapWarm: number;
  readonly heapAfter: number;
  /** Every weighing behind `heapWarm` and `heapAfter`, in bytes, in order. */
  readonly heapWarmWeighings: readonly number[];
  readonly heapAfterWeighings: readonly number[];
  /**
   * Everything the page holds (heap snapshot: JavaScript, DOM and layout
   * objects), bytes, after the warm-up and after the choices: the leak check.
   */
  readonly snapshotWarm: number;
  readonly snapshotAfter: number;
  /** DOM nodes after the choices. */
  readonly domNodesAfter: number;
}

type Probe = { __bench: BenchProbe };

export async function measureRun(browser: Browser, url: string, options: RunOptions): Promise<RunResult> {
  const context = await browser.newContext(CONTEXT);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const { firstChoiceMs, errors } = await openAtFirstChoice(page, url);

    await settle(page, options.settleSeconds);
    const idle = await measureIdle(cdp, page, options.idleSeconds);

    const heapBefore = await heapAfterGc(cdp);
    const end = options.warmupChoices + options.choices;
    await makeChoices(page, url, 0, options.warmupChoices, options.onProgress);
    await page.waitForTimeout(READER_PAUSE_MS);
    const snapshotWarm = await heapSnapshotBytes(cdp);
    const heapWarmWeighings = await weighWhilePlaying(cdp, page, url, options.warmupChoices, options.onProgress);
    await makeChoices(page, url, weighingPoints(options.warmupChoices).at(-1)!, end, options.onProgress);
    await page.waitForTimeout(READER_PAUSE_MS);
    const snapshotAfter = await heapSnapshotBytes(cdp);
    const heapAfterWeighings = await weighWhilePlaying(cdp, page, url, end, options.onProgress);
    const latenciesMs = await page.evaluate(() => (window as unknown as Probe).__bench.samples);
    const presentedMs = await keyToScreen(page);
    const domNodesAfter = await metric(cdp, 'Nodes');
    if (errors.length > 0) throw new Error(`${url} threw: ${errors.join('; ')}`);
    const heapWarm = median(heapWarmWeighings);
    const heapAfter = median(heapAfterWeighings);
    return { firstChoiceMs, latenciesMs, presentedMs, ...idle, heapBefore, heapWarm, heapAfter, heapWarmWeighings, heapAfterWeighings, snapshotWarm, snapshotAfter, domNodesAfter };
  } finally {
    await context.close();
  }
}

/**
 * One more cold load, to the first choice only. Loading is the noisiest
 * figure on a shared machine, so the bench takes it from many more loads
 * than the full runs it has time for.
 */
export async function measureFirstChoice(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext(CONTEXT);
  try {
    const { firstChoiceMs, errors } = await openAtFirstChoice(await context.newPage(), url);
    if (errors.length > 0) throw new Error(`${url} threw: ${errors.join('; ')}`);
    return firstChoiceMs;
  } finally {
    await context.close();
  }
}

/**
 * Keypress → painted, ms, for `turns` choices in a fresh context, once the
 * page has settled after loading; the first `warmup` choices (code still
 * being optimised) are made but not kept.
 */
export async function measureTurns(browser: Browser, url: string, turns: number, warmup = 10): Promise<number[]> {
  const context = await browser.newContext(CONTEXT);
  try {
    const page = await context.newPage();
    const { errors } = await openAtFirstChoice(page, url);
    await settle(page, 1);
    await makeChoices(page, url, 0, warmup + turns);
    const samples = await page.evaluate(() => (window as unknown as Probe).__bench.samples);
    if (errors.length > 0) throw new Error(`${url} threw: ${errors.join('; ')}`);
    return samples.slice(warmup);
  } finally {
    await context.close();
  }
}

/**
 * A reader's pause before each heap snapshot. The choices come as fast as
 * frames, and a page may put work off until the player pauses (the game
 * starts its sound then, src/app/pace.ts): without a pause the snapshot
 * after the warm-up would miss that one-off start and count it as growth.
 */
const READER_PAUSE_MS = 2000;

/** The same window for every load: a laptop. */
const CONTEXT = { viewport: { width: 1280, height: 720 } };

/** Load `url` in `page`, instrumented, and wait until its first choice is painted. */
async function openAtFirstChoice(page: Page, url: string): Promise<{ firstChoiceMs: number; errors: string[] }> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // tsx (esbuild with keepNames) wraps named functions in `__name(…)`; the page needs a stand-in.
  await page.addInitScript({ content: `var __name = (f) => f; (${instrumentPage.toString()})();` });
  // Nothing is asked of the page until its first choice is painted (see FIRST_CHOICE_MESSAGE).
  const painted = page.waitForEvent('console', { predicate: (message) => message.text().startsWith(FIRST_CHOICE_MESSAGE), timeout: 30_000 });
  await page.goto(url, { waitUntil: 'commit' });
  const firstChoiceMs = Number((await painted).text().slice(FIRST_CHOICE_MESSAGE.length));
  return { firstChoiceMs, errors };
}

/** Press keys 1, 2, 3, 1… for choices `from` to `to`, each time waiting for the next text to be painted. */
async function makeChoices(page: Page, url: string, from: number, to: number, onProgress?: (made: number) => void): Promise<void> {
  for (let i = from; i < to; i++) {
    // Listened for, not asked (see PAINTED_MESSAGE): nothing runs in the page between the key and its paint.
    const painted = page.waitForEvent('console', { predicate: (message) => message.text() === `${PAINTED_MESSAGE}${i + 1}`, timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    await page.keyboard.press(String((i % 3) + 1));
    if (!(await painted)) {
      await page.screenshot({ path: resolve(import.meta.dirname, 'results/stuck.png') });
      throw new Error(`${url}: choice ${i + 1} (key ${(i % 3) + 1}) painted no new text within 10 s (see bench/results/stuck.png).`);
    }
    if ((i + 1) % 100 === 0) onProgress?.(i + 1);
  }
}

/**
 * The JS heap is weighed this many times at each end of the choices,
 * CHOICES_BETWEEN_WEIGHINGS apart, and the median taken: one weighing after
 * garbage collection swings by up to half a megabyte from one choice to the
 * next, in the bare page as in the game, with nothing the page holds behind
 * it (heap snapshots of a high and a low weighing hold the same objects):
 * V8's own short-lived state, such as optimised code, feedback and caches.
 */
export const HEAP_WEIGHINGS = 5;
const CHOICES_BETWEEN_WEIGHINGS = 10;

/** The choice counts at which the heap is weighed, from choice `at` on. */
export function weighingPoints(at: number): number[] {
  return Array.from({ length: HEAP_WEIGHINGS }, (_, i) => at + i * CHOICES_BETWEEN_WEIGHINGS);
}

/** Weigh the heap after GC at each of `weighingPoints(at)`, making the choices in between; returns the weighings. */
async function weighWhilePlaying(cdp: CDPSession, page: Page, url: string, at: number, onProgress?: (made: number) => void): Promise<number[]> {
  const weighings: number[] = [];
  let made = at;
  for (const point of weighingPoints(at)) {
    await makeChoices(page, url, made, point, onProgress);
    made = point;
    weighings.push(await heapAfterGc(cdp));
  }
  return weighings;
}

/**
 * Everything the page holds, in bytes: the self sizes of every node of a
 * heap snapshot, which takes in the DOM and layout objects as well as
 * JavaScript's, after the snapshot's own full garbage collection.
 */
async function heapSnapshotBytes(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => void chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
    // A snapshot leaves V8 keeping an id for every object and updating it whenever the
    // collector moves one: every later garbage collection is slower, and the keypresses
    // measured after it with them. Disabling the profiler drops that map.
    await cdp.send('HeapProfiler.disable');
  }
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[] } }; nodes: number[] };
  const fields = snapshot.meta.node_fields;
  const selfSize = fields.indexOf('self_size');
  let total = 0;
  for (let i = selfSize; i < nodes.length; i += fields.length) total += nodes[i]!;
  return total;
}

/** The Event Timing figures of every keypress, once the browser has reported them all. */
async function keyToScreen(page: Page): Promise<number[]> {
  // Entries arrive in batches, a frame or more after their keypress.
  await page.waitForTimeout(500);
  const { presented, keys } = await page.evaluate(() => {
    const { presented, keys } = (window as unknown as Probe).__bench;
    return { presented: [...presented], keys };
  });
  return [...presented, ...Array.from({ length: Math.max(0, keys - presented.length) }, () => 8)];
}

/** Wait for the page to finish its start-up work: the service worker's install, the art, the first fades. */
async function settle(page: Page, seconds: number): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(async () => {
    // The game registers its service worker when the browser is idle after load.
    await new Promise((r) => setTimeout(r, 2500));
    if (await navigator.serviceWorker?.getRegistration()) await navigator.serviceWorker.ready;
  });
  await page.waitForTimeout(seconds * 1000);
}

async function measureIdle(cdp: CDPSession, page: Page, seconds: number): Promise<{ idleMainThreadPct: number; idleAllProcessesPct: number }> {
  const taskBefore = await metric(cdp, 'TaskDuration');
  const cpuBefore = childrenCpuSeconds();
  const start = performance.now();
  await page.waitForTimeout(seconds * 1000);
  const elapsed = (performance.now() - start) / 1000;
  const cpuAfter = childrenCpuSeconds();
  const taskAfter = await metric(cdp, 'TaskDuration');
  return { idleMainThreadPct: ((taskAfter - taskBefore) / elapsed) * 100, idleAllProcessesPct: ((cpuAfter - cpuBefore) / elapsed) * 100 };
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const found = metrics.find((m) => m.name === name);
  if (!found) throw new Error(`Chromium reported no ${name} metric.`);
  return found.value;
}
