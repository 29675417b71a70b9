// Statistics, targets and the Markdown report.
import { workloadTitle } from './generate';
import type { LoadSummary } from './machine-load';
import {
	FIGURES,
	STEP_FIGURES,
	type Figure,
	type LoadResult,
	type PageKind,
	type Step,
	type Workload
} from './measure';

export interface Summary {
	n: number;
	min: number;
	median: number;
	max: number;
	samples: number[];
}

export interface FigureSummary {
	app: Summary | null;
	bare: Summary | null;
	/** Why a page has no figure (every reason seen, deduplicated). */
	why: { app?: string; bare?: string };
	/** app median / bare median. */
	ratio: number | null;
}

export interface WorkloadResult {
	workload: Workload;
	loads: LoadResult[];
	figures: Record<Figure, FigureSummary>;
	crashes: { app: number; bare: number };
}

export interface MicroResult {
	name: string;
	group: string;
	mean: number;
	min: number;
	max: number;
	median: number | null;
	samples: number;
}

export interface Environment {
	date: string;
	cpus: number;
	cpuModel: string;
	memoryGB: number;
	platform: string;
	node: string;
	browser: string;
	webglRenderer: string;
	softwareWebgl: boolean;
	quick: boolean;
	durationS: number;
	load: LoadSummary;
}

export type Verdict = 'met' | 'not met' | 'n/a' | 'not judged';

export interface TargetResult {
	target: string;
	value: string;
	verdict: Verdict;
	why: string;
}

export interface Report {
	environment: Environment;
	workloads: WorkloadResult[];
	micro: MicroResult[];
	microNote: string;
	targets: TargetResult[];
}

/**
 * `main`: main-thread time, judged everywhere; `frame`: until the picture is on screen (GPU
 * finished), judged only on a hardware GPU; `mark`: the page's own performance mark, shown beside
 * the external figures and never judged; `other`: sizes.
 */
export type FigureKind = 'main' | 'frame' | 'mark' | 'other';

export const FIGURE_INFO: Record<Figure, { label: string; unit: string; kind: FigureKind }> = {
	firstDraw: {
		label: 'First frame: navigation → every edge drawn (WebGL; script done)',
		unit: 'ms',
		kind: 'main'
	},
	firstFrameDrawn: {
		label: 'First frame: navigation → on screen (GPU finished, next frame)',
		unit: 'ms',
		kind: 'frame'
	},
	firstFrameMark: { label: "First frame: navigation → page's own mark", unit: 'ms', kind: 'mark' },
	heap: { label: 'JS heap after settling (after GC)', unit: 'MB', kind: 'other' },
	initialJs: { label: 'JavaScript before first frame (gzip)', unit: 'KB', kind: 'other' },
	hoverDraw: { label: 'Hover a node → last redraw (script done)', unit: 'ms', kind: 'main' },
	hoverFrame: { label: 'Hover a node → on screen', unit: 'ms', kind: 'frame' },
	hoverLongestTask: { label: 'Longest task while hovering (≥ 50 ms)', unit: 'ms', kind: 'main' },
	filterDraw: { label: 'Region filter → redraw (WebGL; script done)', unit: 'ms', kind: 'main' },
	filterFrame: { label: 'Region filter → on screen', unit: 'ms', kind: 'frame' },
	filterMark: { label: "Region filter → page's own mark", unit: 'ms', kind: 'mark' },
	filterLongestTask: { label: 'Longest task while filtering (≥ 50 ms)', unit: 'ms', kind: 'main' },
	selectDraw: { label: 'Select node → redraw (WebGL; script done)', unit: 'ms', kind: 'main' },
	selectFrame: { label: 'Select node → on screen', unit: 'ms', kind: 'frame' },
	selectMark: { label: "Select node → page's own mark", unit: 'ms', kind: 'mark' }
};

const LONG_TASK_FIGURES: readonly Figure[] = ['hoverLongestTask', 'filterLongestTask'];

export function summarize(samples: number[]): Summary | null {
	if (samples.length === 0) return null;
	const sorted = [...samples].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	return { n: sorted.length, min: sorted[0]!, median, max: sorted.at(-1)!, samples };
}

const stepOf = (figure: Figure): Step =>
	(Object.keys(STEP_FIGURES) as Step[]).find((s) => STEP_FIGURES[s].includes(figure))!;

