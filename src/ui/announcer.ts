/**
 * Status messages: read by screen readers through a polite live region and
 * shown briefly as a toast for everyone else.
 */
import { el } from './dom.ts';

export interface AnnounceOptions {
  /** False for news that is already visible on screen (only screen readers need telling). */
  readonly visual?: boolean;
}

export function createAnnouncer(region: HTMLElement): (message: string, options?: AnnounceOptions) => void {
  let toast: HTMLElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (message: string, options: AnnounceOptions = {}) => {
    // The same message twice must be announced twice, so a repeat gets a
    // silent trailing no-break space to make it new. One change, not a
    // clear-then-set: each change of the page costs a frame.
    region.textContent = region.textContent === message ? `${message}\u00a0` : message;
    if (options.visual === false) return;
    toast?.remove();
    toast = el('div', { class: 'toast', 'aria-hidden': 'true' }, message);
    document.body.append(toast);
    clearTimeout(timer);
    timer = setTimeout(() => toast?.remove(), 5000);
  };
}
