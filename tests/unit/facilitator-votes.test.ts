import { describe, expect, it } from 'vitest';
import { tallyBars, VoteBook, votesLabel, winner } from '../../src/facilitator/votes.ts';

describe('the room’s vote at a choice point', () => {
  it('adds and removes votes per choice, never below zero', () => {
    const book = new VoteBook();
    book.add('', 0);
    book.add('', 0);
    book.add('', 2);
    book.remove('', 2);
    book.remove('', 2);
    book.remove('', 1);
    expect(book.tally('', 3)).toEqual({ counts: [2, 0, 0], total: 2, revealed: false });
  });

  it('keeps the tally hidden until the facilitator reveals it, and can hide it again', () => {
    const book = new VoteBook();
    book.add('1', 1);
    expect(book.tally('1').revealed).toBe(false);
    expect(book.reveal('1').revealed).toBe(true);
    expect(book.hide('1').revealed).toBe(false);
  });

  it('keeps each choice point’s votes apart', () => {
    const book = new VoteBook();
    book.add('', 0);
    book.add('1', 1);
    book.add('1', 1);
    expect(book.tally('', 2).counts).toEqual([1, 0]);
    expect(book.tally('1', 2).counts).toEqual([0, 2]);
    expect(book.tally('2', 2)).toEqual({ counts: [0, 0], total: 0, revealed: false });
    book.clear('1');
    expect(book.hasVotes('1')).toBe(false);
    expect(book.hasVotes('')).toBe(true);
  });

  it('draws bars with counts and shares, marks the leader, and knows a tie from a winner', () => {
    const book = new VoteBook();
    for (const i of [0, 1, 1, 2, 1]) book.add('', i);
    const tally = book.tally('', 4);
    expect(tallyBars(tally)).toEqual([
      { index: 0, count: 1, share: 0.2, leading: false },
      { index: 1, count: 3, share: 0.6, leading: true },
      { index: 2, count: 1, share: 0.2, leading: false },
      { index: 3, count: 0, share: 0, leading: false },
    ]);
    expect(winner(tally)).toBe(1);
    book.add('', 0);
    book.add('', 0);
    expect(winner(book.tally('', 4))).toBeUndefined();
    expect(winner(new VoteBook().tally('x', 3))).toBeUndefined();
    expect(tallyBars(new VoteBook().tally('x', 2)).every((b) => !b.leading && b.share === 0)).toBe(true);
  });

  it('survives a JSON round trip (the presenter window gets a copy)', () => {
    const book = new VoteBook();
    book.add('2.1', 0);
    book.reveal('2.1');
    const copy = VoteBook.fromJSON(JSON.parse(JSON.stringify(book.toJSON())));
    expect(copy.tally('2.1', 2)).toEqual({ counts: [1, 0], total: 1, revealed: true });
  });

  it('refuses a vote for a choice that cannot exist', () => {
    expect(() => new VoteBook().add('', -1)).toThrow(/no choice 0/);
    expect(votesLabel(1)).toBe('1 vote');
    expect(votesLabel(4)).toBe('4 votes');
  });
});
