// One page load of one workload, app or bare page, and every figure measured on it.
import { readFileSync } from 'node:fs';
import { gzipSync, constants as zlib } from 'node:zlib';
import type { Browser, CDPSession, ElementHandle, Page } from '@playwright/test';
import type { Region } from '../src/lib/data/types';
import { viewportPoint, type Extent } from './hover-point';
import { PAGE_HOOKS_SCRIPT, type DrawQuery, type DrawTask } from './page-hooks';
import { fileFor } from './server';

export type PageKind = 'app' | 'bare';

export const FIGURES = [
	'firstDraw',
	'firstFrameDrawn',
	'firstFrameMark',
	'heap',
	'initialJs',
	'hoverDraw',
	'hoverFrame',
	'hoverLongestTask',
	'filterDraw',
	'filterFrame',
	'filterMark',
	'filterLongestTask',
	'selectDraw',
	'selectFrame',
	'selectMark'
] as const;
export type Figure = (typeof FIGURES)[number];

/** The steps of a load, in order; a step that fails leaves its figures n/a with the reason. */
export const STEPS = ['load', 'hover', 'filter', 'select'] as const;
export type Step = (typeof STEPS)[number];
export const STEP_FIGURES: Record<Step, readonly Figure[]> = {
	load: ['firstDraw', 'firstFrameDrawn', 'firstFrameMark', 'heap', 'initialJs'],
	hover: ['hoverDraw', 'hoverFrame', 'hoverLongestTask'],
	filter: ['filterDraw', 'filterFrame', 'filterMark', 'filterLongestTask'],
	select: ['selectDraw', 'selectFrame', 'selectMark']
};

export interface Workload {
	key: string;
	title: string;
	/** The compiled dataset file's URL path on the benchmark server. */
	dataPath: string;
	/** The app's URL: `/` for the bundled dataset, else `/?data=<dataPath>`. */
	appPath: string;
	barePath: string;
	/** The app's canvas size (`704x540`), passed to the bare page once known. */
	canvas?: string;
	nodes: number;
	/** The file's edges (self-loops, which neither page draws, left out). */
	edges: number;
	bytes: number;
	/** Measured loads per page (after a warm-up load of each page: see run.ts). */
	loads: number;
	/** The steps measured after the load (the 100k workload skips hover and selection). */
	steps: readonly Step[];
	region: Region;
	regionName: string;
	/** The node selected: the highest-degree state of the filtered region. */
	node: { id: string; label: string; degree: number };
	/** The node hovered (the same one), by its position in the file and the file's extent. */
	hover: { extent: Extent; x: number; y: number };
	timeouts: { firstFrame: number; step: number };
}

export interface LoadResult {
	page: PageKind;
	/** 0 for the warm-up load. */
	run: number;
	values: Partial<Record<Figure, number>>;
	/** Why a step (and so its figures) could not be measured. */
	failed: Partial<Record<Step, string>>;
	/** Why one figure of a step that ran could not be measured. */
	missing: Partial<Record<Figure, string>>;
	crashed: boolean;
	notes: string[];
	canvas: { width: number; height: number } | null;
	webglRenderer: string;
}

/** Rejects when a promise takes longer than `ms`: a page whose main thread hangs never answers. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const message = (error: unknown) =>
	(error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type BareWindow = Window & {
	bench: {
		filterRegion(r: string): number;
		select(id: string): number;
		viewportOf(id: string): { x: number; y: number } | null;
	};
};

/** Quiet: this long without a WebGL draw or a long task, every drawn frame accounted for. */
const QUIET_MS = 500;
/** Before the heap is read: a longer quiet, and at least this long after the first frame. */
const SETTLE_QUIET_MS = 1_000;
const SETTLE_AFTER_FIRST_FRAME_MS = 2_000;

