/**
 * WCAG 2.2 AA as far as automation can tell: axe-core on every screen in
 * every theme, text at 200%, a 360 px phone, reduced motion, and a whole
 * story finished with nothing but the keyboard and the accessibility tree.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, realErrors, useHarness } from './harness.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const h = useHarness();

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Run axe in the page (WCAG 2.x A/AA rules) and return violations, readable in a failure message. */
async function axe(page: Page): Promise<string[]> {
  // Measure what a reader sees once things have settled, not a fade half-way through.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = (await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations;
  })) as AxeViolation[];
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Set a theme the way a player does: through the settings. */
async function useTheme(page: Page, theme: 'Warm' | 'High contrast', reading: 'Standard' | 'Easy reading' = 'Standard') {
  await page.getByRole('button', { name: 'Settings' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('radio', { name: theme }).check();
  await dialog.getByRole('radio', { name: new RegExp(`^${reading}`) }).check();
  await dialog.getByRole('button', { name: 'Close' }).click();
}

async function playToEnd(page: Page) {
  for (let i = 0; i < 40; i++) {
    const finish = page.getByRole('button', { name: 'See how it went' });
    if (await finish.isVisible()) return finish;
    const first = page.getByRole('group', { name: 'Choices' }).getByRole('button').first();
    await first.click();
  }
  throw new Error('story did not end');
}

describe('accessibility', () => {
  for (const [theme, reading] of [['Warm', 'Standard'], ['High contrast', 'Standard'], ['Warm', 'Easy reading']] as const) {
    it(`has no axe violations on any screen (${theme}, ${reading})`, async () => {
      const { page, errors } = await h.newPage({ bypassCSP: true });
      const found: Record<string, string[]> = {};
      await page.goto(h.url);
      await page.getByRole('heading', { name: 'Common Ground' }).waitFor();
      await useTheme(page, theme, reading);
      found.title = await axe(page);
      await page.getByRole('button', { name: 'Settings' }).first().click();
      found.settings = await axe(page);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Choose a story' }).click();
      found.select = await axe(page);
      await page.getByRole('button', { name: 'Play The family conversation' }).click();
      found.notes = await axe(page);
      await page.getByRole('button', { name: 'Begin' }).click();
      await page.getByRole('group', { name: 'Choices' }).waitFor();
      await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().click();
      found.story = await axe(page);
      await page.getByRole('button', { name: 'History' }).click();
      await page.getByRole('dialog', { name: 'History' }).waitFor();
      found.history = await axe(page);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Saves' }).click();
      await page.getByRole('dialog', { name: /^Saves/ }).waitFor();
      found.saves = await axe(page);
      await page.keyboard.press('Escape');
      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: 'Keys' }).waitFor();
      found.keys = await axe(page);
      await page.keyboard.press('Escape');
      await (await playToEnd(page)).click();
      await page.getByRole('heading', { name: 'Your approach' }).waitFor();
      found.debrief = await axe(page);
      const failures = Object.entries(found).filter(([, v]) => v.length > 0);
      expect(Object.fromEntries(failures)).toEqual({});
      expect(realErrors(errors)).toEqual([]);
    });
  }

  it('finishes a whole story with only the keyboard and the accessibility tree', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.url}?story=stepping-back`);
    await page.getByRole('button', { name: 'Begin' }).press('Enter');
    const choices = page.getByRole('group', { name: 'Choices' });
    for (let i = 0; i < 40; i++) {
      if (await page.getByRole('button', { name: 'See how it went' }).isVisible()) break;
      // Focus sits on the choices after every turn; the last choice by its number key.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Choices');
      const count = await choices.getByRole('button').count();
      await choose(page, Math.min(count, 9));
    }
    await page.getByRole('button', { name: 'See how it went' }).press('Enter');
    await page.getByRole('heading', { name: 'Ally practices' }).waitFor();
    for (const name of ['Intervening', 'Not rescuing', 'Not abandoning']) {
      await expect(page.getByRole('meter', { name }).getAttribute('aria-valuetext')).resolves.toMatch(/^(Low|Some|Strong), \d+%$/);
    }
  });

  it('keeps every choice whole and apart at 200% text size', async () => {
    const { page, screenshot } = await h.newPage();
    await page.goto(h.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Text size').fill('200');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    // Give the setting a moment to reach storage before leaving the page, as anyone would.
    await page.waitForTimeout(1000);
    await page.goto(`${h.url}?story=family-dinner`);
    // The saved text size comes back after the reload.
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    await page.getByRole('button', { name: 'Begin' }).click();
    const buttons = page.getByRole('group', { name: 'Choices' }).getByRole('button');
    await buttons.first().waitFor();
    const boxes = await buttons.evaluateAll((nodes) =>
      nodes.map((node) => {
        const n = node as HTMLElement;
        const r = n.getBoundingClientRect();
        const text = n.querySelector('.choice__text')!;
        // Positions within the (scrollable) choices list, so scrolling does not matter.
        return { top: n.offsetTop, bottom: n.offsetTop + n.offsetHeight, left: r.left, right: r.right, clipped: text.scrollWidth > text.clientWidth + 1 || n.scrollWidth > n.clientWidth + 1 };
      }),
    );
    for (const b of boxes) {
      expect(b.clipped).toBe(false);
      expect(b.right).toBeLessThanOrEqual(1280);
      expect(b.left).toBeGreaterThanOrEqual(0);
    }
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 0.5);
    await screenshot('text-200');
  });

  it('keeps a setting changed while storage is still opening, on screen and after a reload', async () => {
    // No service worker: it would serve the save store's code from its cache, past the hold below.
    const { page } = await h.newPage({ serviceWorkers: 'block' });
    // Hold the save store's code back until the player has changed the text size.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/localforageStore-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(h.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Text size').fill('200');
    await page.keyboard.press('Escape');
    const rootFontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    await expect.poll(rootFontSize).toBe('32px');
    release();
    // The store opens with the defaults it holds; the player's change must win.
    await page.waitForResponse(/\/assets\/localforageStore-[\w-]+\.js$/);
    await page.waitForTimeout(1000);
    expect(await rootFontSize()).toBe('32px');
    await page.reload();
    await expect.poll(rootFontSize).toBe('32px');
  });

  it('plays to the debrief on a 360×640 phone, with touch-sized targets', async () => {
    const { page, screenshot } = await h.newPage({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
    await page.goto(`${h.url}?story=first-rehearsal`);
    await page.getByRole('button', { name: 'Begin' }).tap();
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await screenshot('phone-story');
    const small = await page.locator('button:visible, input:visible, label.btn:visible').evaluateAll((nodes) =>
      nodes.map((n) => n.getBoundingClientRect()).filter((r) => r.width > 0 && (r.width < 44 || r.height < 44)).length,
    );
    expect(small).toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    for (let i = 0; i < 10; i++) {
      const finish = page.getByRole('button', { name: 'See how it went' });
      if (await finish.isVisible()) {
        await finish.tap();
        break;
      }
      await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().tap();
    }
    await page.getByRole('heading', { name: 'Your approach' }).waitFor();
    await screenshot('phone-debrief');
  });

  it('turns animations off with reduced motion, and with its own switch', async () => {
    const { page } = await h.newPage({ reducedMotion: 'reduce' });
    await page.goto(`${h.url}?story=first-rehearsal`);
    await page.getByRole('button', { name: 'Begin' }).click();
    const duration = () => page.locator('.turn').first().evaluate((n) => getComputedStyle(n).animationDuration);
    await expect(duration()).resolves.toBe('0s');
    const { page: other } = await h.newPage();
    await other.goto(h.url);
    await other.getByRole('button', { name: 'Settings' }).click();
    await other.getByRole('radio', { name: 'No motion' }).check();
    await other.keyboard.press('Escape');
    await other.goto(`${h.url}?story=first-rehearsal`);
    await other.getByRole('button', { name: 'Begin' }).click();
    // The saved setting comes back from storage a moment after the page loads.
    await expect.poll(() => other.locator('.turn').first().evaluate((n) => getComputedStyle(n).animationName)).toBe('none');
  });

  it('shows a turn taken before the last one has finished moving at once, and moves again after a pause', async () => {
    const { page, errors } = await h.newPage();
    await page.goto(`${h.url}?story=first-rehearsal`);
    await page.getByRole('button', { name: 'Begin' }).click();
    const current = page.locator('.turn--current').last();
    await expect.poll(() => current.evaluate((n) => getComputedStyle(n).animationName)).toBe('rise');
    // Two choices in one go (ask Dev, then write her name in): the second passage comes long before the first one's rise is over.
    await page.evaluate(() => {
      const pick = (n: number) => document.querySelectorAll<HTMLButtonElement>('[role="group"][aria-label="Choices"] button')[n]?.click();
      pick(0);
      pick(1);
    });
    await expect(current.evaluate((n) => getComputedStyle(n).animationName)).resolves.toBe('none');
    const instantMeters = () => page.locator('.hud').evaluate((n) => n.classList.contains('hud--instant'));
    await expect(instantMeters()).resolves.toBe(true);
    await page.waitForTimeout(700);
    await choose(page, 1);
    await expect(current.evaluate((n) => getComputedStyle(n).animationName)).resolves.toBe('rise');
    await expect(instantMeters()).resolves.toBe(false);
    expect(realErrors(errors)).toEqual([]);
  });
});
