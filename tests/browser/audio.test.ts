/**
 * Sound in the production build, through howler itself: music, ambience and
 * effects load and play after the first click, mute survives a reload,
 * captions reach their live region, and a missing file costs one warning,
 * not the story.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AudioDebugState } from '../../src/adapters/howlerAudio.ts';
import manifest from '../../assets/audio/manifest.json';
import { choose, PHONE, PROJECTOR, realErrors, useHarness } from './harness.ts';

const h = useHarness();

/** Howler's state as the game's read-only debug handle reports it (undefined before howler loads). */
function audio(page: Page): Promise<AudioDebugState | undefined> {
  return page.evaluate(() => (window as unknown as { __commonGroundAudio?: AudioDebugState }).__commonGroundAudio);
}

/** Wait until howler's state satisfies `check` (evaluated in Node on fresh snapshots). */
async function untilAudio(page: Page, check: (state: AudioDebugState) => boolean, timeout = 15_000): Promise<AudioDebugState> {
  const started = Date.now();
  let last: AudioDebugState | undefined;
  while (Date.now() - started < timeout) {
    last = await audio(page);
    if (last && check(last)) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`Audio never reached the expected state; last seen: ${JSON.stringify(last, null, 2)}`);
}

/** A built file of a music or ambience loop (`assets/cafe-<hash>.ogg`). */
const LOOP_FILE = new RegExp(
  `/(${Object.values(manifest.sounds)
    .filter((sound) => sound.kind !== 'sfx')
    .flatMap((sound) => sound.files.map((file) => file.replace(/\.\w+$/, '')))
    .join('|')})-[\\w-]+\\.(ogg|mp3)$`,
);

const captions = (page: Page) => page.getByRole('status', { name: 'Sound captions' });

async function begin(page: Page, story = 'first-rehearsal') {
  await page.goto(`${h.url}?story=${story}`);
  // A click, as a player would: browsers allow sound only after a gesture.
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('group', { name: 'Choices' }).waitFor();
}

/** Network and media noise the browser itself prints for a request the test blocks on purpose. */
const blockedRequestNoise = (errors: readonly string[]) => realErrors(errors).filter((e) => !/Failed to load resource/.test(e));

