// Groups of nodes more tied to each other than to the rest (Louvain, graphology-communities-louvain),
// seeded so that the same network always gives the same groups, numbered the same way.
import louvain from 'graphology-communities-louvain';
import type { NetworkGraph } from './build';
import { undirectedView, type ShownPart } from './shown';

export interface Communities {
	/** Community of each node: 0 is the largest; ties are ordered by their first member's id. */
	of: Map<string, number>;
	/** Members of each community, ids sorted. */
	members: string[][];
}

/** A small seeded generator (mulberry32): Louvain's random walk, made repeatable. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const COMMUNITY_SEED = 2009;

/** Copying a larger view for Louvain takes seconds on the main thread: not offered above this. */
export const COMMUNITIES_MAX_NODES = 10_000;

/**
 * Louvain over the shown part (relations in both directions, one link per pair of nodes); null when
 * the view has more than `maxNodes` nodes.
 */
export function communitiesOf(
	graph: NetworkGraph,
	shown?: ShownPart,
	seed = COMMUNITY_SEED,
	maxNodes = COMMUNITIES_MAX_NODES
): Communities | null {
	if ((shown ? shown.nodes.size : graph.order) > maxNodes) return null;
	const raw = louvain(undirectedView(graph, shown), { rng: seededRandom(seed) });
	const groups = new Map<number, string[]>();
	for (const [id, c] of Object.entries(raw)) {
		const list = groups.get(c);
		if (list) list.push(id);
		else groups.set(c, [id]);
	}
	const members = [...groups.values()]
		.map((ids) => ids.sort())
		.sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
	const of = new Map<string, number>();
	members.forEach((ids, c) => {
		for (const id of ids) of.set(id, c);
	});
	return { of, members };
}
