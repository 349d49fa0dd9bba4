/**
 * Facilitator mode as a facilitator meets it, on a 1080p projector: a story
 * run with the room's votes, the presenter window in step over
 * BroadcastChannel, a second branch explored, clicker keys, and the summary
 * downloads.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PROJECTOR, realErrors, useHarness } from './harness.ts';

const h = useHarness();

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** WCAG 2.x A/AA violations axe finds on the page, one line each. */
async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  type Violation = { id: string; help: string; nodes: { target: string[] }[] };
  const violations = (await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe.run;
    return (await run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })).violations;
  })) as Violation[];
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Wait until the projected slide shows this step. */
async function atPhase(page: Page, phase: string): Promise<void> {
  await page.locator(`.fac-slide[data-phase="${phase}"]`).waitFor();
}

/** Press a key and wait for the projected step it leads to. */
async function press(page: Page, key: string, phase: string): Promise<void> {
  await page.keyboard.press(key);
  await atPhase(page, phase);
}

/** The projector, opened from the story's own page, as a shared link would (`?story=…&mode=facilitate` is what the Facilitate button opens, below). */
async function openProjector(page: Page): Promise<void> {
  await page.goto(`${h.url}first-rehearsal.html?mode=facilitate`);
  await page.getByRole('heading', { level: 1, name: 'First rehearsal: the garden rota' }).waitFor();
}

/** From the title slide to the first choices, by the advance key. */
async function toFirstChoices(page: Page): Promise<void> {
  await press(page, 'ArrowRight', 'reading');
  await press(page, 'ArrowRight', 'discuss');
  await press(page, 'ArrowRight', 'vote');
}

