/**
 * Settings that change how everything looks are applied once, on <html>,
 * as data attributes and CSS variables that styles.css reads.
 */
import type { Settings } from '../persistence/index.ts';
import { prefersReducedMotion } from './dom.ts';

export function applySettings(settings: Settings, root: HTMLElement = document.documentElement): void {
  root.style.setProperty('--text-scale', String(Math.min(2, Math.max(1, settings.textScale))));
  root.dataset.theme = settings.theme;
  root.dataset.reading = settings.reading;
  if (settings.motion === 'system') delete root.dataset.motion;
  else root.dataset.motion = settings.motion;
}

/** Whether gentle motion is on, after the system preference and the game's own switch. */
export function motionEnabled(settings: Settings): boolean {
  return settings.motion === 'on' || (settings.motion === 'system' && !prefersReducedMotion());
}
