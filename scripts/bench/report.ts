/** The bench's result (bench-out/bench.json) and its Markdown tables (printed, and bench-out/bench.md). */
import type { LoadRow } from './appLoad.ts';
import type { BigListRow } from './bigList.ts';
import type { LayoutRow, RenderRow, StableRow } from './graphs.ts';
import type { InstallRow } from './install.ts';
import type { Sizes } from './sizes.ts';

export interface BenchReport {
  date: string;
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; browser: string };
  runs: number;
  sizes?: Sizes;
  load?: LoadRow[];
  /** The same pages over a 4 Mbit/s link with a 60 ms round trip. */
  loadSlow?: LoadRow[];
  layout?: LayoutRow[];
  render?: RenderRow[];
  stable?: StableRow[];
  list?: BigListRow;
  install?: InstallRow;
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const msOf = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${Math.round(v)} ms`);
const sOf = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${(v / 1000).toFixed(2)} s`;
const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a === null || a === undefined || b === null || b === undefined || b === 0 ? '—' : `${(a / b).toFixed(2)}×`;
const n3 = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function sizesSection(s: Sizes): string {
  const top = s.assets.slice(0, 12).map((a) => [a.file, kb(a.bytes), kb(a.gzip)]);
  return [
    `## Sizes\n\nShell (before first content): **${kb(s.shellGzip)} gzip** (${s.shell.map((a) => a.file).join(', ')}). All assets: ${kb(s.totalGzip)} gzip.\n`,
    table(['asset', 'raw', 'gzip'], top),
  ].join('\n');
}

/** The app's maplibre idle as a multiple of our map's alone on an empty page, in the same run. */
function aloneRatios(rows: LoadRow[]): string {
  const alone = rows.find((r) => r.query === 'map-alone/')?.mapIdle;
  if (!alone) return '';
  const parts = rows
    .filter((r) => r.query !== 'map-alone/' && r.mapIdle)
    .map((r) => `${r.label} ${((r.mapIdle as number) / alone).toFixed(2)}×`);
  return `\nmaplibre idle against our map alone on an empty page: ${parts.join(', ')}.`;
}

function loadSection(rows: LoadRow[], title = 'App load (fresh context each run, 1280×800)'): string {
  const runs = rows[0]?.runs;
  return [
    `## ${title}\n\nMedians of ${runs} loads of each page, the pages taken in turn round by round.\n`,
    table(
      [
        'page',
        'first contentful paint',
        'data ready',
        'map first paint',
        'maplibre first frame',
        'maplibre load',
        'maplibre idle',
        'first chain',
        'longest task to map paint / to idle',
        'requests (cluster files)',
        'bytes (gzip)',
      ],
      rows.map((r) => [
        r.label,
        msOf(r.fcp),
        msOf(r.datasetReady),
        msOf(r.mapFirstPaint),
        msOf(r.mapRender),
        msOf(r.mapLoad),
        msOf(r.mapIdle),
        msOf(r.chainFirstDraw),
        `${msOf(r.longestToFirstPaint)} / ${msOf(r.longestToIdle)}`,
        `${r.requests} (${r.clusterFiles})`,
        `${kb(r.bytes)} (${kb(r.gzipBytes)})`,
      ]),
    ),
    aloneRatios(rows),
  ].join('\n');
}

function layoutSection(rows: LayoutRow[]): string {
  const sizes = [...new Set(rows.map((r) => r.n))];
  const body = sizes.flatMap((n) => {
    const ours = rows.find((r) => r.n === n && r.which === 'ours');
    const d3 = rows.find((r) => r.n === n && r.which === 'd3');
    if (!ours || !d3) return [];
    return [
      [
        `${n.toLocaleString('en')} (${ours.links.toLocaleString('en')} links)`,
        `${sOf(ours.ms)} · ${ours.ticks} ticks · ${n3(ours.lastMove)}/tick`,
        `${sOf(d3.ms)} · ${d3.ticks} ticks · ${n3(d3.lastMove)}/tick`,
        `${sOf(ours.settledMs)} / ${sOf(d3.settledMs)}`,
        ratio(ours.ms, d3.ms),
        `${n3(ours.quality.crossingsPer1000)} / ${n3(d3.quality.crossingsPer1000)} (${ratio(ours.quality.crossingsPer1000, d3.quality.crossingsPer1000)})`,
        `${ours.quality.stress.toFixed(3)} / ${d3.quality.stress.toFixed(3)}`,
        `${(100 * ours.quality.overlapShare).toFixed(1)} % / ${(100 * d3.quality.overlapShare).toFixed(1)} %`,
      ],
    ];
  });
  return [
    '## Layout: ours vs d3-force defaults (same seeded graph, in the page)\n',
    table(
      [
        'nodes',
        'ours: time · ticks · last move',
        'd3-force: time · ticks · last move',
        'time to < 0.1/tick ours / d3',
        'time ratio',
        'crossings per 1,000 link pairs ours / d3',
        'stress ours / d3',
        'overlapping nodes ours / d3',
      ],
      body,
    ),
  ].join('\n');
}

