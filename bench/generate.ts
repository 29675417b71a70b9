// Synthetic networks for the benchmark: compiled dataset files of 1k, 10k, 50k and 100k nodes, the same
// on every run and every machine (a seeded PRNG, no Math.random). `npx tsx bench/generate.ts`
// writes them to bench/tmp/data/; the runner calls `writeSyntheticFiles` itself.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCompiledDataset, toCompiledDataset } from '../src/lib/data/compile';
import {
	EVENT_KINDS,
	type CompiledDataset,
	type DataEdge,
	type DataEvent,
	type DataNode,
	type NodeType,
	type Region,
	type Relation
} from '../src/lib/data/types';
import { DATA_DIR } from './paths';

export interface SyntheticSpec {
	/** Workload key, also the file's base name. */
	name: string;
	nodes: number;
	edges: number;
	seed: number;
}

export const SYNTHETIC: readonly SyntheticSpec[] = [
	{ name: 'synthetic-1k', nodes: 1_000, edges: 5_000, seed: 1_001 },
	{ name: 'synthetic-10k', nodes: 10_000, edges: 50_000, seed: 10_001 },
	{ name: 'synthetic-50k', nodes: 50_000, edges: 250_000, seed: 50_001 },
	{ name: 'synthetic-100k', nodes: 100_000, edges: 500_000, seed: 100_001 }
];

/** A workload's title in the report: `pp` (the bundled dataset) or a synthetic network's key. */
export function workloadTitle(key: string): string {
	if (key === 'pp') return 'Prague Process dataset';
	const spec = SYNTHETIC.find((s) => s.name === `synthetic-${key}`);
	if (!spec) return key;
	const n = (x: number) => x.toLocaleString('en-US');
	return `Synthetic ${n(spec.nodes)} nodes / ${n(spec.edges)} edges`;
}

/** A tiny seeded PRNG (mulberry32): uniform numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The four regions that have a region node in the real data; Russia and Türkiye have none. */
const REGION_NODES: readonly Region[] = [
	'eu_schengen',
	'western_balkans',
	'eastern_partnership',
	'central_asia'
];

/** Share of states per region (sums to 1), and each region's sector of the layout (degrees). */
const STATE_REGIONS: readonly { region: Region; share: number; angle: number }[] = [
	{ region: 'eu_schengen', share: 0.45, angle: 0 },
	{ region: 'turkiye', share: 0.08, angle: 60 },
	{ region: 'western_balkans', share: 0.12, angle: 120 },
	{ region: 'eastern_partnership', share: 0.14, angle: 180 },
	{ region: 'russia', share: 0.08, angle: 240 },
	{ region: 'central_asia', share: 0.13, angle: 300 }
];

const TYPE_WORDS: Record<NodeType, string> = {
	state: 'State',
	region: 'Region',
	body: 'Body',
	document: 'Document',
	thematic_area: 'Area',
	project: 'Project'
};

/**
 * Which relation links two node types, source type first. A pair not listed (in either order) is
 * not linked by the preferential-attachment phase: regions get only `member_of` from their states,
 * thematic areas only `covers` from projects and documents, as in the real data.
 */
const RELATIONS_BY_PAIR: Partial<Record<`${NodeType}>${NodeType}`, readonly Relation[]>> = {
	'state>project': ['participates_in', 'partner_in', 'beneficiary_of', 'leads'],
	'state>body': ['member_of', 'observer_in', 'chairs', 'hosts'],
	'state>document': ['endorses'],
	'state>state': ['supports'],
	'body>project': ['supports', 'funds', 'leads'],
	'body>body': ['part_of', 'contributes_to'],
	'body>document': ['produced'],
	'project>project': ['part_of', 'contributes_to'],
	'project>document': ['produced'],
	'document>body': ['adopted_at'],
	'document>document': ['part_of'],
	'project>thematic_area': ['covers'],
	'document>thematic_area': ['covers']
};

export const SYNTHETIC_SOURCE = {
	key: 'SYN',
	title: 'Synthetic benchmark data',
	url: 'https://example.org/synthetic',
	publisher: 'benchmark',
	accessed: '2026-11'
};

const pad = (i: number, width: number) => String(i).padStart(width, '0');

/**
 * A network with a heavy-tailed degree distribution: states are tied to their region node, projects
 * and documents cover thematic areas, and the rest of the edges grow by preferential attachment
 * (Barabási–Albert: each new node links to existing ones with probability ∝ degree + 1), then are
 * topped up to exactly `spec.edges`. Every node has a position, so the app needs no layout.
 */
