/**
 * The web app manifest: what the browser needs to install the game as an
 * app (name, colours, icon). plugins/vite-plugin-offline.ts writes it into
 * the build as `manifest.webmanifest`, with the icon's built URL.
 */

/** The manifest, given the icon's URL relative to the build's root. */
export function webManifest(iconUrl: string): Record<string, unknown> {
  return {
    name: 'Common Ground',
    short_name: 'Common Ground',
    description: 'A role-play game for rehearsing allyship: speaking up, listening, and supporting people without taking over.',
    lang: 'en',
    // Relative to the manifest, which sits beside index.html: the build works from any sub-path.
    start_url: './',
    scope: './',
    display: 'standalone',
    orientation: 'any',
    background_color: '#2B2321',
    theme_color: '#2B2321',
    icons: [
      { src: iconUrl, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: iconUrl, sizes: '512x512', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}
