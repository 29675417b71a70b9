// Where the time of one page load, region filter or node selection goes, by the app's own source
// files: a CPU profile (CDP Profiler) of each step, resolved through the build's source maps, and a
// heap snapshot summary. A development aid beside `npm run bench` (which times, this attributes).
//
//   npx vite build --sourcemap          # the site with source maps (same code as `npm run build`)
//   npx tsx bench/profile.ts 10k [--page=bare] [--port=4292] [--steps=load,filter,select,heap]
//
// Workloads: pp, 1k, 10k, 50k (bench/generate.ts writes the synthetic files). One Chromium, one load.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { PAGE_HOOKS_SCRIPT } from './page-hooks';
import { DATA_DIR, BUILD_DIR } from './paths';
import { fileFor, startServer } from './server';

const args = process.argv.slice(2);
const option = (name: string) =>
	args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? null;
const key = args.find((a) => !a.startsWith('--')) ?? 'pp';
const kind = option('page') === 'bare' ? 'bare' : 'app';
const port = Number(option('port') ?? 4292);
const steps = (option('steps') ?? 'load,filter,select').split(',');

const dataPath = key === 'pp' ? '/data/prague-process.json' : `/bench-data/synthetic-${key}.json`;
const dataFile =
	key === 'pp'
		? join(BUILD_DIR, 'data', 'prague-process.json')
		: join(DATA_DIR, `synthetic-${key}.json`);
const REGION = 'central_asia';
const REGION_NAME = 'Central Asia';

/** The workload's selected node: its region's highest-degree state (as bench/run.ts picks it). */
function pickNode(): { id: string; label: string; edges: number } {
	const data = JSON.parse(readFileSync(dataFile, 'utf8')) as {
		nodes: { id: string; type: string; region?: string; label: { en: string } }[];
		edges: { source: string; target: string }[];
	};
	const degree = new Map<string, number>();
	for (const e of data.edges) {
		degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
		degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
	}
	let best = { id: '', label: '', degree: -1 };
	const edges = data.edges.filter((e) => e.source !== e.target).length;
	for (const n of data.nodes) {
		if (n.type !== 'state' || n.region !== REGION) continue;
		const d = degree.get(n.id) ?? 0;
		if (d > best.degree) best = { id: n.id, label: n.label.en, degree: d };
	}
	return { ...best, edges };
}

// --- Source maps: a profile's call frame → the original file and function ---

const maps = new Map<string, SourceMapConsumer | null>();
function consumer(url: string): SourceMapConsumer | null {
	if (maps.has(url)) return maps.get(url)!;
	let found: SourceMapConsumer | null = null;
	try {
		const file = fileFor(new URL(url).pathname);
		if (file && existsSync(`${file}.map`)) {
			found = new SourceMapConsumer(
				JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMap
			);
		}
	} catch {
		found = null;
	}
	maps.set(url, found);
	return found;
}

interface Frame {
	functionName: string;
	url: string;
	lineNumber: number;
	columnNumber: number;
}
interface ProfileNode {
	id: number;
	callFrame: Frame;
	parent?: number;
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	startTime: number;
	endTime: number;
	samples: number[];
	timeDeltas: number[];
}

/** sigma's methods are compiled to `_createClass(…, [{ key: "process", value: function value() …`. */
function sigmaMethod(map: SourceMapConsumer, source: string, line: number): string | null {
	const text = map.sourceContentFor(source, true);
	if (!text) return null;
	const lines = text.split('\n');
	for (let l = line - 1; l >= 0 && l > line - 400; l--) {
		const m = /key: "(\w+)"/.exec(lines[l]!);
		if (m) return m[1]!;
		if (/^function (\w+)/.test(lines[l]!)) return /^function (\w+)/.exec(lines[l]!)![1]!;
	}
	return null;
}

/** `src/lib/x.ts`, `node_modules/sigma/…`, or '' for native code (charged to its caller). */
function origin(frame: Frame): { file: string; name: string } {
	const fn = frame.functionName;
	if (fn === '(garbage collector)' || fn === '(program)' || fn === '(root)')
		return { file: fn, name: fn };
	if (!frame.url) return { file: '', name: fn };
	const map = consumer(frame.url);
	if (!map) return { file: new URL(frame.url).pathname, name: fn };
	const pos = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
	const file = (pos.source ?? '?').replace(/^(\.\.\/)+/, '');
	let name = pos.name ?? fn;
	if (pos.source && file.includes('node_modules/sigma/') && (name === 'value' || !name)) {
		name = sigmaMethod(map, pos.source, pos.line ?? 0) ?? name;
	}
	return { file, name };
}

