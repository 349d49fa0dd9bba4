/**
 * The three axes of Common Ground, as running totals and as meters.
 *
 * From the seed text "Becoming an ally": take action (intervening); support
 * the target person's leadership, because "to rescue … removes the power once
 * again" (not rescuing); and do not "step out of the way without offer of
 * support" (not abandoning). The axes are never summed into one grade.
 */
import { AXES, type Axis, type ChoiceScore } from '../engine/tags.ts';

/** Running totals of a playthrough. Plain data: it goes into saves as is. */
export interface ScoreTotals {
  readonly intervene: number;
  readonly rescue: number;
  readonly abandon: number;
  /** Choices that carried an axis tag (neutral choices do not count). */
  readonly scoredChoices: number;
}

export const EMPTY_TOTALS: ScoreTotals = { intervene: 0, rescue: 0, abandon: 0, scoredChoices: 0 };

/** Add one choice's tags to the totals. */
export function addChoice(totals: ScoreTotals, score: ChoiceScore): ScoreTotals {
  const counts = score.intervene + score.rescue + score.abandon > 0;
  return {
    intervene: totals.intervene + score.intervene,
    rescue: totals.rescue + score.rescue,
    abandon: totals.abandon + score.abandon,
    scoredChoices: totals.scoredChoices + (counts ? 1 : 0),
  };
}

/** The ink variable names that mirror the totals, so text can react (`{rescue > 1: …}`). */
export const MIRRORED_VARIABLES: readonly Axis[] = AXES;

/** Anything with ink variables; `StoryEngine` is one. */
export interface VariableTarget {
  /** Only scored stories get their variables kept up to date: an unscored story's own `VAR rescue` is its own business. */
  readonly scored: boolean;
  hasVariable(name: string): boolean;
  setVariable(name: string, value: number): void;
}

/** Copy the totals into the story's `intervene`/`rescue`/`abandon` variables where declared. */
export function mirrorIntoStory(totals: ScoreTotals, story: VariableTarget): void {
  if (!story.scored) return;
  for (const axis of MIRRORED_VARIABLES) {
    if (story.hasVariable(axis)) story.setVariable(axis, totals[axis]);
  }
}

/** One meter as the HUD and the debrief show it. */
export interface Meter {
  readonly id: 'intervening' | 'not-rescuing' | 'not-abandoning';
  readonly label: 'Intervening' | 'Not rescuing' | 'Not abandoning';
  /** 0..1; higher is always the ally's direction. */
  readonly value: number;
  /** A short word for the level, so the meter never relies on colour or length alone. */
  readonly level: 'low' | 'some' | 'strong';
}

/**
 * Meters from totals. Each is a share of the scored choices made so far:
 * Intervening grows with action; Not rescuing and Not abandoning start full
 * and drop when a choice takes over or steps away.
 */
export function meters(totals: ScoreTotals): Meter[] {
  const turns = Math.max(1, totals.scoredChoices);
  const share = (n: number) => clamp01(n / turns);
  return [
    meter('intervening', 'Intervening', totals.scoredChoices === 0 ? 0 : share(totals.intervene)),
    meter('not-rescuing', 'Not rescuing', 1 - share(totals.rescue)),
    meter('not-abandoning', 'Not abandoning', 1 - share(totals.abandon)),
  ];
}

function meter(id: Meter['id'], label: Meter['label'], value: number): Meter {
  return { id, label, value, level: value >= 0.67 ? 'strong' : value >= 0.34 ? 'some' : 'low' };
}

function clamp01(n: number): number {
  return Math.min(1, Math.max(0, n));
}

/** A meter with a plain-language reading, for the debrief. */
export interface MeterReading extends Meter {
  readonly reading: string;
}

const READINGS: Record<Meter['id'], Record<Meter['level'], string>> = {
  intervening: {
    strong: 'You acted again and again. Speaking up is the mark of an ally, and you did it.',
    some: 'You acted at some moments and held back at others. Notice which moments felt possible, and why.',
    low: 'You mostly stayed out of it. That is common, and worth a second try: small actions can make a big impact.',
  },
  'not-rescuing': {
    strong: 'You left the targeted person in charge of their own story and backed them up instead of taking over.',
    some: 'Sometimes you stepped in front of the targeted person. Support works best when they decide what happens.',
    low: 'You often took over. Even kindly meant, rescuing removes the power once again from the person it is about.',
  },
  'not-abandoning': {
    strong: 'You stayed with it. When you stepped back, you left an offer of support behind.',
    some: 'At times you stepped away without leaving support. Staying a little longer can change how someone feels.',
    low: 'You often stepped away without offering support. Next time, try one small way of staying with it.',
  },
};

/** Meters with a reading each, for the debrief screen. */
export function readMeters(totals: ScoreTotals): MeterReading[] {
  return meters(totals).map((m) => ({ ...m, reading: READINGS[m.id][m.level] }));
}

/** A one-line text equivalent of a meter, for screen readers and the HUD's accessible name. */
export function describeMeter(m: Meter): string {
  return `${m.label}: ${m.level} (${Math.round(m.value * 100)}%)`;
}

/**
 * A brief spoken note of what a choice changed, e.g. "Intervening: now
 * strong. Not rescuing: now some." Undefined when no meter changed level,
 * so screen reader users hear about changes that matter, not every tick.
 */
export function describeChange(before: ScoreTotals, after: ScoreTotals): string | undefined {
  const was = meters(before);
  const changed = meters(after).filter((m, i) => m.level !== was[i]!.level);
  if (changed.length === 0) return undefined;
  return changed.map((m) => `${m.label}: now ${m.level}.`).join(' ');
}