function renderSection(rows: RenderRow[]): string {
  const fps = (f: { fps: number; p95: number; longestTask: number }) =>
    `${f.fps.toFixed(1)} fps · p95 ${msOf(f.p95)} · longest ${msOf(f.longestTask)}`;
  const body = rows.map((r) => {
    const fg = rows.find((x) => x.n === r.n && x.which === 'force-graph');
    const d3 = rows.find((x) => x.n === r.n && x.which === 'd3-canvas');
    const rel =
      r.which === 'ours'
        ? `drag ${ratio(r.drag.fps, fg?.drag.fps)} / ${ratio(r.drag.fps, d3?.drag.fps)}; programmatic ${ratio(r.programmatic.fps, fg?.programmatic.fps)} / ${ratio(r.programmatic.fps, d3?.programmatic.fps)}`
        : '';
    return [
      r.n.toLocaleString('en'),
      r.which,
      `${msOf(r.mountMs)} (longest ${msOf(r.mountLongestTask)})`,
      fps(r.drag),
      `longest ${msOf(r.afterRelease.longestTask)} · worst frame ${msOf(r.afterRelease.worst)}`,
      fps(r.programmatic),
      rel,
    ];
  });
  return [
    '## Render: same fixed positions, 1280×800, DPR 1\n',
    table(
      [
        'nodes',
        'renderer',
        'mount to first frame',
        'drag-pan 3 s (real mouse)',
        '1 s after release',
        'programmatic pan 3 s',
        'ours ÷ force-graph / ÷ d3-canvas (fps)',
      ],
      body,
    ),
  ].join('\n');
}

function stableSection(rows: StableRow[]): string {
  const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
  return [
    '## Stable layout: 10 % new firms join a laid-out graph (Node)\n',
    table(
      [
        'nodes',
        'kept places (the app): largest / median move of old nodes',
        'laid out afresh: largest / median move',
      ],
      rows.map((r) => [
        r.n.toLocaleString('en'),
        `${pct(r.warm.largest)} / ${pct(r.warm.median)} (${msOf(r.warm.ms)})`,
        `${pct(r.afresh.largest)} / ${pct(r.afresh.median)} (${msOf(r.afresh.ms)})`,
      ]),
    ),
    "\nMoves are shares of the first picture's larger side (goal: ≤ 5 %).",
  ].join('\n');
}

function listSection(l: BigListRow): string {
  const keys = l.keystrokes
    .map(
      (k) =>
        `“${k.key}” ${k.processing.toFixed(1)} ms handled, ${k.duration.toFixed(1)} ms to the next frame`,
    )
    .join('; ');
  return `## Large enterprise list\n\n${l.rows.toLocaleString('en')}-row CSV on the chain in **${sOf(l.loadMs)}**, longest main-thread task ${msOf(l.longestTask)} (${l.tasksOver50} over 50 ms). Chain search keystrokes (typing “123”; ${l.hits} options shown): ${keys}. The chain diagram with the firms laid out ${sOf(l.diagramMs)} after the file was chosen, longest main-thread task meanwhile ${msOf(l.diagramLongestTask)}.`;
}

export function reportMarkdown(r: BenchReport): string {
  const m = r.machine;
  const parts = [
    `# ChainAtlas bench — ${r.date.slice(0, 16).replace('T', ' ')} UTC\n\n${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, Chromium ${m.browser} (headless, software compositing). Medians of ${r.runs} runs unless stated.`,
  ];
  if (r.sizes) parts.push(sizesSection(r.sizes));
  if (r.load) parts.push(loadSection(r.load));
  if (r.loadSlow)
    parts.push(loadSection(r.loadSlow, 'App load on a slow link (4 Mbit/s down, 60 ms round trip, gzip)'));
  if (r.layout) parts.push(layoutSection(r.layout));
  if (r.render) parts.push(renderSection(r.render));
  if (r.stable) parts.push(stableSection(r.stable));
  if (r.list) parts.push(listSection(r.list));
  if (r.install)
    parts.push(
      `## Fresh install\n\n\`npm ci\` (${r.install.cache} npm cache): **${r.install.seconds.toFixed(1)} s**; native build: ${r.install.nativeBuild ? 'yes' : 'none'}.`,
    );
  return `${parts.join('\n\n')}\n`;
}