/** Summaries of the measured (not warm-up) loads of a workload. */
export function summarizeWorkload(workload: Workload, loads: LoadResult[]): WorkloadResult {
	const measured = loads.filter((l) => l.run > 0);
	const figures = {} as Record<Figure, FigureSummary>;
	for (const figure of FIGURES) {
		const per = (page: PageKind) => {
			const mine = measured.filter((l) => l.page === page);
			const values = mine.flatMap((l) =>
				l.values[figure] === undefined ? [] : [l.values[figure]!]
			);
			const reasons = [
				...new Set(
					mine.flatMap((l) =>
						l.values[figure] === undefined
							? [l.failed[stepOf(figure)] ?? l.missing[figure] ?? 'not measured']
							: []
					)
				)
			];
			return { summary: summarize(values), why: reasons.join('; ') };
		};
		const app = per('app');
		const bare = per('bare');
		figures[figure] = {
			app: app.summary,
			bare: bare.summary,
			why: { ...(app.why && { app: app.why }), ...(bare.why && { bare: bare.why }) },
			ratio:
				app.summary && bare.summary && bare.summary.median > 0
					? app.summary.median / bare.summary.median
					: null
		};
	}
	return {
		workload,
		loads,
		figures,
		crashes: {
			app: loads.filter((l) => l.page === 'app' && l.crashed).length,
			bare: loads.filter((l) => l.page === 'bare' && l.crashed).length
		}
	};
}

// ——— Targets (issue 7, "Performance") ———

/** Initial JavaScript budget for the explorer page: 120 KB gzip, taken as 120,000 bytes. */
export const JS_BUDGET_KB = 120;
/** Hover over a node at 50k: no main-thread task longer than this. */
export const HOVER_TASK_BUDGET_MS = 100;
/** The 100k network's region filter: main-thread time under this. */
export const FILTER_100K_BUDGET_MS = 1_000;
/** First frame: app / bare, per workload. */
export const FIRST_FRAME_LIMITS: Record<string, number> = {
	pp: 1.25,
	'1k': 1.25,
	'10k': 1.1,
	'50k': 1.1
};
/** Filter apply and node selection: app / bare at every size. */
export const INTERACTION_LIMIT = 1.25;
export const INTERACTION_KEYS = ['pp', '1k', '10k', '50k'];
/** JS heap after settling: app / bare. */
export const HEAP_LIMIT = 1.5;
export const HEAP_KEYS = ['10k', '50k'];
/** Longest task while filtering at 50k: app / the bare page's own refresh. */
export const FILTER_TASK_LIMIT = 1.2;

const fmt = (v: number, unit = ''): string => {
	const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
	return `${v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })}${unit ? ` ${unit}` : ''}`;
};

/** Milliseconds, in µs below 0.1 ms (the URL codec's micro-benchmarks). */
const fmtMs = (v: number) => (v < 0.1 ? `${(v * 1000).toFixed(1)} µs` : fmt(v, 'ms'));

const spread = (s: Summary, unit: string) => `${fmt(s.median, unit)} (${fmt(s.min)}–${fmt(s.max)})`;

/**
 * A target is met only when the app's whole range clears the limit: every app sample ≤ `limit`.
 * Not met when the median is above it; when only part of the range is, "not met" says so.
 */
function verdictFor(app: Summary, limit: number): { verdict: Verdict; why: string } {
	if (app.max <= limit) return { verdict: 'met', why: '' };
	if (app.median > limit) return { verdict: 'not met', why: '' };
	return { verdict: 'not met', why: 'the median clears the limit, the range does not' };
}

/** "; <figure's label>: app 12 ms (10–15), bare 3 ms (2–4)", or nothing. */
function quoted(figure: Figure, f: FigureSummary): string {
	if (!f.app) return '';
	const { label, unit } = FIGURE_INFO[figure];
	return `; ${label}: app ${spread(f.app, unit)}${f.bare ? `, bare ${spread(f.bare, unit)}` : ''}`;
}

function whyMissing(f: FigureSummary): string {
	return [f.why.app && `app: ${f.why.app}`, f.why.bare && `bare: ${f.why.bare}`]
		.filter(Boolean)
		.join('; ');
}

