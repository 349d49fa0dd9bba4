/**
 * The caption strip: a short line of text for each sound effect and each
 * change of music or ambience ("♪ Warm, tender piano music", "[A phone buzzes
 * on the table]"). Shown whether or not sound is on, so a deaf player gets the
 * same information; announced politely to screen readers from a live region
 * of its own, so the story's log keeps its order; fades after a few seconds.
 * Its stylesheet, captions.css, is imported by the page's entry (src/boot.ts)
 * with the others, so the first screen waits for one stylesheet, not two.
 */
import type { Caption } from '../audio/captions.ts';
import type { CaptionSink } from '../audio/port.ts';
import { el, srOnly } from './dom.ts';

/**
 * Captions on screen at once; an older one leaves early to make room. Beside
 * the story on wide screens there is room for five; on narrower ones the strip
 * lies over the top bar and the meters, so it keeps to the newest two.
 */
const maxShown = () => (typeof matchMedia === 'function' && !matchMedia('(min-width: 78rem)').matches ? 2 : 5);
/** Long enough to read: a base time plus a little per character. */
const showFor = (text: string) => Math.min(9000, 4000 + 60 * text.length);
/** Matches the fade-out in captions.css. */
const FADE_OUT_MS = 400;

export function createCaptions(host: HTMLElement = document.body): CaptionSink {
  const region = el('div', { class: 'captions', role: 'status', 'aria-live': 'polite', 'aria-label': 'Sound captions' });
  host.append(region);

  const leave = (line: HTMLElement) => {
    if (line.classList.contains('caption--leaving')) return;
    line.classList.add('caption--leaving');
    setTimeout(() => line.remove(), FADE_OUT_MS);
  };

  return {
    show(caption: Caption) {
      const line = el('p', { class: `caption caption--${caption.style}` }, el('span', { 'aria-hidden': 'true' }, caption.text), srOnly(caption.spoken));
      region.append(line);
      const shown = [...region.querySelectorAll<HTMLElement>('.caption:not(.caption--leaving)')];
      for (const old of shown.slice(0, Math.max(0, shown.length - maxShown()))) leave(old);
      setTimeout(() => leave(line), showFor(caption.text));
    },
    clear() {
      region.replaceChildren();
    },
  };
}
