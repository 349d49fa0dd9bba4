/**
 * Captions for sounds: each effect and each change of music or ambience gets
 * a short line of text from the manifest, so a player who cannot hear it
 * gets the same information.
 */
import type { SoundCommand } from './commands.ts';

export interface Caption {
  /** How it is styled: music has a note, other sounds are in brackets. */
  readonly style: 'music' | 'sound';
  /** What is shown: "♪ Warm, tender piano music", "[A phone buzzes on the table]". */
  readonly text: string;
  /** What a screen reader says, without the symbols: "Music: Warm, tender piano music". */
  readonly spoken: string;
}

/** The caption for a command that changed what is heard. */
export function captionFor(command: SoundCommand): Caption {
  if (command.kind === 'stop') {
    return command.channel === 'music'
      ? { style: 'music', text: '♪ The music fades away', spoken: 'Music: the music fades away' }
      : { style: 'sound', text: '[The background sounds fade away]', spoken: 'Sound: the background sounds fade away' };
  }
  const { caption, kind } = command.sound;
  if (kind === 'music') return { style: 'music', text: `♪ ${caption}`, spoken: `Music: ${caption}` };
  return { style: 'sound', text: `[${caption}]`, spoken: `${kind === 'ambience' ? 'Background' : 'Sound'}: ${caption}` };
}
