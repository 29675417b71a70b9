// Instrumentation the runner installs in every page it measures (app and bare alike) with
// `addInitScript`, before any of the page's own scripts run. Not part of either page's code.
//
// - Long tasks: a buffered PerformanceObserver collects every `longtask` entry (≥ 50 ms).
// - Marks: `performance.mark` is wrapped so that, for the three `network:*` marks, the hook notes
//   the mark's time and then, in a task of its own posted right after the marking task, forces the
//   GPU to finish the canvases' drawing (a 1-pixel `readPixels` on each of sigma's WebGL canvases
//   blocks until every queued GL command has executed), waits for the next animation frame and,
//   once that frame's rendering steps have run (a task posted from the rAF callback), notes
//   `drawn`: the time the frame with the new picture is on its way to the screen.
// - The hook's own task (which may block on the GPU) is remembered so that it is not counted as
//   one of the page's long tasks.

export interface MarkRecord {
	name: string;
	/** The mark's startTime (ms since navigation start). */
	start: number;
	/** When the frame after the mark was drawn (ms since navigation start). */
	drawn: number;
}

export interface BenchPageHooks {
	marks: MarkRecord[];
	longTasks: { start: number; duration: number }[];
	/** Intervals of the hook's own GPU-finishing tasks, excluded from the long tasks. */
	ownTasks: { start: number; end: number }[];
	/** The first record of `name` at or after `since`, once its frame is drawn. */
	waitMark(name: string, since: number, timeoutMs: number): Promise<MarkRecord>;
	/** The longest long task overlapping [from, to], the hook's own tasks left out; 0 if none. */
	longestTask(from: number, to: number): number;
	/**
	 * Runs `fn` in a task of its own (as a user's click would be, and unlike code run by the
	 * DevTools protocol, which the Long Tasks API does not see); resolves with the time it started.
	 */
	inTask(fn: () => unknown): Promise<number>;
	/** The unmasked WebGL renderer string (e.g. SwiftShader), or '' if unknown. */
	webglRenderer(): string;
}

/** Runs in the page. Self-contained: it may not reference anything outside its own body. */
export function installPageHooks(): void {
	const WATCHED = ['network:first-frame', 'network:filter-applied', 'network:selection-applied'];
	const channel = new MessageChannel();
	const queue: (() => void)[] = [];
	channel.port1.onmessage = () => queue.shift()?.();
	const postTask = (fn: () => void) => {
		queue.push(fn);
		channel.port2.postMessage(null);
	};

	const hooks: BenchPageHooks = {
		marks: [],
		longTasks: [],
		ownTasks: [],
		waitMark: (name, since, timeoutMs) =>
			new Promise((resolve, reject) => {
				const found = () => hooks.marks.find((m) => m.name === name && m.start >= since);
				const now = found();
				if (now) return resolve(now);
				const timer = setTimeout(() => {
					waiters.delete(check);
					reject(new Error(`no "${name}" mark within ${Math.round(timeoutMs / 1000)} s`));
				}, timeoutMs);
				const check = () => {
					const m = found();
					if (!m) return;
					clearTimeout(timer);
					waiters.delete(check);
					resolve(m);
				};
				waiters.add(check);
			}),
		longestTask: (from, to) => {
			let longest = 0;
			for (const t of hooks.longTasks) {
				const end = t.start + t.duration;
				if (end < from || t.start > to) continue;
				const own = hooks.ownTasks.some((o) => t.start >= o.start - 2 && end <= o.end + 2);
				if (!own) longest = Math.max(longest, t.duration);
			}
			return longest;
		},
		inTask: (fn) =>
			new Promise((resolve) =>
				postTask(() => {
					const start = performance.now();
					fn();
					resolve(start);
				})
			),
		webglRenderer: () => {
			const gl = document.createElement('canvas').getContext('webgl');
			if (!gl) return '';
			const info = gl.getExtension('WEBGL_debug_renderer_info');
			return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
		}
	};
	const waiters = new Set<() => void>();
	(window as unknown as { __bench: BenchPageHooks }).__bench = hooks;

	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				hooks.longTasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// No Long Tasks API: longestTask() reports 0.
	}

	const finishGpu = () => {
		const canvases = document.querySelectorAll<HTMLCanvasElement>(
			'canvas.sigma-edges, canvas.sigma-nodes, canvas.sigma-hoverNodes'
		);
		const pixel = new Uint8Array(4);
		for (const canvas of canvases) {
			// getContext returns the canvas's existing context of that kind, or null.
			const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
			gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
		}
	};

	const mark = performance.mark.bind(performance);
	performance.mark = (name: string, options?: PerformanceMarkOptions) => {
		const entry = mark(name, options);
		if (WATCHED.includes(name)) {
			const start = entry.startTime;
			postTask(() => {
				const own = { start: performance.now(), end: 0 };
				finishGpu();
				own.end = performance.now();
				hooks.ownTasks.push(own);
				requestAnimationFrame(() =>
					postTask(() => {
						hooks.marks.push({ name, start, drawn: performance.now() });
						for (const check of [...waiters]) check();
					})
				);
			});
		}
		return entry;
	};
}

/**
 * The init script's source. tsx (esbuild with keepNames) wraps named functions in a `__name(...)`
 * helper that does not exist in the page; a no-op stands in for it, here and for the functions the
 * runner passes to `page.evaluate`.
 */
export const PAGE_HOOKS_SCRIPT = `globalThis.__name = globalThis.__name || ((f) => f);\n(${installPageHooks.toString()})();`;