export function evaluateTargets(workloads: WorkloadResult[], env: Environment): TargetResult[] {
	const targets: TargetResult[] = [];
	const byKey = (key: string) => workloads.find((w) => w.workload.key === key);
	const notRun = (key: string, target: string) =>
		targets.push({ target, value: '—', verdict: 'n/a', why: `${key} workload not run` });

	/** app / bare within `limit`, judged on the app's range against the bare page's median. */
	const ratio = (key: string, figure: Figure, what: string, limit: number) => {
		const w = byKey(key);
		const target = `${workloadTitle(key)}: ${what} ≤ ${limit}× bare`;
		if (!w) return notRun(key, target);
		const f = w.figures[figure];
		if (!f.app || !f.bare || f.bare.median <= 0) {
			const why =
				f.bare && f.bare.median <= 0 ? 'bare page has no figure to compare with' : whyMissing(f);
			return targets.push({ target, value: '—', verdict: 'n/a', why });
		}
		const { unit } = FIGURE_INFO[figure];
		const b = f.bare.median;
		const value =
			`${(f.app.median / b).toFixed(2)}× (${(f.app.min / b).toFixed(2)}–${(f.app.max / b).toFixed(2)}×): ` +
			`app ${spread(f.app, unit)} vs bare ${spread(f.bare, unit)}`;
		if (FIGURE_INFO[figure].kind === 'frame' && env.softwareWebgl)
			return targets.push({
				target,
				value,
				verdict: 'not judged',
				why: 'software WebGL: frame times are judged on a GPU only'
			});
		targets.push({ target, value, ...verdictFor(f.app, limit * b) });
	};
	/**
	 * The app's whole range within an absolute budget. `gpuBound`: the figure includes the main
	 * thread's waits for the GPU process (long tasks), so under software WebGL a miss that the bare
	 * page shares is the renderer's, not the app's: not judged, and the figure named (the same
	 * step, up to the end of its script) is quoted instead.
	 */
	const budget = (
		key: string,
		figure: Figure,
		target: string,
		limit: number,
		gpuBound?: Figure
	) => {
		const w = byKey(key);
		if (!w) return notRun(key, target);
		const f = w.figures[figure];
		if (!f.app) return targets.push({ target, value: '—', verdict: 'n/a', why: f.why.app ?? '' });
		const { unit } = FIGURE_INFO[figure];
		const show = (v: number) => (LONG_TASK_FIGURES.includes(figure) && v === 0 ? '< 50' : fmt(v));
		const value = `app ${show(f.app.median)} ${unit} (${show(f.app.min)}–${show(f.app.max)})${
			f.bare
				? `; bare ${show(f.bare.median)} ${unit} (${show(f.bare.min)}–${show(f.bare.max)})`
				: ''
		}`;
		const verdict = verdictFor(f.app, limit);
		if (
			gpuBound &&
			verdict.verdict !== 'met' &&
			env.softwareWebgl &&
			f.bare &&
			f.bare.median > limit
		)
			return targets.push({
				target,
				value,
				verdict: 'not judged',
				why:
					'software WebGL: the bare page misses it too (its tasks include waits for the GPU process)' +
					quoted(gpuBound, w.figures[gpuBound])
			});
		targets.push({ target, value, ...verdict });
	};

	const frames = !env.softwareWebgl;
	for (const [key, limit] of Object.entries(FIRST_FRAME_LIMITS)) {
		ratio(key, 'firstDraw', 'first frame (every edge drawn, main thread)', limit);
		if (frames) ratio(key, 'firstFrameDrawn', 'first frame (on screen)', limit);
	}
	for (const key of INTERACTION_KEYS) {
		ratio(key, 'filterDraw', 'filter apply (redraw, main thread)', INTERACTION_LIMIT);
		if (frames) ratio(key, 'filterFrame', 'filter apply (on screen)', INTERACTION_LIMIT);
	}
	for (const key of INTERACTION_KEYS) {
		ratio(key, 'selectDraw', 'node selection (redraw, main thread)', INTERACTION_LIMIT);
		if (frames) ratio(key, 'selectFrame', 'node selection (on screen)', INTERACTION_LIMIT);
	}
	if (!frames)
		targets.push({
			target: 'The same targets on the "on screen" figures (GPU finished, next frame)',
			value: '—',
			verdict: 'not judged',
			why: `software WebGL (${env.webglRenderer || 'unknown renderer'}): frame times are judged on a GPU only`
		});
	budget(
		'50k',
		'hoverLongestTask',
		`${workloadTitle('50k')}: hover over a node without a main-thread task > ${HOVER_TASK_BUDGET_MS} ms`,
		HOVER_TASK_BUDGET_MS,
		'hoverDraw'
	);
	for (const key of HEAP_KEYS) ratio(key, 'heap', 'JS heap after settling', HEAP_LIMIT);
	ratio(
		'50k',
		'filterLongestTask',
		'longest task while filtering (bare: its own refresh)',
		FILTER_TASK_LIMIT
	);
	budget(
		'pp',
		'initialJs',
		`Initial JavaScript ≤ ${JS_BUDGET_KB} KB gzip (explorer page)`,
		JS_BUDGET_KB
	);
	budget(
		'100k',
		'filterDraw',
		`${workloadTitle('100k')}: region filter (redraw, main thread) < ${fmt(FILTER_100K_BUDGET_MS)} ms`,
		FILTER_100K_BUDGET_MS
	);
	if (env.load.busy) {
		// The reasons are printed once, at the top and under "Machine load".
		const why = 'machine busy';
		for (const t of targets) {
			if (t.verdict === 'met' || t.verdict === 'not met') {
				t.verdict = 'not judged';
				t.why = why;
			}
		}
	}
	return targets;
}

