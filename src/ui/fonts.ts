/**
 * The first screen in its own fonts, drawn once.
 *
 * With `font-display: swap` a page is first laid out in fallback fonts and
 * laid out again when the web fonts arrive: the text the player has started
 * reading jumps, and with the fonts still on their way the browser looks up
 * fallback fonts for every size and weight on screen, each a round trip to
 * the browser process (tens of milliseconds on a busy machine, measured in
 * docs/performance.md). index.html preloads the faces the title, content
 * notes and story screens use (plugins/vite-plugin-first-screen.ts reads
 * FIRST_SCREEN_FACES), so they download alongside the game's code, and the
 * app draws its first screen once they are ready, waiting no longer than a
 * moment: on a slow connection the game starts in fallback fonts, as before.
 */

/** A face of src/ui/fonts.css, as CSS names it and as its file is named. */
export interface FontFaceRef {
  /** The CSS font shorthand `document.fonts.load` takes, e.g. `400 1em "Literata"`. */
  readonly css: string;
  /** Its family and weight, as its @font-face rule gives them. */
  readonly family: string;
  readonly weight: number;
  /** The font file's name without extension (from @fontsource): the Latin subset, which the first screen needs. */
  readonly file: string;
}

const face = (family: string, weight: number, file: string): FontFaceRef => ({ css: `${weight} 1em "${family}"`, family, weight, file });

/** The faces the first screens use: the story text, titles, and the interface's regular and bold. */
export const FIRST_SCREEN_FACES: readonly FontFaceRef[] = [
  face('Literata', 400, 'literata-latin-400-normal'),
  face('Fraunces', 600, 'fraunces-latin-600-normal'),
  face('Atkinson Hyperlegible', 400, 'atkinson-hyperlegible-latin-400-normal'),
  face('Atkinson Hyperlegible', 700, 'atkinson-hyperlegible-latin-700-normal'),
];

/**
 * The longest the first screen waits for its fonts, counted from when the game's
 * code is ready. The preloads start with the page, so a normal connection has them
 * by then; a slow one gets the game on time, in fallback fonts.
 */
export const FIRST_SCREEN_FONT_WAIT_MS = 250;

/** What this module needs of `document.fonts`: loading faces, and the faces the page declares (to see which are loaded). */
export type FontLoader = Pick<FontFaceSet, 'load'> & { forEach?(callback: (face: Pick<FontFace, 'family' | 'weight' | 'style' | 'status'>) => void): void };

/**
 * Settles when `faces` are loaded, or after `limitMs`, whichever comes first.
 * Never rejects: a font that fails to load only means fallback fonts.
 */
export function whenFontsReady(fonts: FontLoader | undefined, faces: readonly FontFaceRef[], limitMs: number): Promise<void> {
  // Already loaded (the usual case: the preloads beat the game's code) settles at once, in the same
  // task, so the first screen is drawn in the task that runs the game's code (see src/boot.ts).
  if (!fonts || faces.length === 0 || allLoaded(fonts, faces)) return Promise.resolve();
  return new Promise<void>((settle) => {
    const timer = setTimeout(settle, limitMs);
    const done = () => {
      clearTimeout(timer);
      settle();
    };
    // A descriptor the browser rejects throws synchronously; inside then() it only rejects.
    Promise.resolve()
      .then(() => Promise.all(faces.map((face) => fonts.load(face.css))))
      .then(done, done);
  });
}

/**
 * Whether a face of each of `faces` is loaded, read from the declared faces'
 * status. (`document.fonts.check()` would say the same, but it first asks the
 * browser process whether a system font has that name: a synchronous call
 * that costs milliseconds on a busy machine, for each face.)
 */
function allLoaded(fonts: FontLoader, faces: readonly FontFaceRef[]): boolean {
  if (!fonts.forEach) return false;
  const loaded = new Set<string>();
  fonts.forEach((declared) => {
    if (declared.status === 'loaded' && declared.style === 'normal') loaded.add(`${declared.weight} ${declared.family.replace(/^["']|["']$/g, '')}`);
  });
  return faces.every((face) => loaded.has(`${face.weight} ${face.family}`));
}

/** The first screen's fonts, from this page's `document.fonts`. */
export function whenFirstScreenFontsReady(): Promise<void> {
  return whenFontsReady(typeof document === 'undefined' ? undefined : document.fonts, FIRST_SCREEN_FACES, FIRST_SCREEN_FONT_WAIT_MS);
}
