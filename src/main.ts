/**
 * Composition root: the one file that knows every part. It builds the app
 * with its catalogue and stage, starts it from the URL, and loads Phaser
 * afterwards so the first screen never waits for the picture.
 */
import '@fontsource/literata/400.css';
import '@fontsource/literata/400-italic.css';
import '@fontsource/literata/600.css';
import '@fontsource/fraunces/600.css';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './ui/styles.css';
import { stories } from 'virtual:story-catalogue';
import { App } from './app/App.ts';
import { DeferredStage } from './app/Stage.ts';
import { prefersReducedMotion } from './ui/dom.ts';
import { createAnnouncer } from './ui/announcer.ts';

const root = document.getElementById('app')!;
const status = document.getElementById('status')!;
const announce = createAnnouncer(status);

// Never a blank screen: anything unexpected is said, and the game goes on.
window.addEventListener('error', (event) => announce(`Something went wrong: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => announce(`Something went wrong: ${String(event.reason?.message ?? event.reason)}`));

const stage = new DeferredStage();
stage.setMotion(!prefersReducedMotion());
const app = new App({ root, catalogue: stories, stage, announce });
app.start(new URLSearchParams(window.location.search));

// The picture behind the text arrives a moment later, off the critical path.
const loadStage = () =>
  import('./scenes/PhaserStage.ts')
    .then(({ PhaserStage }) => stage.attach(new PhaserStage(document.getElementById('stage')!)))
    .catch((error: unknown) => console.warn('The illustrated backdrop could not load; the story plays without it.', error));
if ('requestIdleCallback' in window) window.requestIdleCallback(() => void loadStage(), { timeout: 500 });
else setTimeout(() => void loadStage(), 50);
