/**
 * The foundation, as a player meets it: menus, a story to its debrief by
 * keyboard alone and by the accessibility tree alone, deep links, and no
 * console errors on the way.
 */
import { describe, expect, it } from 'vitest';
import { choose, realErrors, useHarness } from './harness.ts';

const h = useHarness();

describe('playing a story', () => {
  it('plays the sample story to its debrief with the keyboard only', async () => {
    const { page, errors, screenshot } = await h.newPage();
    await page.goto(h.url);
    await page.getByRole('heading', { name: 'Common Ground' }).waitFor();
    await page.keyboard.press('Tab'); // Choose a story
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Choose a story' }).waitFor();
    // Tab to the sample story's Play button.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (name.startsWith('Play First rehearsal')) break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Before you start' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Begin
    const choices = page.getByRole('group', { name: 'Choices' });
    await choices.waitFor();
    await screenshot('story-first-choice');
    // Always the first choice, by number key, until the story ends.
    for (let i = 0; i < 10; i++) {
      if (await page.getByRole('button', { name: 'See how it went' }).isVisible()) break;
      await choose(page, 1);
    }
    // Focus sits in the choices; Tab reaches the finish button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'In her own handwriting' }).waitFor();
    for (const axis of ['Intervening', 'Not rescuing', 'Not abandoning']) {
      await expect(page.getByRole('meter', { name: axis }).count()).resolves.toBe(1);
    }
    await expect(page.getByText('Take action', { exact: true }).count()).resolves.toBe(1);
    await screenshot('debrief');
    expect(realErrors(errors)).toEqual([]);
  });

  it('plays through the accessibility tree alone (getByRole)', async () => {
    const { page, errors } = await h.newPage();
    await page.goto(h.url);
    await page.getByRole('button', { name: 'Choose a story' }).click();
    await page.getByRole('button', { name: /^Play First rehearsal/ }).click();
    await page.getByRole('button', { name: 'Begin' }).click();
    const choices = page.getByRole('group', { name: 'Choices' });
    await choices.getByRole('button', { name: "It's Dev's list. Leave it." }).click();
    await page.getByRole('log').getByText('It isn’t your rota.').or(page.getByRole('log').getByText("It isn't your rota.")).waitFor();
    await page.getByRole('button', { name: 'See how it went' }).click();
    await page.getByRole('heading', { name: 'One name short' }).waitFor();
    const meter = page.getByRole('meter', { name: 'Not abandoning' });
    await expect(meter.getAttribute('aria-valuetext')).resolves.toMatch(/^Low/);
    await page.getByRole('button', { name: 'Play again' }).click();
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(realErrors(errors)).toEqual([]);
  });

  it('shows the choices as real buttons named by their text, with no scoring tags', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.url}?story=first-rehearsal`);
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().waitFor();
    const names = await page.getByRole('group', { name: 'Choices' }).getByRole('button').allTextContents();
    expect(names).toHaveLength(3);
    for (const n of names) expect(n).not.toMatch(/#|intervene|rescue|abandon/);
    const story = await page.getByRole('log').textContent();
    expect(story).toContain('Saturday morning');
    expect(story).not.toContain('scene:');
  });

  it('opens a story from a deep link, and explains an unknown one', async () => {
    const { page, errors } = await h.newPage();
    await page.goto(`${h.url}?story=first-rehearsal`);
    await page.getByRole('heading', { name: 'First rehearsal: the garden rota' }).waitFor();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await page.goto(`${h.url}?story=no-such-story`);
    await page.getByRole('heading', { name: 'Story not found' }).waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('no-such-story');
    expect(realErrors(errors)).toEqual([]);
  });

  it('opens a story from its own page, which carries the story: its file is not downloaded', async () => {
    const { page, errors } = await h.newPage({ serviceWorkers: 'block' });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${h.url}first-rehearsal.html`);
    await expect(page.title()).resolves.toBe('First rehearsal: the garden rota · Common Ground');
    await page.getByRole('heading', { name: 'First rehearsal: the garden rota' }).waitFor();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await choose(page, 1);
    expect(requested.filter((path) => /\/assets\/first-rehearsal-[\w-]+\.js$/.test(path))).toEqual([]);
    // Another story from the menu comes as from any other page; so does a ?story= link on a story's page.
    await page.goto(`${h.url}first-rehearsal.html?story=the-joke`);
    await page.getByRole('button', { name: 'Begin' }).waitFor();
    await expect(page.getByRole('heading', { level: 1 }).first().textContent()).resolves.toContain('joke');
    expect(requested.filter((path) => /\/assets\/the-joke-[\w-]+\.js$/.test(path))).toHaveLength(1);
    expect(realErrors(errors)).toEqual([]);
  });
});
