/**
 * The rules of the authoring contract (WRITING.md), checked against a story's
 * outline (what is written, with lines) and its walk (what can happen).
 *
 * Each finding names its rule, so tools and tests can tell them apart, and
 * carries the line where the writer should look.
 */
import type { Diagnostic, OutlineChoice, SourceLocation, StoryOutline } from '../engine/compile.ts';
import { AXES, isKnownTag, parseTag, parseWeight, TAG_REFERENCE } from '../engine/tags.ts';
import { isPracticeId, PRACTICES } from '../scoring/practices.ts';
import type { ExploreReport, Problem } from './explore.ts';

/** The rules, by the id shown in `--json` output. */
export const RULES = {
  'global-tags': 'A scored story declares `# title:`, `# summary:` and `# duration:` at the top.',
  'untagged-choice': 'Every choice of a scored story carries a scoring tag inside its brackets.',
  'misplaced-tag': 'Scoring tags belong inside a choice’s brackets, where the choice carries them.',
  'bad-weight': 'A scoring weight is a positive number (`#rescue: 2`).',
  'untagged-ending': 'Every way a scored story can end reaches a line tagged `# ending:`.',
  'ending-title': 'An ending has an `# ending_title:` for the debrief.',
  'runtime-error': 'No path runs into an ink runtime error (such as running out of content).',
  'runtime-warning': 'Ink warnings on some path.',
  discuss: 'Every choice point of a scored story has a `# discuss:` prompt for facilitators.',
  'unreached-flow': 'Every knot and stitch can be reached.',
  'unreached-choice': 'Every choice can be offered.',
  'unknown-tag': 'Tags are ones the game understands (WRITING.md’s tag reference).',
  'unknown-practice': '`# practice:` and `# missed:` name an ally practice id.',
  'unknown-asset': '`# scene:`, `# music:`, `# ambience:` and `# sfx:` name a setting or sound the game has.',
  'incomplete-walk': 'The walk of every path finished within its bounds.',
} as const;

export type RuleId = keyof typeof RULES;

/** A diagnostic with the rule that raised it. */
export interface Finding extends Diagnostic {
  readonly rule: RuleId | 'compile';
}

/** The names a story may use for settings and sounds (read from assets/ by the tools). */
export interface KnownAssets {
  readonly scenes?: readonly string[];
  /** Sound names by kind: `music`, `ambience`, `sfx`. */
  readonly sounds?: Readonly<Record<string, readonly string[]>>;
}

export interface LintInput {
  readonly file: string;
  readonly outline: StoryOutline;
  readonly report: ExploreReport;
  readonly globalTags: readonly string[];
  readonly known?: KnownAssets;
}

const SCORE_KEYS = new Set<string>([...AXES, 'neutral']);
const ASSET_KEYS = new Set(['scene', 'music', 'ambience', 'sfx']);

/** True when a story is scored: any choice carries (or any line misplaces) a scoring tag. */
export function isScoredOutline(outline: StoryOutline, report: ExploreReport | undefined): boolean {
  return (report?.scored ?? false) || outline.tags.some((t) => SCORE_KEYS.has(parseTag(t.text).key));
}

/** Every finding for one compiled story. */
export function lintStory(input: LintInput): Finding[] {
  const scored = isScoredOutline(input.outline, input.report);
  return [
    ...globalTagRules(input, scored),
    ...tagRules(input),
    ...(scored ? untaggedChoices(input) : []),
    ...walkProblems(input, scored),
    ...(scored ? discussRule(input) : []),
    ...reachRules(input),
    ...endingTitles(input),
  ];
}

function finding(rule: RuleId, severity: Finding['severity'], at: SourceLocation | undefined, file: string, message: string): Finding {
  return { rule, severity, file: at?.file ?? file, line: at?.line, message };
}

function globalTagRules({ file, outline, globalTags }: LintInput, scored: boolean): Finding[] {
  const out: Finding[] = [];
  const top = outline.tags.filter((t) => t.flow === '' && !t.onChoice);
  const at = (key: string) => top.find((t) => parseTag(t.text).key === key)?.at;
  const present = (key: string) => globalTags.some((t) => parseTag(t).key === key && parseTag(t).value !== '');
  const first: SourceLocation = { file, line: 1 };
  if (scored) {
    for (const key of ['title', 'summary', 'duration'] as const) {
      if (!present(key)) out.push(finding('global-tags', 'error', at(key) ?? first, file, `Missing global tag \`# ${key}: …\` at the top of the story (before any text).`));
    }
  } else if (!present('title')) {
    out.push(finding('global-tags', 'warning', first, file, 'No `# title:` at the top; the story list will show the file name instead.'));
  }
  const duration = globalTags.map(parseTag).find((t) => t.key === 'duration');
  if (duration && duration.value !== '' && !Number.isFinite(Number.parseFloat(duration.value))) {
    out.push(finding('global-tags', 'error', at('duration') ?? first, file, `\`# duration: ${duration.value}\` should start with a number of minutes, e.g. \`# duration: 10 min\`.`));
  }
  return out;
}

