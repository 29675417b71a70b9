// Search over node labels: accent- and case-insensitive, in English and Russian.
import type { DataNode } from '../data/types';

/** Folds a string for matching: no accents, lower case, ё as е, punctuation as spaces. */
export function foldForSearch(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/ё/g, 'е')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

export interface SearchEntry {
	id: string;
	/** Folded texts a query is matched against: labels in both languages, acronym, ISO code. */
	texts: string[];
	/** For ranking ties: shorter labels first. */
	length: number;
}

export function buildSearchIndex(nodes: readonly DataNode[]): SearchEntry[] {
	return nodes.map((n) => ({
		id: n.id,
		texts: [n.label.en, n.label.ru, n.acronym, n.iso].filter(Boolean).map(foldForSearch),
		length: n.label.en.length
	}));
}

/** 0 is the best match: exact, then label prefix, then word prefix, then anywhere. */
function rank(text: string, q: string, words: string[]): number {
	if (text === q) return 0;
	if (text.startsWith(q)) return 1;
	const textWords = text.split(' ');
	if (words.every((w) => textWords.some((tw) => tw.startsWith(w)))) return 2;
	if (text.includes(q)) return 3;
	return Infinity;
}

/** Ids of the nodes matching the query, best first. */
export function searchNodes(index: readonly SearchEntry[], query: string, limit = 10): string[] {
	const q = foldForSearch(query);
	if (q === '') return [];
	const words = q.split(' ');
	const hits: { id: string; score: number; length: number }[] = [];
	for (const entry of index) {
		const score = Math.min(...entry.texts.map((t) => rank(t, q, words)));
		if (score < Infinity) hits.push({ id: entry.id, score, length: entry.length });
	}
	hits.sort((a, b) => a.score - b.score || a.length - b.length || a.id.localeCompare(b.id));
	return hits.slice(0, limit).map((h) => h.id);
}
