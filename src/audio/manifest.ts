/**
 * The sound manifest (assets/audio/manifest.json): which sounds exist, their
 * files, the caption a deaf player reads instead, and how loud and whether
 * they loop. Read as untrusted data: a broken entry is left out with a
 * message naming it, and the rest of the sounds still play.
 */

/** What a sound is for; it decides its channel and how its caption reads. */
export type SoundKind = 'music' | 'ambience' | 'sfx';

export const SOUND_KINDS: readonly SoundKind[] = ['music', 'ambience', 'sfx'];

/** One sound of the manifest. */
export interface SoundDefinition {
  /** The name stories use: `# music: home`. */
  readonly name: string;
  readonly kind: SoundKind;
  /** File names in assets/audio, in order of preference (Ogg first, MP3 as the fallback). */
  readonly files: readonly string[];
  /** A short description for captions: "A phone buzzes on the table". */
  readonly caption: string;
  /** The sound's own level, 0–1, before the player's volumes. */
  readonly volume: number;
  readonly loop: boolean;
}

export interface SoundManifest {
  readonly version: number;
  readonly sounds: ReadonlyMap<string, SoundDefinition>;
}

export interface ManifestReading {
  readonly manifest: SoundManifest;
  /** One message per problem; an entry with a problem is left out (or takes a default, when said). */
  readonly problems: readonly string[];
}

/** The manifest's version this game reads. */
export const MANIFEST_VERSION = 1;

const AUDIO_FILE = /^[\w.-]+\.(ogg|oga|mp3|m4a|aac|wav|webm|opus|flac)$/i;
const SOUND_NAME = /^[a-z0-9][a-z0-9_-]*$/;

/** An empty manifest: the game plays silently, with no captions. */
export const EMPTY_MANIFEST: SoundManifest = { version: MANIFEST_VERSION, sounds: new Map() };

/**
 * Read a manifest from parsed JSON. Never throws: whatever is wrong is
 * described in `problems`, naming the sound and the field.
 */
export function readManifest(raw: unknown, source = 'assets/audio/manifest.json'): ManifestReading {
  const problems: string[] = [];
  const root = asRecord(raw);
  if (!root) return { manifest: EMPTY_MANIFEST, problems: [`${source}: expected an object with "version" and "sounds", found ${describe(raw)}. The game plays without sound.`] };
  const version = root['version'];
  if (version !== MANIFEST_VERSION) {
    problems.push(`${source}: "version" is ${describe(version)}; this game reads version ${MANIFEST_VERSION}. Reading it anyway.`);
  }
  const entries = asRecord(root['sounds']);
  if (!entries) {
    problems.push(`${source}: "sounds" should be an object of sounds by name, found ${describe(root['sounds'])}. The game plays without sound.`);
    return { manifest: { version: typeof version === 'number' ? version : MANIFEST_VERSION, sounds: new Map() }, problems };
  }
  const sounds = new Map<string, SoundDefinition>();
  for (const [name, value] of Object.entries(entries)) {
    const read = readSound(name, value);
    if (typeof read === 'string') problems.push(`${source}: sound "${name}" ${read}; it is left out.`);
    else {
      sounds.set(name, read.sound);
      for (const note of read.notes) problems.push(`${source}: sound "${name}" ${note}.`);
    }
  }
  return { manifest: { version: typeof version === 'number' ? version : MANIFEST_VERSION, sounds }, problems };
}

/** A sound, or the reason it cannot be used. */
function readSound(name: string, raw: unknown): { sound: SoundDefinition; notes: string[] } | string {
  if (!SOUND_NAME.test(name)) return 'has a name stories cannot use (lower-case letters, digits, "-" and "_" only)';
  const entry = asRecord(raw);
  if (!entry) return `should be an object, found ${describe(raw)}`;
  const kind = entry['kind'];
  if (!isKind(kind)) return `has kind ${describe(kind)}; use one of ${SOUND_KINDS.map((k) => `"${k}"`).join(', ')}`;
  const files = entry['files'];
  if (!Array.isArray(files) || files.length === 0) return `lists no files (expected e.g. "files": ["${name}.ogg", "${name}.mp3"])`;
  const badFile = files.find((f) => typeof f !== 'string' || !AUDIO_FILE.test(f));
  if (badFile !== undefined) return `has file ${describe(badFile)}, which is not the name of an audio file in assets/audio (e.g. "${name}.ogg")`;
  const caption = entry['caption'];
  if (typeof caption !== 'string' || caption.trim() === '') return 'has no caption (a short description such as "A phone buzzes on the table", shown to players who cannot hear it)';
  const notes: string[] = [];
  let volume = entry['volume'];
  if (volume === undefined) volume = 1;
  else if (typeof volume !== 'number' || !Number.isFinite(volume) || volume < 0 || volume > 1) {
    notes.push(`has volume ${describe(volume)} (expected a number from 0 to 1), so it plays at full level`);
    volume = 1;
  }
  let loop = entry['loop'];
  if (loop === undefined) loop = kind !== 'sfx';
  else if (typeof loop !== 'boolean') {
    notes.push(`has loop ${describe(loop)} (expected true or false), so it ${kind === 'sfx' ? 'plays once' : 'loops'}`);
    loop = kind !== 'sfx';
  }
  return { sound: { name, kind, files: files as string[], caption: caption.trim(), volume: volume as number, loop: loop as boolean }, notes };
}

/** The names of the manifest's sounds, optionally of one kind, in manifest order. */
export function soundNames(manifest: SoundManifest, kind?: SoundKind): string[] {
  return [...manifest.sounds.values()].filter((s) => kind === undefined || s.kind === kind).map((s) => s.name);
}

/** The sound that has this file (`chime.ogg`) or this name (`chime`), if any. */
export function findSound(manifest: SoundManifest, fileOrName: string): SoundDefinition | undefined {
  const direct = manifest.sounds.get(fileOrName);
  if (direct) return direct;
  const lower = fileOrName.toLowerCase();
  for (const sound of manifest.sounds.values()) {
    if (sound.files.some((f) => f.toLowerCase() === lower)) return sound;
  }
  // Another format of a file we have (`chime.wav` when we ship `chime.ogg`) is the same sound.
  const stem = lower.replace(/\.[a-z0-9]+$/, '');
  return manifest.sounds.get(stem);
}

function isKind(value: unknown): value is SoundKind {
  return typeof value === 'string' && (SOUND_KINDS as readonly string[]).includes(value);
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}
