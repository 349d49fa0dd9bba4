/**
 * inklecate's play mode, on the project's own engine.
 *
 * `npm run --silent play -- --plain story.ink < choices.txt` prints what
 * `inklecate -p` prints: each line of text, `# tags: a, b` after a line that
 * has tags, and before each choice point a blank line, `1: text` lines and
 * the prompt `?> `. It plays through `Playthrough` — the same code the game
 * uses — so the ink-proof conformance cases test the game's path.
 */
import { StoryEngine, StoryRuntimeError, type Turn } from '../../src/engine/StoryEngine.ts';
import { Playthrough } from '../../src/play/Playthrough.ts';

/** Gives the next line of input, or undefined at the end of the input. */
export type LineSource = () => Promise<string | undefined>;

export interface PlainResult {
  /** True when the story ran into a runtime error. */
  readonly failed: boolean;
}

/**
 * Play compiled ink `json`, reading choice numbers from `nextLine` and
 * writing inklecate's transcript to `write`; ink warnings go to `warn`.
 */
export async function playPlain(json: string, nextLine: LineSource, write: (text: string) => void, warn: (text: string) => void = () => {}): Promise<PlainResult> {
  const engine = new StoryEngine(json);
  // ink puts the story's global tags on its first line; the engine keeps them
  // apart for the catalogue, inklecate prints them with that line.
  let pendingGlobalTags: readonly string[] = engine.globalTags;
  const print = (turn: Turn) => {
    for (const paragraph of turn.paragraphs) {
      write(`${paragraph.text}\n`);
      const tags = [...pendingGlobalTags, ...paragraph.tags.filter((t) => !pendingGlobalTags.includes(t))];
      pendingGlobalTags = [];
      if (tags.length > 0) write(`# tags: ${tags.join(', ')}\n`);
    }
    for (const w of engine.warnings.splice(0)) warn(`${w}\n`);
  };
  const fail = (error: unknown): PlainResult => {
    if (!(error instanceof StoryRuntimeError)) throw error;
    for (const message of error.messages) write(`${message}\n`);
    return { failed: true };
  };

  let playthrough: Playthrough;
  try {
    playthrough = new Playthrough(engine);
  } catch (error) {
    return fail(error);
  }
  print(playthrough.turn);
  while (playthrough.turn.choices.length > 0) {
    const choices = playthrough.turn.choices;
    write('\n');
    choices.forEach((choice, i) => write(`${i + 1}: ${choice.text}\n`));
    let picked: number | undefined;
    while (picked === undefined) {
      write('?> ');
      const line = await nextLine();
      if (line === undefined) {
        write('<User input stream closed.>\n');
        return { failed: false };
      }
      const answer = line.trim();
      if (/^\d+$/.test(answer)) {
        const n = Number(answer);
        if (n >= 1 && n <= choices.length) picked = n - 1;
        else write('Choice out of range\n');
      } else if (answer === 'help') {
        write('Type a choice number.\n');
      } else if (answer === 'exit' || answer === 'quit') {
        return { failed: false };
      } else {
        write("Unexpected input. Type 'help' or a choice number.\n");
      }
    }
    try {
      print(playthrough.choose(picked));
    } catch (error) {
      return fail(error);
    }
  }
  return { failed: false };
}

/** A LineSource over a fixed list of lines (tests, and input read in one go). */
export function linesFrom(lines: readonly string[]): LineSource {
  let next = 0;
  return async () => lines[next++];
}
