/**
 * Draw a `StoryMap` as one self-contained HTML page with inline SVG: no
 * scripts, fonts or images from anywhere else, so it opens from a file,
 * prints, and can be handed to a facilitator. Colours are the game's palette
 * (docs/art-direction.md); every score also has a line pattern and a text
 * badge, so nothing depends on colour alone.
 */
import { MAP_LAYOUT, type MapEdge, type MapNode, type ScoreKind, type StoryMap } from './storyMap.ts';

const PALETTE = {
  paper: '#FFF8EE',
  sand: '#F2D7B6',
  clay: '#E8B48F',
  saffron: '#E9A23B',
  terracotta: '#C8553D',
  sage: '#6B8F71',
  teal: '#2F6F73',
  plum: '#6D4C6F',
  cocoa: '#4A3A35',
  charcoal: '#2B2321',
} as const;

/** Stroke and pattern for each kind of edge; the legend lists the same. */
const STROKES: Record<ScoreKind | 'flow', { color: string; dash: string; width: number; label: string }> = {
  intervene: { color: PALETTE.teal, dash: '', width: 3, label: 'intervene — solid' },
  rescue: { color: '#9A6410', dash: '10 5', width: 3, label: 'rescue — long dashes' },
  abandon: { color: PALETTE.terracotta, dash: '2 5', width: 3.2, label: 'abandon — dots' },
  mixed: { color: PALETTE.plum, dash: '10 4 2 4', width: 3, label: 'several axes — dash-dot' },
  neutral: { color: PALETTE.sage, dash: '', width: 1.8, label: 'neutral — thin' },
  untagged: { color: '#B3261E', dash: '4 3', width: 2.4, label: 'no scoring tag — short dashes' },
  unscored: { color: PALETTE.cocoa, dash: '', width: 2, label: 'choice' },
  flow: { color: '#8C7B72', dash: '1 4', width: 1.6, label: 'continues (divert, no choice)' },
};

