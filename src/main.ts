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
import { registerServiceWorkerWhenIdle } from './sw/register.ts';
import audioManifest from '../assets/audio/manifest.json';
import { readManifest } from './audio/manifest.ts';
import { SoundController } from './audio/SoundController.ts';
import { connectAudioOnFirstGesture } from './adapters/audioOnGesture.ts';
import { createCaptions } from './ui/Captions.ts';
import { mirrorSettings, readMirroredSettings } from './adapters/settingsMirror.ts';
// localforage itself is loaded lazily inside openSaveStore.
import { openSaveStore } from './persistence/index.ts';

const root = document.getElementById('app')!;
const status = document.getElementById('status')!;
const announce = createAnnouncer(status);

// Never a blank screen: anything unexpected is said, and the game goes on.
window.addEventListener('error', (event) => announce(`Something went wrong: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => announce(`Something went wrong: ${String(event.reason?.message ?? event.reason)}`));

const stage = new DeferredStage();
stage.setMotion(!prefersReducedMotion());
const params = new URLSearchParams(window.location.search);
const mode = params.get('mode');
if (mode === 'facilitate' || mode === 'presenter') {
  // Facilitator mode (projector or presenter window) loads on demand: players never download it.
  void import('./ui/facilitator/start.ts')
    .then(({ startFacilitator }) => startFacilitator({ root, catalogue: stories, stage, announce }, params))
    .catch((error: unknown) => {
      root.replaceChildren(Object.assign(document.createElement('p'), { className: 'loading', textContent: `Facilitator mode could not load (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.` }));
    });
} else {
  // Sound: captions and the mixer now; howler only after the first tap or key (browsers' autoplay rules).
  const { manifest, problems } = readManifest(audioManifest);
  const sound = new SoundController({ manifest, captions: createCaptions(), warn: (message) => console.warn(message) });
  problems.forEach((problem) => sound.warnOnce(problem));
  connectAudioOnFirstGesture(sound, manifest);
  const app = new App({
    root,
    catalogue: stories,
    stage,
    announce,
    sound,
    initialSettings: readMirroredSettings(),
    onSettings: (settings) => {
      sound.configure(settings);
      mirrorSettings(settings);
    },
  });
  app.start(params);

  // Saves and settings live in IndexedDB (or memory, when the browser refuses);
  // opening them never holds up the first screen.
  void openSaveStore().then((opened) => app.attachStore(opened));
}

// The picture behind the text arrives a moment later, off the critical path.
const loadStage = () =>
  import('./scenes/PhaserStage.ts')
    .then(({ PhaserStage }) => stage.attach(new PhaserStage(document.getElementById('stage')!)))
    .catch((error: unknown) => console.warn('The illustrated backdrop could not load; the story plays without it.', error));
// The presenter window shows notes, not the picture.
if (mode !== 'presenter') {
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => void loadStage(), { timeout: 500 });
  else setTimeout(() => void loadStage(), 50);
}

// Offline play after the first visit: registered once the page has loaded, never before.
registerServiceWorkerWhenIdle();
