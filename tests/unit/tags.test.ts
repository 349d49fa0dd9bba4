import { describe, expect, it } from 'vitest';
import { isScoringTag, parseChoiceScore, parseStoryMeta, parseTag } from '../../src/engine/tags.ts';

describe('tags', () => {
  it('splits key and value, case-insensitively', () => {
    expect(parseTag(' Speaker:  Amara ')).toMatchObject({ key: 'speaker', value: 'Amara' });
    expect(parseTag('CLEAR')).toMatchObject({ key: 'clear', value: '' });
    expect(parseTag('discuss: What now: and why?')).toMatchObject({ key: 'discuss', value: 'What now: and why?' });
  });

  it('reads weights and several axes on one choice', () => {
    expect(parseChoiceScore(['intervene', 'rescue: 2'])).toEqual({ intervene: 1, rescue: 2, abandon: 0, neutral: false, tagged: true });
    expect(parseChoiceScore(['neutral'])).toMatchObject({ neutral: true, tagged: true, intervene: 0 });
    expect(parseChoiceScore(['speaker: You'])).toMatchObject({ tagged: false });
  });

  it('counts an unreadable weight as 1 rather than silently 0', () => {
    expect(parseChoiceScore(['abandon: lots']).abandon).toBe(1);
  });

  it('knows which tags are about scoring', () => {
    expect(isScoringTag('rescue: 2')).toBe(true);
    expect(isScoringTag('speaker: Dev')).toBe(false);
  });

  it('reads story metadata with repeatable content notes', () => {
    const meta = parseStoryMeta(['title: The joke', 'summary: A lunch.', 'duration: 12 min', 'content_note: A joke', 'content_note: Silence'], 'x');
    expect(meta).toMatchObject({ title: 'The joke', durationMinutes: 12, contentNotes: ['A joke', 'Silence'] });
    expect(parseStoryMeta([], 'fallback').title).toBe('fallback');
  });
});
