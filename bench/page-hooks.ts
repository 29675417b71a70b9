// Instrumentation the runner installs in every page it measures (app and bare alike) with
// `addInitScript`, before any of the page's own scripts run. Not part of either page's code.
//
// - WebGL draws (the external criterion): the draw calls of WebGL 1 and 2 contexts (and of the
//   ANGLE_instanced_arrays extension) are wrapped. A draw to the screen (no framebuffer bound: not
//   sigma's picking pass) on one of sigma's canvases (`canvas.sigma-<layer>`) is recorded with its
//   layer and item count (instances for an instanced draw, else vertices). The draws of one task
//   form a "draw task": a microtask queued at a draw notes `jsEnd` (the script that drew has
//   finished: the main-thread figure); a task posted at the first draw notes `taskEnd`, then
//   forces the GPU to finish (a 1-pixel `readPixels` on each sigma canvas blocks until every queued
//   GL command has run), waits for the next animation frame and, once that frame's rendering steps
//   have run, notes `drawn` (the picture is on screen). `taskEnd` is kept for inspection only:
//   Chromium may run a rendering step first, and under software WebGL its main thread waits there
//   for the GPU process.
// - Long tasks: a buffered PerformanceObserver collects every `longtask` entry (≥ 50 ms). The
//   hook's own GPU-finishing tasks are remembered and left out.
// - Marks: the pages' own `network:*` marks are recorded as they are placed; they are reported
//   beside the external figures, as the pages' own account.
// - Input: the time stamps of `mousemove` events (the hover step's start).

export interface MarkRecord {
	name: string;
	/** The mark's startTime (ms since navigation start). */
	start: number;
}

export interface DrawTask {
	/** Time of the task's first recorded draw call. */
	start: number;
	/** The script that made the (last) draw call had finished (a microtask after it); 0 until then. */
	jsEnd: number;
	/** The first posted task after the draw ran; 0 until then. */
	taskEnd: number;
	/** The GPU had finished and the next frame's rendering steps had run; 0 until then. */
	drawn: number;
	/** Per sigma layer (`edges`, `nodes`, `hoverNodes`…): draw calls and the most items in one. */
	layers: Record<string, { calls: number; maxItems: number }>;
}

/** What a draw task must contain to count: a layer, and at least `minItems` items in one call. */
export interface DrawQuery {
	layer?: string;
	minItems?: number;
}

