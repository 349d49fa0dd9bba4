/**
 * Browser tests run the production build (dist/, made by `npm run build`)
 * in Debian's Chromium, driven by playwright-core. No browser download.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';

export const ARTIFACTS = resolve('test-results');

/** Screens the tests play on besides the default 1280×720 laptop. */
export const PHONE = { width: 390, height: 844 };
export const PROJECTOR = { width: 1920, height: 1080 };

/** Launch flags that work on these machines (no GPU, no network services, no first-run dialogs). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Debian's Chromium: the real binary, or the wrapper script if that is all there is. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).');
  return found;
}

export interface Harness {
  readonly url: string;
  readonly browser: Browser;
  /** A fresh page (own context: own storage) that records console errors. */
  newPage(options?: BrowserContextOptions): Promise<TestPage>;
  close(): Promise<void>;
}

export interface TestPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  readonly errors: string[];
  /** Console warnings seen so far. */
  readonly warnings: string[];
  screenshot(name: string): Promise<string>;
}

/**
 * One harness for a test file: started before its first test, closed after
 * its last. Use it from the file's top level; its members are there once
 * the tests run.
 */
export function useHarness(): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness();
  });
  afterAll(async () => {
    await started?.close();
  });
  return new Proxy({} as Harness, {
    get(_, key) {
      if (!started) throw new Error('The browser harness is used before its beforeAll has run.');
      return Reflect.get(started, key);
    },
  });
}

/** Serve dist/ on a loopback port and launch Chromium. */
export async function startHarness(): Promise<Harness> {
  // DIST_DIR lets a developer test a build of their own while others rebuild dist/.
  const outDir = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(resolve(outDir, 'index.html'))) throw new Error(`${outDir}/ is missing: run \`npm run build\` before the browser tests (npm test does).`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const server: PreviewServer = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const url = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const contexts: BrowserContext[] = [];
  return {
    url,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      const warnings: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
        if (msg.type() === 'warning') warnings.push(msg.text());
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      return {
        page,
        context,
        errors,
        warnings,
        async screenshot(name: string) {
          const path = resolve(ARTIFACTS, `${name}.png`);
          await page.screenshot({ path });
          return path;
        },
      };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await new Promise<void>((done) => server.httpServer.close(() => done()));
    },
  };
}

/** Console noise that headless Chromium prints and that is not the game's fault. */
export function realErrors(errors: readonly string[]): string[] {
  return errors.filter((e) => !/GPU stall due to ReadPixels|favicon\.ico/.test(e));
}

/** Open a story file from disk through "Open a story file", as a writer does, and wait for its first choices. */
export async function openStoryFile(page: Page, url: string, file: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Choose a story' }).click();
  await page.getByLabel('Open a story file').setInputFiles(file);
  await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().waitFor();
}

/** When each page last pressed a choice key. */
const lastChoiceKey = new WeakMap<Page, number>();

/**
 * Take choice `n` (1–9) by its number key, as a reader does, and wait for the
 * story to move on. A reader never presses again within the game's
 * double-press window (the same key twice in 300 ms counts once), so neither
 * does this.
 */
export async function choose(page: Page, n: number): Promise<void> {
  const since = Date.now() - (lastChoiceKey.get(page) ?? 0);
  if (since < 350) await page.waitForTimeout(350 - since);
  const before = (await page.getByRole('log').textContent()) ?? '';
  await page.keyboard.press(String(n));
  lastChoiceKey.set(page, Date.now());
  await page.waitForFunction((b) => (document.querySelector('[role="log"]')?.textContent ?? '') !== b, before);
}
