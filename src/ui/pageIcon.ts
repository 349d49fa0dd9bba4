/**
 * The browser tab's icon, linked from code once the first screen is painted.
 *
 * Why not the icon's URL in index.html: the browser fetches a page's
 * icon as soon as the page has "loaded", and parses an SVG icon on the
 * page's main thread. Here the page has loaded long before the first story
 * screen is built (the game's code arrives by dynamic import), so the icon
 * landed right in the middle of the first screen. Linked afterwards, it
 * costs the reader nothing. The import also puts the icon in the build,
 * where the web manifest (plugins/vite-plugin-offline.ts) finds it.
 */
import iconUrl from '../../assets/art/icon.svg?url';

export function linkPageIcon(): void {
  // index.html holds an empty placeholder, so the browser does not ask for /favicon.ico meanwhile.
  let link = document.head.querySelector<HTMLLinkElement>('link[rel~="icon"]');
  if (!link) {
    link = document.createElement('link');
    link.rel = 'icon';
    document.head.append(link);
  }
  link.type = 'image/svg+xml';
  link.href = iconUrl;
}
