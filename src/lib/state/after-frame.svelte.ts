// A value that follows another once the next frame is on screen: the lists beside the network (the
// node table, the timeline's dimming) read the visible set through it, so that a filter's redraw of
// the canvas does not wait for thousands of rows and items to update, nor for the layout they
// force (sigma reads its container's size on every render).
export class AfterFrame<T> {
	#value: T = $state.raw() as T;

	/** Call during a component's initialisation (it sets up an effect). */
	constructor(read: () => T) {
		this.#value = read();
		$effect(() => {
			const next = read();
			let timer: ReturnType<typeof setTimeout> | undefined;
			// The frame's rendering steps run after a requestAnimationFrame callback; a task posted
			// from it runs once that frame is painted.
			const frame = requestAnimationFrame(() => {
				timer = setTimeout(() => (this.#value = next), 0);
			});
			return () => {
				cancelAnimationFrame(frame);
				clearTimeout(timer);
			};
		});
	}

	get current(): T {
		return this.#value;
	}
}
