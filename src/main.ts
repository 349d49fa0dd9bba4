/**
 * Composition root: the one file that knows every part. It builds the app
 * with its catalogue and stage, starts it from the URL, and loads Phaser,
 * storage and the service worker afterwards, so the first screen never
 * waits for them. index.html's module script: everything the first screen
 * needs is imported statically, so it arrives at once and runs in one task
 * (src/boot.ts explains why, and runs beside it).
 */
import './ui/fonts.css';
import './ui/styles.css';
import './ui/captions.css';
import { stories } from 'virtual:story-catalogue';
import { App } from './app/App.ts';
import { DeferredStage } from './app/Stage.ts';
import { PlayerPace } from './app/pace.ts';
import { afterNextPaint, prefersReducedMotion, whenIdle } from './ui/dom.ts';
import { createAnnouncer } from './ui/announcer.ts';
import { whenFirstScreenFontsReady } from './ui/fonts.ts';
import { registerServiceWorkerWhenIdle } from './sw/register.ts';
import { linkPageIcon } from './ui/pageIcon.ts';
import { readPageStory, storyParams, withPageStory } from './app/storyPage.ts';
import audioManifest from '../assets/audio/manifest.json';
import { readManifest } from './audio/manifest.ts';
import { SoundController } from './audio/SoundController.ts';
import { connectAudioOnFirstGesture } from './adapters/audioOnGesture.ts';
import { createCaptions } from './ui/Captions.ts';
import { mirrorSettings, readMirroredSettings } from './adapters/settingsMirror.ts';
// localforage itself is loaded lazily inside openSaveStore.
import { openSaveStore } from './persistence/index.ts';

// Tells src/boot.ts the game's code has arrived and runs (it reports a page whose code never did).
document.documentElement.setAttribute('data-game-started', '');
const root = document.getElementById('app')!;
const status = document.getElementById('status')!;
const announce = createAnnouncer(status);

// Never a blank screen: anything unexpected is said, and the game goes on.
window.addEventListener('error', (event) => announce(`Something went wrong: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => announce(`Something went wrong: ${String(event.reason?.message ?? event.reason)}`));

const stage = new DeferredStage();
// When the player last moved the story on: the picture and the sound's start wait for a pause.
const pace = new PlayerPace();
stage.setMotion(!prefersReducedMotion());
// A story's own page (the-joke.html) opens that story, and carries it: no download.
const params = storyParams(window.location.search, document);
const catalogue = withPageStory(stories, readPageStory(document));
const mode = params.get('mode');
// The first screen is drawn once, in its own fonts (preloaded by index.html), if they come soon.
const fontsReady = whenFirstScreenFontsReady();
/** Settles once the first screen is painted; what the first screen does not need waits for it. */
let firstScreenPainted: Promise<void>;
if (mode === 'facilitate' || mode === 'presenter') {
  // Facilitator mode (projector or presenter window) loads on demand: players never download it.
  firstScreenPainted = Promise.all([import('./ui/facilitator/start.ts'), fontsReady])
    .then(([{ startFacilitator }]) => startFacilitator({ root, catalogue, stage, announce }, params))
    .catch((error: unknown) => {
      root.replaceChildren(Object.assign(document.createElement('p'), { className: 'loading', textContent: `Facilitator mode could not load (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.` }));
    })
    .then(() => new Promise<void>((painted) => afterNextPaint(painted)));
} else {
  // Sound: captions and the mixer now; howler only after the first tap or key (browsers' autoplay rules).
  const { manifest, problems } = readManifest(audioManifest);
  const sound = new SoundController({ manifest, captions: createCaptions(), warn: (message) => console.warn(message) });
  problems.forEach((problem) => sound.warnOnce(problem));
  connectAudioOnFirstGesture(sound, manifest, { pace });
  const app = new App({
    root,
    catalogue,
    stage,
    pace,
    announce,
    sound,
    initialSettings: readMirroredSettings(),
    onSettings: (settings) => {
      sound.configure(settings);
      mirrorSettings(settings);
    },
  });
  void fontsReady.then(() => app.start(params));
  firstScreenPainted = app.firstScreenPainted;

  // Saves and settings live in IndexedDB (or memory, when the browser refuses).
  // localforage takes a while to evaluate, so it waits until the first screen is
  // painted; settings are known already from their synchronous mirror.
  void app.firstScreenPainted.then(() => openSaveStore()).then((opened) => app.attachStore(opened));
}

// The picture behind the text arrives a moment later, off the critical path:
// Phaser takes tens of milliseconds to evaluate, so it waits until the first
// screen is painted and the browser is idle.
const loadStage = () =>
  import('./scenes/PhaserStage.ts')
    .then(({ PhaserStage }) => stage.attach(new PhaserStage(document.getElementById('stage')!, pace)))
    .catch((error: unknown) => console.warn('The illustrated backdrop could not load; the story plays without it.', error));
void firstScreenPainted.then(() => {
  // The presenter window shows notes, not the picture.
  if (mode !== 'presenter') whenIdle(() => void loadStage(), 500);
  linkPageIcon();
  // Offline play after the first visit, registered once the page has loaded.
  registerServiceWorkerWhenIdle();
});