/** What a self-time bucket is called: the split the task asks for. */
function bucket(file: string, name: string, appFile: string | null): string {
	if (file === '(garbage collector)') return 'GC';
	if (file === '(program)' || file === '(root)') return 'browser (program)';
	if (file.includes('node_modules/sigma/')) return `sigma: ${name || '(anonymous)'}`;
	if (file.includes('node_modules/graphology')) {
		return appFile ? `${appFile} (graphology calls)` : 'graphology';
	}
	if (file.includes('node_modules/svelte/') || file.includes('node_modules/@sveltejs/')) {
		return appFile ? `${appFile} (svelte runtime)` : `svelte/kit runtime: ${name || '?'}`;
	}
	if (file.startsWith('src/')) return file;
	return appFile ? `${appFile} (${file})` : file || 'other';
}

/** The component or store a sample's work was done for: the innermost .svelte or state file. */
function owner(files: string[]): string {
	for (const f of files) if (f.endsWith('.svelte') || f.startsWith('src/lib/state/')) return f;
	return files.some((f) => f.includes('node_modules/sigma/'))
		? '(sigma, outside app code)'
		: '(none)';
}

/**
 * Self time per bucket within [from, to] (profile microseconds), and inclusive time per owning
 * component. Native code is charged to its caller; library time to the nearest app file up the
 * stack (a component's effect that drives svelte's runtime), except sigma's, split by its methods.
 */
function split(profile: Profile, from: number, to: number) {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const names = new Map<number, { self: string; owner: string }>();
	const nameOf = (id: number) => {
		let cached = names.get(id);
		if (cached !== undefined) return cached;
		const stack: { file: string; name: string }[] = [];
		for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
			stack.push(origin(byId.get(p)!.callFrame));
		}
		// Native code (a DOM call, a GL call) stands for the script that called it.
		const self = stack.find((f) => f.file !== '') ?? { file: 'other', name: '' };
		// Library code (graphology, svelte) stands for the nearest app file or sigma method above it.
		const near = stack.find(
			(f) => f.file.startsWith('src/') || f.file.includes('node_modules/sigma/')
		);
		const app = near ? (near.file.startsWith('src/') ? near.file : `sigma: ${near.name}`) : null;
		const files = stack.map((f) => f.file);
		cached = { self: bucket(self.file, self.name, app), owner: owner(files) };
		names.set(id, cached);
		return cached;
	};
	const self = new Map<string, number>();
	const owners = new Map<string, number>();
	let t = profile.startTime;
	for (let i = 0; i < profile.samples.length; i++) {
		t += profile.timeDeltas[i]!;
		if (t < from || t > to) continue;
		// A sample's time is charged to the interval before the next one.
		const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		const node = byId.get(profile.samples[i]!)!;
		if (node.callFrame.functionName === '(idle)') continue;
		const b = nameOf(node.id);
		self.set(b.self, (self.get(b.self) ?? 0) + dt);
		owners.set(b.owner, (owners.get(b.owner) ?? 0) + dt);
	}
	return { self, owners };
}

/** The profile time at which the marker function ran last (aligns the page's clock). */
function markerTime(profile: Profile): number | null {
	// The marker's own samples, and those of what it calls (performance.now).
	const ids = new Set<number>();
	const visit = (n: ProfileNode, inside: boolean) => {
		const here = inside || n.callFrame.functionName === '__profileMarker';
		if (here) ids.add(n.id);
		for (const c of n.children ?? []) visit(byId.get(c)!, here);
	};
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	visit(profile.nodes[0]!, false);
	let t = profile.startTime;
	let last: number | null = null;
	for (let i = 0; i < profile.samples.length; i++) {
		t += profile.timeDeltas[i]!;
		if (ids.has(profile.samples[i]!)) last = t;
	}
	return last;
}

function print(title: string, buckets: Map<string, number>, limit = 28) {
	const total = [...buckets.values()].reduce((a, b) => a + b, 0);
	console.log(`\n## ${title}: ${total.toFixed(0)} ms of samples`);
	const rows = [...buckets].sort((a, b) => b[1] - a[1]);
	for (const [name, ms] of rows.slice(0, limit)) {
		console.log(`${ms.toFixed(1).padStart(9)} ms  ${name}`);
	}
	const rest = rows.slice(limit).reduce((a, [, ms]) => a + ms, 0);
	if (rest > 0) console.log(`${rest.toFixed(1).padStart(9)} ms  (${rows.length - limit} smaller)`);
}

function printSplit(title: string, s: ReturnType<typeof split>, limit = 28) {
	print(`${title}, self time`, s.self, limit);
	print(`${title}, by owning component or store (inclusive)`, s.owners, 12);
}

