// The dataset says no more than its sources (an audit against the facts file, issue 8).
import { describe, expect, it } from 'vitest';
import { loadDataset, REAL } from './fixtures';

const data = loadDataset(REAL);
const node = (id: string) => data.nodes.find((n) => n.id === id);

describe('the Prague Process dataset', () => {
	it('records attendance at the first Core Group meeting as dated participation, not membership', () => {
		const dated = data.edges.filter((e) => e.target === 'core-group' && e.from === '2012-11-20');
		expect(dated).toHaveLength(17);
		for (const e of dated) {
			expect(e).toMatchObject({ relation: 'participates_in', until: '2012-11-20' });
			expect(e.sources).toContain('S9');
		}
	});

	it('names no host state for a Senior Officials’ Meeting whose source gives only the city', () => {
		const hosts: Record<string, string> = {
			'som-2014-berlin': 'germany',
			'som-2016-krakow': 'poland',
			'som-2019-bucharest': 'romania',
			'som-2024-chisinau': 'moldova'
		};
		for (const [id, host] of Object.entries(hosts))
			expect(data.events.find((e) => e.id === id)?.nodes).not.toContain(host);
	});

	it('keeps the source’s precision for the Strategic Group (autumn 2017), with a note', () => {
		expect(node('strategic-group')).toMatchObject({ from: '2017' });
		expect(node('strategic-group')!.note).toMatch(/autumn 2017/);
	});

	it('does not claim what no source states', () => {
		expect(data.edges.map((e) => e.id)).not.toContain(
			'kosovo-migration-profile-2013-part-of-knowledge-base'
		);
		// An acronym left untranslated is not an unofficial translation.
		expect(node('marri')!.label).toEqual({ en: 'MARRI', ru: '', ruUnofficial: false });
	});

	it('carries the founding description’s two remaining facts, sourced and flagged', () => {
		for (const id of ['prague-process-supports-gamm', 'poland-funds-prague-process']) {
			const edge = data.edges.find((e) => e.id === id);
			expect(edge, id).toMatchObject({ uncertain: true, sources: ['S6'] });
		}
		expect(data.edges.find((e) => e.id === 'poland-hosts-core-group')).toMatchObject({
			relation: 'hosts',
			uncertain: true
		});
	});
});
