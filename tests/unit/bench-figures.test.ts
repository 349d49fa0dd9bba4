import { describe, expect, it } from 'vitest';
import { weighingPoints, type RunResult } from '../../bench/measure.ts';
import { pageFigures } from '../../bench/report.ts';
import { median, percentile } from '../../bench/stats.ts';

describe('bench figures', () => {
  it('weighs the JS heap five times, ten choices apart, from each end of the measured choices on', () => {
    // So the weighings at each end lie exactly the measured choices apart.
    expect(weighingPoints(100)).toEqual([100, 110, 120, 130, 140]);
    expect(weighingPoints(1100)).toEqual([1100, 1110, 1120, 1130, 1140]);
  });

  it('takes medians and nearest-rank percentiles', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
  });

  it('reads heap growth from the median weighings, so one swing does not read as a leak', () => {
    const mb = 2 ** 20;
    const run = (heapWarmWeighings: number[], heapAfterWeighings: number[]): RunResult => ({
      firstChoiceMs: 300,
      latenciesMs: Array.from({ length: 400 }, () => 14),
      presentedMs: Array.from({ length: 400 }, () => 24),
      idleMainThreadPct: 0.1,
      idleAllProcessesPct: 0.5,
      heapBefore: 4 * mb,
      heapWarm: median(heapWarmWeighings),
      heapAfter: median(heapAfterWeighings),
      heapWarmWeighings,
      heapAfterWeighings,
      snapshotWarm: 12 * mb,
      snapshotAfter: 12.12 * mb,
      domNodesAfter: 1000,
    });
    // The last weighing after the choices lands on a half-megabyte swing; the median does not.
    const figures = pageFigures([run([5 * mb, 5 * mb, 5.1 * mb, 5 * mb, 5 * mb], [5.2 * mb, 5.2 * mb, 5.25 * mb, 5.2 * mb, 5.7 * mb])]);
    expect(figures.heapWarmMB).toBeCloseTo(5);
    expect(figures.heapAfterMB).toBeCloseTo(5.2);
    expect(figures.heapGrowthPct).toBeCloseTo(4);
    expect(figures.snapshotGrowthPct).toBeCloseTo(1);
  });
});
