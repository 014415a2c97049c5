/**
 * What to draw, independent of how: node geometry, links, lanes, which nodes are dimmed and which
 * labels compete for space. The canvas renderer and renderSvg both draw from a Scene, so the live
 * diagram and the exported file show the same picture.
 */

import type { LinkKind } from '../data/schema.ts';
import { drain, type Steps } from '../data/slices.ts';
import type { ChainViewGraph, ChainViewNode } from '../model/chainGraph.ts';
import { createHitIndex, type HitIndex } from './hitTest.ts';
import { ALL_LABELS_ZOOM, type LabelCandidate, type PlacedLabel, placeLabels } from './labels.ts';
import { computeLanes, type Lane } from './lanes.ts';
import type { Point, Positions } from './layout.ts';
import { KIND_SHAPE, type ShapeName, shapeExtent } from './shapes.ts';
import { nodeRadius } from './sizes.ts';
import type { Lang } from './strings.ts';
import { type Bounds, boundsOf, type Size, toScreen, type View } from './viewport.ts';

export interface SceneNode {
  id: string;
  data: ChainViewNode;
  x: number;
  y: number;
  r: number;
  shape: ShapeName;
  hw: number;
  hh: number;
}
export interface SceneLink {
  source: SceneNode;
  target: SceneNode;
  kind: LinkKind;
  /** End points clipped to the node outlines (see clipLink); `visible` false when nodes overlap. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  visible: boolean;
}
export interface Scene {
  nodes: SceneNode[];
  links: SceneLink[];
  byId: Map<string, SceneNode>;
  lanes: Lane[];
}

export interface SceneState {
  selectedId: string | null;
  hoverId?: string | null;
  /** Nodes to keep at full strength (e.g. present in the selected city); null = all. */
  emphasisIds: ReadonlySet<string> | null;
  /** Double-clicked node: it and its direct neighbours stay, the rest dims. */
  focusId: string | null;
}

/** Nodes and links handled between two pauses of buildSceneSteps. */
const SCENE_STEP = 1000;

/**
 * The scene, with a pause every SCENE_STEP nodes or links: at 50,000 nodes and 100,000 links
 * building it takes 150–250 ms, so the renderer builds a big graph's scene a slice at a time
 * (runInSlices). Nodes without a position (layout still running) are left out rather than drawn
 * at 0,0.
 */
export function* buildSceneSteps(graph: ChainViewGraph, positions: Positions): Steps<Scene> {
  const nodes: SceneNode[] = [];
  const byId = new Map<string, SceneNode>();
  let done = 0;
  for (const d of graph.nodes) {
    if (++done % SCENE_STEP === 0) yield;
    const p = positions[d.id];
    if (!p) continue;
    const r = nodeRadius(d);
    const shape = KIND_SHAPE[d.kind];
    const { hw, hh } = shapeExtent(shape, r);
    const n: SceneNode = { id: d.id, data: d, x: p.x, y: p.y, r, shape, hw, hh };
    nodes.push(n);
    byId.set(d.id, n);
  }
  const links: SceneLink[] = [];
  for (const l of graph.links) {
    if (++done % SCENE_STEP === 0) yield;
    const source = byId.get(l.source);
    const target = byId.get(l.target);
    if (!source || !target) continue;
    const link: SceneLink = { source, target, kind: l.kind, x1: 0, y1: 0, x2: 0, y2: 0, visible: false };
    clipLink(link);
    links.push(link);
  }
  yield;
  return {
    nodes,
    links,
    byId,
    lanes: computeLanes(
      nodes.map((n) => n.data),
      positions,
    ),
  };
}

/** The scene at once (small graphs, exports, tests). */
export function buildScene(graph: ChainViewGraph, positions: Positions): Scene {
  return drain(buildSceneSteps(graph, positions));
}

/** Where a link meets a node's outline, approximately (boxes exactly, round shapes by radius). */
function edgeDistance(n: SceneNode, ux: number, uy: number): number {
  if (n.shape === 'roundRect' || n.shape === 'square' || n.shape === 'document') {
    return Math.min(ux ? n.hw / Math.abs(ux) : Infinity, uy ? n.hh / Math.abs(uy) : Infinity);
  }
  return Math.max(n.hw, n.hh) * 0.92;
}

/**
 * (Re)computes a link's end points from its nodes' positions — once per layout, and for the links
 * of a dragged node — so drawing 20 k links allocates nothing.
 */
function clipLink(l: SceneLink): void {
  const dx = l.target.x - l.source.x;
  const dy = l.target.y - l.source.y;
  const len = Math.hypot(dx, dy);
  const ux = len ? dx / len : 0;
  const uy = len ? dy / len : 0;
  const s = len ? edgeDistance(l.source, ux, uy) : 0;
  const t = len ? edgeDistance(l.target, -ux, -uy) + 1 : 0;
  l.visible = len > 0 && s + t < len;
  l.x1 = l.source.x + ux * s;
  l.y1 = l.source.y + uy * s;
  l.x2 = l.target.x - ux * t;
  l.y2 = l.target.y - uy * t;
}