/** Helpers bound to one page and its hooks (each a plain `page.evaluate`, guarded by a timeout). */
function pageHooks(page: Page, w: Workload) {
	// A page busy drawing a large network may not answer for a long while: a step's timeout.
	const ask = <T>(promise: Promise<T>, ms = w.timeouts.step) =>
		within(promise, ms + 10_000, 'page hooks');
	return {
		now: () => ask(page.evaluate(() => performance.now())),
		waitDraw: (since: number, query: DrawQuery, ms: number) =>
			ask(
				page.evaluate(([s, q, t]) => window.__bench.waitDraw(s, q, t), [since, query, ms] as const),
				ms
			),
		waitQuiet: (quiet: number, ms = w.timeouts.step) =>
			ask(
				page.evaluate(([q, t]) => window.__bench.waitQuiet(q, t), [quiet, ms] as const),
				ms
			),
		waitMark: (name: string, since: number, ms: number) =>
			ask(
				page.evaluate(([n, s, t]) => window.__bench.waitMark(n, s, t), [name, since, ms] as const),
				ms
			),
		mark: (name: string, since: number) =>
			ask(
				page.evaluate(
					([n, s]) => window.__bench.marks.find((m) => m.name === n && m.start >= s) ?? null,
					[name, since] as const
				)
			),
		drawTasks: (from: number, to: number) =>
			ask(
				page.evaluate(
					([f, t]) => window.__bench.drawTasks.filter((d) => d.start >= f && d.start <= t),
					[from, to] as const
				)
			),
		maxItems: (layer: string, since: number) =>
			ask(page.evaluate(([l, s]) => window.__bench.maxItems(l, s), [layer, since] as const)),
		longestTask: (from: number, to: number) =>
			ask(page.evaluate(([f, t]) => window.__bench.longestTask(f, t), [from, to] as const)),
		idle: (ms: number) =>
			ask(
				page.evaluate((t) => window.__bench.idle(t), ms),
				ms
			),
		firstMousemove: (since: number) =>
			ask(page.evaluate((s) => window.__bench.mousemoves.find((t) => t >= s) ?? null, since))
	};
}

const gzipCache = new Map<string, number>();

/** Gzipped size in bytes (zlib level 9, a static host's best compression), cached by key. */
function gzipSize(key: string, content: () => Buffer): number {
	let size = gzipCache.get(key);
	if (size === undefined) {
		size = gzipSync(content(), { level: zlib.Z_BEST_COMPRESSION }).length;
		gzipCache.set(key, size);
	}
	return size;
}

/**
 * The JavaScript a page had loaded when its first frame was drawn: every `.js` resource whose
 * response ended before then (Resource Timing), gzipped from the served file, plus the page's
 * inline scripts. Returns KB (1 KB = 1,000 bytes).
 */