function tagRules({ file, outline, known }: LintInput): Finding[] {
  const out: Finding[] = [];
  for (const t of outline.tags) {
    const tag = parseTag(t.text);
    if (tag.key === '' || tag.key.includes('…')) continue;
    if (!isKnownTag(tag.key)) {
      out.push(finding('unknown-tag', 'warning', t.at, file, `Unknown tag \`# ${t.text}\`: the game ignores it. ${suggestion(tag.key)}`));
      continue;
    }
    if (SCORE_KEYS.has(tag.key)) {
      if (!t.onChoice) {
        const why = t.afterChoiceBracket
          ? 'after the choice’s closing bracket it tags the line printed after choosing, not the choice'
          : 'it is on a line of text, not on a choice';
        out.push(finding('misplaced-tag', 'error', t.at, file, `Scoring tag \`#${t.text}\` does not score anything: ${why}. Put it inside the brackets: \`* [Text #${tag.key}]\`.`));
      }
      if (tag.key === 'neutral' && tag.value !== '') {
        out.push(finding('bad-weight', 'warning', t.at, file, `\`#neutral\` takes no weight; \`: ${tag.value}\` is ignored.`));
      } else if (tag.key !== 'neutral' && tag.value !== '' && !tag.value.includes('…') && parseWeight(tag.value) === undefined) {
        out.push(finding('bad-weight', 'error', t.at, file, `Weight \`${tag.value}\` in \`#${t.text}\` is not a positive number; it counts as 1. Write e.g. \`#${tag.key}: 2\`.`));
      }
      continue;
    }
    if (tag.key === 'practice' || tag.key === 'missed') {
      if (tag.value !== '' && !tag.value.includes('…') && !isPracticeId(tag.value)) {
        out.push(finding('unknown-practice', 'error', t.at, file, `\`# ${tag.key}: ${tag.value}\` is not a practice id. Use one of: ${Object.keys(PRACTICES).join(', ')}.`));
      }
      continue;
    }
    if (ASSET_KEYS.has(tag.key) && known && tag.value !== '' && tag.value !== 'none' && !tag.value.includes('…')) {
      const names = tag.key === 'scene' ? known.scenes : known.sounds?.[tag.key];
      if (names && !names.includes(tag.value)) {
        const what = tag.key === 'scene' ? 'setting' : `${tag.key} sound`;
        out.push(finding('unknown-asset', 'warning', t.at, file, `There is no ${what} called "${tag.value}". Known: ${names.join(', ')}.`));
      }
    }
  }
  return out;
}

function untaggedChoices({ file, outline, report }: LintInput): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const c of outline.choices) {
    if (c.tags.some((t) => SCORE_KEYS.has(parseTag(t).key))) continue;
    seen.add(c.sourcePath);
    out.push(finding('untagged-choice', 'error', c.at, file, `Choice "${c.text}" has no scoring tag; add #intervene, #rescue, #abandon or #neutral inside its brackets.`));
  }
  // Choices whose tags are built at run time are only known from the walk.
  for (const p of report.problems) {
    if (p.kind !== 'untagged-choice' || !p.choice || seen.has(p.choice)) continue;
    if (outline.choices.some((c) => c.sourcePath === p.choice)) continue;
    out.push(finding('untagged-choice', 'error', undefined, file, `${p.message}${pathNote(p)}`));
  }
  return out;
}

function walkProblems({ file, outline, report }: LintInput, scored: boolean): Finding[] {
  const out: Finding[] = [];
  const choiceAt = (path: string | undefined) => outline.choices.find((c) => c.sourcePath === path);
  for (const p of report.problems) {
    const choice = choiceAt(p.choice);
    if (p.kind === 'dead-end') {
      if (!scored) continue;
      const line = p.lastLine === undefined ? undefined : locateLine(outline, p.lastLine);
      const where = line ? 'after this line' : choice ? 'after this choice' : 'here';
      out.push(finding('untagged-ending', 'error', line ?? choice?.at, file, `The story ends ${where} without an \`# ending:\` tag; tag the last line of every ending.${pathNote(p)}`));
    } else if (p.kind === 'runtime-error') {
      const text = p.message.replace(/^RUNTIME ERROR:\s*/i, '');
      const lead = choice ? `After choosing "${choice.text}", the story fails: ` : 'The story fails: ';
      out.push(finding('runtime-error', 'error', choice?.at, file, `${lead}${text}${pathNote(p)}`));
    } else if (p.kind === 'runtime-warning') {
      out.push(finding('runtime-warning', 'warning', choice?.at, file, `${p.message.replace(/^RUNTIME WARNING:\s*/i, '')}${pathNote(p)}`));
    }
  }
  return out;
}

