import { describe, expect, it } from 'vitest';
import { compileCsv, parseCompiledDataset, toCompiledDataset } from '../../src/lib/data/compile';
import { formatProblems } from '../../src/lib/data/problems';
import { broken, loadDataset, readTexts, REAL, SMALL, smallTexts } from './fixtures';

/** The problems of a broken copy, as the user reads them. */
function report(texts: ReturnType<typeof smallTexts>): string[] {
	const result = compileCsv(texts);
	expect(result.ok).toBe(false);
	return formatProblems(result.problems).split('\n');
}

describe('the validator on valid data', () => {
	it('accepts the small fixture', () => {
		const result = compileCsv(smallTexts());
		expect(result.problems).toEqual([]);
		expect(result.dataset?.nodes).toHaveLength(8);
		expect(result.dataset?.nodes.find((n) => n.id === 'pp4')).toMatchObject({
			type: 'project',
			acronym: 'PP4',
			uncertain: true,
			sources: ['S1', 'S2'],
			label: { en: 'Pilot Project 4, asylum', ru: 'Пилотный проект 4', ruUnofficial: true }
		});
	});

	it('accepts the bundled Prague Process dataset', () => {
		const result = compileCsv(readTexts(REAL));
		expect(formatProblems(result.problems)).toBe('');
		expect(result.ok).toBe(true);
	});
});

