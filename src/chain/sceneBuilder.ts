/**
 * Builds the renderer's scenes: at once for a small graph, a slice at a time for a big one (at
 * 50,000 nodes and 100,000 links a scene takes 150–250 ms to build, which in one go was a task of
 * about 190 ms on mounting such a graph; `npm run bench`). A newer build replaces the one under way.
 */
import { runInSlices } from '../data/slices.ts';
import type { ChainViewGraph } from '../model/chainGraph.ts';
import type { Positions } from './layout.ts';
import { STEPPED_THRESHOLD } from './picture.ts';
import { buildScene, buildSceneSteps, type Scene } from './scene.ts';

/** Graphs with more nodes than this get their scene a slice at a time, as their pictures are
 * painted in steps (picture.ts). */
const SLICED_ABOVE = STEPPED_THRESHOLD;

export interface SceneBuilder {
  /** Builds the scene and hands it to `done`: now for a small graph; for a big one in a later
   * task of its own (after the slices), unless a newer build or stop() came first. */
  build(graph: ChainViewGraph, positions: Positions, done: (scene: Scene) => void): void;
  /** Settles once the latest build has handed its scene over (or was stopped). */
  ready(): Promise<void>;
  stop(): void;
}

export function createSceneBuilder(): SceneBuilder {
  let job: AbortController | null = null;
  let latest: Promise<void> = Promise.resolve();
  return {
    build(graph, positions, done) {
      job?.abort();
      job = null;
      if (graph.nodes.length <= SLICED_ABOVE) {
        done(buildScene(graph, positions));
        latest = Promise.resolve();
        return;
      }
      const own = new AbortController();
      job = own;
      // The scene's first use (hit index, fit, first picture) in a task of its own.
      latest = runInSlices(buildSceneSteps(graph, positions), { signal: own.signal, endApart: true }).then(
        (built) => {
          if (!built.ok) return;
          job = null;
          done(built.value);
        },
      );
    },
    async ready() {
      let awaited: Promise<void>;
      do {
        awaited = latest;
        await awaited;
      } while (awaited !== latest);
    },
    stop() {
      job?.abort();
      job = null;
    },
  };
}
