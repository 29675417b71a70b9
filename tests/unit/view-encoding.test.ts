import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build';
import { COMMUNITY_COLORS, SIZE_RANGE } from '../../src/lib/graph/encodings';
import { encodeView } from '../../src/lib/graph/view-encoding';
import { TYPE_MODE_COLORS } from '../../src/lib/graph/type-colours';
import { loadDataset, SMALL } from './fixtures';

const dataset = loadDataset(SMALL);
const graph = buildGraph(dataset);
const everything = { nodes: new Set(graph.nodes()), hiddenEdges: new Set<string>() };
const context = { events: dataset.events, period: null, shown: everything };

describe('encodeView', () => {
	it('leaves the defaults to the graph: no sizes, no colours', () => {
		const e = encodeView(graph, { size: 'degree', colour: 'region' }, context);
		expect([e.sizes, e.colors, e.values]).toEqual([null, null, null]);
	});

	it('sizes by betweenness: the Process, the hub of every path, is the largest', () => {
		const e = encodeView(graph, { size: 'betweenness', colour: 'region' }, context);
		expect(e.sizes!.get('prague-process')).toBe(SIZE_RANGE.max);
		expect(Math.max(...e.sizes!.values())).toBe(SIZE_RANGE.max);
		expect(e.values!.get('prague-process')).toBeGreaterThan(e.values!.get('sweden')!);
		expect(e.sizeLegend.at(-1)!.size).toBe(SIZE_RANGE.max);
	});

	it('colours by type and by community, only what is shown', () => {
		const shown = {
			nodes: new Set(['sweden', 'pp4', 'tajikistan']),
			hiddenEdges: new Set<string>()
		};
		const byType = encodeView(graph, { size: 'degree', colour: 'type' }, { ...context, shown });
		expect(byType.colors!.get('sweden')).toBe(TYPE_MODE_COLORS.state);
		expect(byType.colors!.get('pp4')).toBe(TYPE_MODE_COLORS.project);
		expect(byType.colors!.has('belarus')).toBe(false);
		const a = encodeView(graph, { size: 'degree', colour: 'community' }, context);
		const b = encodeView(graph, { size: 'degree', colour: 'community' }, context);
		expect([...a.colors!]).toEqual([...b.colors!]);
		expect(a.communities[0]!.color).toBe(COMMUNITY_COLORS[0]);
		expect(a.communities.reduce((n, c) => n + c.count, 0)).toBe(graph.order);
	});
});
