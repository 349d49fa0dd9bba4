/**
 * The page's first script: tiny, separate from the game's code, and loaded
 * beside it (plugins/vite-plugin-first-screen.ts adds it to index.html as an
 * async module, so it runs as soon as it arrives).
 *
 * The game itself (src/main.ts) is index.html's module script, with every
 * module its first screen needs in one static graph: the browser fetches
 * them all at once and runs them in one go, and the first screen is drawn
 * in that same task. A dynamic `import()` the first screen waits for is a
 * step between tasks, and on a busy machine the browser fills those with
 * other work (docs/performance.md).
 *
 * So the two things that must happen before the game's code arrives are here:
 * - a story link (`?story=the-joke`) needs that story's compiled code;
 *   asking for it now means it is usually in before the game starts, which
 *   then finds it ready (the catalogue shares one download per story)
 *   instead of waiting for it. (A story's own page, `the-joke.html`, has
 *   the story in it already: src/app/storyPage.ts.)
 * - the page is never blank: it says it is loading when the code is slow,
 *   and says so when the code cannot load at all. (It needs the small
 *   catalogue file to run; a server that cannot send that one cannot send
 *   the page's other files either.)
 */

// The catalogue is a small module of its own (vite.config.ts), shared with the
// game: this file's one import. index.html preloads it for the game anyway.
import { stories } from 'virtual:story-catalogue';

/** How long the page may stay empty before it says it is loading. */
const LOADING_MESSAGE_DELAY_MS = 400;
/** Set on <html> by src/main.ts once the game's code runs (named again here, so that this file imports no more of the game). */
const STARTED_ATTRIBUTE = 'data-game-started';

const root = document.getElementById('app');
const started = () => document.documentElement.hasAttribute(STARTED_ATTRIBUTE);
const fileName = (url: string) => url.split('/').pop() ?? url;
/** A line on the otherwise empty page; the game's first screen replaces it. */
const showMessage = (text: string) => {
  if (started()) return;
  const message = document.createElement('p');
  message.className = 'loading';
  message.textContent = text;
  root?.replaceChildren(message);
};

// Code that downloaded but threw before the game started is an ErrorEvent on the
// window; seen only if this script was running by then, so it is a detail, not the test.
let crashed: string | undefined;
window.addEventListener('error', (event) => {
  if (event instanceof ErrorEvent && !started()) crashed ??= event.message;
});

/**
 * The page's scripts that did not arrive. Resource timing lists failed
 * downloads too, whenever they failed, even before this script ran: with
 * the HTTP status where the browser reports it (0 for no answer), and
 * otherwise with nothing in them (a script of the game is never empty).
 */
const undelivered = () =>
  (performance.getEntriesByType('resource') as (PerformanceResourceTiming & { responseStatus?: number })[])
    .filter((entry) => /\.js(\?|$)/.test(entry.name) && (entry.responseStatus === undefined ? entry.decodedBodySize === 0 : entry.responseStatus === 0 || entry.responseStatus >= 400))
    .map((entry) => fileName(entry.name));

// The load event waits for the page's module scripts to run, or fail: if the game has not started by then, it cannot.
const checkStarted = () => {
  if (started()) return;
  const missing = undelivered()[0];
  const reason = missing ? `${missing} did not download` : crashed ? `its code stopped: ${crashed}` : 'its code did not start';
  showMessage(`Common Ground could not load (${reason}). Reload the page to try again.`);
};
if (document.readyState === 'complete') checkStarted();
else window.addEventListener('load', checkStarted, { once: true });

// A slow connection gets a word that the game is coming. A fast one gets
// nothing: drawing a message the reader never sees would cost the first
// screen a style and font pass (see docs/architecture.md, "Loading").
setTimeout(() => {
  if (!root?.querySelector(':scope > :not(noscript)')) showMessage('Loading Common Ground…');
}, LOADING_MESSAGE_DELAY_MS);

// A story's own page (the-joke.html) carries its story: nothing to fetch unless the link asks for
// another. (The meta tag's name is src/app/storyPage.ts's STORY_PAGE_META, named again here, as above.)
const pageStory = document.querySelector('meta[name="common-ground:story"]')?.getAttribute('content');
const linked = new URLSearchParams(window.location.search).get('story') ?? pageStory;
if (linked !== pageStory) {
  stories
    .find((story) => story.id === linked)
    ?.load()
    // A failure is the game's to report, on screen, when it asks for the story itself.
    .catch(() => undefined);
}
