/**
 * `npm run stories:map`: a self-contained HTML page whose SVG shows every
 * knot, stitch and ending, with choices coloured *and* patterned by score.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/checks/checkStory.ts';
import { buildStoryMap } from '../../src/checks/storyMap.ts';
import { main } from '../../tools/stories-map.ts';
import { readStorySource } from '../../tools/lib/storyFiles.ts';

const root = process.cwd();

function runMap(story: string): { status: number; out: string; err: string; html: string } {
  const target = join(mkdtempSync(join(tmpdir(), 'map-')), 'map.html');
  let out = '';
  let err = '';
  const status = main([story, '--out', target], root, { out: (t) => (out += t), err: (t) => (err += t) });
  return { status, out, err, html: status === 0 ? readFileSync(target, 'utf8') : '' };
}

describe('stories:map', () => {
  it('covers every knot, stitch and ending of the story, and says where it wrote the file', () => {
    const { status, out, html } = runMap('tests/fixtures/lint/clean.ink');
    expect(status).toBe(0);
    expect(out).toMatch(/^Wrote .*map\.html \(4 knots and stitches, 2 endings\)\./);
    for (const name of ['lunch', 'after', 'after › together', 'after › alone']) expect(html).toContain(`>${name}<`);
    for (const ending of ['A quieter table', 'She left early', 'quieter', 'alone']) expect(html).toContain(ending);
    expect(html).toContain('Ask Sam what makes it funny');
  });

  it('uses no external resources and no scripts', () => {
    const { html } = runMap('tests/fixtures/lint/clean.ink');
    expect(html).not.toMatch(/<script|<link|@import|url\(http|src="http|href="http/i);
    expect(html).toMatch(/<svg [^>]*role="img"/);
  });

  it('never lets story text become markup', () => {
    const { html } = runMap('tests/fixtures/map/escaping.ink');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>Markup</b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('tells scores apart by pattern and words, not colour alone', () => {
    const check = checkStory(readStorySource('tests/fixtures/lint/clean.ink', root));
    const map = buildStoryMap({ title: 'x', file: check.file, outline: check.outline!, report: check.stats!, scored: true });
    const lunch = map.nodes.find((n) => n.id === 'flow:lunch')!;
    expect(lunch.choices.map((c) => [c.kind, c.badge])).toEqual([
      ['intervene', 'intervene'],
      ['abandon', 'abandon'],
      ['mixed', 'intervene + rescue ×2'],
    ]);
    expect(lunch.choices[1]!.to).toEqual(['flow:after.alone']);
    const { html } = runMap('tests/fixtures/lint/clean.ink');
    expect(html).toContain('abandon — dots');
    expect(html).toContain('several axes — dash-dot');
    expect(html).toContain('[intervene + rescue ×2]');
  });

  it('marks what no path reaches', () => {
    const { html } = runMap('tests/fixtures/lint/unreached.ink');
    expect(html).toMatch(/forgotten[^]*never reached/);
    expect(html).toContain('<h2>Never reached</h2>');
  });

  it('finds a story by id and refuses one that does not exist', () => {
    expect(runMap('first-rehearsal').status).toBe(0);
    const missing = runMap('no-such-story');
    expect(missing.status).toBe(1);
    expect(missing.err).toMatch(/no-such-story: no such story/);
  });
});
