/**
 * The sound manifest: read as untrusted data with clear messages, and the
 * real one in assets/audio has every file it lists and every sound the
 * stories ask for.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { soundCommandsFor } from '../../src/audio/commands.ts';
import { findSound, readManifest, soundNames } from '../../src/audio/manifest.ts';
import { compileInk } from '../../src/engine/compile.ts';
import { parseTag } from '../../src/engine/tags.ts';
import { listStoryFiles, readStorySource } from '../../tools/lib/storyFiles.ts';

const root = process.cwd();
const raw: unknown = JSON.parse(readFileSync(resolve(root, 'assets/audio/manifest.json'), 'utf8'));
const { manifest, problems } = readManifest(raw);

describe('reading a manifest', () => {
  it('keeps good sounds and leaves out broken ones, naming the sound and what is wrong', () => {
    const reading = readManifest({
      version: 1,
      sounds: {
        good: { kind: 'sfx', files: ['good.ogg', 'good.mp3'], caption: 'A good sound' },
        nokind: { kind: 'noise', files: ['x.ogg'], caption: 'x' },
        nofiles: { kind: 'music', files: [], caption: 'x' },
        badfile: { kind: 'music', files: ['../secret.txt'], caption: 'x' },
        nocaption: { kind: 'ambience', files: ['room.ogg'] },
        'Bad Name': { kind: 'sfx', files: ['b.ogg'], caption: 'b' },
        loud: { kind: 'sfx', files: ['loud.ogg'], caption: 'Loud', volume: 7, loop: 'yes' },
      },
    });
    expect(soundNames(reading.manifest)).toEqual(['good', 'loud']);
    expect(reading.manifest.sounds.get('good')).toEqual({ name: 'good', kind: 'sfx', files: ['good.ogg', 'good.mp3'], caption: 'A good sound', volume: 1, loop: false });
    expect(reading.manifest.sounds.get('loud')).toMatchObject({ volume: 1, loop: false });
    expect(reading.problems).toEqual([
      'assets/audio/manifest.json: sound "nokind" has kind "noise"; use one of "music", "ambience", "sfx"; it is left out.',
      'assets/audio/manifest.json: sound "nofiles" lists no files (expected e.g. "files": ["nofiles.ogg", "nofiles.mp3"]); it is left out.',
      'assets/audio/manifest.json: sound "badfile" has file "../secret.txt", which is not the name of an audio file in assets/audio (e.g. "badfile.ogg"); it is left out.',
      'assets/audio/manifest.json: sound "nocaption" has no caption (a short description such as "A phone buzzes on the table", shown to players who cannot hear it); it is left out.',
      'assets/audio/manifest.json: sound "Bad Name" has a name stories cannot use (lower-case letters, digits, "-" and "_" only); it is left out.',
      'assets/audio/manifest.json: sound "loud" has volume 7 (expected a number from 0 to 1), so it plays at full level.',
      'assets/audio/manifest.json: sound "loud" has loop "yes" (expected true or false), so it plays once.',
    ]);
  });

  it('loops music and ambience unless told otherwise', () => {
    const { manifest: m } = readManifest({ version: 1, sounds: { bed: { kind: 'ambience', files: ['bed.ogg'], caption: 'Rain' } } });
    expect(m.sounds.get('bed')?.loop).toBe(true);
  });

  it('never throws on something that is not a manifest', () => {
    for (const bad of [null, 'sounds', [], { version: 1, sounds: [] }]) {
      const reading = readManifest(bad);
      expect(reading.manifest.sounds.size).toBe(0);
      expect(reading.problems[0]).toMatch(/^assets\/audio\/manifest\.json: .*plays without sound\.$/);
    }
    expect(readManifest({ version: 2, sounds: {} }).problems).toEqual(['assets/audio/manifest.json: "version" is 2; this game reads version 1. Reading it anyway.']);
  });

  it('finds a sound by name, by file, or by another format of its file', () => {
    expect(findSound(manifest, 'chime')?.name).toBe('chime');
    expect(findSound(manifest, 'chime.mp3')?.name).toBe('chime');
    expect(findSound(manifest, 'CHIME.wav')?.name).toBe('chime');
    expect(findSound(manifest, 'trumpet.ogg')).toBeUndefined();
  });
});

describe('the game’s manifest (assets/audio/manifest.json)', () => {
  it('reads without a problem', () => {
    expect(problems).toEqual([]);
    expect(manifest.sounds.size).toBeGreaterThan(10);
  });

  it('has every file it lists on disk, Ogg first for howler, with an MP3 fallback', () => {
    for (const sound of manifest.sounds.values()) {
      for (const file of sound.files) {
        const path = resolve(root, 'assets/audio', file);
        expect(existsSync(path), `${sound.name}: ${file}`).toBe(true);
        expect(statSync(path).size, `${sound.name}: ${file} is empty`).toBeGreaterThan(500);
      }
      expect(sound.files.map((f) => f.slice(f.lastIndexOf('.') + 1)), sound.name).toEqual(['ogg', 'mp3']);
    }
  });

  it('has the sounds the game itself plays: title and reflective music, the chime and the choice tone', () => {
    expect(manifest.sounds.get('title')?.kind).toBe('music');
    expect(manifest.sounds.get('reflect')?.kind).toBe('music');
    expect(manifest.sounds.get('chime')?.kind).toBe('sfx');
    expect(manifest.sounds.get('choice')?.kind).toBe('sfx');
  });

  it('has a short caption for every sound', () => {
    for (const sound of manifest.sounds.values()) expect(sound.caption.length, sound.name).toBeLessThan(60);
  });
});

describe.each(listStoryFiles(root).map((file) => [file.slice(root.length + 1), file]))('sounds of %s', (_name, file) => {
  const source = readStorySource(file, root);
  const compiled = compileInk(source.source, source.file, source.readInclude, { outline: true });
  const soundTags = (compiled.outline?.tags ?? []).filter((t) => ['music', 'ambience', 'sfx', 'audio', 'audioloop'].includes(parseTag(t.text).key));

  it('names only sounds the manifest has, of the right kind', () => {
    expect(compiled.outline).toBeDefined();
    expect(soundTags.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const tag of soundTags) {
      const { commands, warnings } = soundCommandsFor([tag.text], manifest, { file: source.file, catalogue: true });
      for (const warning of warnings) wrong.push(`${tag.at.file}:${tag.at.line}: ${warning}`);
      const key = parseTag(tag.text).key;
      for (const command of commands) {
        if (command.kind !== 'stop' && (key === 'music' || key === 'ambience' || key === 'sfx') && command.sound.kind !== key) {
          wrong.push(`${tag.at.file}:${tag.at.line}: \`# ${tag.text}\` names a ${command.sound.kind} sound`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

it('every story of the catalogue has sound', () => {
  for (const file of listStoryFiles(root)) {
    const text = readFileSync(file, 'utf8');
    expect(text, file).toMatch(/#\s*music:/);
  }
});

it('WRITING.md’s Sound section lists every sound, by kind', () => {
  const writing = readFileSync(resolve(root, 'WRITING.md'), 'utf8');
  const section = writing.slice(writing.indexOf('## Sound'), writing.indexOf('\n## ', writing.indexOf('## Sound') + 1));
  for (const kind of ['music', 'ambience', 'sfx'] as const) {
    const row = section.split('\n').find((line) => line.startsWith(`| ${kind} |`)) ?? '';
    const listed = [...row.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    expect(listed, `the ${kind} row`).toEqual(soundNames(manifest, kind));
  }
});
