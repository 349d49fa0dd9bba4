/**
 * Vite plugin: a custom, much smaller Phaser build.
 *
 * Phaser 4's published bundle does not tree-shake (353 kB gzipped). Its
 * sources are CommonJS with build-time feature flags (`typeof WEBGL_RENDERER`
 * and friends, normally set by webpack's DefinePlugin). This plugin aliases
 * `phaser` to the game's own entry (src/scenes/phaserBuild.cjs) and compiles
 * the flags in, so the bundler drops the WebGL renderer, sound and debug code.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Feature flags of Phaser's sources, as this game needs them. */
const PHASER_FLAGS: Readonly<Record<string, boolean>> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: false,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
  EXPERIMENTAL: false,
};

const FLAG_PATTERN = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');

export function phaserBuildPlugin(): Plugin {
  const entry = fileURLToPath(new URL('../src/scenes/phaserBuild.cjs', import.meta.url));
  const sources = fileURLToPath(new URL('../node_modules/phaser/src', import.meta.url));
  return {
    name: 'common-ground:phaser-build',
    config: () => ({
      resolve: {
        alias: [
          { find: /^phaser$/, replacement: entry },
          { find: /^phaser-src\//, replacement: `${sources}/` },
        ],
      },
    }),
    transform(code, id) {
      if (!id.startsWith(sources) || !id.endsWith('.js')) return undefined;
      const flagged = code.replace(FLAG_PATTERN, (_, flag: string) => String(PHASER_FLAGS[flag]));
      // The core entry publishes itself as a global; `global` is Node's name for it.
      const replaced = flagged.replace(/^global\.Phaser = Phaser;$/m, 'globalThis.Phaser = Phaser;');
      return replaced === code ? undefined : { code: replaced, map: null };
    },
  };
}
