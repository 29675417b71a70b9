import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	attributeCounts,
	attributeFacets,
	passAttributeFilters
} from '../../src/lib/graph/attribute-filters';
import { exportFileName, filterLine } from '../../src/lib/io/describe';
import { gexfToDataset } from '../../src/lib/io/gexf';
import { loadDataset, REAL } from './fixtures';

const text = readFileSync('tests/fixtures/samples/les-miserables.gexf', 'utf8');
const result = gexfToDataset(text, 'les-miserables.gexf', '2026-11-29');
if (!result.ok) throw new Error('sample does not open');
const { dataset } = result;
const all = new Set(dataset.nodes.map((n) => n.id));
const classOf = (label: string) =>
	dataset.nodes.find((n) => n.label.en === label)!.attributes!.modularity_class!;

describe('facets for an opened file’s own attributes', () => {
	it('offers modularity_class with its values in numeric order; none for the project’s data', () => {
		const facets = attributeFacets(dataset);
		expect(facets.map((f) => f.key)).toEqual(['modularity_class']);
		const values = facets[0]!.values;
		expect(values.length).toBeGreaterThan(2);
		expect(values).toEqual([...values].sort((a, b) => Number(a) - Number(b)));
		expect(attributeFacets(loadDataset(REAL))).toEqual([]);
	});

	it('a ticked value shows the nodes that have it; two values of one attribute add up', () => {
		const valjean = classOf('Valjean');
		const javert = classOf('Javert');
		const one = passAttributeFilters(dataset, { modularity_class: [valjean] }, all);
		const two = passAttributeFilters(dataset, { modularity_class: [valjean, javert] }, all);
		expect(one.has('11')).toBe(true);
		expect(
			[...one].every((id) => classOf(dataset.nodes.find((n) => n.id === id)!.label.en) === valjean)
		).toBe(true);
		expect(two.size).toBeGreaterThan(one.size);
		expect(passAttributeFilters(dataset, { modularity_class: [] }, all)).toBe(all);
		// Only within what the other filters let through.
		expect(
			passAttributeFilters(dataset, { modularity_class: [valjean] }, new Set(['11'])).size
		).toBe(1);
	});

	it('counts say how many nodes each value would show', () => {
		const facets = attributeFacets(dataset);
		const counts = attributeCounts(dataset, {}, facets, all).get('modularity_class')!;
		const total = [...counts.values()].reduce((a, b) => a + b, 0);
		expect(total).toBe(77);
		expect(counts.get(classOf('Valjean'))).toBe(
			passAttributeFilters(dataset, { modularity_class: [classOf('Valjean')] }, all).size
		);
	});

	it('the frame line and the file name name the ticked attribute values', () => {
		const facts = {
			dataset,
			filters: { facets: [], showUncertain: true },
			attributes: { modularity_class: ['1', '3'] },
			period: null,
			locale: 'en' as const,
			shown: 10,
			origin: { files: ['les-miserables.gexf'], creator: '', opened: '2026-11-29' },
			today: '2026-11-29'
		};
		expect(filterLine(facts)).toBe('Filters: modularity_class: 1, 3 · all time');
		expect(exportFileName(facts, 'svg')).toBe('les-miserables_modularity-class-1-3.svg');
	});
});
