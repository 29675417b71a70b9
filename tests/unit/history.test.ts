import { describe, expect, it } from 'vitest';
import { HistoryLog } from '../../src/lib/state/history';
import { DEFAULT_VIEW, type ViewState } from '../../src/lib/state/url';

const view = (over: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW, ...over });
const central: ViewState['filters'] = {
	facets: [{ facet: 'region', values: ['central_asia'] }],
	showUncertain: true
};

describe('HistoryLog', () => {
	it('makes no entry while the URL already says the view', () => {
		const log = new HistoryLog('', view());
		expect(log.next(view())).toBeNull();
	});

	it('makes filter, selection and language changes steps', () => {
		const log = new HistoryLog('', view());
		expect(log.next(view({ filters: central }))).toEqual({
			kind: 'push',
			query: 'region=central_asia'
		});
		expect(log.next(view({ filters: central, node: 'tajikistan' }))?.kind).toBe('push');
		expect(log.next(view({ filters: central, node: 'tajikistan', lang: 'ru' }))?.kind).toBe('push');
	});

	it('replaces the entry for period and camera changes', () => {
		const log = new HistoryLog('', view());
		const period = { from: '2012-01-01', to: '2016-12-31' };
		expect(log.next(view({ period }))?.kind).toBe('replace');
		expect(log.next(view({ period, camera: { x: 0.3, y: 0.4, ratio: 0.5 } }))?.kind).toBe(
			'replace'
		);
	});

	it('opens on a URL that says more than the view (dropped parameters): the first write replaces', () => {
		const log = new HistoryLog('?zoom=3&region=central_asia', view({ filters: central }));
		expect(log.next(view({ filters: central }))).toEqual({
			kind: 'replace',
			query: 'region=central_asia'
		});
	});

	it('Back and Forward apply the entry’s view and make no entry of their own', () => {
		const log = new HistoryLog('', view());
		log.next(view({ filters: central }));
		log.next(view({ filters: central, lang: 'ru' }));
		const back = log.arrived('?region=central_asia');
		expect(back?.state.lang).toBeNull();
		expect(back?.state.filters).toEqual(central);
		log.settled(back!.state);
		// The store applied it: the URL already says it.
		expect(log.next(view({ filters: central }))).toBeNull();
		// Arriving where we are is nothing to apply.
		expect(log.arrived('region=central_asia')).toBeNull();
	});

	it('after Back, a view the store had to correct replaces the entry rather than adding one', () => {
		const log = new HistoryLog('', view());
		log.next(view({ node: 'gone' }));
		const back = log.arrived('?node=gone&zoom=1');
		log.settled(view({ node: back!.state.node }));
		expect(log.next(view({ node: 'gone' }))?.kind).toBe('replace');
	});
});
