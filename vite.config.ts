import { defineConfig } from 'vite';
import { inkPlugin } from './plugins/vite-plugin-ink.ts';
import { offlinePlugin } from './plugins/vite-plugin-offline.ts';
import { phaserBuildPlugin } from './plugins/vite-plugin-phaser-build.ts';
import { firstScreenPlugin } from './plugins/vite-plugin-first-screen.ts';
import { storyPagesPlugin } from './plugins/vite-plugin-story-pages.ts';

/** Modules in chunks of their own: third-party code (cached across releases, and measured apart by `npm run bench`) and the story catalogue. */
const OWN_CHUNKS = [
  { name: 'phaser', test: /node_modules[\\/]phaser[\\/]|phaserBuild\.cjs$/ },
  // The runtime only: the compiler bundle (inkjs/full) stays lazy, in its own chunk.
  { name: 'inkjs', test: /node_modules[\\/]inkjs[\\/]dist[\\/]ink\.mjs$/ },
  { name: 'ink-compiler', test: /node_modules[\\/]inkjs[\\/]dist[\\/]ink-full\.mjs$/ },
  // Shared by the game and src/boot.ts (which asks for a linked story early): one small file, so boot.ts stays small.
  { name: 'catalogue', test: /^\0virtual:story-catalogue$/ },
];

export default defineConfig({
  // Relative asset URLs: the static build works from any sub-path of a web server.
  base: './',
  // storyPagesPlugin before offlinePlugin: the story pages are in the bundle when it lists what to precache.
  plugins: [inkPlugin(), phaserBuildPlugin(), storyPagesPlugin(), offlinePlugin(), firstScreenPlugin()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { output: { codeSplitting: { groups: OWN_CHUNKS } } },
  },
});
