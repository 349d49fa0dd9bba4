/**
 * The service worker: after the first visit, the whole game plays offline.
 *
 * It precaches every file of the build (the list is written in at build time
 * by plugins/vite-plugin-offline.ts; sounds in one format only) and answers
 * from that cache first, so a room with no working wifi, or a flaky one,
 * starts the game as fast as a good connection would. A new build installs beside the old one and takes
 * over when no tab runs the old one any more.
 *
 * This file is compiled on its own into `sw.js` at the root of the build; it
 * imports nothing.
 */

/** Written in by the build: a version for the cache name and the files to keep, relative to this script. */
declare const PRECACHE_MANIFEST: { readonly version: string; readonly files: readonly string[] };

// The service-worker events, declared here because the project's DOM typings do not include them.
interface LifecycleEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface FetchRequestEvent extends Event {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchRequestEvent) => void): void;
}

const scope = self as unknown as WorkerScope;
const CACHE_PREFIX = 'common-ground-';
const CACHE_NAME = `${CACHE_PREFIX}${PRECACHE_MANIFEST.version}`;
const base = new URL('./', scope.location.href);
const indexUrl = new URL('index.html', base).href;
/** Vite names everything under assets/ by its content, so an older cache's copy is as good as new. */
const isHashed = (file: string) => file.startsWith('assets/');
/**
 * Every sound ships as Ogg Vorbis and MP3; the page registers this worker
 * with `?audio=ogg` or `?audio=mp3`, the one its browser plays, and only
 * that format is kept. Without the hint, both are.
 */
const playedAudio = new URL(scope.location.href).searchParams.get('audio');
const unplayedAudio = playedAudio === 'ogg' ? /\.mp3$/ : playedAudio === 'mp3' ? /\.ogg$/ : undefined;
const precached = PRECACHE_MANIFEST.files.filter((file) => !unplayedAudio?.test(file));

scope.addEventListener('install', (event) => event.waitUntil(precache()));

scope.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME) await caches.delete(name);
      // The first visit becomes offline-ready at once, without a reload.
      await scope.clients.claim();
    })(),
  ),
);

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(base.href)) return;
  event.respondWith(respond(request));
});

async function precache(): Promise<void> {
  const cache = await caches.open(CACHE_NAME);
  await Promise.all(
    precached.map(async (file) => {
      const url = new URL(file, base).href;
      const kept = isHashed(file) ? await caches.match(url) : undefined;
      // Hashed files the page has just downloaded come from the HTTP cache; the
      // others (index.html) must be the server's current copy.
      const response = kept ?? (await fetch(url, { cache: isHashed(file) ? 'default' : 'no-cache' }));
      if (!response.ok) throw new Error(`Could not precache ${file}: HTTP ${response.status}`);
      await cache.put(url, response);
    }),
  );
}

async function respond(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE_NAME);
  // A story's own page (the-joke.html) is itself; every other page of the game is index.html (`?story=…` links included).
  const cached = request.mode === 'navigate' ? ((await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(indexUrl))) : await cache.match(request);
  if (cached) return cached;
  return fetch(request);
}
