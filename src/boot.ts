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
 * `<link rel=stylesheet>` tags in index.html and style the loading message.
 */
import '@fontsource/literata/400.css';
import '@fontsource/literata/400-italic.css';
import '@fontsource/literata/600.css';
import '@fontsource/fraunces/600.css';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './ui/styles.css';
import './ui/captions.css';
import { stories } from 'virtual:story-catalogue';

const linked = new URLSearchParams(window.location.search).get('story');
// A module is downloaded once: when the app loads this story, it gets this same download.
// A failure is reported then, by the app, on screen.
stories
  .find((story) => story.id === linked)
  ?.load()
  .catch(() => undefined);

import('./main.ts').catch((error: unknown) => {
  const message = document.createElement('p');
  message.className = 'loading';
  message.textContent = `Common Ground could not load (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.`;
  document.getElementById('app')?.replaceChildren(message);
});