// --- Steps ---

/** In every page: a named function the profile can find, to align its clock with the page's. */
const MARKER_SCRIPT =
	'window.__profileMarker = function __profileMarker() { const t = performance.now(); while (performance.now() - t < 5); };';
const MARKER_MS = 5;

/**
 * In every page: the marker runs once, at the first WebGL draw of at least `edges` instances on
 * sigma's edge layer (the first frame, as bench/page-hooks.ts judges it), to cut the load's profile.
 */
const firstDrawMarker = (edges: number) => `(() => {
	let done = false;
	const wrap = (name, count) => {
		const proto = WebGL2RenderingContext.prototype;
		const original = proto[name];
		proto[name] = function (...args) {
			const result = original.apply(this, args);
			if (!done && Number(args[count]) >= ${edges} && this.canvas.classList.contains('sigma-edges')) {
				done = true;
				window.__profileMarker();
			}
			return result;
		};
	};
	wrap('drawArraysInstanced', 3);
	wrap('drawElementsInstanced', 4);
})();`;

type Action = { kind: 'click' | 'enter' | 'bareFilter' | 'bareSelect'; arg: string };

/** Runs the action in a page task after the marker; resolves with the page time the task began. */
async function markedTask(page: Page, action: Action): Promise<number> {
	// A fresh marker for each step: an optimised one could be inlined and leave no frame.
	await page.evaluate(MARKER_SCRIPT);
	return page.evaluate(
		(a) =>
			window.__bench.inTask(() => {
				const w = window as unknown as {
					__profileMarker(): void;
					__box: HTMLElement;
					bench: { filterRegion(r: string): void; select(id: string): void };
				};
				w.__profileMarker();
				if (a.kind === 'click') w.__box.click();
				else if (a.kind === 'enter') {
					const init = { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true };
					w.__box.dispatchEvent(new KeyboardEvent('keydown', init));
				} else if (a.kind === 'bareFilter') w.bench.filterRegion(a.arg);
				else w.bench.select(a.arg);
			}),
		action
	);
}

async function profiled<T>(
	cdp: CDPSession,
	page: Page,
	run: () => Promise<T>
): Promise<{ profile: Profile; value: T; started: number }> {
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	// The page's clock when the profile started, to a protocol round trip (when no marker is found).
	const started = await page.evaluate(() => performance.now());
	const value = await run();
	const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
	return { profile, value, started };
}

/** Heap snapshot: self size per constructor (MB), the largest first. */
async function heapSummary(cdp: CDPSession): Promise<void> {
	const chunks: string[] = [];
	cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk));
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
	let text: string;
	try {
		text = chunks.join('');
	} catch {
		// Past V8's longest string (~512 MB of snapshot, a 50k network): the used heap only.
		console.log('\n## heap snapshot: too large to read in one string (used heap below)');
		return;
	}
	const snap = JSON.parse(text) as {
		snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
		nodes: number[];
		strings: string[];
	};
	const fields = snap.snapshot.meta.node_fields;
	const types = snap.snapshot.meta.node_types[0];
	const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
	const sizes = new Map<string, { bytes: number; count: number }>();
	let total = 0;
	for (let i = 0; i < snap.nodes.length; i += fields.length) {
		const type = types[snap.nodes[i + iType!]!]!;
		const name =
			type === 'object' || type === 'native' ? snap.strings[snap.nodes[i + iName!]!]! : `(${type})`;
		const size = snap.nodes[i + iSize!]!;
		total += size;
		const s = sizes.get(name) ?? { bytes: 0, count: 0 };
		s.bytes += size;
		s.count++;
		sizes.set(name, s);
	}
	console.log(`\n## heap snapshot: ${(total / 1e6).toFixed(1)} MB self size`);
	for (const [name, s] of [...sizes].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 25)) {
		console.log(
			`${(s.bytes / 1e6).toFixed(2).padStart(8)} MB ${String(s.count).padStart(9)} × ${name.slice(0, 60)}`
		);
	}
}

