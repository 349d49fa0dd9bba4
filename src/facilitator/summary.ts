/**
 * The session summary a facilitator shares afterwards: the routes the room
 * played (with the votes at each point and the profile at each ending), the
 * votes at every choice point, and the room's answers to "Now what?".
 *
 * `buildSummary` gives plain data (the printable page draws it);
 * `summaryMarkdown` and `summaryCsv` turn it into the two downloads.
 */
import type { BranchMap, MapPoint } from './branchMap.ts';
import { DEFAULT_QUESTION, isWithin, type PointKey } from './points.ts';
import { profile, scoreLabels, type ProfileAxis } from './scoreNotes.ts';
import type { VoteBook } from './votes.ts';

export interface SummaryInput {
  readonly storyId: string;
  readonly title: string;
  readonly scored: boolean;
  readonly startedAt: number | undefined;
  readonly endedAt: number;
  readonly map: BranchMap;
  readonly votes: VoteBook;
  /** Where the story stands now (an unfinished route ends here). */
  readonly currentKey: PointKey;
  readonly answers: string;
}

/** One step of a route: the choice the room took at a point, and its votes. */
export interface SummaryStep {
  readonly point: number;
  readonly question: string;
  readonly choice: number;
  readonly choiceText: string;
  readonly votes: number;
  readonly totalVotes: number;
}

/** One way through the story that the session played. */
export interface SummaryRoute {
  readonly number: number;
  readonly steps: readonly SummaryStep[];
  /** Undefined for a route the session left unfinished. */
  readonly ending: { readonly title: string; readonly endingId: string | undefined; readonly profile: readonly ProfileAxis[] | undefined } | undefined;
}

/** One choice at a point, with its votes and where it led. */
export interface SummaryChoice {
  readonly number: number;
  readonly text: string;
  readonly votes: number;
  readonly explored: boolean;
  /** "Point 3", "Ending: The door stays open" or "Not explored". */
  readonly ledTo: string;
  /** "Intervening +1"…, for the facilitator's record. */
  readonly scoredAs: readonly string[];
}

/** One choice point the session visited. */
export interface SummaryPoint {
  readonly number: number;
  readonly key: PointKey;
  readonly context: string;
  readonly question: string;
  readonly totalVotes: number;
  readonly revealed: boolean;
  readonly choices: readonly SummaryChoice[];
}

export interface SessionSummary {
  readonly storyId: string;
  readonly title: string;
  readonly scored: boolean;
  /** ISO 8601 date-time the session started (or the summary was made). */
  readonly started: string;
  /** Whole minutes from start to now; undefined if the session never started. */
  readonly minutes: number | undefined;
  readonly routes: readonly SummaryRoute[];
  readonly points: readonly SummaryPoint[];
  readonly endingsReached: number;
  /** The room's answers, one per line as typed. */
  readonly answers: readonly string[];
}

/** Gather the summary from the session's map and votes. */
export function buildSummary(input: SummaryInput): SessionSummary {
  const { map, votes } = input;
  const step = (point: MapPoint, index: number): SummaryStep => {
    const tally = votes.tally(point.key, point.choices.length);
    return {
      point: point.number,
      question: point.question ?? DEFAULT_QUESTION,
      choice: index + 1,
      choiceText: point.choices.find((c) => c.index === index)?.text ?? '',
      votes: tally.counts[index] ?? 0,
      totalVotes: tally.total,
    };
  };
  const routes: SummaryRoute[] = map.endings().map((ending, i) => ({
    number: i + 1,
    steps: map.route(ending.key).map((s) => step(s.point, s.choice.index)),
    ending: { title: ending.title, endingId: ending.endingId, profile: input.scored ? profile(ending.totals) : undefined },
  }));
  const finishedHere = map.endings().some((e) => isWithin(e.key, input.currentKey));
  if (!finishedHere && input.currentKey !== '') {
    routes.push({ number: routes.length + 1, steps: map.route(input.currentKey).map((s) => step(s.point, s.choice.index)), ending: undefined });
  }
  const points: SummaryPoint[] = map.points().map((point) => {
    const tally = votes.tally(point.key, point.choices.length);
    return {
      number: point.number,
      key: point.key,
      context: point.context,
      question: point.question ?? DEFAULT_QUESTION,
      totalVotes: tally.total,
      revealed: tally.revealed,
      choices: point.choices.map((c) => {
        const outcome = map.outcome(point.key, c.index);
        return {
          number: c.index + 1,
          text: c.text,
          votes: tally.counts[c.index] ?? 0,
          explored: outcome.kind !== 'unexplored',
          ledTo: outcome.kind === 'point' ? `Point ${outcome.point.number}` : outcome.kind === 'ending' ? `Ending: ${outcome.ending.title}` : 'Not explored',
          scoredAs: scoreLabels(c.score),
        };
      }),
    };
  });
  return {
    storyId: input.storyId,
    title: input.title,
    scored: input.scored,
    started: new Date(input.startedAt ?? input.endedAt).toISOString(),
    minutes: input.startedAt === undefined ? undefined : Math.max(0, Math.round((input.endedAt - input.startedAt) / 60_000)),
    routes,
    points,
    endingsReached: map.endings().length,
    answers: input.answers
      .split(/\r?\n/)
      .map((a) => a.trim())
      .filter(Boolean),
  };
}

