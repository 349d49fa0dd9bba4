/**
 * How long the first screen waits for its fonts: until they are loaded,
 * never longer than its limit, and never with an error.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN_FACES, whenFontsReady, type FontLoader } from '../../src/ui/fonts.ts';

/** A `document.fonts` whose loads settle when the test says. */
function fakeFonts() {
  const pending: { css: string; settle: () => void; fail: () => void }[] = [];
  const loader: FontLoader = {
    load: (css: string) => new Promise<FontFace[]>((resolve, reject) => pending.push({ css, settle: () => resolve([]), fail: () => reject(new Error(`no ${css}`)) })),
  };
  return { loader, pending };
}

/** Whether `promise` has settled, after letting pending callbacks run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('waiting for the first screen’s fonts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('settles as soon as every face is loaded', async () => {
    const { loader, pending } = fakeFonts();
    const ready = whenFontsReady(loader, FIRST_SCREEN_FACES, 250);
    await vi.advanceTimersByTimeAsync(0);
    expect(pending.map((p) => p.css)).toEqual(FIRST_SCREEN_FACES.map((face) => face.css));
    pending.slice(1).forEach((p) => p.settle());
    expect(await settled(ready)).toBe(false);
    pending[0]!.settle();
    expect(await settled(ready)).toBe(true);
  });

  it('settles within the same task, asking for nothing, when every face is loaded already', async () => {
    const { loader, pending } = fakeFonts();
    const declared = FIRST_SCREEN_FACES.map((f) => ({ family: f.family.includes(' ') ? `"${f.family}"` : f.family, weight: String(f.weight), style: 'normal', status: 'loaded' as FontFaceLoadStatus }));
    const loaded: FontLoader = { ...loader, forEach: (callback) => declared.forEach(callback) };
    let done = false;
    void whenFontsReady(loaded, FIRST_SCREEN_FACES, 250).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(true);
    expect(pending).toEqual([]);
  });

  it('loads the faces when one of them is still loading, or only its italic is loaded', async () => {
    const { loader, pending } = fakeFonts();
    const declared = FIRST_SCREEN_FACES.map((f, i) => ({ family: f.family, weight: String(f.weight), style: i === 1 ? 'italic' : 'normal', status: (i === 2 ? 'loading' : 'loaded') as FontFaceLoadStatus }));
    const partly: FontLoader = { ...loader, forEach: (callback) => declared.forEach(callback) };
    const ready = whenFontsReady(partly, FIRST_SCREEN_FACES, 250);
    await vi.advanceTimersByTimeAsync(0);
    expect(pending.length).toBe(FIRST_SCREEN_FACES.length);
    pending.forEach((p) => p.settle());
    expect(await settled(ready)).toBe(true);
  });

  it('waits no longer than its limit for fonts that do not come', async () => {
    const { loader } = fakeFonts();
    const ready = whenFontsReady(loader, FIRST_SCREEN_FACES, 250);
    await vi.advanceTimersByTimeAsync(249);
    expect(await settled(ready)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(ready)).toBe(true);
  });

  it('goes on without the fonts when one fails or the browser rejects its name', async () => {
    const { loader, pending } = fakeFonts();
    const failed = whenFontsReady(loader, FIRST_SCREEN_FACES, 250);
    await vi.advanceTimersByTimeAsync(0);
    pending[2]!.fail();
    expect(await settled(failed)).toBe(true);

    const throwing: FontLoader = {
      load: () => {
        throw new SyntaxError('Could not parse font');
      },
    };
    expect(await settled(whenFontsReady(throwing, FIRST_SCREEN_FACES, 250))).toBe(true);
  });

  it('does not wait where there is no font loading API', async () => {
    expect(await settled(whenFontsReady(undefined, FIRST_SCREEN_FACES, 250))).toBe(true);
  });
});
