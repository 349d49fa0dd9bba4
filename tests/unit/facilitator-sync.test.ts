import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../src/facilitator/session.ts';
import { channelName, MemoryBus, PresenterLink, PROTOCOL, ProjectorLink, readCommand, readMessage } from '../../src/facilitator/sync.ts';
import { rotaSession } from '../fixtures/facilitator-story.ts';

const settle = () => new Promise((done) => setTimeout(done, 0));

/** A projector window running a session, and a presenter window, on one bus. */
function windows() {
  const bus = new MemoryBus();
  const session = rotaSession();
  const notices: string[] = [];
  const projector = new ProjectorLink(bus.open(), {
    onCommand: (command) => {
      const result = session.apply(command);
      if (!result.ok) projector.notice(result.message);
      projector.publish(session.view(), { moreText: false });
    },
    onHello: () => projector.publish(session.view(), { moreText: false }),
  });
  const seen: SessionView[] = [];
  const connection: boolean[] = [];
  const presenter = new PresenterLink(bus.open(), {
    onState: (view) => seen.push(view),
    onNotice: (message) => notices.push(message),
    onConnection: (c) => connection.push(c),
  });
  return { bus, session, projector, presenter, seen, notices, connection };
}

describe('presenter and projector in sync', () => {
  it('the presenter asks on opening and gets the projector’s state', async () => {
    const w = windows();
    await settle();
    expect(w.presenter.connected).toBe(true);
    expect(w.connection).toEqual([true]);
    expect(w.seen.at(-1)).toMatchObject({ phase: 'intro', storyId: 'rota' });
  });

  it('commands from the presenter drive the projector’s session, and the new state comes back', async () => {
    const w = windows();
    await settle();
    for (let i = 0; i < 3; i++) w.presenter.send({ type: 'advance' });
    w.presenter.send({ type: 'vote', choice: 1, delta: 1 });
    await settle();
    expect(w.session.phase).toBe('vote');
    expect(w.seen.at(-1)).toMatchObject({ phase: 'vote', tally: { counts: [0, 1, 0], revealed: false } });
    // The presenter's copy carries the notes; they survive the trip.
    expect(w.seen.at(-1)!.choices[1]!.scoredAs).toEqual(['Rescuing +1']);
  });

  it('passes back why a command was refused', async () => {
    const w = windows();
    await settle();
    w.presenter.send({ type: 'back' });
    await settle();
    expect(w.notices).toEqual(['This is the start of the session.']);
  });

  it('notices when the projector window closes', async () => {
    const w = windows();
    await settle();
    w.projector.close();
    await settle();
    expect(w.presenter.connected).toBe(false);
    expect(w.connection).toEqual([true, false]);
  });

  it('ignores messages that are not its own protocol or not well formed', () => {
    expect(readMessage({ kind: 'hello' })).toBeUndefined();
    expect(readMessage({ protocol: 'common-ground/facilitate/0', kind: 'hello' })).toBeUndefined();
    expect(readMessage({ protocol: PROTOCOL, kind: 'hello' })).toEqual({ protocol: PROTOCOL, kind: 'hello' });
    expect(readMessage({ protocol: PROTOCOL, kind: 'state', view: { phase: 'dancing' }, screen: {} })).toBeUndefined();
    expect(readMessage({ protocol: PROTOCOL, kind: 'command', command: { type: 'explode' } })).toBeUndefined();
    expect(readMessage('hello')).toBeUndefined();
    expect(readCommand({ type: 'vote', choice: 1, delta: 5 })).toBeUndefined();
    expect(readCommand({ type: 'vote', choice: -1, delta: 1 })).toBeUndefined();
    expect(readCommand({ type: 'choose', choice: 2 })).toEqual({ type: 'choose', choice: 2 });
    expect(readCommand({ type: 'goto', key: '2.1' })).toEqual({ type: 'goto', key: '2.1' });
    expect(readCommand({ type: 'goto', key: '../x' })).toBeUndefined();
    expect(readCommand({ type: 'answers', text: 7 })).toBeUndefined();
    expect(channelName('the-joke')).toBe('common-ground:facilitate:the-joke');
  });

  it('a window never hears its own messages', async () => {
    const bus = new MemoryBus();
    const a = bus.open();
    const heard: unknown[] = [];
    a.listen((m) => heard.push(m));
    a.post({ protocol: PROTOCOL, kind: 'hello' });
    await settle();
    expect(heard).toEqual([]);
  });
});
