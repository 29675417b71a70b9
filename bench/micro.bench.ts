// Micro-benchmarks of the pure functions on the 50,000-node synthetic network (vitest bench).
// The file is bench/tmp/data/synthetic-50k.json when the runner has written it, else the same
// network generated in memory.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { parseCompiledDataset } from '../src/lib/data/compile';
import { buildGraph, type NetworkGraph } from '../src/lib/graph/build';
import { visibleNodeIds, type Filters } from '../src/lib/graph/filters';
import { generateSynthetic, SYNTHETIC, validatedJson } from './generate';
import { DATA_DIR } from './paths';

const SPEC = SYNTHETIC.find((s) => s.name === 'synthetic-50k')!;
const FILE = join(DATA_DIR, `${SPEC.name}.json`);
/** BENCH_QUICK=1 (the runner's --quick): shorter sampling, for development only. */
const QUICK = process.env.BENCH_QUICK === '1';
const OPTIONS = QUICK ? { time: 300, warmupTime: 100 } : { time: 2_000, warmupTime: 500 };
/** For the functions that take seconds on 50k nodes: a few runs are enough. */
const SLOW = { time: 0, iterations: QUICK ? 2 : 5, warmupTime: 0, warmupIterations: 1 };

const text = existsSync(FILE)
	? readFileSync(FILE, 'utf8')
	: validatedJson(generateSynthetic(SPEC), FILE);
const json: unknown = JSON.parse(text);
const parsed = parseCompiledDataset(json, FILE);
if (!parsed.ok) throw new Error(`${FILE} is invalid`);
const dataset = parsed.dataset;
const graph: NetworkGraph = buildGraph(dataset);

const REGION_FILTER: Filters = {
	facets: [{ facet: 'region', values: ['central_asia'] }],
	showUncertain: true
};

const AREAS = graph.filterNodes((_id, a) => a.kind === 'thematic_area').slice(0, 2);

describe(`50k network (${graph.order} nodes, ${graph.size} edges)`, () => {
	bench(
		'visibleNodeIds, region filter (Central Asia)',
		() => {
			visibleNodeIds(graph, REGION_FILTER, null);
		},
		OPTIONS
	);
	bench(
		'visibleNodeIds, region + type filters, a period, uncertain hidden',
		() => {
			visibleNodeIds(
				graph,
				{
					facets: [
						{ facet: 'region', values: ['eu_schengen', 'central_asia'] },
						{ facet: 'type', values: ['state', 'project'] }
					],
					showUncertain: false
				},
				{ from: '2012-01-01', to: '2016-12-31' }
			);
		},
		OPTIONS
	);
	bench(
		'visibleNodeIds, area + relation facets (leads, partner in)',
		() => {
			visibleNodeIds(
				graph,
				{
					facets: [{ facet: 'area', values: AREAS }],
					showUncertain: true,
					relations: ['leads', 'partner_in']
				},
				null
			);
		},
		OPTIONS
	);
	bench(
		'buildGraph from the dataset',
		() => {
			buildGraph(dataset);
		},
		SLOW
	);
	bench(
		'parseCompiledDataset of the 50k file (JSON already parsed)',
		() => {
			parseCompiledDataset(json, FILE);
		},
		SLOW
	);
});

/** The URL codec's API as the benchmark expects it (src/lib/state/url.ts). */
interface UrlCodec {
	encodeViewState(state: unknown): string;
	decodeViewState(query: string): { state: unknown; ignored: string[] };
	reconcileViewState?(
		state: unknown,
		has: { node(id: string): boolean; event(id: string): boolean; area(id: string): boolean }
	): { state: unknown; ignored: string[] };
}

// Imported by a computed path, so that the benchmark still runs (without these) where the module
// does not exist yet.
const URL_MODULE = '../src/lib/state/url';
const codec = (await import(/* @vite-ignore */ URL_MODULE).catch(() => null)) as UrlCodec | null;
if (!codec?.encodeViewState || !codec.decodeViewState) {
	console.log(
		`URL codec benchmarks skipped: ${URL_MODULE}.ts has no encodeViewState/decodeViewState`
	);
} else {
	const { encodeViewState, decodeViewState, reconcileViewState } = codec;
	const areas = graph.filterNodes((_id, a) => a.kind === 'thematic_area').slice(0, 3);
	const state = graph.filterNodes((_id, a) => a.kind === 'state' && a.region === 'central_asia')[0];
	const query = new URLSearchParams({
		region: 'central_asia,eastern_partnership',
		area: areas.join(','),
		type: 'state,project,body',
		from: '2012',
		to: '2018-06',
		node: state ?? 'n00000',
		data: '/bench-data/synthetic-50k.json',
		lang: 'ru',
		camera: '0.5123,0.4877,0.35'
	}).toString();
	const events = new Set(dataset.events.map((e) => e.id));
	const has = {
		node: (id: string) => graph.hasNode(id),
		event: (id: string) => events.has(id),
		area: (id: string) =>
			graph.hasNode(id) && graph.getNodeAttribute(id, 'kind') === 'thematic_area'
	};
	const decoded = decodeViewState(query).state;
	describe('URL codec on the 50k network', () => {
		bench(
			'decodeViewState (filters, period, node, camera)',
			() => {
				decodeViewState(query);
			},
			OPTIONS
		);
		bench(
			'encodeViewState',
			() => {
				encodeViewState(decoded);
			},
			OPTIONS
		);
		if (reconcileViewState) {
			bench(
				'decode + reconcileViewState against the 50k network',
				() => {
					reconcileViewState(decodeViewState(query).state, has);
				},
				OPTIONS
			);
		}
	});
}
