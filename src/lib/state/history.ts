// Which history entry a view change makes (DESIGN.md §3, README "Links"): filter, selection and
// language changes are steps that Back undoes; brushing, playing and camera moves replace the current
// entry; Back and Forward themselves never make one. Plain TypeScript, so it is tested without a DOM.
import { decodeViewState, encodeViewState, type Decoded, type ViewState } from './url';

export type HistoryAction = { kind: 'push' | 'replace'; query: string };

/** What a history step is made of: the view without its period and camera. */
const stepOf = (view: ViewState) => encodeViewState({ ...view, period: null, camera: null });

export class HistoryLog {
	/** The query string of the current history entry. */
	#shown: string;
	#step: string;

	/** `query`: the URL the page opened with; `view`: the state it was decoded and applied to. */
	constructor(query: string, view: ViewState) {
		this.#shown = query.replace(/^\?/, '');
		this.#step = stepOf(view);
	}

	/** The entry a view change makes, or null when the URL already says it. */
	next(view: ViewState): HistoryAction | null {
		const query = encodeViewState(view);
		if (query === this.#shown) return null;
		const step = stepOf(view);
		const kind = step === this.#step ? 'replace' : 'push';
		this.#shown = query;
		this.#step = step;
		return { kind, query };
	}

	/**
	 * Back or Forward landed on `query`: the view to apply, or null when it is the one shown. Call
	 * `settled` with the applied view, so that what follows replaces the entry instead of adding one.
	 */
	arrived(query: string): Decoded | null {
		query = query.replace(/^\?/, '');
		if (query === this.#shown) return null;
		this.#shown = query;
		return decodeViewState(query);
	}

	settled(view: ViewState) {
		this.#step = stepOf(view);
	}
}
