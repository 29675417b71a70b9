// The contract's additions for networks opened from other tools' files: own colours and sizes,
// free attributes, and sources that are the file itself (no URL).
import { describe, expect, it } from 'vitest';
import { compileCsv, parseCompiledDataset, toCompiledDataset } from '../../src/lib/data/compile';
import { formatProblems } from '../../src/lib/data/problems';
import { broken, loadDataset, SMALL, smallTexts } from './fixtures';

const withColumns = (rowEdit: (line: string) => string) => {
	const texts = smallTexts();
	const [head, ...rows] = texts.nodes.trimEnd().split('\n');
	return {
		...texts,
		nodes: [`${head},color,size,attr:group`, ...rows.map(rowEdit)].join('\n') + '\n'
	};
};

describe('optional node columns', () => {
	it('color, size and attr: columns are read into the node', () => {
		const texts = withColumns((l) =>
			l.startsWith('tajikistan') ? `${l},#1A8C9C,7.5,north` : `${l},,,`
		);
		const result = compileCsv(texts);
		expect(result.problems).toEqual([]);
		const tj = result.dataset!.nodes.find((n) => n.id === 'tajikistan')!;
		expect(tj).toMatchObject({ color: '#1a8c9c', size: 7.5, attributes: { group: 'north' } });
		// Nodes without them keep the contract's shape exactly.
		expect(result.dataset!.nodes.find((n) => n.id === 'sweden')).toEqual(
			loadDataset(SMALL).nodes.find((n) => n.id === 'sweden')
		);
	});

	it('a bad colour, a size that is not positive and a nameless attribute are reported', () => {
		const texts = withColumns((l) => (l.startsWith('tajikistan') ? `${l},red,0,x` : `${l},,,`));
		const bad = { ...texts, nodes: texts.nodes.replace('attr:group', 'attr:') };
		const problems = formatProblems(compileCsv(bad).problems).split('\n');
		expect(problems).toContain('nodes.csv:1: attr:: attribute without a name');
		expect(problems).toContain('nodes.csv:5: color: "red" is not a colour like #1a8c9c');
		expect(problems).toContain('nodes.csv:5: size: "0" is not a positive number');
	});

	it('the compiled JSON carries them too', () => {
		const texts = withColumns((l) => (l.startsWith('pp4') ? `${l},#000000,3,a` : `${l},,,`));
		const dataset = compileCsv(texts).dataset!;
		const back = parseCompiledDataset(toCompiledDataset(dataset), 'x.json');
		expect(back.dataset).toEqual(dataset);
	});
});

describe('sources without a URL', () => {
	const texts = broken(smallTexts(), 'sources', 'https://', 'xhttps://');
	const noUrl = {
		...texts,
		sources: texts.sources.replace(/xhttps:\/\/[^,\n]*/, '')
	};

	it('are refused in the project’s data', () => {
		expect(formatProblems(compileCsv(noUrl).problems)).toMatch(/sources\.csv:2: url: is required/);
	});

	it('are accepted in a network a user opens (its records may cite the file)', () => {
		expect(compileCsv(noUrl, { requireSourceUrls: false }).problems).toEqual([]);
		// A URL that is there must still be one.
		expect(formatProblems(compileCsv(texts, { requireSourceUrls: false }).problems)).toMatch(
			/url: "xhttps:\/\/.*" is not an http\(s\) URL/
		);
	});
});
