/**
 * Offline: after one visit, the game installs as an app and plays a whole
 * story with the network off, served from a sub-path of the web server (as
 * on a school or conference site), and no request ever leaves that server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../bench/serve.ts';
import { CHROMIUM_ARGS, choose, chromiumPath, realErrors } from './harness.ts';


let server: StaticServer;
let browser: Browser;
let url: string;
beforeAll(async () => {
  // A deep sub-path: nothing in the build may assume it sits at the root.
  server = await serveStatic({ 'workshops-common-ground': resolve(process.env.DIST_DIR ?? 'dist') });
  url = server.urls['workshops-common-ground']!;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('offline play', () => {
  it('finishes a story with the network off after one visit, without a request leaving the page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    const foreign: string[] = [];
    context.on('request', (r) => !r.url().startsWith(url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:') && foreign.push(r.url()));

    // First visit: the service worker installs and keeps the whole build.
    await page.goto(`${url}?story=first-rehearsal`);
    await page.getByRole('button', { name: 'Begin' }).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Begin' }).click();
    const choices = page.getByRole('group', { name: 'Choices' });
    for (let i = 0; i < 12 && !(await page.getByRole('button', { name: 'See how it went' }).isVisible()); i++) {
      await choices.getByRole('button').first().waitFor();
      await choose(page, 1);
    }
    await page.getByRole('button', { name: 'See how it went' }).click();
    await page.getByRole('button', { name: 'Play again' }).waitFor();
    await page.screenshot({ path: resolve('test-results/offline-debrief.png') });

    // Another story, and the illustrated setting behind it, come from the cache too.
    await page.goto(`${url}?story=the-joke`);
    await page.getByRole('heading', { name: 'Before you start' }).or(page.getByRole('group', { name: 'Choices' })).first().waitFor();
    await page.locator('#stage canvas').waitFor({ state: 'attached' });
    // And a story's own page, never visited before, with its story in it.
    await page.goto(`${url}family-dinner.html`);
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().waitFor();
    await page.waitForTimeout(1500);
    expect(foreign).toEqual([]);
    expect(realErrors(errors).filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.close();
  });

  it('is installable: a manifest with name, icon and scope, and a service worker controlling the page', async () => {
    // A real profile: Chromium never offers to install from a private (incognito) window.
    const profile = mkdtempSync(join(tmpdir(), 'common-ground-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Each sound is kept in the one format this browser plays (Chromium: Ogg Vorbis), not both.
    const sounds = await page.evaluate(async () => {
      const name = (await caches.keys()).find((key) => key.startsWith('common-ground-'));
      const urls = name ? (await (await caches.open(name)).keys()).map((request) => request.url) : [];
      return { ogg: urls.filter((u) => u.endsWith('.ogg')).length, mp3: urls.filter((u) => u.endsWith('.mp3')).length };
    });
    expect(sounds.ogg).toBeGreaterThan(10);
    expect(sounds.mp3).toBe(0);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      if (!link) return undefined;
      const body = (await (await fetch(link.href)).json()) as { name: string; start_url: string; scope: string; display: string; icons: { src: string; type: string }[] };
      const icon = await fetch(new URL(body.icons[0]!.src, link.href));
      return { ...body, iconOk: icon.ok, iconType: icon.headers.get('content-type') };
    });
    expect(manifest).toMatchObject({ name: 'Common Ground', start_url: './', scope: './', display: 'standalone', iconOk: true });
    expect(manifest?.iconType).toContain('image/svg+xml');
    // The tab shows the same icon (linked once the first screen is up).
    const tabIcon = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
      return link ? { type: link.type, ok: (await fetch(link.href)).ok } : undefined;
    });
    expect(tabIcon).toEqual({ type: 'image/svg+xml', ok: true });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });
});
