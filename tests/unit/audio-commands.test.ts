/**
 * Story tags → sound commands: the writers' tags, Inky's web-export tags,
 * and a clear warning (never a failure) for anything the game does not have.
 */
import { describe, expect, it } from 'vitest';
import { resolvePath, soundCommandsFor, type SoundCommand } from '../../src/audio/commands.ts';
import { readManifest } from '../../src/audio/manifest.ts';

const { manifest } = readManifest({
  version: 1,
  sounds: {
    home: { kind: 'music', files: ['home.ogg', 'home.mp3'], caption: 'Warm, tender piano music', volume: 0.5, loop: true },
    tension: { kind: 'music', files: ['tension.ogg', 'tension.mp3'], caption: 'Low, uneasy music', volume: 0.45, loop: true },
    kitchen: { kind: 'ambience', files: ['kitchen.ogg', 'kitchen.mp3'], caption: 'A fridge hums', volume: 0.4, loop: true },
    chime: { kind: 'sfx', files: ['chime.ogg', 'chime.mp3'], caption: 'A warm chime rings', volume: 0.7, loop: false },
    'phone-buzz': { kind: 'sfx', files: ['phone-buzz.ogg', 'phone-buzz.mp3'], caption: 'A phone buzzes on the table', volume: 0.7, loop: false },
  },
});

const catalogueStory = { file: 'stories/family-dinner.ink', catalogue: true };
const openedFile = { file: 'my-inky-story.json', catalogue: false };

/** Commands in a short readable form: `loop music home`, `stop ambience`, `once chime`. */
function brief(commands: readonly SoundCommand[]): string[] {
  return commands.map((c) => (c.kind === 'loop' ? `loop ${c.channel} ${c.sound.name}` : c.kind === 'stop' ? `stop ${c.channel}` : `once ${c.sound.name}`));
}

describe('sound tags', () => {
  it('starts music and ambience loops and plays effects, in the order written', () => {
    const { commands, warnings } = soundCommandsFor(['scene: kitchen', 'music: home', 'ambience: kitchen', 'speaker: Mum', 'sfx: phone-buzz'], manifest, catalogueStory);
    expect(brief(commands)).toEqual(['loop music home', 'loop ambience kitchen', 'once phone-buzz']);
    expect(warnings).toEqual([]);
  });

  it('stops a loop with `none`, in any case', () => {
    expect(brief(soundCommandsFor(['music: none', 'ambience: None'], manifest).commands)).toEqual(['stop music', 'stop ambience']);
  });

  it('carries the sound from the manifest, with its caption and level', () => {
    const [command] = soundCommandsFor(['sfx: chime'], manifest).commands;
    expect(command).toMatchObject({ kind: 'once', sound: { name: 'chime', caption: 'A warm chime rings', volume: 0.7, files: ['chime.ogg', 'chime.mp3'] } });
  });

  it('warns about an unknown name, naming it and the names there are, and goes on', () => {
    const { commands, warnings } = soundCommandsFor(['music: pianoo', 'sfx: chime'], manifest, catalogueStory);
    expect(brief(commands)).toEqual(['once chime']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"pianoo"');
    expect(warnings[0]).toContain('Known music names: home, tension');
  });

  it('ignores tags that are not about sound, and `# sfx: none`', () => {
    const { commands, warnings } = soundCommandsFor(['speaker: Dev', 'intervene', 'sfx: none', 'IMAGE: x.png'], manifest);
    expect(commands).toEqual([]);
    expect(warnings).toEqual([]);
  });
});

describe("Inky's AUDIO and AUDIOLOOP tags", () => {
  it('plays AUDIO once and loops AUDIOLOOP as music, with paths relative to the story', () => {
    const { commands, warnings } = soundCommandsFor(['AUDIO: ../assets/audio/chime.ogg', 'AUDIOLOOP: ../assets/audio/home.mp3'], manifest, catalogueStory);
    expect(brief(commands)).toEqual(['once chime', 'loop music home']);
    expect(warnings).toEqual([]);
  });

  it('finds a bare file or sound name in assets/audio, and another format of a file the game has', () => {
    const { commands } = soundCommandsFor(['AUDIO: phone-buzz.mp3', 'AUDIO: chime', 'AUDIOLOOP: sounds/tension.wav'], manifest, catalogueStory);
    expect(brief(commands)).toEqual(['once phone-buzz', 'once chime', 'loop music tension']);
  });

  it('stops the loop with AUDIOLOOP: none', () => {
    expect(brief(soundCommandsFor(['AUDIOLOOP: none'], manifest, catalogueStory).commands)).toEqual(['stop music']);
  });

  it('warns, naming the file, when it is not one of the game’s sounds', () => {
    const { commands, warnings } = soundCommandsFor(['AUDIO: audio/rain.mp3'], manifest, catalogueStory);
    expect(commands).toEqual([]);
    expect(warnings[0]).toContain('`# AUDIO: audio/rain.mp3` in stories/family-dinner.ink');
    expect(warnings[0]).toContain('not one of the game\'s sounds in assets/audio/');
  });

  it('warns (and plays nothing) for a story opened from a file, whose sounds sit next to it', () => {
    const { commands, warnings } = soundCommandsFor(['AUDIO: chime.ogg'], manifest, openedFile);
    expect(commands).toEqual([]);
    expect(warnings).toEqual(['`# AUDIO: chime.ogg` in my-inky-story.json: a story opened from a file cannot play files next to it, so it plays without that sound.']);
  });

  it('resolves paths the way a browser resolves them from the story', () => {
    expect(resolvePath('../assets/audio/a%20b.ogg?v=2', 'stories/x.ink')).toBe('assets/audio/a b.ogg');
    expect(resolvePath('./sub/../y.mp3', 'stories/x.ink')).toBe('stories/y.mp3');
    expect(resolvePath('/assets/audio/z.ogg', 'stories/x.ink')).toBe('assets/audio/z.ogg');
    expect(resolvePath('chime', 'stories/x.ink')).toBe('chime');
  });
});
