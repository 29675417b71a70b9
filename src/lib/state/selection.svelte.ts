// What the user points at and what they selected. Hover is debounced so that sweeping the mouse
// across the canvas does not recompute the highlight on every node it crosses.
const HOVER_DELAY_MS = 40;

export class SelectionState {
	selectedId = $state<string | null>(null);
	/** A timeline event; selecting one clears the node selection and the other way round. */
	selectedEventId = $state<string | null>(null);
	hoveredId = $state<string | null>(null);
	/** Bumped when the camera should move to the selected node (search, table), not on canvas clicks. */
	focusRequest = $state(0);
	#hoverTimer: ReturnType<typeof setTimeout> | undefined;

	/** The node whose neighbourhood is lit up: the hovered one, else the selected one. */
	focusId = $derived(this.hoveredId ?? this.selectedId);

	select(id: string | null, options: { moveCamera?: boolean } = {}) {
		this.selectedId = id;
		if (id !== null) this.selectedEventId = null;
		if (id !== null && options.moveCamera) this.focusRequest++;
	}

	selectEvent(id: string | null) {
		this.selectedEventId = id;
		if (id !== null) this.selectedId = null;
	}

	clear() {
		this.selectedId = null;
		this.selectedEventId = null;
	}

	hover(id: string | null) {
		clearTimeout(this.#hoverTimer);
		this.#hoverTimer = setTimeout(() => (this.hoveredId = id), HOVER_DELAY_MS);
	}
}