async function main() {
	const server = await startServer(port);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--disable-quic', '--enable-precise-memory-info']
	});
	try {
		const context = await browser.newContext({
			viewport: { width: 1400, height: 900 },
			deviceScaleFactor: 1,
			locale: 'en-US',
			serviceWorkers: 'block'
		});
		await context.addInitScript({ content: PAGE_HOOKS_SCRIPT });
		await context.addInitScript({ content: MARKER_SCRIPT });
		const node = pickNode();
		await context.addInitScript({ content: firstDrawMarker(node.edges) });
		const page = await context.newPage();
		page.setDefaultTimeout(180_000);
		page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
		const cdp = await context.newCDPSession(page);
		await cdp.send('Profiler.enable');
		const path =
			kind === 'app' ? (key === 'pp' ? '/' : `/?data=${dataPath}`) : `/bare/?data=${dataPath}`;
		console.log(
			`# ${kind} ${key} (${path}), node ${node.id} "${node.label}", load ${(await import('node:os'))
				.loadavg()
				.map((l) => l.toFixed(2))
				.join(' ')}`
		);

		const quiet = () => page.evaluate(() => window.__bench.waitQuiet(1000, 170_000));
		// Load: from navigation to the first draw of the network (the page's first-frame mark).
		const load = await profiled(cdp, page, async () => {
			await page.goto(server.origin + path, { waitUntil: 'commit' });
			await page.evaluate(() => window.__bench.waitMark('network:first-frame', 0, 170_000));
			const first = await page.evaluate(
				() => window.__bench.drawTasks.find((d) => (d.layers.edges?.maxItems ?? 0) > 0) ?? null
			);
			return first;
		});
		if (steps.includes('load')) {
			console.log(`first draw task: jsEnd ${load.value?.jsEnd.toFixed(0)} ms after navigation`);
			// Up to the first draw of every edge (the marker), else the whole profile.
			const marker = markerTime(load.profile);
			if (marker === null)
				console.log('(no marker sampled: the whole profile, past the first frame)');
			printSplit('load → first frame', split(load.profile, 0, marker ?? Infinity));
		}
		await quiet();

		if (steps.includes('filter')) {
			const box =
				kind === 'app'
					? await page
							.getByRole('group', { name: /^Region\b/ })
							.getByRole('checkbox', { name: new RegExp(`^${REGION_NAME}`) })
							.first()
							.elementHandle()
					: null;
			await page.evaluate((b) => ((window as unknown as { __box: unknown }).__box = b), box);
			const run = await profiled(cdp, page, async () => {
				const since = await markedTask(page, {
					kind: kind === 'app' ? 'click' : 'bareFilter',
					arg: REGION
				});
				const drawn = await page.evaluate((s) => window.__bench.waitDraw(s, {}, 170_000), since);
				const end = await quiet();
				return { since, drawn, end };
			});
			report('region filter', run);
		}

		if (steps.includes('select')) {
			let action: Action = { kind: 'bareSelect', arg: node.id };
			if (kind === 'app') {
				const box = page.getByRole('combobox', { name: 'Find a node' });
				await box.fill(node.label);
				await page.getByRole('option').first().waitFor({ state: 'visible' });
				await page.evaluate(
					() => ((window as unknown as { __box: unknown }).__box = document.activeElement)
				);
				action = { kind: 'enter', arg: '' };
			}
			await quiet();
			const run = await profiled(cdp, page, async () => {
				const since = await markedTask(page, action);
				const drawn = await page.evaluate((s) => window.__bench.waitDraw(s, {}, 170_000), since);
				const end = await quiet();
				return { since, drawn, end };
			});
			report('node selection', run);
		}

		if (steps.includes('heap')) {
			await quiet();
			await heapSummary(cdp);
			const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
			console.log(`used heap: ${(usage.usedSize / 1e6).toFixed(1)} MB`);
		}
	} finally {
		await browser.close();
		await server.close();
	}
}

/** The step's split up to the redraw (the timed figure) and after it, to quiet. */
function report(
	title: string,
	run: {
		profile: Profile;
		started: number;
		value: { since: number; drawn: { jsEnd: number }; end: number };
	}
) {
	const { profile, value: v } = run;
	console.log(
		`\n# ${title}: click → redraw (jsEnd) ${(v.drawn.jsEnd - v.since).toFixed(0)} ms, → quiet ${(v.end - v.since).toFixed(0)} ms`
	);
	const marker = markerTime(profile);
	// The marker's last sample is within a sampling interval of its end; without it, the profile's
	// start stands for the page time read right after it (a few milliseconds off).
	const toProfile =
		marker !== null
			? (pageMs: number) => marker + (pageMs - v.since - MARKER_MS) * 1000
			: (pageMs: number) => profile.startTime + (pageMs - run.started) * 1000;
	if (marker === null) console.log('(no marker sampled: aligned by the profile start)');
	const from = marker !== null ? marker + 1 : toProfile(v.since);
	printSplit(`${title}: click → redraw`, split(profile, from, toProfile(v.drawn.jsEnd)));
	printSplit(`${title}: redraw → quiet`, split(profile, toProfile(v.drawn.jsEnd), Infinity), 12);
}

await main();
