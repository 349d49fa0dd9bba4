import { describe, expect, it } from 'vitest';
import { BranchMap } from '../../src/facilitator/branchMap.ts';
import { childKey, isWithin, keyDepth, keyIndices, parentKey, pointKey } from '../../src/facilitator/points.ts';
import { EMPTY_TOTALS } from '../../src/scoring/score.ts';

const score = { intervene: 0, rescue: 0, abandon: 0, neutral: true, tagged: true };
const choices = (...texts: string[]) => texts.map((text, index) => ({ index, text, score }));
const ending = (title: string) => ({ endingId: title.toLowerCase(), title, reflection: [], practices: [], missed: [] });

describe('choice point keys (the choice-log prefix)', () => {
  it('names a point by the choice numbers that lead to it', () => {
    expect(pointKey([])).toBe('');
    expect(pointKey([{ index: 1 }, { index: 0 }])).toBe('2.1');
    expect(childKey('', 2)).toBe('3');
    expect(childKey('2', 0)).toBe('2.1');
    expect(parentKey('2.1')).toBe('2');
    expect(parentKey('2')).toBe('');
    expect(parentKey('')).toBeUndefined();
    expect(keyIndices('2.1')).toEqual([1, 0]);
    expect(keyIndices('0.x')).toBeUndefined();
    expect(keyDepth('3.1.2')).toBe(3);
    expect(isWithin('2.1.3', '2.1')).toBe(true);
    expect(isWithin('2.10', '2.1')).toBe(false);
    expect(isWithin('4', '')).toBe(true);
  });
});

describe('the branch map', () => {
  it('records points in the order first visited, and which choices were explored in what order', () => {
    const map = new BranchMap();
    map.visitPoint('', { context: 'At the gate.', question: 'What now?', choices: choices('Ask', 'Leave') });
    map.visitPoint('2', { context: 'Outside.', question: undefined, choices: choices('Go back', 'Go home') });
    map.reachEnding('2.2', ending('Home'), { ...EMPTY_TOTALS, abandon: 1, scoredChoices: 1 });
    map.reachEnding('1', ending('Asked'), { ...EMPTY_TOTALS, intervene: 1, scoredChoices: 1 });
    // Visiting again changes nothing.
    map.visitPoint('2', { context: 'changed', question: 'changed', choices: [] });
    expect(map.points().map((p) => [p.number, p.key, p.context, p.taken])).toEqual([
      [1, '', 'At the gate.', [1, 0]],
      [2, '2', 'Outside.', [1]],
    ]);
    expect(map.endings().map((e) => [e.number, e.title, e.depth])).toEqual([
      [1, 'Home', 2],
      [2, 'Asked', 1],
    ]);
  });

  it('says where each choice led: another point, an ending with its totals, or nowhere yet', () => {
    const map = new BranchMap();
    map.visitPoint('', { context: '', question: undefined, choices: choices('Ask', 'Leave') });
    map.visitPoint('2', { context: '', question: undefined, choices: choices('Go back', 'Go home') });
    map.reachEnding('2.2', ending('Home'), { ...EMPTY_TOTALS, abandon: 2, scoredChoices: 2 });
    expect(map.outcome('', 1)).toMatchObject({ kind: 'point', point: { key: '2' } });
    expect(map.outcome('2', 1)).toMatchObject({ kind: 'ending', ending: { title: 'Home', totals: { abandon: 2 } } });
    expect(map.outcome('', 0)).toEqual({ kind: 'unexplored' });
    expect(map.endingsVia('', 1).map((e) => e.title)).toEqual(['Home']);
    expect(map.endingsVia('', 0)).toEqual([]);
    expect(map.route('2.2').map((s) => s.choice.text)).toEqual(['Leave', 'Go home']);
  });

  it('survives a JSON round trip', () => {
    const map = new BranchMap();
    map.visitPoint('', { context: 'c', question: 'q', choices: choices('A', 'B') });
    map.reachEnding('1', ending('End'), EMPTY_TOTALS);
    const copy = BranchMap.fromJSON(JSON.parse(JSON.stringify(map.toJSON())));
    expect(copy.outcome('', 0)).toMatchObject({ kind: 'ending', ending: { title: 'End' } });
    expect(copy.points()[0]!.taken).toEqual([0]);
  });
});
