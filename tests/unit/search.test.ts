import { describe, expect, it } from 'vitest';
import { buildSearchIndex, foldForSearch, searchNodes } from '../../src/lib/graph/search';
import { loadDataset, SMALL } from './fixtures';

describe('search', () => {
	const index = buildSearchIndex(loadDataset(SMALL).nodes);

	it('folds accents, case and punctuation', () => {
		expect(foldForSearch('Türkiye')).toBe('turkiye');
		expect(foldForSearch('  Chișinău! ')).toBe('chisinau');
		expect(foldForSearch('Объединённый')).toBe('объединенныи');
	});

	it('finds Türkiye from "turkiye" and "TURK"', () => {
		expect(searchNodes(index, 'turkiye')).toEqual(['turkiye']);
		expect(searchNodes(index, 'TURK')[0]).toBe('turkiye');
	});

	it('matches Russian labels', () => {
		expect(searchNodes(index, 'таджик')).toEqual(['tajikistan']);
		expect(searchNodes(index, 'Пражский')).toEqual(['prague-process']);
	});

	it('matches acronyms, ISO codes and word starts, best first', () => {
		expect(searchNodes(index, 'pp4')).toEqual(['pp4']);
		expect(searchNodes(index, 'TJ')).toEqual(['tajikistan']);
		expect(searchNodes(index, 'asia')).toEqual(['region-central-asia']);
		expect(searchNodes(index, 'a')[0]).not.toBe(undefined);
	});

	it('returns nothing for an empty or unmatched query', () => {
		expect(searchNodes(index, '   ')).toEqual([]);
		expect(searchNodes(index, 'atlantis')).toEqual([]);
	});
});
