/**
 * The illustrated setting behind the story: each passage's `# scene:` is
 * drawn on the stage, with gentle motion on (a cross-fade) and off (a cut).
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, openStoryFile, realErrors, useHarness } from './harness.ts';

const h = useHarness();
const TWO_ROOMS = resolve('tests/fixtures/stage/two-rooms.ink');
const BUSY_KITCHEN = resolve('tests/fixtures/stage/busy-kitchen.ink');

/**
 * A coarse fingerprint of the picture on the stage's canvas: the average
 * colour of each cell of a 4 × 3 grid. Undefined until the canvas exists.
 */
function stagePicture(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context || canvas.width === 0 || canvas.height === 0) return undefined;
    const { width, height } = canvas;
    const { data } = context.getImageData(0, 0, width, height);
    const cells: string[] = [];
    for (let row = 0; row < 3; row++) {
      for (let col = 0; col < 4; col++) {
        const sum = [0, 0, 0];
        let count = 0;
        for (let y = Math.floor((row * height) / 3); y < ((row + 1) * height) / 3; y += 8) {
          for (let x = Math.floor((col * width) / 4); x < ((col + 1) * width) / 4; x += 8) {
            const i = (y * width + x) * 4;
            for (let c = 0; c < 3; c++) sum[c]! += data[i + c]!;
            count++;
          }
        }
        cells.push(sum.map((v) => Math.round(v / count)).join(','));
      }
    }
    return cells.join(' ');
  });
}

/** A picture, not the stage's plain background: its cells differ. */
const isPicture = (fingerprint: string | undefined) => !!fingerprint && new Set(fingerprint.split(' ')).size > 1;

describe('the stage', () => {
  for (const motion of ['gentle motion', 'no motion'] as const) {
    it(`draws each passage's setting behind the story (${motion})`, async () => {
      const { page, errors } = await h.newPage({ reducedMotion: motion === 'no motion' ? 'reduce' : 'no-preference' });
      await openStoryFile(page, h.url, TWO_ROOMS);
      // Phaser and the art arrive after the first screen; then the café is drawn.
      await expect.poll(async () => isPicture(await stagePicture(page)), { timeout: 20_000 }).toBe(true);
      await page.waitForTimeout(1500); // any cross-fade from the title picture has finished
      const cafe = await stagePicture(page);

      await choose(page, 1);
      await expect.poll(() => stagePicture(page)).not.toBe(cafe);
      const kitchen = await stagePicture(page);
      expect(isPicture(kitchen)).toBe(true);

      // Back in the café: the same picture as before, drawn again.
      await choose(page, 1);
      await expect.poll(() => stagePicture(page)).toBe(cafe);
      expect(realErrors(errors)).toEqual([]);
    });
  }

  it('keeps the picture still while the player presses on, and draws the new setting when they pause', async () => {
    const { page, errors } = await h.newPage();
    await openStoryFile(page, h.url, BUSY_KITCHEN);
    await expect.poll(async () => isPicture(await stagePicture(page)), { timeout: 20_000 }).toBe(true);
    await page.waitForTimeout(1500);
    const cafe = await stagePicture(page);

    // Into the kitchen, then three more passages there, 150 ms apart: the kitchen is not drawn while they come.
    const redrawn = await page.evaluate(async () => {
      const pick = () => document.querySelector<HTMLButtonElement>('[role="group"][aria-label="Choices"] button')!.click();
      const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas')!;
      const pixels = () => canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data.join();
      const before = pixels();
      const changed: boolean[] = [];
      for (let i = 0; i < 4; i++) {
        pick();
        await new Promise((r) => setTimeout(r, 150));
        changed.push(pixels() !== before);
      }
      return changed;
    });
    expect(redrawn).toEqual([false, false, false, false]);
    await page.getByText('The fridge door swings shut with a soft thud.').waitFor();
    // Once the player stops, the kitchen is drawn and faded in.
    await expect.poll(async () => (await stagePicture(page)) !== cafe && isPicture(await stagePicture(page)), { timeout: 5000 }).toBe(true);
    await expect.poll(() => page.locator('#stage canvas').evaluate((c) => getComputedStyle(c).opacity)).toBe('1');
    expect(realErrors(errors)).toEqual([]);
  });
});