async function initialJs(page: Page, pagePath: string, before: number): Promise<number> {
	const paths = await within(
		page.evaluate(
			(t) =>
				performance
					.getEntriesByType('resource')
					.filter((e) => (e as PerformanceResourceTiming).responseEnd <= t)
					.map((e) => new URL(e.name).pathname)
					.filter((p) => /\.m?js$/.test(p)),
			before
		),
		60_000,
		'resource timing'
	);
	let bytes = 0;
	for (const path of new Set(paths)) {
		const file = fileFor(path);
		if (file) bytes += gzipSize(file, () => readFileSync(file));
	}
	const html = fileFor(pagePath);
	if (html) {
		const inline = [
			...readFileSync(html, 'utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)
		]
			.map((m) => m[1]!)
			.join('\n');
		if (inline.trim()) bytes += gzipSize(`inline:${html}`, () => Buffer.from(inline));
	}
	return bytes / 1000;
}

/** The region checkbox in the app, or a reason why there is none. */
async function regionCheckbox(page: Page, w: Workload): Promise<ElementHandle<HTMLElement>> {
	const box = page
		.getByRole('group', { name: /^Region\b/ })
		.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(w.regionName)}`) })
		.first();
	try {
		await box.waitFor({ state: 'attached', timeout: 5_000 });
	} catch {
		throw new Error(`no checkbox "${w.regionName}…" in a "Region" group`);
	}
	return (await box.elementHandle()) as ElementHandle<HTMLElement>;
}

/** Types the node's label in the app's search box; returns the box once suggestions are shown. */
async function searchBox(page: Page, w: Workload): Promise<ElementHandle<HTMLElement>> {
	const box = page.getByRole('combobox', { name: 'Find a node' });
	try {
		await box.waitFor({ state: 'visible', timeout: 5_000 });
	} catch {
		throw new Error('no combobox "Find a node"');
	}
	await box.fill(w.node.label);
	try {
		await page.getByRole('option').first().waitFor({ state: 'visible', timeout: 10_000 });
	} catch {
		throw new Error(`no suggestion for "${w.node.label}"`);
	}
	return (await box.elementHandle()) as ElementHandle<HTMLElement>;
}

/** Prefix of the load failures that mean the page does not show the workload's data at all. */
export const DATA_NOT_SHOWN = 'data not shown';

/**
 * Throws unless the page shows the workload's network: it must have requested the file, show no
 * refusal, and, where it says "N of M nodes shown", have M = the file's node count.
 */
async function checkDataShown(page: Page, w: Workload, requested: Set<string>): Promise<void> {
	const fail = (why: string) => {
		throw Object.assign(new Error(`${DATA_NOT_SHOWN}: ${why}`), { step: 'load' });
	};
	if (!requested.has(w.dataPath)) fail(`the page never requested ${w.dataPath}`);
	const texts = await within(
		page.locator('[role="alert"], [role="status"]').allInnerTexts(),
		w.timeouts.step,
		'status texts'
	);
	const norm = texts.map((t) => t.replace(/\s+/g, ' ').trim());
	const refused = norm.find((t) => /\b(refused|invalid|could not)\b/i.test(t));
	if (refused) fail(refused.slice(0, 240));
	const text = norm.join(' ');
	const count = /\bof ([\d,\u00a0\u202f ]+) nodes\b/.exec(text);
	const shown = count ? Number(count[1]!.replace(/\D/g, '')) : null;
	if (shown !== null && shown !== w.nodes)
		fail(`the page shows ${shown} nodes, the file has ${w.nodes}`);
}

/**
 * The JS heap once the page's deferred work has settled: the network idle, no draw and no long
 * task for a second, at least two seconds after the first frame, an idle callback; then two full
 * garbage collections (CDP). MB = 10⁶ bytes.
 */
async function settledHeap(
	page: Page,
	cdp: CDPSession,
	hooks: ReturnType<typeof pageHooks>,
	firstFrame: number,
	notes: string[]
): Promise<number> {
	await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {
		notes.push('heap: network not idle within 15 s');
	});
	await hooks.waitQuiet(SETTLE_QUIET_MS).catch((e: unknown) => notes.push(`heap: ${message(e)}`));
	const wait = firstFrame + SETTLE_AFTER_FIRST_FRAME_MS - (await hooks.now());
	if (wait > 0) await page.waitForTimeout(wait);
	await hooks.idle(5_000);
	for (let i = 0; i < 2; i++) await within(cdp.send('HeapProfiler.collectGarbage'), 60_000, 'GC');
	const heap = await within(cdp.send('Runtime.getHeapUsage'), 30_000, 'heap usage');
	return heap.usedSize / 1e6;
}

/** Measures one fresh page load: new context, first frame, heap, JS, hover, filter, selection. */
export async function measureLoad(
	browser: Browser,
	origin: string,
	w: Workload,
	kind: PageKind,
	run: number,
	skip: Partial<Record<Step, string>>
): Promise<LoadResult> {
	const result: LoadResult = {
		page: kind,
		run,
		values: {},
		failed: {},
		missing: {},
		crashed: false,
		notes: [],
		canvas: null,
		webglRenderer: ''
	};
	const v = result.values;
	const context = await browser.newContext({
		viewport: { width: 1400, height: 900 },
		deviceScaleFactor: 1,
		locale: 'en-US',
		// The app alone: its service worker would cache the site in the background while it loads.
		serviceWorkers: 'block'
	});
	try {
		await context.addInitScript({ content: PAGE_HOOKS_SCRIPT });
		const page = await context.newPage();
		page.setDefaultTimeout(w.timeouts.step);
		page.on('crash', () => (result.crashed = true));
		page.on('pageerror', (e) => {
			if (result.notes.length < 5) result.notes.push(`page error: ${message(e)}`);
		});
		const requested = new Set<string>();
		page.on('request', (r) => requested.add(new URL(r.url()).pathname));
		const path =
			kind === 'app' ? w.appPath : `${w.barePath}${w.canvas ? `&canvas=${w.canvas}` : ''}`;
		const hooks = pageHooks(page, w);
		const guard = <T>(promise: Promise<T>, what: string) =>
			within(promise, w.timeouts.step + 10_000, what);

		// Load: navigation → the first draw of every edge (external), or the page's own mark.
		if (skip.load) throw Object.assign(new Error(skip.load), { step: 'load' });
		let first: DrawTask | null;
		try {
			await page.goto(origin + path, { waitUntil: 'commit', timeout: w.timeouts.firstFrame });
			const full: DrawQuery = { layer: 'edges', minItems: w.edges };
			// Whichever comes first: all edges drawn, or the page's mark and then a quiet page
			// (a renderer that draws its edges otherwise must not cost a timeout on every load).
			first = await Promise.race([
				hooks.waitDraw(0, full, w.timeouts.firstFrame),
				hooks
					.waitMark('network:first-frame', 0, w.timeouts.firstFrame)
					.then(() => hooks.waitQuiet(2_000, w.timeouts.firstFrame))
					.then(() => null)
			]);
			if (!first) {
				first =
					(await hooks.drawTasks(0, Infinity)).find(
						(d) => (d.layers.edges?.maxItems ?? 0) >= w.edges && d.drawn > 0
					) ?? null;
			}
		} catch (error) {
			const alert: string[] = result.crashed
				? []
				: await within(page.getByRole('alert').allInnerTexts(), 5_000, 'alert').catch(
						(): string[] => []
					);
			const shown = alert.join(' ').replace(/\s+/g, ' ').trim().slice(0, 200);
			throw Object.assign(
				new Error(
					result.crashed
						? 'tab crashed'
						: `${message(error)}${shown ? ` (page shows: ${shown})` : ''}`
				),
				{ step: 'load' }
			);
		}
		await checkDataShown(page, w, requested);
		const mark = await hooks.mark('network:first-frame', 0);
		if (mark) v.firstFrameMark = mark.start;
		else result.missing.firstFrameMark = 'no network:first-frame mark';
		if (first) {
			v.firstDraw = first.jsEnd;
			v.firstFrameDrawn = first.drawn;
		} else {
			const most = await hooks.maxItems('edges', 0);
			const why = `no WebGL draw of all ${w.edges} edges (most in one draw: ${most})`;
			result.missing.firstDraw = why;
			result.missing.firstFrameDrawn = why;
		}
		const info = await guard(
			page.evaluate(() => {
				const el =
					document.querySelector('canvas.sigma-mouse') ??
					document.querySelector('canvas.sigma-nodes');
				const r = el?.getBoundingClientRect();
				return {
					canvas: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
					webgl: window.__bench.webglRenderer()
				};
			}),
			'canvas'
		);
		result.canvas = info.canvas && { width: info.canvas.width, height: info.canvas.height };
		result.webglRenderer = info.webgl;
		const firstAt = v.firstDraw ?? v.firstFrameMark!;
		const cdp = await context.newCDPSession(page);
		v.heap = await settledHeap(page, cdp, hooks, firstAt, result.notes);
		await cdp.detach();
		v.initialJs = await initialJs(page, path, firstAt);

		// Hover: the mouse moved onto the workload's node, at the default camera.
		await runStep(result, 'hover', w, skip, async () => {
			if (!info.canvas) throw new Error('no sigma canvas');
			const at = viewportPoint(w.hover.extent, w.hover, info.canvas);
			const before = await hooks.now();
			await guard(page.mouse.move(info.canvas.x + at.x, info.canvas.y + at.y), 'mouse');
			let since: number | null = null;
			for (let i = 0; i < 100 && since === null; i++) {
				since = await hooks.firstMousemove(before);
				if (since === null) await page.waitForTimeout(50);
			}
			if (since === null) throw new Error('no mousemove event');
			try {
				await hooks.waitDraw(since, { layer: 'hoverNodes' }, w.timeouts.step);
			} catch {
				throw new Error(
					`nothing drawn as hovered at (${Math.round(at.x)}, ${Math.round(at.y)}) on the canvas`
				);
			}
			const quiet = await hooks.waitQuiet(QUIET_MS);
			// Everything the hover caused is drawn: the last draw task before the page went quiet.
			const last = (await hooks.drawTasks(since, quiet)).at(-1)!;
			v.hoverDraw = last.jsEnd - since;
			v.hoverFrame = last.drawn - since;
			v.hoverLongestTask = await hooks.longestTask(since, quiet);
			if (kind === 'bare' && run <= 1) {
				const actual = await page.evaluate(
					(id) => (window as unknown as BareWindow).bench.viewportOf(id),
					w.node.id
				);
				if (actual && Math.hypot(actual.x - at.x, actual.y - at.y) > 1)
					result.notes.push(
						`hover point (${at.x.toFixed(1)}, ${at.y.toFixed(1)}) differs from sigma's (${actual.x.toFixed(1)}, ${actual.y.toFixed(1)})`
					);
			}
			// Off the canvas again, and wait for its redraw, so that nothing is hovered later.
			await guard(page.mouse.move(5, 5), 'mouse');
			await hooks.waitQuiet(QUIET_MS);
		});

		// Filter: tick the region (app) or call the hook (bare), timestamped on the page's clock.
		await runStep(result, 'filter', w, skip, async () => {
			const since = await guard(
				kind === 'app'
					? (await regionCheckbox(page, w)).evaluate((el) =>
							window.__bench.inTask(() => el.click())
						)
					: page.evaluate(
							(region) =>
								window.__bench.inTask(() =>
									(window as unknown as BareWindow).bench.filterRegion(region)
								),
							w.region
						),
				'filter'
			);
			const drawn = await hooks.waitDraw(since, {}, w.timeouts.step);
			v.filterDraw = drawn.jsEnd - since;
			v.filterFrame = drawn.drawn - since;
			// Long Tasks entries arrive after their task; the quiet wait covers them.
			const quiet = await hooks.waitQuiet(QUIET_MS);
			v.filterLongestTask = await hooks.longestTask(since, quiet);
			const mark = await hooks.mark('network:filter-applied', since);
			if (mark) v.filterMark = mark.start - since;
			else result.missing.filterMark = 'no network:filter-applied mark';
		});

		// Select: Enter in the search box (app) or the hook (bare).
		await runStep(result, 'select', w, skip, async () => {
			const since = await guard(
				kind === 'app'
					? (await searchBox(page, w)).evaluate((el) => {
							const enter = { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true };
							return window.__bench.inTask(() =>
								el.dispatchEvent(new KeyboardEvent('keydown', enter))
							);
						})
					: page.evaluate(
							(id) =>
								window.__bench.inTask(() => (window as unknown as BareWindow).bench.select(id)),
							w.node.id
						),
				'select'
			);
			const drawn = await hooks.waitDraw(since, {}, w.timeouts.step);
			v.selectDraw = drawn.jsEnd - since;
			v.selectFrame = drawn.drawn - since;
			// The page marks right after its refresh, before the script that drew ends. (The app's
			// camera animation that follows is not waited for: the page is closed next.)
			const mark = await hooks.mark('network:selection-applied', since);
			if (mark) v.selectMark = mark.start - since;
			else result.missing.selectMark = 'no network:selection-applied mark';
			// Once per workload: did the app select the node meant?
			if (kind === 'app' && run <= 1) {
				const heading = page.getByRole('heading', { level: 2, name: w.node.label, exact: true });
				const shown = await heading
					.waitFor({ state: 'visible', timeout: 10_000 })
					.then(() => true)
					.catch(() => false);
				if (!shown) result.notes.push(`select: "${w.node.label}" not shown as the panel's heading`);
			}
		});
	} catch (error) {
		const step = (error as { step?: Step }).step ?? 'load';
		result.failed[step] = result.crashed ? 'tab crashed' : message(error);
	} finally {
		await within(context.close(), 30_000, 'closing the page').catch((e: unknown) =>
			result.notes.push(message(e))
		);
	}
	// A load that failed takes the steps after it along.
	if (result.failed.load) {
		for (const step of STEPS.slice(1)) result.failed[step] ??= `no load: ${result.failed.load}`;
	}
	return result;
}

async function runStep(
	result: LoadResult,
	step: Step,
	w: Workload,
	skip: Partial<Record<Step, string>>,
	fn: () => Promise<void>
): Promise<void> {
	if (!w.steps.includes(step)) {
		result.failed[step] = `not run on this workload`;
		return;
	}
	if (skip[step]) {
		result.failed[step] = skip[step];
		return;
	}
	try {
		await fn();
	} catch (error) {
		if (result.crashed) throw Object.assign(new Error('tab crashed'), { step });
		result.failed[step] = message(error);
	}
}