describe('facilitator mode', () => {
  it('runs a story with a room: question first, hidden votes, a chart, the room’s choice, the debrief', async () => {
    const { page, errors, screenshot } = await h.newPage({ viewport: PROJECTOR });
    const offsite: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(h.url) && !/^(data|blob):/.test(r.url())) offsite.push(r.url());
    });
    // From the story select, as a facilitator finds it.
    await page.goto(h.url);
    await page.getByRole('button', { name: 'Choose a story' }).click();
    await page.getByRole('button', { name: 'Facilitate First rehearsal: the garden rota for a room' }).click();
    await page.waitForURL(/mode=facilitate/);
    await page.getByRole('heading', { level: 1, name: 'First rehearsal: the garden rota' }).waitFor();
    await expect(page.getByRole('list', { name: 'Content notes' }).textContent()).resolves.toContain('Mild exclusion');
    await page.waitForTimeout(800); // the backdrop settles
    await screenshot('facilitator-1080p-title');

    await press(page, 'ArrowRight', 'reading');
    await page.getByText('Saturday morning at the Elm Street community garden', { exact: false }).waitFor();
    // Readable from the back of the room: body text at least 3.5% of the screen height.
    const size = await page.locator('.fac-line').first().evaluate((n) => parseFloat(getComputedStyle(n).fontSize));
    expect(size).toBeGreaterThanOrEqual(0.035 * PROJECTOR.height);
    // The score HUD stays hidden while the room plays.
    await expect(page.getByRole('meter').count()).resolves.toBe(0);
    await screenshot('facilitator-1080p-reading');

    await press(page, 'ArrowRight', 'discuss');
    await page.getByRole('heading', { name: /What do you notice first here/ }).waitFor();
    await expect(page.getByRole('list', { name: 'Choices' }).count()).resolves.toBe(0);
    await screenshot('facilitator-1080p-question');

    await press(page, 'ArrowRight', 'vote');
    const choices = page.getByRole('list', { name: 'Choices' });
    await expect(choices.getByRole('listitem').count()).resolves.toBe(3);
    // Votes by keys and by clicks; the counts stay hidden.
    for (const k of ['1', '1', '3', '1']) await page.keyboard.press(k);
    await page.getByRole('button', { name: 'Add a vote for choice 2' }).click();
    await page.getByRole('button', { name: 'Add a vote for choice 2' }).click();
    await page.getByRole('button', { name: 'Take a vote from choice 2' }).click();
    await page.getByText('5 votes recorded — the count stays hidden until it is revealed.').waitFor();
    await expect(page.locator('.fac-bar').count()).resolves.toBe(0);
    await expect(choices.textContent()).resolves.not.toMatch(/\d votes?/);
    await screenshot('facilitator-1080p-voting');

    await press(page, 'ArrowRight', 'tally');
    const bars = await page.locator('.fac-bar__count').allTextContents();
    expect(bars).toEqual(['3 votes · 60%', '1 vote · 20%', '1 vote · 20%']);
    await expect(page.locator('.fac-choice', { hasText: 'Ask Dev, lightly' }).getByText('Most votes').count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Go with choice 1 (most votes) →' }).count()).resolves.toBe(1);
    await screenshot('facilitator-1080p-tally');

    // Next goes with the room's majority.
    await press(page, 'ArrowRight', 'reading');
    await page.getByText('The room chose').waitFor();
    await expect(page.locator('.fac-chose__text').textContent()).resolves.toBe('Ask Dev, lightly, how people get onto the rota');
    await press(page, 'ArrowRight', 'discuss');
    await page.getByRole('heading', { name: 'What is going on here, and what would you do next?' }).waitFor();
    await press(page, 'ArrowRight', 'vote');
    await page.keyboard.press('1');
    await press(page, 'ArrowRight', 'tally');
    // Picking directly with a click.
    await page.getByRole('button', { name: /^Go with this: choice 1, Turn to Mariam/ }).click();
    await atPhase(page, 'reading');
    await page.getByText('In Mariam', { exact: false }).or(page.getByText('Thursdays and Saturdays', { exact: false })).first().waitFor();

    await press(page, 'ArrowRight', 'what');
    const path = page.getByRole('list', { name: 'The path and the votes at each point' });
    await expect(path.textContent()).resolves.toContain('Ask Dev, lightly, how people get onto the rota');
    await expect(path.textContent()).resolves.toContain('3 of 5 votes');
    await screenshot('facilitator-1080p-what');
    await press(page, 'ArrowRight', 'so-what');
    await page.getByRole('heading', { level: 1, name: 'In her own handwriting' }).waitFor();
    // The HUD is revealed in the debrief: three meters, side by side.
    await expect(page.getByRole('meter').count()).resolves.toBe(3);
    const tops = await page.getByRole('meter').evaluateAll((ms) => ms.map((m) => Math.round(m.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await screenshot('facilitator-1080p-so-what');
    await press(page, 'ArrowRight', 'now-what');
    await page.getByLabel('The room’s answers (one per line; they go into the summary)').fill('Ask the person first\nHand over the pen');
    await screenshot('facilitator-1080p-now-what');
    await page.getByRole('button', { name: 'Session summary →' }).click();
    await atPhase(page, 'summary');
    await page.getByRole('heading', { name: 'Routes played' }).waitFor();
    await expect(page.locator('.fac-summary').textContent()).resolves.toContain('Hand over the pen');
    await screenshot('facilitator-1080p-summary');
    expect(offsite).toEqual([]);
    expect(realErrors(errors)).toEqual([]);
  });

  it('keeps the presenter window and the projector in step over BroadcastChannel', async () => {
    const { page, context, errors, screenshot } = await h.newPage({ viewport: PROJECTOR });
    await openProjector(page);
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open presenter view' }).click()]);
    const presenterErrors: string[] = [];
    presenter.on('pageerror', (e) => presenterErrors.push(e.message));
    await presenter.setViewportSize({ width: 1440, height: 900 });
    await presenter.getByText('Connected to the projector').waitFor();
    expect(presenter.url()).toContain('mode=presenter');

    // The presenter drives the projector.
    await presenter.getByRole('button', { name: 'Begin the story →' }).click();
    await atPhase(page, 'reading');
    await presenter.getByText('Reading the story').waitFor();
    await presenter.getByRole('button', { name: 'Put the question to the room →' }).click();
    await atPhase(page, 'discuss');
    // The projector's keys drive the presenter.
    await page.keyboard.press('ArrowRight');
    await atPhase(page, 'vote');
    await presenter.getByText('Choices on screen — votes hidden').waitFor();

    // Notes only the facilitator sees: scoring, where each choice leads, the clock.
    const notes = presenter.getByRole('region', { name: 'Facilitator notes' });
    await expect(notes.textContent()).resolves.toContain('Intervening +1');
    await expect(notes.textContent()).resolves.toContain('Rescuing +1');
    await expect(notes.textContent()).resolves.toContain('Ending: One name short');
    await expect(presenter.getByText('What do you notice first here', { exact: false }).count()).resolves.toBeGreaterThan(0);
    await expect(presenter.getByLabel('Elapsed time').textContent()).resolves.toMatch(/^\d\d:\d\d$/);
    const projected = (await page.locator('#app').textContent()) ?? '';
    for (const note of ['Intervening +1', 'Rescuing +1', 'Abandoning +1', 'Ending: One name short', 'Elapsed', 'Scored']) expect(projected).not.toContain(note);

    // Votes from the presenter; hidden on the projector, counted on the presenter.
    await presenter.getByRole('button', { name: 'Add a vote for choice 3' }).click();
    await presenter.getByRole('button', { name: 'Add a vote for choice 3' }).click();
    await page.getByText('2 votes recorded', { exact: false }).waitFor();
    await expect(presenter.getByLabel('Votes for choice 3').textContent()).resolves.toBe('2');
    await screenshot('facilitator-1080p-projector-with-presenter');
    await presenter.screenshot({ path: 'test-results/facilitator-presenter.png' });

    // Blank from the presenter; the projector goes black, and comes back.
    await presenter.getByRole('button', { name: 'Blank the screen' }).click();
    await page.locator('.fac-blank:not([hidden])').waitFor();
    await presenter.getByText('Connected · projector is BLANK').waitFor();
    await presenter.getByRole('button', { name: 'Show the screen' }).click();
    await page.locator('.fac-blank[hidden]').waitFor({ state: 'attached' });

    // Choose from the presenter; the projector moves on.
    await presenter.getByRole('button', { name: /^Choose 3:/ }).click();
    await atPhase(page, 'reading');
    await page.getByText('You pick up a watering can.', { exact: false }).waitFor();
    await presenter.getByText('Reading the story').waitFor();
    await expect(presenter.getByRole('region', { name: 'On the projector now' }).textContent()).resolves.toContain('You pick up a watering can.');

    // Closing the projector window shows on the presenter.
    await page.close({ runBeforeUnload: true });
    await presenter.getByText('Waiting for the projector window…').waitFor();
    expect(realErrors(errors)).toEqual([]);
    expect(presenterErrors).toEqual([]);
  });

  it('goes back to an earlier choice point and explores a second branch, shown on the branch map', async () => {
    const { page, errors, screenshot } = await h.newPage({ viewport: PROJECTOR });
    await openProjector(page);
    await toFirstChoices(page);
    await page.keyboard.press('2');
    await page.keyboard.press('2');
    await press(page, 'ArrowRight', 'tally');
    await press(page, 'ArrowRight', 'reading'); // the room's choice: 2
    await press(page, 'ArrowRight', 'discuss');
    await press(page, 'ArrowRight', 'vote');
    await press(page, 'ArrowRight', 'tally');
    await press(page, '2', 'reading'); // write her name in yourself
    await press(page, 'ArrowRight', 'discuss');
    await press(page, 'ArrowRight', 'vote');
    await press(page, 'ArrowRight', 'tally');
    await press(page, '2', 'reading'); // laugh it off
    await page.getByText('one name short', { exact: false }).first().waitFor();

    // The branch map: every point visited so far, and go back to the first.
    await page.keyboard.press('m');
    const map = page.getByRole('dialog', { name: 'Branch map' });
    await map.waitFor();
    await expect(map.locator('.fac-map__point').count()).resolves.toBe(3);
    await map.getByRole('button', { name: 'Go back to point 1 and explore from there' }).click();
    await atPhase(page, 'discuss');
    await expect(map.count()).resolves.toBe(0);
    await page.getByRole('heading', { name: /What do you notice first here/ }).waitFor();
    await press(page, 'ArrowRight', 'vote');
    await press(page, 'ArrowRight', 'tally');
    // The earlier votes at this point are kept.
    await expect(page.locator('.fac-bar__count').nth(1).textContent()).resolves.toBe('2 votes · 100%');
    await press(page, '3', 'reading'); // leave it
    await press(page, 'ArrowRight', 'what');

    await page.keyboard.press('M');
    await map.waitFor();
    const text = (await map.textContent()) ?? '';
    expect(text).toContain('Ending: One name short');
    expect(text).toMatch(/Endings reached: 2/);
    await expect(map.locator('.fac-map__choice--explored').count()).resolves.toBeGreaterThanOrEqual(4);
    await screenshot('facilitator-1080p-branch-map');
    await page.keyboard.press('Escape');
    await expect(map.count()).resolves.toBe(0);
    await page.keyboard.press('s');
    await atPhase(page, 'summary');
    await expect(page.getByRole('heading', { level: 3, name: /^Route \d/ }).count()).resolves.toBe(2);
    expect(realErrors(errors)).toEqual([]);
  });

  it('answers to a clicker’s keys: next, back, blank, numbers and help', async () => {
    const { page, errors } = await h.newPage({ viewport: PROJECTOR });
    await openProjector(page);
    await press(page, 'PageDown', 'reading');
    await press(page, 'Space', 'discuss');
    await press(page, 'PageUp', 'reading');
    await press(page, 'ArrowRight', 'discuss');
    await press(page, 'ArrowRight', 'vote');
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await page.keyboard.press('Shift+1');
    await page.getByText('1 vote recorded', { exact: false }).waitFor();

    // B blanks the screen (black), B brings it back on the same step.
    await page.keyboard.press('b');
    await page.locator('.fac-blank:not([hidden])').waitFor();
    const black = await page.locator('.fac-blank').evaluate((n) => getComputedStyle(n).backgroundColor);
    expect(black).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('B');
    await page.locator('.fac-blank[hidden]').waitFor({ state: 'attached' });
    await atPhase(page, 'vote');
    // With the screen blank, the next key only brings it back.
    await page.keyboard.press('.');
    await page.keyboard.press('ArrowRight');
    await page.locator('.fac-blank[hidden]').waitFor({ state: 'attached' });
    await atPhase(page, 'vote');

    // ? shows the keys; Escape closes them.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keys for facilitators' });
    await help.waitFor();
    await expect(help.textContent()).resolves.toContain('Blank the screen');
    await page.keyboard.press('Escape');
    await expect(help.count()).resolves.toBe(0);

    // Number keys pick once the votes are revealed; Left steps back over the choice.
    await press(page, 'ArrowRight', 'tally');
    await press(page, '3', 'reading');
    await press(page, 'ArrowLeft', 'tally');
    await press(page, 'ArrowLeft', 'vote');
    await expect(page.locator('.fac-choice').count()).resolves.toBe(3);
    expect(realErrors(errors)).toEqual([]);
  });

  it('downloads the summary as Markdown and CSV with the votes and the path, with no network', async () => {
    const { page, errors } = await h.newPage({ viewport: PROJECTOR, acceptDownloads: true });
    await openProjector(page);
    await toFirstChoices(page);
    for (const k of ['1', '1', '2']) await page.keyboard.press(k);
    await press(page, 'ArrowRight', 'tally');
    await press(page, 'ArrowRight', 'reading');
    await press(page, 'ArrowRight', 'discuss');
    await press(page, 'ArrowRight', 'vote');
    await page.keyboard.press('1');
    await press(page, 'ArrowRight', 'tally');
    await press(page, 'ArrowRight', 'reading');
    for (const phase of ['what', 'so-what', 'now-what']) await press(page, 'ArrowRight', phase);
    await page.getByLabel('The room’s answers (one per line; they go into the summary)').fill('Ask before acting, every time');
    await page.getByRole('button', { name: 'Session summary →' }).click();
    await atPhase(page, 'summary');

    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
    expect(md.suggestedFilename()).toMatch(/^first-rehearsal-session-\d{4}-\d\d-\d\d\.md$/);
    expect(md.url()).toMatch(/^blob:/);
    const markdown = await readFile((await md.path())!, 'utf8');
    expect(markdown).toContain('# Session summary: First rehearsal: the garden rota');
    expect(markdown).toContain('### Route 1 — In her own handwriting');
    expect(markdown).toContain('| 1 | What do you notice first here, and what might Mariam already be weighing up? | 1. Ask Dev, lightly, how people get onto the rota | 2 of 3 votes |');
    expect(markdown).toContain('| 2. Tell Dev he\'s left Mariam off because he doesn\'t think she\'d understand it | 1 |');
    expect(markdown).toContain('- Ask before acting, every time');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const table = await readFile((await csv.path())!, 'utf8');
    const rows = table.trimEnd().split('\r\n');
    expect(rows[0]).toBe('section,route,point,question,choice_number,choice,votes,total_votes,explored,led_to,intervening_percent,not_rescuing_percent,not_abandoning_percent,note');
    expect(rows).toContain('route,1,1,"What do you notice first here, and what might Mariam already be weighing up?",1,"Ask Dev, lightly, how people get onto the rota",2,3,yes,,,,,');
    expect(rows.some((r) => r.startsWith('ending,1,,,,,,,,In her own handwriting,'))).toBe(true);
    expect(rows).toContain('answer,,,,,,,,,,,,,"Ask before acting, every time"');

    // The printable page has a print stylesheet that leaves only the summary.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.fac-controls').isVisible()).resolves.toBe(false);
    await expect(page.locator('.fac-summary').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Download CSV' }).isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(realErrors(errors)).toEqual([]);
  });

  it('picks the session up where it was after a reload, and can start a new one', async () => {
    const { page, errors } = await h.newPage({ viewport: PROJECTOR });
    await openProjector(page);
    await toFirstChoices(page);
    await page.keyboard.press('2');
    await page.keyboard.press('2');
    await page.reload();
    await atPhase(page, 'vote');
    await page.getByText('2 votes recorded', { exact: false }).waitFor();
    await press(page, 'ArrowRight', 'tally');
    await expect(page.locator('.fac-bar__count').nth(1).textContent()).resolves.toBe('2 votes · 100%');
    await page.keyboard.press('s');
    await atPhase(page, 'summary');
    await page.getByRole('button', { name: 'Start a new session' }).click();
    await atPhase(page, 'intro');
    await press(page, 'ArrowRight', 'reading');
    await press(page, 'ArrowRight', 'discuss');
    await press(page, 'ArrowRight', 'vote');
    await page.getByText('Vote with a show of hands', { exact: false }).waitFor();
    expect(realErrors(errors)).toEqual([]);
  });

  it('has no axe violations on the projected steps or in the presenter view', async () => {
    // axe is injected as a script, which the game's Content-Security-Policy would block.
    const { page, context } = await h.newPage({ viewport: PROJECTOR, bypassCSP: true });
    await openProjector(page);
    const found: Record<string, string[]> = { title: await axe(page) };
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open presenter view' }).click()]);
    await presenter.getByText('Connected to the projector').waitFor();
    await press(page, 'ArrowRight', 'reading');
    found.reading = await axe(page);
    await press(page, 'ArrowRight', 'discuss');
    found.question = await axe(page);
    await press(page, 'ArrowRight', 'vote');
    await page.keyboard.press('1');
    found.vote = await axe(page);
    await presenter.getByText('Choices on screen — votes hidden').waitFor();
    found.presenter = await axe(presenter);
    await press(page, 'ArrowRight', 'tally');
    found.tally = await axe(page);
    await page.keyboard.press('m');
    await page.getByRole('dialog', { name: 'Branch map' }).waitFor();
    found.map = await axe(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    found.help = await axe(page);
    await page.keyboard.press('Escape');
    await press(page, '3', 'reading');
    for (const phase of ['what', 'so-what', 'now-what', 'summary']) {
      await press(page, 'ArrowRight', phase);
      found[phase] = await axe(page);
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  });

  it('explains an unknown story instead of showing a blank page', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.url}?story=no-such-story&mode=facilitate`);
    await page.getByRole('heading', { name: 'Story not found' }).waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('first-rehearsal');
  });
});
