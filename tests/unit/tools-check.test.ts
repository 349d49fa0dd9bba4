/**
 * `npm run stories:check` on fixture stories with known faults: each rule
 * fires on its fixture, at the right line, and stays quiet on a clean story.
 */
import { describe, expect, it } from 'vitest';
import type { StoryCheckJson } from '../../src/checks/checkStory.ts';
import { main } from '../../tools/stories-check.ts';

const root = process.cwd();
const fixture = (name: string) => `tests/fixtures/lint/${name}.ink`;

function run(args: string[]): { status: number; out: string; err: string } {
  let out = '';
  let err = '';
  const status = main(args, root, { out: (t) => (out += t), err: (t) => (err += t) });
  return { status, out, err };
}

function check(name: string, ...extra: string[]): StoryCheckJson & { status: number } {
  const { status, out } = run([...extra, '--json', fixture(name)]);
  const [result] = JSON.parse(out) as StoryCheckJson[];
  return { ...result!, status };
}

const rules = (c: StoryCheckJson) => c.diagnostics.map((d) => `${d.rule}:${d.severity}:${d.line ?? '-'}`);

describe('stories:check rules', () => {
  it('stays quiet on a clean story and walks it completely', () => {
    const c = check('clean');
    expect(c.diagnostics).toEqual([]);
    expect(c.status).toBe(0);
    expect(c.stats).toMatchObject({ complete: true, playthroughs: 3, choicePoints: 1, discussPrompts: 1, endings: { quieter: 2, alone: 1 } });
    expect(c.stats!.axes).toEqual({ intervene: { min: 0, max: 1 }, rescue: { min: 0, max: 2 }, abandon: { min: 0, max: 1 } });
  });

  it.each([
    ['missing-global-tags', ['global-tags:error:1', 'global-tags:error:1', 'global-tags:error:1']],
    ['untagged-choice', ['untagged-choice:error:7']],
    ['misplaced-tag', ['misplaced-tag:error:7', 'untagged-choice:error:7']],
    ['bad-weight', ['bad-weight:error:5']],
    ['untagged-ending', ['untagged-ending:error:9']],
    ['runtime-error', ['runtime-error:error:8']],
    ['unknown-practice', ['unknown-practice:error:6']],
  ])('%s: reports an error at its line and exits 1', (name, expected) => {
    const c = check(name);
    expect(rules(c).filter((r) => r.includes(':error:')).sort()).toEqual([...expected].sort());
    expect(c.status).toBe(1);
  });

  it.each([
    ['no-discuss', ['discuss:warning:7']],
    ['unreached', ['unreached-choice:warning:8', 'unreached-flow:warning:13', 'unreached-flow:warning:16']],
    ['unknown-tag', ['unknown-tag:warning:4']],
    ['unknown-asset', ['unknown-asset:warning:4', 'unknown-asset:warning:4']],
    ['no-ending-title', ['ending-title:warning:6']],
    ['unscored', ['global-tags:warning:1']],
  ])('%s: warns at its line and still exits 0', (name, expected) => {
    const c = check(name);
    expect(rules(c).sort()).toEqual([...expected].sort());
    expect(c.status).toBe(0);
  });

  it('names what is unreached and suggests the tag that was meant', () => {
    expect(check('unreached').diagnostics.map((d) => d.message).join('\n')).toMatch(/Knot `forgotten` is never reached[\s\S]*Stitch `done.epilogue`|Stitch `done.epilogue`[\s\S]*Knot `forgotten`/);
    expect(check('unknown-tag').diagnostics[0]!.message).toContain('Did you mean `speaker`');
  });

  it('does not hold an unscored story to the scoring rules', () => {
    const c = check('unscored');
    expect(c.scored).toBe(false);
    expect(c.stats).toMatchObject({ complete: true, playthroughs: 2 });
  });

  it('says clearly when the bounded walk stopped early', () => {
    const c = check('endless', '--max-states', '40');
    expect(c.stats).toMatchObject({ complete: false });
    expect(c.stats!.stoppedEarly).toMatch(/stopped after exploring 40 distinct story states/);
    expect(rules(c)).toEqual(['incomplete-walk:warning:-']);
    const human = run(['--max-states', '40', fixture('endless')]).out;
    expect(human).toMatch(/INCOMPLETE: the walk stopped after exploring 40 distinct story states/);
  });

  it('reports compile errors as file:LINE: message and exits 1', () => {
    const { status, out } = run([fixture('compile-error')]);
    expect(status).toBe(1);
    expect(out).toMatch(/^tests\/fixtures\/lint\/compile-error\.ink:3: .*nowhere_at_all/m);
    expect(out).toMatch(/1 of 1 story has errors/);
  });

  it('prints errors and warnings as file:LINE: message, then the table', () => {
    const { out } = run([fixture('unreached')]);
    expect(out).toMatch(/^tests\/fixtures\/lint\/unreached\.ink:16: warning: Knot `forgotten` is never reached on any path\.$/m);
    expect(out).toMatch(/^ {2}choice points +1$/m);
    expect(out).toMatch(/^ {2}ending "over" +1 path$/m);
    expect(out).toMatch(/every path walked/);
  });

  it('refuses a file that does not exist, or an unknown option, with a clear message', () => {
    expect(run(['stories/no-such-story.ink'])).toMatchObject({ status: 1, err: 'stories/no-such-story.ink: no such file\n' });
    expect(run(['--frobnicate']).err).toMatch(/^Unknown option --frobnicate\./);
  });

  it('passes the writers’ template, which uses every tag of the contract', () => {
    const { status, out } = run(['--json', 'stories/_template.ink']);
    const [c] = JSON.parse(out) as StoryCheckJson[];
    expect(c!.diagnostics).toEqual([]);
    expect(status).toBe(0);
    expect(c!.stats!.complete).toBe(true);
  });
});