/** "about 40 minutes", "under a minute". */
export function minutesText(minutes: number): string {
  return minutes < 1 ? 'under a minute' : `about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** "3 of 9 votes", or "no votes" when nobody voted at that point. */
export function votesOf(votes: number, total: number): string {
  return total === 0 ? 'no votes' : `${votes} of ${total} ${total === 1 ? 'vote' : 'votes'}`;
}

/** "Route 1 — In her own handwriting" / "Route 2 (unfinished)". */
export function routeTitle(route: SummaryRoute): string {
  return route.ending ? `Route ${route.number} — ${route.ending.title}` : `Route ${route.number} (unfinished)`;
}

/** The summary as a Markdown document. */
export function summaryMarkdown(s: SessionSummary): string {
  const out: string[] = [];
  out.push(`# Session summary: ${inline(s.title)}`, '');
  out.push(`- Story: ${inline(s.title)} (\`${s.storyId}\`)`);
  out.push(`- Date: ${s.started.slice(0, 10)}${s.minutes !== undefined ? ` · ${minutesText(s.minutes)}` : ''}`);
  out.push(`- Choice points visited: ${s.points.length} · Endings reached: ${s.endingsReached}`, '');

  out.push('## Routes played', '');
  if (s.routes.length === 0) out.push('The room did not make a choice yet.', '');
  for (const route of s.routes) {
    out.push(`### ${inline(routeTitle(route))}`, '');
    if (route.steps.length > 0) {
      out.push('| Point | Question | The room chose | Votes |', '|---|---|---|---|');
      for (const st of route.steps) out.push(`| ${st.point} | ${cell(st.question)} | ${st.choice}. ${cell(st.choiceText)} | ${votesOf(st.votes, st.totalVotes)} |`);
      out.push('');
    }
    if (route.ending?.profile) {
      out.push(`Profile at this ending (three separate skills, not one grade):`, '');
      for (const a of route.ending.profile) out.push(`- ${a.label}: ${a.level} (${a.percent}%)`);
      out.push('');
    }
  }

  out.push('## Votes at each choice point', '');
  for (const p of s.points) {
    out.push(`### Point ${p.number}`, '');
    if (p.context) out.push(`> ${inline(p.context)}`, '');
    out.push(`**Question:** ${inline(p.question)}`, '');
    out.push('| Choice | Votes | Scored as | Led to |', '|---|---|---|---|');
    for (const c of p.choices) out.push(`| ${c.number}. ${cell(c.text)} | ${c.votes} | ${cell(c.scoredAs.join(', '))} | ${cell(c.ledTo)} |`);
    out.push('', `Total votes: ${p.totalVotes}`, '');
  }

  out.push('## Now what? The room’s answers', '');
  if (s.answers.length === 0) out.push('No answers were written down.');
  for (const a of s.answers) out.push(`- ${inline(a)}`);
  out.push('');
  return out.join('\n');
}

/** Column names of the CSV export. */
export const CSV_COLUMNS = [
  'section',
  'route',
  'point',
  'question',
  'choice_number',
  'choice',
  'votes',
  'total_votes',
  'explored',
  'led_to',
  'intervening_percent',
  'not_rescuing_percent',
  'not_abandoning_percent',
  'note',
] as const;

type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string | number>>;

/**
 * The summary as one CSV table (RFC 4180, CRLF line ends), one row per
 * choice at each point (`vote`), per step of each route (`route`), per
 * ending reached (`ending`) and per answer (`answer`).
 */
export function summaryCsv(s: SessionSummary): string {
  const rows: CsvRow[] = [];
  for (const p of s.points) {
    for (const c of p.choices) {
      rows.push({ section: 'vote', point: p.number, question: p.question, choice_number: c.number, choice: c.text, votes: c.votes, total_votes: p.totalVotes, explored: c.explored ? 'yes' : 'no', led_to: c.ledTo, note: c.scoredAs.join('; ') });
    }
  }
  for (const r of s.routes) {
    for (const st of r.steps) {
      rows.push({ section: 'route', route: r.number, point: st.point, question: st.question, choice_number: st.choice, choice: st.choiceText, votes: st.votes, total_votes: st.totalVotes, explored: 'yes' });
    }
    const axis = (id: ProfileAxis['id']) => r.ending?.profile?.find((a) => a.id === id)?.percent ?? '';
    rows.push({
      section: 'ending',
      route: r.number,
      led_to: r.ending ? r.ending.title : 'unfinished',
      intervening_percent: axis('intervening'),
      not_rescuing_percent: axis('not-rescuing'),
      not_abandoning_percent: axis('not-abandoning'),
      note: r.ending?.endingId ?? '',
    });
  }
  for (const a of s.answers) rows.push({ section: 'answer', note: a });
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((c) => csvField(row[c] ?? '')).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name for the downloads: `first-rehearsal-session-2026-11-23`. */
export function summaryFileStem(s: SessionSummary): string {
  return `${s.storyId}-session-${s.started.slice(0, 10)}`;
}

/**
 * One CSV field. Quoted when it holds a comma, quote or line break; text that
 * a spreadsheet would run as a formula is prefixed with an apostrophe.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Text on one Markdown line. */
function inline(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

/** Text inside a Markdown table cell. */
function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}
