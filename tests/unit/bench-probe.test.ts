/**
 * The bench learns of paints from the probe's console messages. The probe is
 * serialised into the page, so it spells the messages out itself: if its
 * words and the bench's drifted apart, the bench would wait for ever.
 */
import { describe, expect, it } from 'vitest';
import { FIRST_CHOICE_MESSAGE, instrumentPage, PAINTED_MESSAGE } from '../../bench/page.ts';

describe('the bench probe', () => {
  it('logs the messages the bench waits for', () => {
    const source = instrumentPage.toString();
    expect(source).toContain(`\`${FIRST_CHOICE_MESSAGE}\${`);
    expect(source).toContain(`\`${PAINTED_MESSAGE}\${`);
  });
});