function discussRule({ file, outline, report }: LintInput): Finding[] {
  const out: Finding[] = [];
  for (const point of report.choicePointInfo) {
    if (point.discuss) continue;
    const first = firstChoice(outline, point.choices);
    out.push(finding('discuss', 'warning', first?.at, file, `No \`# discuss:\` prompt before the choice point${first ? ` starting "${first.text}"` : ''}; facilitators pause here with nothing to ask the room.`));
  }
  return out;
}

function reachRules({ file, outline, report }: LintInput): Finding[] {
  if (report.stoppedEarly) {
    return [{ rule: 'incomplete-walk', severity: 'warning', file, line: undefined, message: `The walk ${report.stoppedEarly}, so unreached knots and choices are not reported and the counts are partial.` }];
  }
  const out: Finding[] = [];
  if (report.reachedFlows) {
    for (const flow of outline.flows) {
      if (flow.kind === 'function' || report.reachedFlows.has(flow.name)) continue;
      out.push(finding('unreached-flow', 'warning', flow.at, file, `${flow.kind === 'knot' ? 'Knot' : 'Stitch'} \`${flow.name}\` is never reached on any path.`));
    }
  }
  const unreached = new Set(report.reachedFlows ? outline.flows.filter((f) => !report.reachedFlows!.has(f.name)).map((f) => f.name) : []);
  for (const c of outline.choices) {
    if (report.offered.has(c.sourcePath) || unreached.has(c.flow) || functionFlow(outline, c.flow)) continue;
    out.push(finding('unreached-choice', 'warning', c.at, file, `Choice "${c.text}" is never offered on any path (its condition is never true, or the story never gets there).`));
  }
  return out;
}

function endingTitles({ file, outline }: LintInput): Finding[] {
  const out: Finding[] = [];
  const titled = new Set(outline.tags.filter((t) => parseTag(t.text).key === 'ending_title').map((t) => `${t.at.file}:${t.at.line}`));
  for (const t of outline.tags) {
    const tag = parseTag(t.text);
    if (tag.key !== 'ending') continue;
    if (tag.value === '') {
      out.push(finding('untagged-ending', 'error', t.at, file, '`# ending:` needs an id, e.g. `# ending: door-open`.'));
    } else if (!titled.has(`${t.at.file}:${t.at.line}`)) {
      out.push(finding('ending-title', 'warning', t.at, file, `Ending "${tag.value}" has no \`# ending_title:\` on the same line; the debrief will show its id.`));
    }
  }
  return out;
}

/** A nudge towards the tag the writer probably meant. */
function suggestion(key: string): string {
  const close = TAG_REFERENCE.find((s) => editDistance(s.key, key) <= 2);
  return close ? `Did you mean \`${close.key}\`? (${close.form})` : 'See the tag reference in WRITING.md.';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function functionFlow(outline: StoryOutline, flow: string): boolean {
  return outline.flows.some((f) => f.name === flow && f.kind === 'function');
}

function firstChoice(outline: StoryOutline, paths: readonly string[]): OutlineChoice | undefined {
  const written = outline.choices.filter((c) => paths.includes(c.sourcePath));
  return written.sort((a, b) => a.at.line - b.at.line)[0];
}

function pathNote(p: Problem): string {
  if (p.path.length === 0) return ' (before the first choice)';
  const shown = p.path.length > 6 ? ['…', ...p.path.slice(-5)] : p.path;
  return ` (path: ${shown.map((c) => (c === '…' ? c : `"${c}"`)).join(' → ')})`;
}

/**
 * Find where a printed line is written. Text with inline logic prints
 * differently from its source, so an exact match wins, then the longest
 * written line the printed one contains.
 */
export function locateLine(outline: StoryOutline, printed: string): SourceLocation | undefined {
  const text = printed.replace(/\s+/g, ' ').trim();
  const exact = outline.lines.filter((l) => l.text === text);
  if (exact.length > 0) return exact[exact.length - 1]!.at;
  let best: { at: SourceLocation; length: number } | undefined;
  for (const l of outline.lines) {
    const part = l.text.replace(/…/g, '').trim();
    if (part.length >= 12 && text.includes(part) && part.length > (best?.length ?? 0)) best = { at: l.at, length: part.length };
  }
  return best?.at;
}
