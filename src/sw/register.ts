/**
 * Registers the service worker that makes the game playable offline
 * (src/sw/sw.ts). Production builds only: the dev server has no `sw.js`.
 */
import { whenIdle } from '../ui/dom.ts';

/** Register `sw.js` once the page has loaded and the browser is idle, so it never competes with the first screen. */
export function registerServiceWorkerWhenIdle(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker.register('./sw.js').catch((error: unknown) => console.warn('Offline play is not available in this browser.', error));
  const onLoad = () => whenIdle(() => void register(), 2000);
  if (document.readyState === 'complete') onLoad();
  else window.addEventListener('load', onLoad, { once: true });
}
