// Play: the as-of date walks through the years, one step a tick, from where it stands.
import type { Period } from '../data/dates';

export const PLAY_INTERVAL_MS = 1200;

export class PlayController {
	#timer = $state<ReturnType<typeof setInterval> | null>(null);

	constructor(
		/** The as-of dates to step through (`playSteps`). */
		readonly steps: readonly string[],
		private readonly period: () => Period | null,
		private readonly setPeriod: (period: Period) => void
	) {}

	get playing(): boolean {
		return this.#timer !== null;
	}

	toggle() {
		if (this.playing) return this.stop();
		const p = this.period();
		const current = p && p.from === p.to ? p.from : null;
		let i = current ? this.steps.findIndex((s) => s > current) : 0;
		if (i < 0) i = 0;
		const step = () => {
			const day = this.steps[i++];
			if (day === undefined) return this.stop();
			this.setPeriod({ from: day, to: day });
		};
		step();
		this.#timer = setInterval(step, PLAY_INTERVAL_MS);
	}

	stop() {
		if (this.#timer !== null) clearInterval(this.#timer);
		this.#timer = null;
	}
}
