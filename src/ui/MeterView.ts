/**
 * The three meters (Intervening, Not rescuing, Not abandoning), used by the
 * HUD during play and by the debrief. Each has a label, a level word and a
 * pattern as well as a colour, so none relies on colour alone.
 */
import type { Meter, MeterReading } from '../scoring/score.ts';
import { el } from './dom.ts';

const LEVEL_WORDS: Record<Meter['level'], string> = { low: 'Low', some: 'Some', strong: 'Strong' };

/** One meter as an ARIA `meter` with a visible bar and level word. */
export function meterElement(m: Meter, options: { compact?: boolean } = {}): HTMLElement {
  const percent = Math.round(m.value * 100);
  const bar = el('span', { class: 'meter__bar', 'aria-hidden': 'true' }, el('span', { class: 'meter__fill', style: `--fill: ${percent}%` }));
  const node = el(
    'div',
    {
      class: `meter meter--${m.id}${options.compact ? ' meter--compact' : ''}`,
      role: 'meter',
      'aria-label': m.label,
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': percent,
      'aria-valuetext': `${LEVEL_WORDS[m.level]}, ${percent}%`,
      'data-meter': m.id,
    },
    el('span', { class: 'meter__label', 'aria-hidden': 'true' }, m.label),
    bar,
    el('span', { class: 'meter__level', 'aria-hidden': 'true' }, LEVEL_WORDS[m.level]),
  );
  return node;
}

/**
 * Update an existing meter element in place (keeps the CSS transition
 * smooth). Most choices leave a meter as it was: then nothing is touched,
 * so the browser has nothing to redraw.
 */
export function updateMeterElement(node: HTMLElement, m: Meter): void {
  const percent = String(Math.round(m.value * 100));
  const text = `${LEVEL_WORDS[m.level]}, ${percent}%`;
  if (node.getAttribute('aria-valuetext') === text) return;
  node.setAttribute('aria-valuenow', percent);
  node.setAttribute('aria-valuetext', text);
  node.querySelector<HTMLElement>('.meter__fill')?.style.setProperty('--fill', `${percent}%`);
  const level = node.querySelector('.meter__level');
  if (level && level.textContent !== LEVEL_WORDS[m.level]) level.textContent = LEVEL_WORDS[m.level];
}

/** The debrief's reading of one meter: meter plus a sentence. */
export function meterReadingElement(m: MeterReading): HTMLElement {
  return el('li', { class: 'reading' }, meterElement(m), el('p', { class: 'reading__text' }, m.reading));
}
