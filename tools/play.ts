/**
 * `npm run play <story.ink|story.json>` — play a story in the terminal.
 * `npm run --silent play -- --plain <story>` — inklecate's play mode: choice
 * numbers on standard input, inklecate's exact transcript on standard output.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { loadStory } from './lib/loadStory.ts';
import { playPlain, type LineSource } from './lib/plainPlayer.ts';
import { playInTerminal } from './lib/terminalPlayer.ts';

const USAGE = `Usage: npm run play -- [--plain] <story.ink | story.json>

Plays a story in the terminal: numbered choices, tags and the running score.
While playing: a number chooses, u undoes, r restarts, s shows the score, q quits.

  --plain      behave like inklecate's play mode (-p): read choice numbers from
               standard input, print exactly what inklecate prints
  --no-color   no colours (also when NO_COLOR is set or output is not a terminal)
  -h, --help   show this help`;

/** Where the player reads and writes; the process's streams by default. */
export interface PlayIo {
  readonly input: Readable;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Terminal width, when writing to a terminal. */
  readonly columns?: number;
  /** True when the output is a terminal that shows colour. */
  readonly color?: boolean;
}

/** Read lines from a stream one at a time, as they arrive. */
export function lineSource(input: Readable): { next: LineSource; close: () => void } {
  const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const lines = rl[Symbol.asyncIterator]();
  return {
    next: async () => {
      const { value, done } = await lines.next();
      return done ? undefined : (value as string);
    },
    close: () => rl.close(),
  };
}

/** Run the player on command-line arguments; resolves to the exit status. */
export async function main(args: readonly string[], root = process.cwd(), io: PlayIo = processIo()): Promise<number> {
  const plain = args.includes('--plain');
  const noColor = args.includes('--no-color');
  if (args.includes('-h') || args.includes('--help')) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const unknown = args.filter((a) => a.startsWith('-') && !['--plain', '--no-color'].includes(a));
  const files = args.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0 || files.length !== 1) {
    io.err(`${unknown.length > 0 ? `Unknown option ${unknown[0]}.` : files.length === 0 ? 'Which story? Name one .ink or .json file.' : 'Name one story at a time.'}\n\n${USAGE}\n`);
    return 1;
  }
  const story = loadStory(files[0]!, root);
  if (!story.ok) {
    for (const e of story.errors) io.err(`${e}\n`);
    return 1;
  }
  for (const w of story.warnings) io.err(`${w}\n`);
  const lines = lineSource(io.input);
  try {
    if (plain) {
      const result = await playPlain(story.json, lines.next, io.out, io.err);
      return result.failed ? 1 : 0;
    }
    await playInTerminal(story.json, lines.next, io.out, { width: Math.min(io.columns ?? 80, 100), color: !noColor && (io.color ?? false) });
    return 0;
  } catch (error) {
    io.err(`${story.file}: the story stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    lines.close();
  }
}

function processIo(): PlayIo {
  const tty = process.stdout.isTTY === true;
  return {
    input: process.stdin,
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    columns: tty ? process.stdout.columns : undefined,
    color: tty && !process.env.NO_COLOR,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
  });
}
