/**
 * A writer opens (or drops) a story file in the game: .ink is compiled in the
 * browser, a compiled .json plays as is, and mistakes show with line numbers.
 */
import { describe, expect, it } from 'vitest';
import { realErrors, useHarness } from './harness.ts';

const h = useHarness();

const GOOD = `# title: My draft
Hello from a draft.
* [Wave]
  You wave. # ending: waved
  -> END
* [Leave]
  You leave. # ending: left
  -> END
`;

async function openFile(page: import('playwright-core').Page, name: string, text: string) {
  await page.goto(h.url);
  await page.getByRole('button', { name: 'Choose a story' }).click();
  await page.getByLabel('Open a story file').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

describe('opening a story file', () => {
  it('compiles a dropped .ink file in the browser and plays it, unscored, to its end', async () => {
    const { page, errors } = await h.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await openFile(page, 'draft.ink', GOOD);
    await page.getByRole('button', { name: 'Wave' }).click();
    await page.getByRole('log').getByText('You wave.').waitFor();
    await expect(page.getByRole('meter').count()).resolves.toBe(0); // unscored: no HUD
    await page.getByRole('button', { name: 'See how it went' }).click();
    await page.getByRole('heading', { name: 'Waved' }).waitFor();
    expect(requests.filter((u) => /^https?:/.test(u) && !u.startsWith(h.url))).toEqual([]);
    expect(realErrors(errors)).toEqual([]);
  });

  it('shows compile errors with the file name and line, and keeps the menu', async () => {
    const { page } = await h.newPage();
    await openFile(page, 'broken.ink', 'Line one\n-> nowhere_at_all\n');
    const alert = page.getByRole('alert').filter({ hasText: 'broken.ink' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/broken\.ink:2: .*nowhere_at_all/);
    await expect(page.getByRole('heading', { name: 'Choose a story' }).isVisible()).resolves.toBe(true);
  });

  it('refuses a file that is not a story, saying why', async () => {
    const { page } = await h.newPage();
    await openFile(page, 'notes.json', '{"hello": 1}');
    await expect(page.getByRole('alert').filter({ hasText: 'notes.json' }).textContent()).resolves.toMatch(/not a compiled ink story/);
  });
});