export interface BenchPageHooks {
	marks: MarkRecord[];
	drawTasks: DrawTask[];
	longTasks: { start: number; duration: number }[];
	/** Intervals of the hook's own GPU-finishing tasks, excluded from the long tasks. */
	ownTasks: { start: number; end: number }[];
	mousemoves: number[];
	/** The first mark `name` placed at or after `since`. */
	waitMark(name: string, since: number, timeoutMs: number): Promise<MarkRecord>;
	/** The first draw task starting at or after `since` that matches, once its frame is drawn. */
	waitDraw(since: number, query: DrawQuery, timeoutMs: number): Promise<DrawTask>;
	/** The largest item count drawn in one call on `layer` at or after `since`. */
	maxItems(layer: string, since: number): number;
	/**
	 * Resolves (with the time) once `quietMs` have passed with no draw task and no long task, and
	 * every draw task's frame is drawn; rejects after `timeoutMs`.
	 */
	waitQuiet(quietMs: number, timeoutMs: number): Promise<number>;
	/** Resolves in an idle period (requestIdleCallback, at most `timeoutMs` later). */
	idle(timeoutMs: number): Promise<number>;
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

declare global {
	interface Window {
		/** The hooks, in a measured page (never in the app's own code). */
		__bench: BenchPageHooks;
	}
}

/** Runs in the page. Self-contained: it may not reference anything outside its own body. */
export function installPageHooks(): void {
	const WATCHED = [
		'network:first-frame',
		'network:filter-applied',
		'network:selection-applied',
		'network:hover-applied'
	];
	const SIGMA_CANVASES = 'canvas.sigma-edges, canvas.sigma-nodes, canvas.sigma-hoverNodes';
	const channel = new MessageChannel();
	const queue: (() => void)[] = [];
	channel.port1.onmessage = () => queue.shift()?.();
	const postTask = (fn: () => void) => {
		queue.push(fn);
		channel.port2.postMessage(null);
	};
	const waiters = new Set<() => void>();
	const wake = () => {
		for (const check of [...waiters]) check();
	};
	/** Resolves with `find()`'s first non-undefined answer, re-checked on every wake-up. */
	const waitFor = <T>(find: () => T | undefined, timeoutMs: number, what: string) =>
		new Promise<T>((resolve, reject) => {
			const now = find();
			if (now !== undefined) return resolve(now);
			const timer = setTimeout(() => {
				waiters.delete(check);
				reject(new Error(`${what} within ${Math.round(timeoutMs / 1000)} s`));
			}, timeoutMs);
			const check = () => {
				const found = find();
				if (found === undefined) return;
				clearTimeout(timer);
				waiters.delete(check);
				resolve(found);
			};
			waiters.add(check);
		});

	const finishGpu = () => {
		const own = { start: performance.now(), end: 0 };
		const pixel = new Uint8Array(4);
		for (const canvas of document.querySelectorAll<HTMLCanvasElement>(SIGMA_CANVASES)) {
			// getContext returns the canvas's existing context of that kind, or null.
			const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
			gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
		}
		own.end = performance.now();
		hooks.ownTasks.push(own);
	};
	/** After the current task: `ended`, then GPU finished and the next frame: `drawn`. */
	const followFrame = (ended: (t: number) => void, drawn: (t: number) => void) =>
		postTask(() => {
			ended(performance.now());
			finishGpu();
			requestAnimationFrame(() =>
				postTask(() => {
					drawn(performance.now());
					wake();
				})
			);
		});

	const matches = (task: DrawTask, query: DrawQuery) =>
		Object.entries(task.layers).some(
			([layer, l]) =>
				(query.layer === undefined || layer === query.layer) && l.maxItems >= (query.minItems ?? 1)
		);

	const hooks: BenchPageHooks = {
		marks: [],
		drawTasks: [],
		longTasks: [],
		ownTasks: [],
		mousemoves: [],
		waitMark: (name, since, timeoutMs) =>
			waitFor(
				() => hooks.marks.find((m) => m.name === name && m.start >= since),
				timeoutMs,
				`no "${name}" mark`
			),
		waitDraw: (since, query, timeoutMs) =>
			waitFor(
				() => hooks.drawTasks.find((d) => d.start >= since && d.drawn > 0 && matches(d, query)),
				timeoutMs,
				`no WebGL draw${query.layer ? ` on the ${query.layer} layer` : ''}${query.minItems ? ` of ${query.minItems} items` : ''}`
			),
		maxItems: (layer, since) =>
			Math.max(
				0,
				...hooks.drawTasks
					.filter((d) => d.start >= since)
					.map((d) => d.layers[layer]?.maxItems ?? 0)
			),
		waitQuiet: (quietMs, timeoutMs) =>
			new Promise((resolve, reject) => {
				const began = performance.now();
				const timer = setInterval(() => {
					const now = performance.now();
					const last = Math.max(
						0,
						...hooks.drawTasks.map((d) => Math.max(d.start, d.drawn)),
						...hooks.longTasks.map((t) => t.start + t.duration)
					);
					const settled = hooks.drawTasks.every((d) => d.drawn > 0);
					if (settled && now - last >= quietMs && now - began >= quietMs) {
						clearInterval(timer);
						resolve(now);
					} else if (now - began > timeoutMs) {
						clearInterval(timer);
						reject(new Error(`page not quiet within ${Math.round(timeoutMs / 1000)} s`));
					}
				}, 50);
			}),
		idle: (timeoutMs) =>
			new Promise((resolve) =>
				requestIdleCallback(() => resolve(performance.now()), { timeout: timeoutMs })
			),
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
			const canvas = document.querySelector<HTMLCanvasElement>('canvas.sigma-nodes');
			const gl =
				canvas?.getContext('webgl2') ??
				canvas?.getContext('webgl') ??
				document.createElement('canvas').getContext('webgl');
			if (!gl) return '';
			const info = gl.getExtension('WEBGL_debug_renderer_info');
			return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
		}
	};
	window.__bench = hooks;

	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				hooks.longTasks.push({ start: e.startTime, duration: e.duration });
			wake();
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// No Long Tasks API: longestTask() reports 0.
	}

	addEventListener('mousemove', (e) => hooks.mousemoves.push(e.timeStamp), {
		capture: true,
		passive: true
	});

	// ——— WebGL draw calls ———
	type GL = WebGLRenderingContext | WebGL2RenderingContext;
	const framebuffers = new WeakMap<GL, WebGLFramebuffer | null>();
	let current: DrawTask | null = null;
	let jsPending = false;
	const record = (gl: GL, items: number) => {
		if (framebuffers.get(gl)) return; // sigma's picking pass, not the screen
		const canvas = gl.canvas as HTMLCanvasElement | OffscreenCanvas;
		const layer =
			'className' in canvas ? /(?:^|\s)sigma-(\S+)/.exec(canvas.className)?.[1] : undefined;
		if (!layer) return;
		if (!current) {
			const task: DrawTask = {
				start: performance.now(),
				jsEnd: 0,
				taskEnd: 0,
				drawn: 0,
				layers: {}
			};
			current = task;
			hooks.drawTasks.push(task);
			followFrame(
				(t) => {
					task.taskEnd = t;
					current = null;
				},
				(t) => (task.drawn = t)
			);
		}
		if (!jsPending) {
			jsPending = true;
			const task = current;
			queueMicrotask(() => {
				task.jsEnd = performance.now();
				jsPending = false;
			});
		}
		const l = (current.layers[layer] ??= { calls: 0, maxItems: 0 });
		l.calls++;
		l.maxItems = Math.max(l.maxItems, items);
	};
	const wrap = <P extends object, K extends keyof P>(
		proto: P,
		name: K,
		after: (self: P, args: unknown[]) => void
	) => {
		const original = proto[name] as unknown as (...args: unknown[]) => unknown;
		if (typeof original !== 'function') return;
		(proto as Record<K, unknown>)[name] = function (this: P, ...args: unknown[]) {
			const result = original.apply(this, args);
			after(this, args);
			return result;
		};
	};
	const instanced = new WeakSet<object>();
	/** WebGL 1's instanced draws go through the extension object: wrapped when it is handed out. */
	const wrapExtension = (gl: GL, ext: ANGLE_instanced_arrays) => {
		if (instanced.has(ext)) return;
		instanced.add(ext);
		const drawArrays = ext.drawArraysInstancedANGLE.bind(ext);
		const drawElements = ext.drawElementsInstancedANGLE.bind(ext);
		ext.drawArraysInstancedANGLE = (mode, first, count, primcount) => {
			drawArrays(mode, first, count, primcount);
			record(gl, primcount);
		};
		ext.drawElementsInstancedANGLE = (mode, count, type, offset, primcount) => {
			drawElements(mode, count, type, offset, primcount);
			record(gl, primcount);
		};
	};
	for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
		wrap(proto as GL, 'bindFramebuffer', (gl, [target, fb]) => {
			if (target === gl.FRAMEBUFFER || target === 0x8ca9 /* DRAW_FRAMEBUFFER */)
				framebuffers.set(gl, (fb as WebGLFramebuffer | null) ?? null);
		});
		wrap(proto as GL, 'drawArrays', (gl, args) => record(gl, Number(args[2])));
		wrap(proto as GL, 'drawElements', (gl, args) => record(gl, Number(args[1])));
		const getExtension = proto.getExtension as (this: GL, name: string) => unknown;
		(proto as { getExtension: unknown }).getExtension = function (this: GL, name: string) {
			const ext = getExtension.call(this, name);
			if (ext && name === 'ANGLE_instanced_arrays')
				wrapExtension(this, ext as ANGLE_instanced_arrays);
			return ext;
		};
	}
	wrap(WebGL2RenderingContext.prototype, 'drawArraysInstanced', (gl, args) =>
		record(gl, Number(args[3]))
	);
	wrap(WebGL2RenderingContext.prototype, 'drawElementsInstanced', (gl, args) =>
		record(gl, Number(args[4]))
	);

	// ——— The pages' own marks ———
	const mark = performance.mark.bind(performance);
	performance.mark = (name: string, options?: PerformanceMarkOptions) => {
		const entry = mark(name, options);
		if (WATCHED.includes(name)) {
			hooks.marks.push({ name, start: entry.startTime });
			wake();
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