/** Direct neighbours of a node (scans the links: only needed on focus, cheaper than an index). */
function neighboursOf(scene: Scene, id: string): Set<string> {
  const out = new Set<string>();
  for (const l of scene.links) {
    if (l.source.id === id) out.add(l.target.id);
    else if (l.target.id === id) out.add(l.source.id);
  }
  return out;
}

/** Ids drawn at full strength, or null when nothing is dimmed. */
export function activeSet(scene: Scene, state: SceneState): Set<string> | null {
  let active: Set<string> | null = state.emphasisIds ? new Set(state.emphasisIds) : null;
  if (state.focusId && scene.byId.has(state.focusId)) {
    const hood = neighboursOf(scene, state.focusId).add(state.focusId);
    active = active ? new Set([...hood].filter((id) => (active as Set<string>).has(id))) : hood;
  }
  return active;
}

/** Nodes drawn smaller than this (radius, CSS px) take no part in labelling. */
const MIN_LABELLED_RADIUS_PX = 1.8;
/** Length of the 延链 arrow tick, graph units (drawn by draw.ts / renderSvg.ts). */
export const EXTENSION_TICK = 9;
/** Offset of the 锻长板 outer ring, graph units. */
export const STRONG_RING = 2.6;

function isBold(d: ChainViewNode): boolean {
  return d.kind === 'segment' || d.tier === 'chain-leader';
}

/** Screen-space label placement for the current view. */
export function sceneLabels(
  scene: Scene,
  state: SceneState,
  active: ReadonlySet<string> | null,
  view: View,
  size: Size,
  lang: Lang,
): PlacedLabel[] {
  const forced = new Set([state.selectedId, state.hoverId, state.focusId].filter((id): id is string => !!id));
  const margin = 40;
  const candidates: LabelCandidate[] = [];
  for (const n of scene.nodes) {
    const isForced = forced.has(n.id);
    if (!isForced && active && !active.has(n.id)) continue;
    // Zoomed far out, dots a pixel wide neither get a label nor block one (10 k nodes: most of them).
    if (!isForced && n.r * view.k < MIN_LABELLED_RADIUS_PX) continue;
    const p = toScreen(view, n);
    if (p.x < -margin || p.y < -margin || p.x > size.width + margin || p.y > size.height + margin) continue;
    // 锻长板's second ring is drawn at r + STRONG_RING; labels must clear it.
    const ext = n.data.status === 'strong' ? shapeExtent(n.shape, n.r + STRONG_RING) : n;
    candidates.push({
      id: n.id,
      x: p.x,
      y: p.y,
      hw: ext.hw * view.k,
      hh: ext.hh * view.k,
      padRight: n.data.status === 'extension' ? EXTENSION_TICK * view.k : 0,
      text: n.data.name[lang],
      importance: n.data.importance,
      bold: isBold(n.data),
      italic: n.data.editorial,
      forced: isForced,
    });
  }
  return placeLabels(candidates, {
    width: size.width,
    height: size.height,
    showAll: view.k >= ALL_LABELS_ZOOM,
  });
}

/** The label of one node, forced (hover overlay): placed without competing with the others. */
export function singleLabel(
  scene: Scene,
  id: string,
  view: View,
  size: Size,
  lang: Lang,
): PlacedLabel | null {
  const n = scene.byId.get(id);
  if (!n) return null;
  const p = toScreen(view, n);
  const [label] = placeLabels(
    [
      {
        id,
        x: p.x,
        y: p.y,
        hw: n.hw * view.k,
        hh: n.hh * view.k,
        text: n.data.name[lang],
        importance: 0,
        bold: isBold(n.data),
        italic: n.data.editorial,
        forced: true,
      },
    ],
    size,
  );
  return label ?? null;
}

/** Graph-space box to fit: the lane bands (they frame the picture), else the nodes. */
export function sceneBounds(scene: Scene): Bounds | null {
  if (scene.lanes.length) {
    return {
      x0: Math.min(...scene.lanes.map((l) => l.x0)),
      y0: Math.min(...scene.lanes.map((l) => l.y0)),
      x1: Math.max(...scene.lanes.map((l) => l.x1)),
      y1: Math.max(...scene.lanes.map((l) => l.y1)),
    };
  }
  return boundsOf(Object.fromEntries(scene.nodes.map((n) => [n.id, n])));
}

/** Moves one node (a drag) and re-clips its links; lanes follow on relane(). */
export function moveNode(scene: Scene, id: string, p: Point): void {
  const n = scene.byId.get(id);
  if (!n) return;
  n.x = p.x;
  n.y = p.y;
  for (const l of scene.links) if (l.source === n || l.target === n) clipLink(l);
}

export function relane(scene: Scene): void {
  scene.lanes = computeLanes(
    scene.nodes.map((n) => n.data),
    Object.fromEntries(scene.nodes.map((n) => [n.id, n])),
  );
}

/** Pick index over the scene's nodes (radius: the shape's larger half extent). */
export function sceneHits(scene: Scene): HitIndex {
  return createHitIndex(scene.nodes.map((n) => ({ id: n.id, x: n.x, y: n.y, r: Math.max(n.hw, n.hh) })));
}
