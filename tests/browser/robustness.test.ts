/**
 * Hard to break: what a hurried, curious or hostile player (or story) does
 * to the game. Double presses, resizing and rotating mid-story, huge
 * paragraphs and choice points, markup in story text, a very long session,
 * and text in many scripts. Fixture stories are opened the way a writer
 * would: "Open a story file" on the story select screen.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openStoryFile, PHONE, PROJECTOR, realErrors, useHarness } from './harness.ts';

const FIXTURES = resolve('tests/fixtures/robustness');

const h = useHarness();

/** Open a fixture story through "Open a story file" and wait for its first choices. */
function openFixture(page: Page, file: string): Promise<void> {
  return openStoryFile(page, h.url, resolve(FIXTURES, file));
}

/** Start the sample story from a deep link and wait for its first choices. */
async function startSample(page: Page): Promise<void> {
  await page.goto(`${h.url}?story=first-rehearsal`);
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().waitFor();
}

/** How many choices the log says the player has made. */
function choicesMade(page: Page): Promise<number> {
  return page.evaluate(() => [...document.querySelectorAll('[role="log"] .visually-hidden')].filter((n) => n.textContent === 'You chose: ').length);
}

/** The page never scrolls sideways: nothing sticks out past the right edge. */
async function expectNoSidewaysOverflow(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** Each choice can be scrolled to, then sits fully on screen and is big enough to touch. */
async function expectChoicesReachable(page: Page): Promise<void> {
  const buttons = page.getByRole('group', { name: 'Choices' }).getByRole('button');
  const count = await buttons.count();
  const viewport = page.viewportSize()!;
  for (let i = 0; i < count; i++) {
    const button = buttons.nth(i);
    await button.scrollIntoViewIfNeeded();
    const box = (await button.boundingBox())!;
    expect(box, `choice ${i + 1}`).not.toBeNull();
    expect(box.x, `choice ${i + 1} left edge`).toBeGreaterThanOrEqual(0);
    expect(box.y, `choice ${i + 1} top edge`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `choice ${i + 1} right edge`).toBeLessThanOrEqual(viewport.width + 0.5);
    expect(box.y + box.height, `choice ${i + 1} bottom edge`).toBeLessThanOrEqual(viewport.height + 0.5);
    expect(box.height, `choice ${i + 1} height`).toBeGreaterThanOrEqual(44);
    // Its words fit inside it: none spill past its border.
    const spill = await button.evaluate((b) => Math.max(0, ...[...b.querySelectorAll('*'), b].map((n) => n.getBoundingClientRect().bottom - b.getBoundingClientRect().bottom)));
    expect(spill, `choice ${i + 1} text spilling out of its button (px)`).toBeLessThanOrEqual(1);
  }
}

describe('double presses', () => {
  it('picks exactly one choice when a number key is pressed twice fast', async () => {
    const { page, errors } = await h.newPage();
    await startSample(page);
    // Two presses in the same moment, as an impatient or shaky hand does.
    await page.keyboard.down('1');
    await page.keyboard.up('1');
    await page.keyboard.down('1');
    await page.keyboard.up('1');
    await page.waitForTimeout(500);
    expect(await choicesMade(page)).toBe(1);
    expect(realErrors(errors)).toEqual([]);
  });

  it('picks exactly one choice when a choice is double-clicked', async () => {
    const { page, errors } = await h.newPage();
    await startSample(page);
    await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().dblclick();
    await page.waitForTimeout(500);
    expect(await choicesMade(page)).toBe(1);
    expect(realErrors(errors)).toEqual([]);
  });
});

describe('changing the screen mid-story', () => {
  it('loses nothing when the window is resized, the phone rotated and full screen toggled', async () => {
    const { page, errors, screenshot } = await h.newPage();
    await startSample(page);
    await page.keyboard.press('1');
    await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().waitFor();
    const log = page.getByRole('log');
    const story = await log.textContent();
    const choices = await page.getByRole('group', { name: 'Choices' }).getByRole('button').allTextContents();

    const expectUnchanged = async (when: string) => {
      await page.waitForTimeout(200);
      expect(await log.textContent(), `story text after ${when}`).toBe(story);
      expect(await page.getByRole('group', { name: 'Choices' }).getByRole('button').allTextContents(), `choices after ${when}`).toEqual(choices);
      await expectNoSidewaysOverflow(page);
    };
    await page.setViewportSize({ width: 800, height: 600 });
    await expectUnchanged('resizing');
    await page.setViewportSize(PHONE);
    await expectUnchanged('switching to a phone held upright');
    await page.setViewportSize({ width: PHONE.height, height: PHONE.width });
    await expectUnchanged('rotating the phone');
    await screenshot('robustness-rotated-phone');
    await expectChoicesReachable(page);
    await page.setViewportSize(PROJECTOR);
    await page.getByRole('button', { name: 'Full screen' }).click();
    await expectUnchanged('entering full screen');
    await page.evaluate(() => (document.fullscreenElement ? document.exitFullscreen() : undefined));
    await expectUnchanged('leaving full screen');
    await expectChoicesReachable(page);
    // …and the story goes on from exactly there (a reader takes longer than the double-press window).
    await page.waitForTimeout(350);
    await page.keyboard.press('1');
    await page.waitForFunction((before) => (document.querySelector('[role="log"]')?.textContent ?? '').length > before.length, story ?? '');
    expect(await choicesMade(page)).toBe(2);
    expect(realErrors(errors)).toEqual([]);
  });
});

describe('very large content', () => {
  for (const [name, viewport] of [['phone', PHONE], ['projector', PROJECTOR]] as const) {
    it(`keeps a 10,000-word paragraph readable and its choices operable on a ${name}`, async () => {
      const { page, errors, screenshot } = await h.newPage({ viewport });
      await openFixture(page, 'long-paragraph.ink');
      const paragraph = page.getByRole('log').getByText(/END-OF-THE-LONG-PARAGRAPH$/);
      await expect(paragraph.textContent().then((t) => t?.split(/\s+/).length)).resolves.toBeGreaterThanOrEqual(10_000);
      // The text wraps inside the screen: no line runs off to the side.
      const box = (await paragraph.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      await expectNoSidewaysOverflow(page);
      // The end of the paragraph can be scrolled to and read.
      await page.getByRole('log').getByText('END-OF-THE-LONG-PARAGRAPH', { exact: false }).evaluate((p) => p.scrollIntoView({ block: 'end' }));
      await expectChoicesReachable(page);
      await screenshot(`robustness-long-paragraph-${name}`);
      await page.getByRole('button', { name: 'Keep reading' }).click();
      await page.getByRole('log').getByText('You reach the end.').waitFor();
      expect(realErrors(errors)).toEqual([]);
    });

    it(`keeps a choice point with 30 choices operable on a ${name}`, async () => {
      const { page, errors, screenshot } = await h.newPage({ viewport });
      await openFixture(page, 'thirty-choices.ink');
      const buttons = page.getByRole('group', { name: 'Choices' }).getByRole('button');
      await expect(buttons.count()).resolves.toBe(30);
      await expectNoSidewaysOverflow(page);
      await expectChoicesReachable(page);
      await screenshot(`robustness-thirty-choices-${name}`);
      // The last one, beyond the number keys, is reached by Tab and taken with Enter.
      await buttons.nth(29).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('log').getByText('You took option 30.').waitFor();
      expect(await choicesMade(page)).toBe(1);
      expect(realErrors(errors)).toEqual([]);
    });
  }
});

describe('untrusted story text', () => {
  it('shows markup and script in story text as literal text and runs none of it', async () => {
    const { page, errors, screenshot } = await h.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openFixture(page, 'hostile-text.ink');
    const log = page.getByRole('log');
    await expect(log.textContent()).resolves.toContain(`<img src=x onerror="window.__pwned = 'img'">`);
    await expect(log.textContent()).resolves.toContain(`<script>window.__pwned = 'script'</script>`);
    await expect(log.textContent()).resolves.toContain(`<b onmouseover="window.__pwned = 'speaker'">Mallory</b>`);
    const choice = page.getByRole('group', { name: 'Choices' }).getByRole('button').first();
    await expect(choice.textContent()).resolves.toContain(`<img src=x onerror="window.__pwned = 'choice'">`);
    await screenshot('robustness-markup-as-text');
    await choice.hover();
    await choice.click();
    await log.getByText(`<svg onload="window.__pwned = 'svg'"></svg>`, { exact: false }).waitFor();
    // No element was made from the text: only the game's own paragraphs and spans.
    const made = await page.evaluate(() => [...document.querySelectorAll('#app img, #app script, #app iframe, #app svg, #app b')].length);
    expect(made).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(realErrors(errors)).toEqual([]);
  });

  it('has a Content-Security-Policy that blocks inline scripts and other origins', async () => {
    const { page } = await h.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(d: string): void }).reportViolation(e.effectiveDirective)),
    );
    await startSample(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const directives = new Map((csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    for (const sources of directives.values()) expect(sources.filter((s) => /^(https?:|\*|wss?:)/.test(s))).toEqual([]);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.head.append(script);
      const remote = await fetch('https://example.org/').then(
        () => 'fetched',
        () => 'blocked',
      );
      await new Promise((r) => setTimeout(r, 100));
      return { inline: (window as unknown as { __inline?: boolean }).__inline === true, remote };
    });
    expect(ran).toEqual({ inline: false, remote: 'blocked' });
    expect(violations).toEqual(expect.arrayContaining(['script-src-elem', 'connect-src']));
  });
});