describe('the validator on broken data reports file:row: column: what', () => {
	const texts = smallTexts();

	it('an unknown column', () => {
		const t = broken(texts, 'nodes', 'sources\n', 'sources,colour\n');
		// Every data row now has one cell too few, and the header names a column nobody knows.
		expect(report(t)).toContain('nodes.csv:1: colour: unknown column');
	});

	it('a missing column', () => {
		const t = broken(
			texts,
			'sources',
			'key,title,url,publisher,accessed',
			'key,title,url,publisher,seen'
		);
		const lines = report(t);
		expect(lines).toContain('sources.csv:1: seen: unknown column');
		expect(lines).toContain('sources.csv:1: accessed: missing column');
	});

	it('a missing id', () => {
		// The edges and events that name sweden now point nowhere: reported too.
		expect(report(broken(texts, 'nodes', '\nsweden,state', '\n,state'))).toContain(
			'nodes.csv:6: id: missing id'
		);
	});

	it('a duplicate id, naming the first row', () => {
		const lines = report(broken(texts, 'nodes', '\nsweden,state', '\ntajikistan,state'));
		expect(lines).toContain('nodes.csv:6: id: duplicate "tajikistan" (first on row 5)');
	});

	it('an id used by both a node and an event', () => {
		expect(report(broken(texts, 'events', '\nmc-2009,', '\npp4,'))).toEqual([
			'events.csv:2: id: "pp4" is already the id of a node (nodes.csv:9); ids must be unique across nodes and events'
		]);
	});

	it('an edge to a missing node', () => {
		expect(report(broken(texts, 'edges', 'e8,tajikistan,pp4', 'e8,tajikistan,pp9'))).toEqual([
			'edges.csv:9: target: unknown node "pp9"'
		]);
	});

	it('an event involving a missing node', () => {
		expect(report(broken(texts, 'events', 'pp4;sweden', 'pp4;swedn'))).toEqual([
			'events.csv:3: nodes: unknown node "swedn"'
		]);
	});

	it('an unknown source key', () => {
		expect(
			report(
				broken(
					texts,
					'edges',
					'e1,tajikistan,region-central-asia,member_of,,,,,S1',
					'e1,tajikistan,region-central-asia,member_of,,,,,S1;S9'
				)
			)
		).toEqual(['edges.csv:2: sources: unknown source key "S9"']);
	});

	it('a record citing no source', () => {
		expect(report(broken(texts, 'edges', 'member_of,,,,,S1', 'member_of,,,,,'))).toEqual([
			'edges.csv:2: sources: cites no source'
		]);
	});

	it('a bad date', () => {
		expect(report(broken(texts, 'nodes', '2010-12,,not_invited', '2010-13,,not_invited'))).toEqual([
			'nodes.csv:8: from: "2010-13" is not a date (use 2009, 2010-12 or 2009-04-28)'
		]);
	});

	it('until before from', () => {
		expect(report(broken(texts, 'edges', '2012-08,2014-04', '2012-08,2011'))).toEqual([
			'edges.csv:8: until: 2011 is before from 2012-08'
		]);
	});

	it('an unknown node type', () => {
		expect(report(broken(texts, 'nodes', 'sweden,state', 'sweden,country'))[0]).toMatch(
			/^nodes\.csv:6: type: unknown value "country" \(expected one of: state, region, /
		);
	});

	it('an unknown relation type', () => {
		expect(report(broken(texts, 'edges', 'pp4,leads', 'pp4,owns'))[0]).toMatch(
			/^edges\.csv:8: relation: unknown value "owns"/
		);
	});

	it('an unclosed quote, as a message and not a stack trace', () => {
		const lines = report(
			broken(texts, 'nodes', '"Pilot Project 4, asylum"', '"Pilot Project 4, asylum')
		);
		expect(lines[0]).toBe('nodes.csv:9: a quoted field is never closed (missing ")');
	});

	it('a row with the wrong number of cells', () => {
		expect(
			report(broken(texts, 'sources', 'Prague Process,2026-11\n', 'Prague Process\n'))
		).toEqual([
			'sources.csv:2: has 4 cells, the header has 5 columns',
			'nodes.csv:2: sources: unknown source key "S1"',
			'nodes.csv:3: sources: unknown source key "S1"',
			'nodes.csv:4: sources: unknown source key "S1"',
			'nodes.csv:5: sources: unknown source key "S1"',
			'nodes.csv:6: sources: unknown source key "S1"',
			'nodes.csv:7: sources: unknown source key "S1"',
			'nodes.csv:8: sources: unknown source key "S1"',
			'nodes.csv:9: sources: unknown source key "S1"',
			'edges.csv:2: sources: unknown source key "S1"',
			'edges.csv:3: sources: unknown source key "S1"',
			'edges.csv:4: sources: unknown source key "S1"',
			'edges.csv:5: sources: unknown source key "S1"',
			'edges.csv:6: sources: unknown source key "S1"',
			'edges.csv:7: sources: unknown source key "S1"',
			'edges.csv:8: sources: unknown source key "S1"',
			'events.csv:2: sources: unknown source key "S1"'
		]);
	});

	it('every problem at once, across files', () => {
		let t = broken(texts, 'nodes', 'sweden,state', 'sweden,country');
		t = broken(t, 'edges', 'pp4,leads', 'pp4,owns');
		t = broken(t, 'events', 'pp4;sweden', 'pp4;nobody');
		const lines = report(t);
		expect(lines).toHaveLength(3);
		expect(lines.map((l) => l.split(':')[0])).toEqual(['nodes.csv', 'edges.csv', 'events.csv']);
	});
});

describe('compiled dataset files', () => {
	it('round-trip through the same validator', () => {
		const dataset = loadDataset(SMALL);
		const result = parseCompiledDataset(
			JSON.parse(JSON.stringify(toCompiledDataset(dataset))),
			'x.json'
		);
		expect(result.problems).toEqual([]);
		expect(result.dataset).toEqual(dataset);
	});

	it('refuse a file of another format', () => {
		const result = parseCompiledDataset({ nodes: [] }, 'other.json');
		expect(formatProblems(result.problems)).toMatch(
			/^other\.json: is not a Prague Process network dataset file/
		);
	});

	it('report a broken record by its index', () => {
		const file = JSON.parse(JSON.stringify(toCompiledDataset(loadDataset(SMALL))));
		file.edges[2].target = 'atlantis';
		file.nodes[0].from = 'spring';
		expect(formatProblems(parseCompiledDataset(file, 'x.json').problems).split('\n')).toEqual([
			'x.json nodes:0: from: "spring" is not a date (use 2009, 2010-12 or 2009-04-28)',
			'x.json edges:2: target: unknown node "atlantis"'
		]);
	});
});
