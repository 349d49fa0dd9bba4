/**
 * Plain words for what a choice is scored as and for the three-axis profile,
 * for the facilitator's notes and the exports. The axes stay side by side;
 * nothing here adds them up.
 */
import type { ChoiceScore } from '../engine/tags.ts';
import { meters, type Meter, type ScoreTotals } from '../scoring/score.ts';

/** "Intervening +1", "Rescuing +2", or "Neutral (unscored)". */
export function scoreLabels(score: ChoiceScore): string[] {
  const labels: string[] = [];
  if (score.intervene > 0) labels.push(`Intervening +${score.intervene}`);
  if (score.rescue > 0) labels.push(`Rescuing +${score.rescue}`);
  if (score.abandon > 0) labels.push(`Abandoning +${score.abandon}`);
  if (labels.length === 0) labels.push(score.neutral ? 'Neutral (unscored)' : 'No scoring tag');
  return labels;
}

/** One axis of a profile, as words and a percentage. */
export interface ProfileAxis {
  readonly id: Meter['id'];
  readonly label: Meter['label'];
  readonly percent: number;
  readonly level: 'Low' | 'Some' | 'Strong';
}

const LEVELS = { low: 'Low', some: 'Some', strong: 'Strong' } as const;

/** The three meters for some totals, in words. */
export function profile(totals: ScoreTotals): ProfileAxis[] {
  return meters(totals).map((m) => ({ id: m.id, label: m.label, percent: Math.round(m.value * 100), level: LEVELS[m.level] }));
}

/** "Intervening: Strong (100%) · Not rescuing: …", one line. */
export function profileLine(totals: ScoreTotals): string {
  return profile(totals)
    .map((a) => `${a.label}: ${a.level} (${a.percent}%)`)
    .join(' · ');
}