// ——— Markdown ———

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(header: string[], rows: string[][]): string {
	const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const na = (why: string | undefined) => `n/a (${why || 'not measured'})`;

function loadSection(load: LoadSummary): string[] {
	const out: string[] = [];
	const l = (v: [number, number, number]) => v.map((x) => x.toFixed(2)).join(' / ');
	const during = load.samples.map((s) => s.load[0]);
	const d = summarize(during);
	const own = load.samples.flatMap((s) => (s.ownCores === null ? [] : [s.ownCores]));
	const others = load.samples.flatMap((s) => (s.otherCores === null ? [] : [s.otherCores]));
	const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
	out.push('## Machine load');
	out.push('');
	out.push(
		table(
			['', ''],
			[
				['Load average before the run (1 / 5 / 15 min)', l(load.before)],
				[
					`1-minute load while measuring (${during.length} samples)`,
					d ? `median ${d.median.toFixed(2)}, ${d.min.toFixed(2)}–${d.max.toFixed(2)}` : '—'
				],
				[
					'CPU used by the benchmark (Node, Chromium) while measuring',
					own.length ? `${mean(own).toFixed(2)} cores on average` : 'not measured'
				],
				[
					'CPU used by other processes while measuring',
					others.length
						? `${mean(others).toFixed(2)} cores on average, ${load.maxOtherCores?.toFixed(2) ?? '—'} at most over ${load.limits.windowS} s`
						: 'not measured (no /proc): judged on the load average'
				],
				[
					'Busy when',
					`1-min load before > ${load.limits.before.toFixed(1)}, or others > ${load.limits.others.toFixed(2)} cores over ${load.limits.windowS} s`
				],
				[
					'Verdict',
					load.busy
						? `**busy: targets not judged** (${load.reasons.join('; ')})`
						: 'quiet: targets judged'
				]
			]
		)
	);
	return out;
}

export function toMarkdown(report: Report): string {
	const env = report.environment;
	const out: string[] = [];
	out.push(
		`# Benchmark results, ${env.date}${env.quick ? ' (quick run: not for comparison)' : ''}`
	);
	out.push('');
	if (env.load.busy) {
		out.push(`**The machine was busy: no target is judged.** ${env.load.reasons.join('; ')}.`);
		out.push('');
	}
	out.push(
		table(
			['Machine', ''],
			[
				['Date', env.date],
				['CPUs', `${env.cpus} × ${env.cpuModel}`],
				['Memory', `${env.memoryGB.toFixed(1)} GB`],
				['Platform', env.platform],
				['Node', env.node],
				['Browser', env.browser],
				[
					'WebGL renderer',
					`${env.webglRenderer || 'unknown'}${env.softwareWebgl ? ' (software: frame times not judged)' : ''}`
				],
				['Run time', `${Math.round(env.durationS)} s`]
			]
		)
	);
	out.push('');
	out.push(...loadSection(env.load));
	out.push('');
	out.push(
		'Medians and min–max over fresh page loads, app and bare page alternately. "Drawn" and ' +
			'"redraw": the WebGL draw calls a wrapper installed in both pages sees (the first frame: ' +
			'the first draw of every edge), up to the end of the script that drew; "on screen": then the ' +
			"GPU forced to finish (`readPixels`) and the next animation frame. The pages' own " +
			'`network:*` marks are shown beside, never judged. A ratio target is met only when the ' +
			"app's whole range, divided by the bare page's median, is within it. Method: bench/README.md."
	);
	out.push('');
	out.push('## Workloads');
	out.push('');
	out.push(
		table(
			['Workload', 'Nodes', 'Edges', 'File', 'Loads per page', 'Steps', 'Filter', 'Node'],
			report.workloads.map(({ workload: w, ...r }) => [
				w.title,
				w.nodes.toLocaleString('en-US'),
				w.edges.toLocaleString('en-US'),
				`${(w.bytes / 1e6).toFixed(2)} MB`,
				`${r.loads.some((l) => l.run === 0) ? '1 warm-up + ' : ''}${w.loads}`,
				w.steps.join(', '),
				w.regionName,
				`${w.node.label} (degree ${w.node.degree}), hovered and selected`
			])
		)
	);
	for (const r of report.workloads) {
		out.push('');
		out.push(`## ${r.workload.title}`);
		out.push('');
		out.push(
			table(
				[
					'Figure',
					'App median',
					'App min–max',
					'Bare median',
					'Bare min–max',
					'App / bare',
					'App range / bare median'
				],
				(FIGURES as readonly Figure[])
					.filter((figure) => r.workload.steps.includes(stepOf(figure)))
					.map((figure) => {
						const f = r.figures[figure];
						const { label, unit } = FIGURE_INFO[figure];
						// No long task at all is 0: shown as such, since the API reports only ≥ 50 ms.
						const show = (v: number, u = '') =>
							LONG_TASK_FIGURES.includes(figure) && v === 0 ? `< 50${u ? ` ${u}` : ''}` : fmt(v, u);
						const side = (s: Summary | null, why: string | undefined): [string, string] =>
							s
								? [
										show(s.median, unit),
										s.max === 0 ? `(n=${s.n})` : `${show(s.min)}–${show(s.max)} (n=${s.n})`
									]
								: [na(why), ''];
						const b = f.bare?.median ?? 0;
						return [
							label,
							...side(f.app, f.why.app),
							...side(f.bare, f.why.bare),
							f.ratio === null ? '—' : `${f.ratio.toFixed(2)}×`,
							f.app && b > 0 ? `${(f.app.min / b).toFixed(2)}–${(f.app.max / b).toFixed(2)}×` : '—'
						];
					})
			)
		);
		const notes = [...new Set(r.loads.flatMap((l) => l.notes.map((n) => `${l.page}: ${n}`)))];
		const canvases = [
			...new Set(
				r.loads
					.filter((l) => l.canvas)
					.map((l) => `${l.page} ${l.canvas!.width}×${l.canvas!.height}`)
			)
		];
		if (canvases.length) notes.unshift(`canvas sizes: ${canvases.join(', ')}`);
		for (const page of ['app', 'bare'] as const) {
			const mine = r.loads.filter((l) => l.page === page);
			const drawn = mine.filter((l) => l.values.firstDraw !== undefined).length;
			if (drawn < mine.length || r.crashes[page])
				notes.push(
					`${page}: ${drawn}/${mine.length} loads drew every edge, ${r.crashes[page]} tab crashes`
				);
		}
		if (notes.length) {
			out.push('');
			for (const n of notes.slice(0, 12)) out.push(`- ${n}`);
		}
	}
	out.push('');
	out.push('## Micro-benchmarks (Node, `vitest bench`)');
	out.push('');
	if (report.micro.length) {
		out.push(
			table(
				['Group', 'Benchmark', 'Mean', 'Median', 'Min–max', 'Samples'],
				report.micro.map((m) => [
					m.group,
					m.name,
					fmtMs(m.mean),
					m.median === null ? '—' : fmtMs(m.median),
					`${fmtMs(m.min)} – ${fmtMs(m.max)}`,
					String(m.samples)
				])
			)
		);
	}
	if (report.microNote) out.push('', report.microNote);
	out.push('');
	out.push('## Targets');
	out.push('');
	if (env.load.busy) out.push('Not judged: the machine was busy (see "Machine load").', '');
	out.push(
		table(
			['Target', 'Value', 'Verdict'],
			report.targets.map((t) => [t.target, t.value, t.why ? `${t.verdict}: ${t.why}` : t.verdict])
		)
	);
	out.push('');
	return out.join('\n');
}