describe('sound', () => {
  it('loads nothing before the first gesture, then plays the story’s music, ambience and effects through howler', async () => {
    const { page, errors } = await h.newPage();
    const audioRequests: string[] = [];
    page.on('request', (request) => {
      if (/\.(ogg|mp3)$/.test(new URL(request.url()).pathname)) audioRequests.push(request.url());
    });
    await page.goto(`${h.url}?story=first-rehearsal`);
    await page.getByRole('button', { name: 'Begin' }).waitFor();
    await page.waitForTimeout(300);
    // No howler, no audio files, no AudioContext before the player does anything.
    expect(await audio(page)).toBeUndefined();
    expect(audioRequests).toEqual([]);
    expect(await page.evaluate(() => 'Howler' in window)).toBe(false);

    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    // The first line of the story: `# ambience: garden # music: title`.
    const playing = await untilAudio(page, (s) => !!s.channels.music?.playing && !!s.channels.ambience?.playing);
    expect(playing.context).toBe('running');
    expect(playing.webAudio).toBe(true);
    expect(playing.channels.music?.name).toBe('title');
    expect(playing.channels.ambience?.name).toBe('garden');
    expect(playing.sounds['title']).toMatchObject({ state: 'loaded', file: 'assets/audio/title.ogg', playing: true });
    expect(playing.sounds['garden']).toMatchObject({ state: 'loaded', playing: true });
    // Howler picked Ogg, listed first; the MP3s stay on the server.
    expect(audioRequests.some((url) => /\/title-[\w-]+\.ogg$/.test(url))).toBe(true);
    expect(audioRequests.some((url) => /\/title-[\w-]+\.mp3$/.test(url))).toBe(false);
    // The music fades in to its level: title's own 0.5 × master 0.8 × music 0.6.
    const faded = await untilAudio(page, (s) => (s.channels.music?.volume ?? 0) > 0.23);
    expect(faded.channels.music?.volume).toBeCloseTo(0.24, 2);

    // A choice plays its soft tone; the ending's line plays a chime.
    await choose(page, 1);
    await choose(page, 1);
    await untilAudio(page, (s) => s.played.includes('choice') && s.played.includes('chime'));
    await page.screenshot({ path: 'test-results/audio-ending-captions.png' });

    // The debrief cross-fades to reflective music and rings the chime again; the garden fades.
    await page.getByRole('button', { name: 'See how it went' }).click();
    await untilAudio(page, (s) => s.channels.music?.name === 'reflect' && !!s.channels.music.playing && s.channels.ambience === null);
    await untilAudio(page, (s) => s.played.filter((name) => name === 'chime').length === 2);
    // The old music fades out and then stops (not merely turned down).
    await untilAudio(page, (s) => s.sounds['title']?.playing === false && s.sounds['garden']?.playing === false);
    expect(realErrors(errors)).toEqual([]);
  });

  // On a first visit the player's settings come when storage opens, and on a busy laptop
  // that can be in the middle of the player's first turns: the sound must still wait for a pause.
  for (const storage of ['opening as usual', 'opening while the player presses on'] as const) {
    it(`starts the sound in a pause, never between a key and the passage it brings (storage ${storage})`, async () => {
      // No service worker: it would serve the save store's code from its cache, past the hold below.
      const { page, errors } = await h.newPage({ serviceWorkers: 'block' });
      // Note when each passage appears and when the audio context is made (howler makes it as the sound starts).
      await page.addInitScript(() => {
        const record = window as unknown as { __passagesAt: number[]; __audioAt?: number };
        record.__passagesAt = [];
        const Original = window.AudioContext;
        window.AudioContext = class extends Original {
          constructor(options?: AudioContextOptions) {
            super(options);
            record.__audioAt ??= performance.now();
          }
        };
        // A passage added to the story's log, or the log itself arriving with the story's first passage.
        const bringsPassage = (m: MutationRecord) =>
          (m.target instanceof Element && !!m.target.closest('[role="log"]') && m.addedNodes.length > 0) ||
          [...m.addedNodes].some((node) => node instanceof Element && !!(node.matches('[role="log"]') ? node : node.querySelector('[role="log"]'))?.textContent);
        new MutationObserver((mutations) => {
          if (mutations.some(bringsPassage)) record.__passagesAt.push(performance.now());
        }).observe(document, { childList: true, subtree: true });
      });
      // Begin is the first gesture; then the player presses on, as fast as the passages come
      // (alternating keys: the same key twice within 300 ms counts once).
      let keys = 0;
      const pressOn = async () => {
        const before = await page.getByRole('log').textContent();
        await page.keyboard.press(String((keys++ % 2) + 1));
        await page.waitForFunction((b) => document.querySelector('[role="log"]')?.textContent !== b, before);
      };
      if (storage === 'opening as usual') {
        await begin(page, 'the-joke');
        while (keys < 8) await pressOn();
      } else {
        // The save store's code is held back while the player reads the first passage (long
        // enough for howler to arrive), and comes while they press on: the settings arrive
        // mid-burst, and the player goes on a few passages more.
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        await page.route(/\/assets\/localforageStore-[\w-]+\.js$/, async (route) => {
          await held;
          await route.continue();
        });
        await begin(page, 'the-joke');
        await page.waitForTimeout(600);
        release();
        const settingsKnown = () => page.evaluate(() => localStorage.getItem('common-ground:settings') !== null);
        while (!(await settingsKnown()) && keys < 30) await pressOn();
        for (let more = 0; more < 3; more++) await pressOn();
      }
      // Once the player stops, the sound starts (the story's own loops by now are its business, not this test's).
      await untilAudio(page, (s) => s.context === 'running' && Object.values(s.sounds).some((sound) => sound.state === 'loaded'));
      const { passagesAt, audioAt, files } = await page.evaluate(() => {
        const record = window as unknown as { __passagesAt: number[]; __audioAt?: number };
        const files = performance.getEntriesByType('resource').filter((entry) => /\.(ogg|mp3)$/.test(entry.name));
        return { passagesAt: record.__passagesAt, audioAt: record.__audioAt, files: files.map((entry) => ({ name: entry.name, at: entry.startTime })) };
      });
      // The first loop's file: the start fetches and decodes the loops playing by then.
      const firstLoopAt = Math.min(...files.filter((file) => LOOP_FILE.test(file.name)).map((file) => file.at));
      expect(audioAt).toBeDefined();
      expect(passagesAt.length).toBeGreaterThanOrEqual(keys + 1);
      // The start is the audio context and the first loop's file. No passage came in the 300 ms
      // before either. A little less is allowed: the observer notes a passage at the end of the
      // task that shows it, which on a busy machine can be some tens of milliseconds after the
      // game counted the turn.
      const timeline = JSON.stringify({ audioAt, firstLoopAt, passagesAt });
      const startedAt = [audioAt!, firstLoopAt];
      const justBefore = startedAt.flatMap((start) => passagesAt.filter((at) => at < start && start - at < 250));
      expect(justBefore, timeline).toEqual([]);
      expect(realErrors(errors)).toEqual([]);
    });
  }

  it('captions each sound in their own polite live region, even when muted, and not when turned off', async () => {
    const { page } = await h.newPage();
    await begin(page);
    const region = captions(page);
    await expect(region.getAttribute('aria-live')).resolves.toBe('polite');
    await region.filter({ hasText: 'Music: Gentle, welcoming piano music' }).waitFor();
    await region.filter({ hasText: 'Background: A light breeze, birds chirping' }).waitFor();
    // On screen: a note for music, brackets for other sounds.
    await expect(region.locator('.caption', { hasText: 'piano' }).locator('[aria-hidden="true"]').textContent()).resolves.toBe('♪ Gentle, welcoming piano music');
    await expect(region.locator('.caption', { hasText: 'breeze' }).locator('[aria-hidden="true"]').textContent()).resolves.toBe('[A light breeze, birds chirping]');
    // Not in the story's log: the story text stays in order.
    await expect(page.getByRole('log').textContent()).resolves.not.toContain('piano');
    await page.screenshot({ path: 'test-results/audio-captions-desktop.png' });

    // Muted: no sound, but the caption still says what happened.
    await page.keyboard.press('m');
    await page.getByRole('status').filter({ hasText: 'Sound off.' }).waitFor();
    await choose(page, 1);
    await choose(page, 1);
    await region.filter({ hasText: 'A warm chime rings' }).waitFor();

    // Captions off in the settings: the strip empties and stays empty.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Show captions for sounds').uncheck();
    await page.keyboard.press('Escape');
    await expect(region.locator('.caption').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'See how it went' }).click();
    await page.waitForTimeout(500);
    await expect(region.locator('.caption').count()).resolves.toBe(0);
  });

  it('shows captions on a phone without covering the choices', async () => {
    const { page } = await h.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    await page.goto(`${h.url}?story=family-dinner`);
    await page.getByRole('button', { name: 'Begin' }).tap();
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await captions(page).filter({ hasText: 'Warm, tender piano music' }).waitFor();
    const strip = await captions(page).boundingBox();
    const choices = await page.getByRole('group', { name: 'Choices' }).boundingBox();
    expect(strip && choices && strip.y + strip.height <= choices.y).toBe(true);
    // A tap counts as the gesture that lets sound start.
    await untilAudio(page, (s) => s.channels.music?.name === 'home' && !!s.channels.music.playing);
    await page.screenshot({ path: 'test-results/audio-captions-phone.png' });
  });

  it('shows captions beside the story on a projector, in both themes, clear of the text', async () => {
    const { page } = await h.newPage({ viewport: PROJECTOR });
    await begin(page, 'stepping-back');
    await captions(page).filter({ hasText: 'Steady, hopeful piano music' }).waitFor();
    const strip = (await captions(page).locator('.caption').first().boundingBox())!;
    const card = (await page.locator('.story-card').boundingBox())!;
    expect(strip.x + strip.width).toBeLessThanOrEqual(card.x);
    await page.screenshot({ path: 'test-results/audio-captions-projector.png' });
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('High contrast').check();
    await page.keyboard.press('Escape');
    await choose(page, 1);
    await captions(page).locator('.caption').first().waitFor();
    await page.screenshot({ path: 'test-results/audio-captions-projector-contrast.png' });
  });

  it('keeps mute across a reload (settings in IndexedDB), with the loops silent', async () => {
    const { page, errors } = await h.newPage();
    await begin(page);
    await untilAudio(page, (s) => (s.channels.music?.volume ?? 0) > 0.2);
    await page.keyboard.press('m');
    await page.getByRole('status').filter({ hasText: 'Sound off.' }).waitFor();
    await untilAudio(page, (s) => s.channels.music?.volume === 0 && s.channels.ambience?.volume === 0);
    // Let the settings reach IndexedDB, then come back.
    await page.waitForTimeout(500);
    await page.reload();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    const state = await untilAudio(page, (s) => !!s.channels.music?.playing);
    expect(state.channels.music?.volume).toBe(0);
    // Stays silent: nothing fades it back in.
    await page.waitForTimeout(1500);
    expect((await audio(page))?.channels.music?.volume).toBe(0);
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByLabel('Mute all sound (key M)').isChecked()).resolves.toBe(true);
    await page.getByLabel('Mute all sound (key M)').uncheck();
    await untilAudio(page, (s) => (s.channels.music?.volume ?? 0) > 0.2);
    expect(realErrors(errors)).toEqual([]);
  });

  it('warns once, naming the file, when a sound is missing, and the story goes on', async () => {
    // Service workers could answer from their cache; this test wants the network to fail.
    const { page, errors, warnings } = await h.newPage({ serviceWorkers: 'block' });
    await page.route(/\/garden-[\w-]+\.(ogg|mp3)$/, (route) => route.abort());
    await begin(page);
    await expect.poll(() => warnings.filter((w) => w.includes('garden')), { timeout: 15_000 }).toHaveLength(1);
    const warning = warnings.find((w) => w.includes('garden'))!;
    expect(warning).toContain('assets/audio/garden.ogg');
    expect(warning).toContain('assets/audio/garden.mp3');
    expect(warning).toContain('The story goes on without it.');
    // The rest of the sound still plays, and so does the story.
    const state = await untilAudio(page, (s) => !!s.channels.music?.playing);
    expect(state.sounds['garden']?.state).toBe('failed');
    await choose(page, 1);
    await choose(page, 1);
    await page.getByRole('button', { name: 'See how it went' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'In her own handwriting' }).waitFor();
    await page.waitForTimeout(500);
    expect(warnings.filter((w) => w.includes('garden'))).toHaveLength(1);
    expect(blockedRequestNoise(errors)).toEqual([]);
  });

  it('falls back to the MP3 when only the Ogg file is missing, with one warning', async () => {
    const { page, errors, warnings } = await h.newPage({ serviceWorkers: 'block' });
    await page.route(/\/title-[\w-]+\.ogg$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await begin(page);
    const state = await untilAudio(page, (s) => !!s.channels.music?.playing);
    expect(state.sounds['title']).toMatchObject({ state: 'loaded', file: 'assets/audio/title.mp3' });
    await expect.poll(() => warnings.filter((w) => w.includes('"title"'))).toEqual(['Sound "title": assets/audio/title.ogg could not be fetched (HTTP 404); playing assets/audio/title.mp3 instead.']);
    expect(blockedRequestNoise(errors)).toEqual([]);
  });
});
