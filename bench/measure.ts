// One page load of one workload, app or bare page, and every figure measured on it.
import { readFileSync } from 'node:fs';
import { gzipSync, constants as zlib } from 'node:zlib';
import type { Browser, ElementHandle, Page } from '@playwright/test';
import type { Region } from '../src/lib/data/types';
import { PAGE_HOOKS_SCRIPT, type BenchPageHooks, type MarkRecord } from './page-hooks';
import { fileFor } from './server';

export type PageKind = 'app' | 'bare';

export const FIGURES = [
	'firstFrame',
	'firstFrameDrawn',
	'filterRender',
	'filterFrame',
	'selectRender',
	'selectFrame',
	'filterLongestTask',
	'heap',
	'initialJs'
] as const;
export type Figure = (typeof FIGURES)[number];

/** The steps of a load; a step that fails leaves its figures n/a with the reason. */
export type Step = 'load' | 'filter' | 'select';
export const STEP_FIGURES: Record<Step, readonly Figure[]> = {
	load: ['firstFrame', 'firstFrameDrawn', 'heap', 'initialJs'],
	filter: ['filterRender', 'filterFrame', 'filterLongestTask'],
	select: ['selectRender', 'selectFrame']
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
	edges: number;
	bytes: number;
	/** Measured loads per page (after a warm-up load of each page: see run.ts). */
	loads: number;
	region: Region;
	regionName: string;
	/** The node selected: the highest-degree state of the filtered region. */
	node: { id: string; label: string; degree: number };
	timeouts: { firstFrame: number; step: number };
}

export interface LoadResult {
	page: PageKind;
	/** 0 for the warm-up load. */
	run: number;
	values: Partial<Record<Figure, number>>;
	/** Why a step (and so its figures) could not be measured. */
	failed: Partial<Record<Step, string>>;
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

type HooksWindow = Window & { __bench: BenchPageHooks };
type BareWindow = Window & {
	bench: { filterRegion(r: string): number; select(id: string): number };
};

function waitMark(page: Page, name: string, since: number, timeout: number): Promise<MarkRecord> {
	return within(
		page.evaluate(([n, s, t]) => (window as unknown as HooksWindow).__bench.waitMark(n, s, t), [
			name,
			since,
			timeout
		] as const),
		timeout + 10_000,
		name
	);
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
 * The JavaScript a page had loaded when its first frame was marked: every `.js` resource whose
 * response ended before the mark (Resource Timing), gzipped from the served file, plus the page's
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

/** Measures one fresh page load: new context, first frame, heap, JS, filter, then selection. */
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
		crashed: false,
		notes: [],
		canvas: null,
		webglRenderer: ''
	};
	const context = await browser.newContext({
		viewport: { width: 1400, height: 900 },
		deviceScaleFactor: 1,
		locale: 'en-US'
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
		const guard = <T>(promise: Promise<T>, what: string) =>
			within(promise, w.timeouts.step + 10_000, what);

		// Load: navigation → first frame.
		if (skip.load) throw Object.assign(new Error(skip.load), { step: 'load' });
		let first: MarkRecord;
		try {
			await page.goto(origin + path, { waitUntil: 'commit', timeout: w.timeouts.firstFrame });
			first = await waitMark(page, 'network:first-frame', 0, w.timeouts.firstFrame);
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
		result.values.firstFrame = first.start;
		result.values.firstFrameDrawn = first.drawn;
		const info = await guard(
			page.evaluate(() => {
				const el = document.querySelector('canvas.sigma-nodes');
				return {
					canvas: el ? { width: el.clientWidth, height: el.clientHeight } : null,
					webgl: (window as unknown as HooksWindow).__bench.webglRenderer()
				};
			}),
			'canvas'
		);
		result.canvas = info.canvas;
		result.webglRenderer = info.webgl;
		// JS heap after load, after a full garbage collection (CDP), in MB (10⁶ bytes).
		const cdp = await context.newCDPSession(page);
		await guard(cdp.send('HeapProfiler.collectGarbage'), 'garbage collection');
		const heap = await guard(cdp.send('Runtime.getHeapUsage'), 'heap usage');
		result.values.heap = heap.usedSize / 1e6;
		await cdp.detach();
		result.values.initialJs = await initialJs(page, path, first.start);

		// Filter: tick the region (app) or call the hook (bare), timestamped on the page's clock.
		await runStep(result, 'filter', skip, async () => {
			const since = await guard(
				kind === 'app'
					? (await regionCheckbox(page, w)).evaluate((el) =>
							(window as unknown as HooksWindow).__bench.inTask(() => el.click())
						)
					: page.evaluate(
							(region) =>
								(window as unknown as HooksWindow).__bench.inTask(() =>
									(window as unknown as BareWindow).bench.filterRegion(region)
								),
							w.region
						),
				'filter'
			);
			const mark = await waitMark(page, 'network:filter-applied', since, w.timeouts.step);
			result.values.filterRender = mark.start - since;
			result.values.filterFrame = mark.drawn - since;
			// Long Tasks entries arrive after the task; give them time, then take the longest
			// overlapping the filter (up to a quarter of a second after its frame).
			await page.waitForTimeout(300);
			result.values.filterLongestTask = await guard(
				page.evaluate(
					([from, to]) => (window as unknown as HooksWindow).__bench.longestTask(from, to),
					[since, mark.drawn + 250] as const
				),
				'long tasks'
			);
		});

		// Select: Enter in the search box (app) or the hook (bare).
		await runStep(result, 'select', skip, async () => {
			const since = await guard(
				kind === 'app'
					? (await searchBox(page, w)).evaluate((el) => {
							const enter = { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true };
							return (window as unknown as HooksWindow).__bench.inTask(() =>
								el.dispatchEvent(new KeyboardEvent('keydown', enter))
							);
						})
					: page.evaluate(
							(id) =>
								(window as unknown as HooksWindow).__bench.inTask(() =>
									(window as unknown as BareWindow).bench.select(id)
								),
							w.node.id
						),
				'select'
			);
			const mark = await waitMark(page, 'network:selection-applied', since, w.timeouts.step);
			result.values.selectRender = mark.start - since;
			result.values.selectFrame = mark.drawn - since;
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
		result.failed.filter ??= `no load: ${result.failed.load}`;
		result.failed.select ??= `no load: ${result.failed.load}`;
	}
	return result;
}

async function runStep(
	result: LoadResult,
	step: Step,
	skip: Partial<Record<Step, string>>,
	fn: () => Promise<void>
): Promise<void> {
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
