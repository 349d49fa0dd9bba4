/**
 * Saves with the browser's real IndexedDB: leave mid-story and come back,
 * undo, manual slots, and a corrupted record that must not break anything.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, realErrors, useHarness } from './harness.ts';

const h = useHarness();

const STORY = 'family-dinner';

async function begin(page: Page) {
  await page.goto(`${h.url}?story=${STORY}`);
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('group', { name: 'Choices' }).waitFor();
}

async function meters(page: Page) {
  return page.getByRole('meter').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-valuenow')));
}

/** Wait until the story's autosave, with `choices` choices made, is in IndexedDB, alone in its slot (its pointer moves to it last). */
async function autosaved(page: Page, choices: number) {
  const saved = () =>
    page.evaluate(
      ([story, made]) =>
        new Promise<boolean>((done) => {
          const open = indexedDB.open('common-ground');
          open.onerror = () => done(false);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('saves')) return done(false);
            const saves = db.transaction('saves').objectStore('saves');
            const pointer = saves.get(`slot:${story}:auto`);
            pointer.onerror = () => done(false);
            pointer.onsuccess = () => {
              const key = (pointer.result as { record?: string } | undefined)?.record;
              if (!key) return done(false);
              const record = saves.get(key);
              record.onerror = () => done(false);
              // The slot's earlier records are gone: each autosave replaces the last, leaving one.
              const all = saves.getAllKeys(IDBKeyRange.bound(`save:${story}:auto:`, `save:${story}:auto:\uffff`));
              all.onerror = () => done(false);
              all.onsuccess = () => done((record.result as { choiceLog?: unknown[] } | undefined)?.choiceLog?.length === made && all.result.length === 1);
            };
          };
        }),
      [STORY, choices] as const,
    );
  await expect.poll(saved, { timeout: 15_000 }).toBe(true);
}

async function currentChoices(page: Page) {
  return page.getByRole('group', { name: 'Choices' }).getByRole('button').allTextContents();
}

describe('saves', () => {
  it('continues after a reload at the same text with the same score', async () => {
    const { page, errors } = await h.newPage();
    await begin(page);
    await choose(page, 1);
    await choose(page, 2);
    await choose(page, 1);
    const text = await page.locator('.turn--current').last().textContent();
    const choices = await currentChoices(page);
    const score = await meters(page);
    // Let the autosave reach IndexedDB, then leave.
    await autosaved(page, 3);
    await page.goto(h.url);
    const resume = page.getByRole('button', { name: /^Continue/ });
    await resume.waitFor();
    await resume.click();
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await expect(page.locator('.turn--current').last().textContent()).resolves.toBe(text);
    await expect(currentChoices(page)).resolves.toEqual(choices);
    await expect(meters(page)).resolves.toEqual(score);
    expect(realErrors(errors)).toEqual([]);
  });

  it('undoes the last choice, with the score rolled back', async () => {
    const { page } = await h.newPage();
    await begin(page);
    const firstChoices = await currentChoices(page);
    const startScore = await meters(page);
    await choose(page, 1);
    await expect(currentChoices(page)).resolves.not.toEqual(firstChoices);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(currentChoices(page)).resolves.toEqual(firstChoices);
    await expect(meters(page)).resolves.toEqual(startScore);
    await expect(page.getByRole('button', { name: 'Undo' }).isDisabled()).resolves.toBe(true);
    // The key does the same.
    await choose(page, 2);
    await page.keyboard.press('u');
    await expect(currentChoices(page)).resolves.toEqual(firstChoices);
  });

  it('goes back to an earlier choice from the history', async () => {
    const { page } = await h.newPage();
    await begin(page);
    const firstChoices = await currentChoices(page);
    await choose(page, 1);
    await choose(page, 1);
    await page.getByRole('button', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'History' });
    await expect(dialog.getByRole('listitem').count()).resolves.toBeGreaterThan(4);
    await dialog.getByRole('button', { name: /^Go back to here, before you chose/ }).first().click();
    await expect(currentChoices(page)).resolves.toEqual(firstChoices);
  });

  it('saves to a named slot and loads it back', async () => {
    const { page } = await h.newPage();
    await begin(page);
    await choose(page, 2);
    const text = await page.locator('.turn--current').last().textContent();
    await page.getByRole('button', { name: 'Saves' }).click();
    const dialog = page.getByRole('dialog', { name: /^Saves/ });
    await dialog.getByLabel('Name for Slot 1').fill('Before the phone call');
    await dialog.getByRole('button', { name: 'Save here' }).first().click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await choose(page, 1);
    await page.getByRole('button', { name: 'Saves' }).click();
    await dialog.getByRole('heading', { name: 'Slot 1: Before the phone call' }).waitFor();
    await dialog.getByRole('listitem').filter({ hasText: 'Before the phone call' }).getByRole('button', { name: 'Load' }).click();
    await expect.poll(() => page.locator('.turn--current').last().textContent()).toBe(text);
  });

  it('skips a corrupted record with a message, and the rest still loads', async () => {
    const { page, errors } = await h.newPage();
    await begin(page);
    await choose(page, 1);
    await autosaved(page, 1);
    // Damage storage the way a broken extension or an old version might.
    await page.evaluate(async () => {
      await new Promise<void>((done, fail) => {
        const open = indexedDB.open('common-ground');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = 'saves';
          const tx = db.transaction(store, 'readwrite');
          tx.objectStore(store).put({ record: 'save:the-joke:manual-2:broken' }, 'slot:the-joke:manual-2');
          tx.objectStore(store).put('{not json at all', 'save:the-joke:manual-2:broken');
          tx.objectStore(store).put({ hello: 'from another app' }, 'slot:stepping-back:manual-1');
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        };
      });
    });
    await page.goto(h.url);
    await page.getByRole('status').filter({ hasText: /could not be read/ }).waitFor();
    const resume = page.getByRole('button', { name: /^Continue/ });
    await resume.click();
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(realErrors(errors)).toEqual([]);
  });
});
