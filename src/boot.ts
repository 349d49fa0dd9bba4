/**
 * The page's entry, kept tiny so it runs as soon as the HTML is parsed.
 *
 * A link to a story (`?story=the-joke`, as a facilitator shares) needs that
 * story's compiled code before anything can be read. Asking for it here
 * lets it download while the browser is still parsing the game's code,
 * instead of after; the game's code itself is preloaded by index.html
 * (plugins/vite-plugin-preload-app.ts), so nothing waits on this file.
 *
 * The stylesheets are imported here, not in main.ts, so they stay ordinary
 * `<link rel=stylesheet>` tags in index.html, loaded alongside the code.
 */
import './ui/fonts.css';
import './ui/styles.css';
import './ui/captions.css';
import { stories } from 'virtual:story-catalogue';

/** How long the page may stay empty before it says it is loading. */
const LOADING_MESSAGE_DELAY_MS = 400;

const linked = new URLSearchParams(window.location.search).get('story');
// A module is downloaded once: when the app loads this story, it gets this same download.
// A failure is reported then, by the app, on screen.
stories
  .find((story) => story.id === linked)
  ?.load()
  .catch(() => undefined);

const root = document.getElementById('app');
/** A line on the otherwise empty page; the app's first screen replaces it. */
const showMessage = (text: string) => {
  const message = document.createElement('p');
  message.className = 'loading';
  message.textContent = text;
  root?.replaceChildren(message);
};

// A slow connection gets a word that the game is coming. A fast one gets
// nothing: drawing a message the reader never sees would cost the first
// screen a style and font pass (see docs/architecture.md, "Loading").
const slow = setTimeout(() => {
  if (!root?.querySelector(':scope > :not(noscript)')) showMessage('Loading Common Ground…');
}, LOADING_MESSAGE_DELAY_MS);

import('./main.ts').catch((error: unknown) => {
  clearTimeout(slow);
  showMessage(`Common Ground could not load (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.`);
});
