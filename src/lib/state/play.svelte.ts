// Play: the period walks through the years, one whole year a tick, from where it stands, so that
// the network, the timeline and the events list show the same year at each step.
import type { Period } from '../data/dates';
import { playStart } from '../timeline/years';

export const PLAY_INTERVAL_MS = 1200;

export class PlayController {
	#timer = $state<ReturnType<typeof setInterval> | null>(null);

	constructor(
		/** The years to step through (`playSteps`). */
		readonly steps: readonly Period[],
		private readonly period: () => Period | null,
		private readonly setPeriod: (period: Period) => void
	) {}

	get playing(): boolean {
		return this.#timer !== null;
	}

	toggle() {
		if (this.playing) return this.stop();
		let i = playStart(this.steps, this.period());
		const step = () => {
			const year = this.steps[i++];
			if (year === undefined) return this.stop();
			this.setPeriod(year);
		};
		step();
		this.#timer = setInterval(step, PLAY_INTERVAL_MS);
	}

	stop() {
		if (this.#timer !== null) clearInterval(this.#timer);
		this.#timer = null;
	}
}
