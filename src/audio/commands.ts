/**
 * Story tags → sound commands. `# music:`, `# ambience:` and `# sfx:` name a
 * sound of the manifest; Inky's web-export tags `# AUDIO: src` and
 * `# AUDIOLOOP: src` give a file path relative to the story, which is found
 * in assets/audio for the game's own stories. Anything unknown becomes a
 * warning that names it; the story never stops for sound.
 */
import { parseTag } from '../engine/tags.ts';
import { findSound, soundNames, type SoundDefinition, type SoundKind, type SoundManifest } from './manifest.ts';

/** The two looping layers: music, and the room's ambience under it. */
export type LoopChannel = 'music' | 'ambience';

export type SoundCommand =
  /** Start a loop on a channel, cross-fading from whatever it played. */
  | { readonly kind: 'loop'; readonly channel: LoopChannel; readonly sound: SoundDefinition }
  /** Fade a channel out. */
  | { readonly kind: 'stop'; readonly channel: LoopChannel }
  /** Play a sound once. */
  | { readonly kind: 'once'; readonly sound: SoundDefinition };

/** Where the tags come from, for resolving Inky's file paths. */
export interface StoryOrigin {
  /** The story's file as the catalogue names it (`stories/x.ink`), or the name of a file the player opened. */
  readonly file: string;
  /** True for the game's own stories, whose paths can be found in assets/audio. */
  readonly catalogue: boolean;
}

export interface TagSounds {
  readonly commands: readonly SoundCommand[];
  /** For the console: a writer's mistake, or a file the game cannot play. */
  readonly warnings: readonly string[];
}

const AUDIO_DIR = 'assets/audio/';

/** The sound commands a line's tags ask for, in the order written. */
export function soundCommandsFor(tags: readonly string[], manifest: SoundManifest, origin?: StoryOrigin): TagSounds {
  const commands: SoundCommand[] = [];
  const warnings: string[] = [];
  for (const raw of tags) {
    const { key, value } = parseTag(raw);
    if (key === 'music' || key === 'ambience') {
      if (isNone(value)) commands.push({ kind: 'stop', channel: key });
      else {
        const sound = named(manifest, key, value, warnings);
        if (sound) commands.push({ kind: 'loop', channel: key, sound });
      }
    } else if (key === 'sfx') {
      if (isNone(value)) continue;
      const sound = named(manifest, 'sfx', value, warnings);
      if (sound) commands.push({ kind: 'once', sound });
    } else if (key === 'audio' || key === 'audioloop') {
      // Inky's player has one loop (AUDIOLOOP) besides its one-shots; ours is the music channel.
      if (key === 'audioloop' && isNone(value)) {
        commands.push({ kind: 'stop', channel: 'music' });
        continue;
      }
      const sound = inkyFile(manifest, key, value, origin, warnings);
      if (sound) commands.push(key === 'audio' ? { kind: 'once', sound } : { kind: 'loop', channel: 'music', sound });
    }
  }
  return { commands, warnings };
}

function isNone(value: string): boolean {
  return value === '' || value.toLowerCase() === 'none';
}

function named(manifest: SoundManifest, kind: SoundKind, name: string, warnings: string[]): SoundDefinition | undefined {
  const sound = manifest.sounds.get(name);
  if (sound) return sound;
  const known = soundNames(manifest, kind);
  warnings.push(`Unknown ${kind === 'sfx' ? 'sound effect' : kind} "${name}" in \`# ${kind}: ${name}\`: there is no such sound in ${AUDIO_DIR}manifest.json, so the story goes on without it.${known.length ? ` Known ${kind} names: ${known.join(', ')}.` : ''}`);
  return undefined;
}

/** Resolve an Inky `AUDIO`/`AUDIOLOOP` path against the game's sounds. */
function inkyFile(manifest: SoundManifest, key: 'audio' | 'audioloop', src: string, origin: StoryOrigin | undefined, warnings: string[]): SoundDefinition | undefined {
  const tag = `\`# ${key.toUpperCase()}: ${src}\``;
  if (origin && !origin.catalogue) {
    warnings.push(`${tag} in ${origin.file}: a story opened from a file cannot play files next to it, so it plays without that sound.`);
    return undefined;
  }
  const path = resolvePath(src, origin?.file);
  const inAudio = path.startsWith(AUDIO_DIR) ? path.slice(AUDIO_DIR.length) : undefined;
  // Otherwise the file's own name (`chime.ogg`, `sounds/chime.mp3`, `chime`) is looked up in assets/audio.
  const sound = (inAudio !== undefined && !inAudio.includes('/') ? findSound(manifest, inAudio) : undefined) ?? findSound(manifest, path.slice(path.lastIndexOf('/') + 1));
  if (sound) return sound;
  warnings.push(`${tag}${origin ? ` in ${origin.file}` : ''}: "${src}" is not one of the game's sounds in ${AUDIO_DIR} (the story goes on without it). Use a file listed in ${AUDIO_DIR}manifest.json, e.g. \`# ${key.toUpperCase()}: ../${AUDIO_DIR}${[...manifest.sounds.values()][0]?.files[0] ?? 'chime.ogg'}\`.`);
  return undefined;
}

/** `../assets/audio/x.ogg` seen from `stories/y.ink` → `assets/audio/x.ogg`; bare names stay bare. */
export function resolvePath(src: string, storyFile: string | undefined): string {
  const clean = safeDecode(src.trim().replace(/[?#].*$/, '')).replace(/\\/g, '/');
  if (!clean.includes('/')) return clean;
  const base = storyFile && storyFile.includes('/') ? storyFile.slice(0, storyFile.lastIndexOf('/')).split('/') : [];
  const parts = clean.startsWith('/') ? [] : [...base];
  for (const part of clean.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
