/**
 * The first screen is drawn once, in the game's own fonts: index.html
 * preloads them and the app waits a moment for them, so the text a player
 * starts reading does not jump when they arrive. On a slow connection the
 * game does not wait for them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { realErrors, useHarness } from './harness.ts';

const h = useHarness();
const FACES = ['400 1em Literata', '600 1em Fraunces', '400 1em "Atkinson Hyperlegible"', '700 1em "Atkinson Hyperlegible"'];

/**
 * Notes, the moment the first button of the app appears, which of FACES are
 * loaded (as `window.__fontsAtFirstScreen`). Runs before the page's own code.
 */
function watchFirstScreen(faces: string[]): void {
  const seen = new MutationObserver(() => {
    if (!document.querySelector('#app button')) return;
    seen.disconnect();
    (window as unknown as { __fontsAtFirstScreen: boolean[] }).__fontsAtFirstScreen = faces.map((face) => document.fonts.check(face));
  });
  seen.observe(document, { childList: true, subtree: true });
}

async function fontsAtFirstScreen(page: Page): Promise<boolean[]> {
  await page.waitForFunction(() => '__fontsAtFirstScreen' in window);
  return page.evaluate(() => (window as unknown as { __fontsAtFirstScreen: boolean[] }).__fontsAtFirstScreen);
}

describe('the first screen and its fonts', () => {
  for (const [screen, path] of [
    ['the title screen', ''],
    ['a linked story (its content notes)', '?story=the-joke'],
  ] as const) {
    it(`draws ${screen} in the game's fonts, each downloaded once`, async () => {
      const { page, errors } = await h.newPage();
      const fontRequests: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'font' || /\.woff2?$/.test(request.url())) fontRequests.push(request.url().split('/').pop()!);
      });
      await page.addInitScript(watchFirstScreen, FACES);
      await page.goto(`${h.url}${path}`);

      expect(await fontsAtFirstScreen(page)).toEqual(FACES.map(() => true));
      // The preload's download is the one the page uses: a mismatch (CORS mode) would fetch each twice.
      await page.waitForLoadState('networkidle');
      expect(fontRequests.length).toBeGreaterThanOrEqual(FACES.length);
      expect(new Set(fontRequests).size).toBe(fontRequests.length);
      expect(fontRequests.every((file) => file.endsWith('.woff2'))).toBe(true);
      // The Latin Extended faces wait for a letter that needs them (none on these screens).
      if (path === '') expect(fontRequests.filter((file) => file.includes('latin-ext'))).toEqual([]);
      expect(realErrors(errors)).toEqual([]);
    });
  }

  it('does not wait for fonts that are slow to come', async () => {
    const { page, context, errors } = await h.newPage();
    await context.route('**/*.woff2', async (route) => {
      await new Promise((later) => setTimeout(later, 4000));
      await route.continue().catch(() => undefined); // the test may be over
    });
    await page.addInitScript(watchFirstScreen, FACES);
    await page.goto(h.url);

    // The title came before its fonts…
    expect(await fontsAtFirstScreen(page)).toEqual(FACES.map(() => false));
    await page.getByRole('button', { name: 'Choose a story' }).waitFor();
    // …and they take its text over when they arrive.
    await expect.poll(() => page.evaluate((faces) => faces.every((face) => document.fonts.check(face)), FACES), { timeout: 10_000 }).toBe(true);
    expect(realErrors(errors)).toEqual([]);
  });
});