describe('a game that cannot load', () => {
  it('says so on screen, not a blank page, when its code fails to download', async () => {
    const { page } = await h.newPage();
    await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`${h.url}?story=first-rehearsal`);
    await expect.poll(() => page.locator('#app').textContent()).toMatch(/^Common Ground could not load \(index-[\w-]+\.js did not download\)\. Reload the page to try again\.$/);
  });

  it('says so too when a file its code needs fails to download', async () => {
    const { page } = await h.newPage();
    await page.route(/\/assets\/inkjs-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(h.url);
    await expect.poll(() => page.locator('#app').textContent()).toMatch(/^Common Ground could not load \(inkjs-[\w-]+\.js did not download\)\. Reload the page to try again\.$/);
  });

  it('says what went wrong when its code downloads but fails before the game starts', async () => {
    const { page } = await h.newPage();
    await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: "throw new Error('a broken release');" }));
    await page.goto(h.url);
    // Its error is named when boot.ts was running in time to hear it; either way, no file is blamed.
    await expect.poll(() => page.locator('#app').textContent()).toMatch(/^Common Ground could not load \(its code (stopped: .*a broken release|did not start)\)\. Reload the page to try again\.$/);
  });

  it('downloads a linked story once, though the page asks for it before the game’s code has arrived', async () => {
    const { page, errors } = await h.newPage();
    const storyRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/first-rehearsal-[\w-]+\.js$/.test(request.url())) storyRequests.push(request.url());
    });
    await page.goto(`${h.url}?story=first-rehearsal`);
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().waitFor();
    expect(storyRequests).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('says it is loading while its code is slow to arrive, then plays', async () => {
    const { page, errors } = await h.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // The page's load event waits for the game's code, which is held.
    await page.goto(`${h.url}?story=first-rehearsal`, { waitUntil: 'commit' });
    await expect.poll(() => page.locator('#app').textContent(), { timeout: 5000 }).toBe('Loading Common Ground…');
    release();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().waitFor();
    await expect(page.locator('.loading').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('long sessions', () => {
  it('plays 1,000 choices of a looping story without slowing down', { timeout: 600_000 }, async () => {
    const { page, errors } = await h.newPage();
    await openFixture(page, 'endless-loop.ink');
    const batchMs: number[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const start = Date.now();
      for (let i = batch * 100; i < (batch + 1) * 100; i++) {
        await page.keyboard.press(String((i % 3) + 1));
        // The newest turn is the log's last block: checking it costs the same on choice 1 and choice 1,000.
        await page.evaluate(
          (round) =>
            new Promise<void>((done) => {
              const check = () => (document.querySelector('[role="log"]')?.lastElementChild?.textContent?.includes(`Round ${round}.`) ? done() : requestAnimationFrame(check));
              check();
            }),
          i + 2,
        );
      }
      batchMs.push(Date.now() - start);
    }
    const [first] = batchMs;
    const last = batchMs.at(-1)!;
    // The last hundred choices take about as long as the first hundred (with room for a busy CI machine).
    expect(last, `ms per 100 choices: ${batchMs.join(', ')}`).toBeLessThan(first! * 1.5 + 1000);
    await expect(page.getByRole('group', { name: 'Choices' }).getByRole('button').count()).resolves.toBe(3);
    // The story scrolls inside its card; the page itself never moves (menu and tools stay in view).
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
    // Only recent turns are kept in memory, yet the History still holds the whole session, from round 1.
    await page.getByRole('button', { name: 'History', exact: true }).click();
    const history = page.getByRole('dialog', { name: 'History' });
    await history.waitFor();
    const told = (await history.textContent()) ?? '';
    expect(told).toContain('1000 choices so far');
    expect(told).toContain('Round 1. Someone talks over Priya again.');
    expect(told).toContain('Round 1001. Someone talks over Priya again.');
    expect(realErrors(errors)).toEqual([]);
  });
});

describe('text in many scripts', () => {
  it('shows right-to-left text, combining marks and emoji exactly, each paragraph in its own direction', async () => {
    const { page, errors, screenshot } = await h.newPage({ viewport: PHONE });
    await openFixture(page, 'unicode.ink');
    const log = page.getByRole('log');
    const text = (await log.textContent()) ?? '';
    for (const expected of ['مرحبا بكم في المطبخ.', 'שלום, זה משפט בעברית עם מספר 42 באמצע.', 'נועה', 'e\u0301 is é', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚o̜̲', '👩🏽‍🔬', '👨‍👩‍👧‍👦', '🇺🇦', '❤️']) {
      expect(text).toContain(expected);
    }
    const direction = (snippet: string) => log.getByText(snippet, { exact: false }).evaluate((node) => getComputedStyle(node.closest('p') ?? node).direction);
    await expect(direction('مرحبا بكم')).resolves.toBe('rtl');
    await expect(direction('שלום')).resolves.toBe('rtl');
    await expect(direction('Tiếng Việt')).resolves.toBe('ltr');
    // Letters beyond the Latin face (the ǧ above) are drawn in the game's own Latin Extended face, fetched when they appear.
    const latinExtLoaded = () => page.evaluate(() => [...document.fonts].some((face) => face.family.replace(/["']/g, '') === 'Literata Latin Ext' && face.style === 'normal' && face.status === 'loaded'));
    await expect.poll(latinExtLoaded).toBe(true);
    const arabicChoice = page.getByRole('button', { name: 'الرد بالعربية 🙂' });
    await expect(arabicChoice.textContent()).resolves.toContain('الرد بالعربية 🙂');
    await expectNoSidewaysOverflow(page);
    await screenshot('robustness-unicode-phone');
    await arabicChoice.click();
    await log.getByText('شكراً جزيلاً.').waitFor();
    expect(realErrors(errors)).toEqual([]);
  });
});
