/**
 * `npm run play`: the terminal player driven through its standard input, and
 * its `--plain` mode, which prints what inklecate's play mode prints.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../tools/play.ts';

const root = process.cwd();

async function play(args: string[], input: string): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const status = await main(args, root, { input: Readable.from([input]), out: (t) => (out += t), err: (t) => (err += t), columns: 60, color: false });
  return { status, out, err };
}

describe('npm run play', () => {
  it('shows numbered choices with their tags and the running score', async () => {
    const { status, out } = await play(['tests/fixtures/lint/clean.ink'], '1\nq\n');
    expect(status).toBe(0);
    expect(out).toContain('A clean fixture');
    expect(out).toMatch(/^ 1\. Ask Sam what makes it funny #intervene$/m);
    expect(out).toMatch(/^ 3\. Answer for Priya, loudly #intervene #rescue: 2$/m);
    expect(out).toContain('Discuss: What would you risk by speaking?');
    expect(out).toContain('Score: intervene 0 · rescue 0 · abandon 0');
    expect(out).toMatch(/You: "What's the funny part, Sam\?"/);
    expect(out).toMatch(/The end: A quieter table \(ending "quieter"\)/);
    expect(out).toContain('Score: intervene 1 · rescue 0 · abandon 0');
    expect(out).toContain('You asked a question.');
  });

  it('undoes with u, restarts with r and quits with q', async () => {
    const { out } = await play(['tests/fixtures/lint/clean.ink'], '3\nu\n2\nr\nq\n1\n');
    expect(out).toContain('Score: intervene 1 · rescue 2 · abandon 0');
    expect(out).toContain('(undid "Answer for Priya, loudly")');
    expect(out).toMatch(/The end: She left early/);
    expect(out).toContain('(from the top)');
    // 3 leads to the first ending, undone; 2 to the second; r starts again; q stops before the final 1 is read.
    expect(out.match(/The end/g)).toHaveLength(2);
    // The start, the choice point shown again after undo, and the restart.
    expect(out.match(/Sam tells the joke again/g)).toHaveLength(3);
  });

  it('wraps long lines to the terminal width', async () => {
    const { out } = await play(['stories/first-rehearsal.ink'], 'q\n');
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('answers a wrong number or an unknown command with help, not a crash', async () => {
    const { status, out } = await play(['tests/fixtures/lint/clean.ink'], '9\nhello\nu\nq\n');
    expect(status).toBe(0);
    expect(out).toContain('Choose a number from 1 to 3.');
    expect(out).toContain('Type a choice number, u to undo');
    expect(out).toContain('Nothing to undo');
  });

  it('shows compile errors as file:LINE: message and exits 1', async () => {
    const { status, err } = await play(['tests/fixtures/lint/compile-error.ink'], '');
    expect(status).toBe(1);
    expect(err).toMatch(/^tests\/fixtures\/lint\/compile-error\.ink:3: /m);
    expect((await play(['nope.ink'], '')).err).toBe('nope.ink: no such file\n');
  });

  it('--plain prints exactly what inklecate prints for an ink-proof case', async () => {
    const dir = '../shared/corpus/ink-proof/ink/I002';
    const { status, out } = await play(['--plain', `${dir}/story.ink`], readFileSync(`${dir}/input.txt`, 'utf8'));
    expect(status).toBe(0);
    expect(out).toBe(readFileSync(`${dir}/transcript.txt`, 'utf8'));
  });

  it('--plain reads compiled JSON too, and says when the input runs out', async () => {
    const dir = '../shared/corpus/ink-proof/bytecode/B005';
    const { out } = await play(['--plain', `${dir}/bytecode.json`], readFileSync(`${dir}/input.txt`, 'utf8'));
    expect(out).toBe(readFileSync(`${dir}/transcript.txt`, 'utf8'));
    const cut = await play(['--plain', 'tests/fixtures/lint/clean.ink'], '');
    expect(cut.out).toMatch(/\n1: Ask Sam what makes it funny\n2: Laugh along\n3: Answer for Priya, loudly\n\?> <User input stream closed\.>\n$/);
    expect(cut.out).toMatch(/^Sam tells the joke again\.\n# tags: title: A clean fixture, summary: .*, speaker: Narrator, scene: cafe\n/);
  });

  it('runs from npm with --silent and standard input', () => {
    const result = spawnSync('npm', ['run', '--silent', 'play', '--', '--plain', 'tests/fixtures/lint/unscored.ink'], { cwd: root, input: '2\n', encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('Just a story with no scoring at all.\n\n1: Go left\n2: Go right\n?> Go right\nRight it is.\nThe end.\n');
  });
});
