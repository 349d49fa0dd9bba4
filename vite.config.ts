import { defineConfig } from 'vite';
import { inkPlugin } from './plugins/vite-plugin-ink.ts';

export default defineConfig({
  // Relative asset URLs: the static build works from any sub-path of a web server.
  base: './',
  plugins: [inkPlugin()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
});
