/**
 * Registers the service worker that makes the game playable offline
 * (src/sw/sw.ts). Production builds only: the dev server has no `sw.js`.
 */
import { whenIdle } from '../ui/dom.ts';

/**
 * Register `sw.js` once the page has loaded and the browser is idle, so it
 * never competes with the first screen. The worker is told which of the two
 * audio formats this browser plays, so it keeps that one only: half a
 * megabyte less to download on a first visit.
 */
export function registerServiceWorkerWhenIdle(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker
      .register(`./sw.js?${new URLSearchParams({ audio: playedAudioFormat() })}`)
      .catch((error: unknown) => console.warn('Offline play is not available in this browser.', error));
  const onLoad = () => whenIdle(() => void register(), 2000);
  if (document.readyState === 'complete') onLoad();
  else window.addEventListener('load', onLoad, { once: true });
}

/**
 * The format howler will play here: each sound lists its Ogg Vorbis file
 * first (assets/audio/manifest.json), and howler takes the first one the
 * browser can play, by the same test.
 */
function playedAudioFormat(): 'ogg' | 'mp3' {
  return document.createElement('audio').canPlayType('audio/ogg; codecs="vorbis"') === '' ? 'mp3' : 'ogg';
}