/** Escape text for HTML and SVG; story text is never trusted. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The whole page. */
export function renderStoryMapHtml(map: StoryMap): string {
  const kinds = new Set<ScoreKind | 'flow'>([...map.nodes.flatMap((n) => n.choices.map((c) => c.kind)), ...map.edges.map((e) => e.kind)]);
  const endings = map.nodes.filter((n) => n.kind === 'ending');
  const unreached = map.nodes.filter((n) => n.reached === false);
  const title = `Map of “${map.title}”`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<style>
  :root { color-scheme: light; }
  body { margin: 0; background: ${PALETTE.paper}; color: ${PALETTE.charcoal}; font: 16px/1.45 'Atkinson Hyperlegible', system-ui, -apple-system, 'Segoe UI', sans-serif; }
  header, section { max-width: 70rem; padding: 0 1.5rem; }
  h1 { font-family: 'Fraunces', Georgia, serif; font-weight: 600; margin: 1.25rem 0 0.25rem; }
  .file { color: #5A4842; margin: 0 0 0.75rem; }
  .note { border-left: 4px solid ${PALETTE.terracotta}; background: #fbeee6; padding: 0.5rem 0.75rem; }
  ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; margin: 0.5rem 0 1rem; }
  ul.legend li { display: flex; align-items: center; gap: 0.5rem; }
  .canvas { overflow: auto; border-top: 1px solid ${PALETTE.sand}; border-bottom: 1px solid ${PALETTE.sand}; background: #fffdf8; }
  svg text { font-family: 'Atkinson Hyperlegible', system-ui, sans-serif; }
  table { border-collapse: collapse; margin: 0.5rem 0 2rem; }
  th, td { text-align: left; padding: 0.25rem 1rem 0.25rem 0; border-bottom: 1px solid ${PALETTE.sand}; }
  @media print { .canvas { overflow: visible; } }
</style>
</head>
<body>
<header>
  <h1>${escapeXml(title)}</h1>
  <p class="file">${escapeXml(map.file)} · knots and stitches are boxes; each choice is a row in its box, with a line to where it leads.</p>
  ${map.incomplete ? `<p class="note" role="note"><strong>Incomplete:</strong> the walk of every path ${escapeXml(map.incomplete)}, so some links may be missing and nothing is marked “never reached”.</p>` : ''}
  <ul class="legend" aria-label="Legend">
    ${[...kinds].map((k) => legendItem(k)).join('\n    ')}
    <li>${svgSwatchBox('ending')} ending</li>
    ${unreached.length ? `<li>${svgSwatchBox('unreached')} never reached</li>` : ''}
  </ul>
</header>
<div class="canvas">
${renderSvg(map)}
</div>
<section>
  <h2>Endings</h2>
  ${endings.length === 0 ? '<p>No tagged endings.</p>' : `<table><thead><tr><th scope="col">Ending</th><th scope="col">Id</th><th scope="col">Playthroughs</th></tr></thead><tbody>${endings
    .map((n) => `<tr><td>${escapeXml(n.ending?.title ?? n.label)}</td><td><code>${escapeXml(n.ending?.id ?? '')}</code></td><td>${n.ending?.paths ?? 0}</td></tr>`)
    .join('')}</tbody></table>`}
  ${unreached.length ? `<h2>Never reached</h2><ul>${unreached.map((n) => `<li>${escapeXml(n.label)}${n.at ? ` (${escapeXml(n.at.file)}:${n.at.line})` : ''}</li>`).join('')}</ul>` : ''}
</section>
</body>
</html>
`;
}

function legendItem(kind: ScoreKind | 'flow'): string {
  const s = STROKES[kind];
  return `<li><svg width="44" height="12" aria-hidden="true"><line x1="2" y1="6" x2="42" y2="6" stroke="${s.color}" stroke-width="${s.width}" stroke-dasharray="${s.dash}" stroke-linecap="round"/></svg>${escapeXml(s.label)}</li>`;
}

function svgSwatchBox(kind: 'ending' | 'unreached'): string {
  const fill = kind === 'ending' ? '#F6E3C8' : '#FFFFFF';
  const dash = kind === 'unreached' ? '5 4' : '';
  const stroke = kind === 'ending' ? PALETTE.plum : '#8C7B72';
  return `<svg width="30" height="20" aria-hidden="true"><rect x="2" y="2" width="26" height="16" rx="4" fill="${fill}" stroke="${stroke}" stroke-width="2" stroke-dasharray="${dash}"/></svg>`;
}

/** The SVG of the graph alone (the page wraps it). */
export function renderSvg(map: StoryMap): string {
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const defs = Object.entries(STROKES)
    .map(([k, s]) => `<marker id="arrow-${k}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${s.color}"/></marker>`)
    .join('');
  const edges = map.edges.map((e) => renderEdge(e, byId)).join('\n');
  const nodes = map.nodes.map(renderNode).join('\n');
  const summary = `${map.nodes.filter((n) => n.kind === 'knot' || n.kind === 'stitch').length} knots and stitches, ${map.nodes.filter((n) => n.kind === 'ending').length} endings`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${map.width}" height="${map.height}" viewBox="0 0 ${map.width} ${map.height}" role="img" aria-labelledby="map-title map-desc">
<title id="map-title">${escapeXml(`Story map: ${map.title}`)}</title>
<desc id="map-desc">${escapeXml(summary)}</desc>
<defs>${defs}</defs>
<g class="edges">
${edges}
</g>
<g class="nodes">
${nodes}
</g>
</svg>`;
}

function renderEdge(edge: MapEdge, byId: Map<string, MapNode>): string {
  const from = byId.get(edge.from);
  const to = byId.get(edge.to);
  if (!from || !to) return '';
  const s = STROKES[edge.kind];
  const { header, row } = MAP_LAYOUT;
  const sy = edge.choice === undefined ? from.y + header / 2 : from.y + header + edge.choice * row + row / 2;
  const sx = from.x + from.width;
  const ty = to.y + header / 2;
  const forward = to.x > from.x;
  let d: string;
  if (forward) {
    const tx = to.x - 2;
    const bend = Math.max(40, (tx - sx) / 2);
    d = `M${sx},${sy} C${sx + bend},${sy} ${tx - bend},${ty} ${tx},${ty}`;
  } else {
    // Back to an earlier (or the same) column: leave to the right, loop round above the target, enter from its left.
    const tx = to.x - 2;
    const lift = Math.min(from.y, to.y) - 18;
    d = `M${sx},${sy} C${sx + 70},${sy} ${sx + 70},${lift} ${(sx + tx) / 2},${lift} S${tx - 70},${ty} ${tx},${ty}`;
  }
  const label = edge.text ? `<title>${escapeXml(`${edge.text} → ${to.label}`)}</title>` : '';
  return `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="${s.width}" stroke-dasharray="${s.dash}" stroke-linecap="round" marker-end="url(#arrow-${edge.kind})" opacity="0.9">${label}</path>`;
}

function renderNode(node: MapNode): string {
  const { header, row } = MAP_LAYOUT;
  const unreached = node.reached === false;
  const ending = node.kind === 'ending';
  const fill = ending ? '#F6E3C8' : node.kind === 'start' ? '#E4EFEA' : node.kind === 'dead-end' || node.kind === 'error' ? '#F8DAD3' : '#FFFFFF';
  const stroke = ending ? PALETTE.plum : node.kind === 'dead-end' || node.kind === 'error' ? PALETTE.terracotta : unreached ? '#8C7B72' : PALETTE.cocoa;
  const dash = unreached ? '6 4' : '';
  const kindLabel = ending ? 'Ending' : node.kind === 'start' ? '' : node.kind === 'stitch' ? 'stitch' : node.kind === 'knot' ? 'knot' : '';
  const where = node.at ? `line ${node.at.line}` : '';
  const sub = [kindLabel, where, unreached ? 'never reached' : ''].filter(Boolean).join(' · ');
  const rows = node.choices
    .map((c, i) => {
      const y = node.y + header + i * row;
      const s = STROKES[c.kind];
      const stays = c.to.includes(node.id) ? ' ↻' : '';
      const badge = c.badge ? ` [${c.badge}]` : '';
      const text = truncate(c.text || '(no text)', 50 - Math.min(20, badge.length));
      const off = c.neverOffered ? ' (never offered)' : '';
      return `<g><title>${escapeXml(`${c.text}${badge}${off}${c.at ? ` — line ${c.at.line}` : ''}`)}</title><line x1="${node.x + 10}" y1="${y + row / 2}" x2="${node.x + 30}" y2="${y + row / 2}" stroke="${s.color}" stroke-width="${s.width}" stroke-dasharray="${s.dash}" stroke-linecap="round"/><text x="${node.x + 38}" y="${y + row / 2 + 5}" font-size="13" fill="${c.neverOffered ? '#7A6A62' : PALETTE.charcoal}">${escapeXml(text)}${stays}<tspan fill="#5A4842" font-size="11">${escapeXml(badge)}</tspan></text></g>`;
    })
    .join('');
  const endingLine = ending && node.ending
    ? `<text x="${node.x + 12}" y="${node.y + header + row / 2 + 4}" font-size="12" fill="#5A4842">${escapeXml(`${node.ending.id} · ${node.ending.paths} ${node.ending.paths === 1 ? 'playthrough' : 'playthroughs'}`)}</text>`
    : '';
  const marker = ending ? '◆ ' : node.kind === 'start' ? '▶ ' : node.kind === 'dead-end' || node.kind === 'error' ? '⚠ ' : '';
  return `<g class="node node-${node.kind}${unreached ? ' unreached' : ''}">
<rect x="${node.x}" y="${node.y}" width="${node.width}" height="${node.height}" rx="10" fill="${fill}" stroke="${stroke}" stroke-width="${ending ? 2.5 : 1.6}" stroke-dasharray="${dash}"/>
<text x="${node.x + 12}" y="${node.y + 21}" font-size="15" font-weight="700" fill="${PALETTE.charcoal}">${escapeXml(marker + truncate(node.label, 40))}</text>
${sub ? `<text x="${node.x + 12}" y="${node.y + 38}" font-size="11.5" fill="#5A4842">${escapeXml(sub)}</text>` : ''}
${rows}${endingLine}
</g>`;
}