export function generateSynthetic(spec: SyntheticSpec): CompiledDataset {
	const rand = mulberry32(spec.seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
	const gaussian = () => {
		const u = 1 - rand();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
	};
	const n = spec.nodes;

	// Node types: a few region nodes, then mostly states, projects and bodies.
	const counts: [NodeType, number][] = [
		['region', REGION_NODES.length],
		['thematic_area', Math.max(8, Math.round(n * 0.01))],
		['document', Math.round(n * 0.08)],
		['body', Math.round(n * 0.15)],
		['state', Math.round(n * 0.3)]
	];
	const fixed = counts.reduce((sum, [, c]) => sum + c, 0);
	counts.push(['project', n - fixed]);
	const types: NodeType[] = counts.flatMap(([type, c]) => Array<NodeType>(c).fill(type));

	const regions: (Region | null)[] = types.map(() => null);
	REGION_NODES.forEach((region, i) => (regions[i] = region));
	const year: number[] = [];
	const nodes: DataNode[] = types.map((type, i) => {
		let region: Region | null = regions[i]!;
		if (type === 'state') {
			let r = rand();
			region = STATE_REGIONS.find((s) => (r -= s.share) < 0)?.region ?? 'eu_schengen';
			regions[i] = region;
		}
		const from = type === 'state' || type === 'region' ? 2009 : 2009 + Math.floor(rand() * 16);
		year.push(from);
		const ended = type === 'project' && rand() < 0.4;
		const until = ended ? String(Math.min(2026, from + 1 + Math.floor(rand() * 5))) : '';
		return {
			id: `n${pad(i, 5)}`,
			type,
			label: { en: `${TYPE_WORDS[type]} ${pad(i, 5)}`, ru: '', ruUnofficial: false },
			region,
			iso: '',
			acronym: '',
			from: rand() < 0.5 ? String(from) : `${from}-${pad(1 + Math.floor(rand() * 12), 2)}`,
			until,
			status:
				type === 'state'
					? rand() < 0.03
						? 'not_invited'
						: 'active'
					: type === 'project'
						? ended
							? 'ended'
							: 'active'
						: null,
			uncertain: rand() < 0.03,
			note: '',
			sources: ['SYN'],
			x: null,
			y: null
		};
	});

	const edges: DataEdge[] = [];
	const linked = new Set<number>();
	const degree = new Int32Array(n);
	const addEdge = (source: number, target: number, relation: Relation): boolean => {
		if (source === target) return false;
		const key = Math.min(source, target) * n + Math.max(source, target);
		if (linked.has(key)) return false;
		linked.add(key);
		degree[source]!++;
		degree[target]!++;
		edges.push({
			id: `e${pad(edges.length, 6)}`,
			source: nodes[source]!.id,
			target: nodes[target]!.id,
			relation,
			from: String(Math.max(year[source]!, year[target]!)),
			until: '',
			uncertain: rand() < 0.02,
			note: '',
			sources: ['SYN']
		});
		return true;
	};
	const indicesOf = (type: NodeType) => types.flatMap((t, i) => (t === type ? [i] : []));
	const areas = indicesOf('thematic_area');

	// Structure first: states to their region node, projects and documents to thematic areas.
	for (let i = 0; i < n; i++) {
		if (types[i] === 'state') {
			const regionNode = REGION_NODES.indexOf(regions[i]!);
			if (regionNode >= 0) addEdge(i, regionNode, 'member_of');
		} else if (types[i] === 'project' || types[i] === 'document') {
			addEdge(i, pick(areas), 'covers');
			if (rand() < 0.3) addEdge(i, pick(areas), 'covers');
		}
	}
	// A few thematic areas succeed older ones, as the 2009 areas were succeeded in 2011.
	for (let k = 1; k < areas.length; k += 3) addEdge(areas[k]!, areas[k - 1]!, 'succeeds');

	// Preferential attachment among the other nodes, born in a shuffled order.
	const order = types.flatMap((t, i) => (t === 'region' ? [] : [i]));
	for (let i = order.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	const pool = new Int32Array(order.length + 2 * spec.edges);
	let poolSize = 0;
	const link = (a: number): boolean => {
		for (let attempt = 0; attempt < 8; attempt++) {
			const b = pool[Math.floor(rand() * poolSize)]!;
			const forward = RELATIONS_BY_PAIR[`${types[a]!}>${types[b]!}`];
			const backward = RELATIONS_BY_PAIR[`${types[b]!}>${types[a]!}`];
			const ok = forward
				? addEdge(a, b, pick(forward))
				: backward
					? addEdge(b, a, pick(backward))
					: false;
			if (ok) {
				pool[poolSize++] = a;
				pool[poolSize++] = b;
				return true;
			}
		}
		return false;
	};
	const perNode = Math.max(0, spec.edges - edges.length) / order.length;
	for (const a of order) {
		if (poolSize > 0) {
			const k = Math.floor(perNode) + (rand() < perNode % 1 ? 1 : 0);
			for (let e = 0; e < k && edges.length < spec.edges; e++) link(a);
		}
		pool[poolSize++] = a;
	}
	let stalls = 0;
	while (edges.length < spec.edges) {
		if (link(pick(order))) stalls = 0;
		else if (++stalls > 10_000) throw new Error(`${spec.name}: cannot place ${spec.edges} edges`);
	}

	// Positions: region nodes and states in their region's sector of a circle, every other node
	// near the states it is linked to (hubs end up in the middle), with some jitter.
	const sectorOf = new Map(STATE_REGIONS.map((s) => [s.region, (s.angle * Math.PI) / 180]));
	const round = (v: number) => Math.round(v * 100) / 100;
	const place = (i: number, x: number, y: number) => {
		nodes[i]!.x = round(x);
		nodes[i]!.y = round(y);
	};
	for (let i = 0; i < n; i++) {
		const region = regions[i];
		if (!region) continue;
		const angle = sectorOf.get(region)! + (types[i] === 'region' ? 0 : (rand() - 0.5) * 0.9);
		const radius = types[i] === 'region' ? 38 : 25 + rand() * 22;
		place(i, 50 + radius * Math.cos(angle), 50 + radius * Math.sin(angle));
	}
	const index = new Map(nodes.map((node, i) => [node.id, i]));
	const sum = new Float64Array(2 * n);
	const states = new Int32Array(n);
	for (const e of edges) {
		const [s, t] = [index.get(e.source)!, index.get(e.target)!];
		for (const [a, b] of [
			[s, t],
			[t, s]
		] as const) {
			if (types[b] !== 'state') continue;
			sum[2 * a]! += nodes[b]!.x!;
			sum[2 * a + 1]! += nodes[b]!.y!;
			states[a]!++;
		}
	}
	for (let i = 0; i < n; i++) {
		if (regions[i]) continue;
		const c = states[i]!;
		const [cx, cy] =
			c > 0
				? [sum[2 * i]! / c, sum[2 * i + 1]! / c]
				: [50 + 30 * (rand() - 0.5), 50 + 30 * (rand() - 0.5)];
		place(i, cx + 4 * gaussian(), cy + 4 * gaussian());
	}

	const events: DataEvent[] = Array.from({ length: Math.max(20, Math.round(n / 25)) }, (_, i) => {
		const y = 2009 + Math.floor(rand() * 17);
		const date = `${y}-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)}`;
		const members = new Set(
			Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(nodes).id)
		);
		return {
			id: `ev${pad(i, 5)}`,
			kind: pick(EVENT_KINDS),
			label: { en: `Event ${pad(i, 5)}`, ru: '', ruUnofficial: false },
			date,
			endDate: '',
			place: '',
			nodes: [...members],
			uncertain: false,
			note: '',
			sources: ['SYN']
		};
	});

	return toCompiledDataset({ nodes, edges, events, sources: [SYNTHETIC_SOURCE] });
}

/** Serialises a dataset and checks the text with the app's own validator; throws when invalid. */
export function validatedJson(dataset: CompiledDataset, name: string): string {
	const text = JSON.stringify(dataset);
	const result = parseCompiledDataset(JSON.parse(text), name);
	if (!result.ok) {
		const shown = result.problems
			.slice(0, 10)
			.map((p) => `${p.file}:${p.row ?? ''}: ${p.column ?? ''}: ${p.message}`);
		throw new Error(
			`${name} fails validation (${result.problems.length} problems):\n${shown.join('\n')}`
		);
	}
	return text;
}

export interface WrittenFile {
	name: string;
	path: string;
	bytes: number;
	nodes: number;
	edges: number;
}

/** Generates, validates and writes the synthetic files (all of them, or those named). */
export function writeSyntheticFiles(names?: readonly string[]): WrittenFile[] {
	mkdirSync(DATA_DIR, { recursive: true });
	const written: WrittenFile[] = [];
	for (const spec of SYNTHETIC) {
		if (names && !names.includes(spec.name)) continue;
		const dataset = generateSynthetic(spec);
		const text = validatedJson(dataset, `${spec.name}.json`);
		const path = join(DATA_DIR, `${spec.name}.json`);
		writeFileSync(path, text);
		written.push({
			name: spec.name,
			path,
			bytes: Buffer.byteLength(text),
			nodes: dataset.nodes.length,
			edges: dataset.edges.length
		});
	}
	return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const names = process.argv.slice(2);
	for (const f of writeSyntheticFiles(names.length ? names : undefined)) {
		console.log(
			`${f.path}: ${f.nodes} nodes, ${f.edges} edges, ${(f.bytes / 1e6).toFixed(1)} MB (valid)`
		);
	}
}
