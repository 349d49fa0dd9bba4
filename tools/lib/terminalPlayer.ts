/**
 * A story in the terminal, for quick playtests: wrapped text with speakers,
 * the tags a writer wants to see, numbered choices with their scoring, the
 * running score, and `u` undo, `r` restart, `q` quit.
 */
import { StoryEngine, StoryRuntimeError, type Paragraph, type Turn } from '../../src/engine/StoryEngine.ts';
import { AXES, tagValue, tagValues } from '../../src/engine/tags.ts';
import { Playthrough } from '../../src/play/Playthrough.ts';
import { PRACTICES, isPracticeId } from '../../src/scoring/practices.ts';
import { readMeters, type ScoreTotals } from '../../src/scoring/score.ts';
import { isScoredJson } from '../../src/engine/storyInfo.ts';
import type { LineSource } from './plainPlayer.ts';

export interface TerminalOptions {
  /** Columns to wrap at. */
  readonly width: number;
  /** ANSI colours and bold (off for pipes, files and NO_COLOR). */
  readonly color: boolean;
}

/** ANSI styling that disappears when colour is off. */
function styler(color: boolean) {
  const wrap = (open: number, close: number) => (text: string) => (color ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { bold: wrap(1, 22), dim: wrap(2, 22), teal: wrap(36, 39), yellow: wrap(33, 39), red: wrap(31, 39) };
}

/** Wrap `text` to `width` columns, indenting every line by `indent`. */
export function wrapText(text: string, width: number, indent = ''): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && indent.length + line.length + 1 + word.length > width) {
        out.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(indent + line);
  }
  return out.join('\n');
}

const HELP = 'Type a choice number, u to undo, r to restart, s for the score, q to quit.';

/**
 * Play compiled `json` until the reader quits or the input ends. Returns
 * normally on quit; runtime errors are shown, not thrown.
 */
export async function playInTerminal(json: string, nextLine: LineSource, write: (text: string) => void, options: TerminalOptions): Promise<void> {
  const s = styler(options.color);
  const width = Math.max(30, options.width);
  const engine = new StoryEngine(json);
  const scored = isScoredJson(json);
  const say = (text = '') => write(`${text}\n`);

  say(s.bold(wrapText(engine.meta.title, width)));
  if (engine.meta.summary) say(wrapText(engine.meta.summary, width));
  for (const note of engine.meta.contentNotes) say(s.yellow(wrapText(`Content note: ${note}`, width)));
  say(s.dim(wrapText(HELP, width)));

  let playthrough: Playthrough;
  try {
    playthrough = new Playthrough(engine);
  } catch (error) {
    say(s.red(describeError(error)));
    return;
  }

  const scoreLine = (totals: ScoreTotals) => `Score: ${AXES.map((a) => `${a} ${totals[a]}`).join(' · ')}`;

  const showParagraph = (p: Paragraph) => {
    const text = p.speaker && p.speaker !== 'Narrator' ? `${s.bold(`${p.speaker}:`)} ${p.text}` : p.text;
    if (p.text.trim()) say(wrapText(text, width));
    const shown = p.tags.filter((t) => !/^\s*(speaker|debrief|discuss)\s*(:|$)/i.test(t));
    if (shown.length > 0) say(s.dim(wrapText(shown.map((t) => `# ${t}`).join('  '), width, '    ')));
  };

  const showTurn = (turn: Turn) => {
    say();
    for (const p of turn.paragraphs) if (!p.debrief) showParagraph(p);
    if (turn.ended) {
      showEnding(turn);
      return;
    }
    if (turn.discuss) say(s.teal(wrapText(`Discuss: ${turn.discuss}`, width)));
    say();
    turn.choices.forEach((choice, i) => {
      const tags = [...scoreTags(choice.score), ...choice.tags.map((t) => `#${t}`)];
      const label = `${String(i + 1).padStart(2)}. `;
      const note = scored && !choice.score.tagged ? '(no scoring tag)' : tags.join(' ');
      const wrapped = wrapText(note ? `${choice.text}  ${note}` : choice.text, width, ' '.repeat(label.length)).slice(label.length);
      // Dim (or redden) the tags once wrapping has measured them without escape codes.
      const styled = note && wrapped.endsWith(note) ? wrapped.slice(0, -note.length) + (choice.score.tagged || !scored ? s.dim(note) : s.red(note)) : wrapped;
      say(`${label}${styled}`);
    });
    if (scored) say(s.dim(scoreLine(playthrough.totals)));
  };

  const showEnding = (turn: Turn) => {
    const tags = turn.paragraphs.flatMap((p) => p.tags);
    const title = tagValue(tags, 'ending_title');
    say();
    say(s.bold(wrapText(`The end${title ? `: ${title}` : ''} (${turn.endingId ? `ending "${turn.endingId}"` : 'no # ending tag'})`, width)));
    const debrief = turn.paragraphs.filter((p) => p.debrief);
    for (const p of debrief) say(wrapText(p.text, width, '  '));
    const practices = (key: 'practice' | 'missed') => tagValues(tags, key).map((id) => (isPracticeId(id) ? PRACTICES[id].name : id));
    if (practices('practice').length) say(wrapText(`Practices shown: ${practices('practice').join(', ')}`, width));
    if (practices('missed').length) say(wrapText(`Practices missed: ${practices('missed').join(', ')}`, width));
    if (scored) {
      say(scoreLine(playthrough.totals));
      for (const m of readMeters(playthrough.totals)) say(wrapText(`${m.label} (${m.level}): ${m.reading}`, width, '  '));
    }
    say(s.dim(wrapText('u to undo the last choice, r to play again, q to quit.', width)));
  };

  showTurn(playthrough.turn);
  for (;;) {
    write('> ');
    const line = await nextLine();
    if (line === undefined) {
      say();
      return;
    }
    const answer = line.trim().toLowerCase();
    if (answer === 'q' || answer === 'quit' || answer === 'exit') return;
    try {
      if (answer === 'u' || answer === 'undo') {
        if (playthrough.depth === 0) say('Nothing to undo: this is the first choice.');
        else {
          say(s.dim(wrapText(`(undid "${playthrough.choiceLog[playthrough.depth - 1]!.text}")`, width)));
          showTurn(playthrough.undo());
        }
      } else if (answer === 'r' || answer === 'restart') {
        say(s.dim('(from the top)'));
        showTurn(playthrough.restart());
      } else if (answer === 's' || answer === 'score') {
        say(scored ? scoreLine(playthrough.totals) : 'This story is not scored.');
      } else if (/^\d+$/.test(answer)) {
        const n = Number(answer);
        const choices = playthrough.turn.choices;
        if (choices.length === 0) say(wrapText('The story has ended. u to undo, r to play again, q to quit.', width));
        else if (n < 1 || n > choices.length) say(`Choose a number from 1 to ${choices.length}.`);
        else showTurn(playthrough.choose(n - 1));
      } else if (answer !== '') {
        say(wrapText(HELP, width));
      }
    } catch (error) {
      say(s.red(describeError(error)));
      say(s.dim('u to undo the last choice, r to restart, q to quit.'));
    }
  }
}

function scoreTags(score: { intervene: number; rescue: number; abandon: number; neutral: boolean }): string[] {
  const tags = AXES.filter((a) => score[a] > 0).map((a) => (score[a] === 1 ? `#${a}` : `#${a}: ${score[a]}`));
  if (score.neutral) tags.push('#neutral');
  return tags;
}

function describeError(error: unknown): string {
  if (error instanceof StoryRuntimeError) return `The story stopped with an error:\n${error.messages.join('\n')}`;
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
}
