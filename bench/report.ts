// Statistics, targets and the Markdown report.
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

export const FIGURE_INFO: Record<
	Figure,
	{ label: string; unit: string; kind: 'main' | 'frame' | 'other' }
> = {
	firstFrame: { label: 'First frame: navigation → mark', unit: 'ms', kind: 'main' },
	firstFrameDrawn: { label: 'First frame: navigation → drawn frame', unit: 'ms', kind: 'frame' },
	filterRender: { label: 'Region filter → render end', unit: 'ms', kind: 'main' },
	filterFrame: { label: 'Region filter → next frame', unit: 'ms', kind: 'frame' },
	selectRender: { label: 'Select node → render end', unit: 'ms', kind: 'main' },
	selectFrame: { label: 'Select node → next frame', unit: 'ms', kind: 'frame' },
	filterLongestTask: {
		label: 'Longest task while filtering (Long Tasks API: ≥ 50 ms)',
		unit: 'ms',
		kind: 'main'
	},
	heap: { label: 'JS heap after load (after GC)', unit: 'MB', kind: 'other' },
	initialJs: { label: 'JavaScript before first frame (gzip)', unit: 'KB', kind: 'other' }
};

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
						l.values[figure] === undefined ? [l.failed[stepOf(figure)] ?? 'not measured'] : []
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

// ——— Targets (the issue's "Targets the report compares against") ———

/** Initial JavaScript budget for the explorer page: 120 KB gzip, taken as 120,000 bytes. */
export const JS_BUDGET_KB = 120;
export const VISIBLE_NODE_IDS_BUDGET_MS = 20;
export const LONGEST_TASK_BUDGET_MS = 1_000;
/** Allowed app/bare ratio: 1.25× up to 10,000 nodes, 1.5× above. */
export const ratioLimit = (w: Workload) => (w.nodes > 10_000 ? 1.5 : 1.25);

const fmt = (v: number, unit = ''): string => {
	const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
	return `${v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })}${unit ? ` ${unit}` : ''}`;
};

/** Milliseconds, in µs below 0.1 ms (the URL codec's micro-benchmarks). */
const fmtMs = (v: number) => (v < 0.1 ? `${(v * 1000).toFixed(1)} µs` : fmt(v, 'ms'));

export function evaluateTargets(
	workloads: WorkloadResult[],
	micro: MicroResult[],
	env: Environment
): TargetResult[] {
	const targets: TargetResult[] = [];
	const pp = workloads.find((w) => w.workload.key === 'pp');
	const js = pp?.figures.initialJs.app;
	targets.push({
		target: `Initial JavaScript ≤ ${JS_BUDGET_KB} KB gzip (explorer page)`,
		value: js ? fmt(js.median, 'KB') : '—',
		verdict: js ? (js.median <= JS_BUDGET_KB ? 'met' : 'not met') : 'n/a',
		why: js ? '' : pp ? (pp.figures.initialJs.why.app ?? '') : 'Prague Process workload not run'
	});
	for (const w of workloads) {
		const limit = ratioLimit(w.workload);
		const checks: [Figure, string][] = [
			['firstFrame', 'first frame (main thread, mark)'],
			['firstFrameDrawn', 'first frame (drawn)'],
			['filterRender', 'filter apply (main thread, render end)'],
			['filterFrame', 'filter apply (next frame)']
		];
		for (const [figure, what] of checks) {
			const f = w.figures[figure];
			const target = `${w.workload.title}: ${what} ≤ ${limit}× bare`;
			const value =
				f.ratio === null
					? '—'
					: `${f.ratio.toFixed(2)}× (${fmt(f.app!.median, 'ms')} vs ${fmt(f.bare!.median, 'ms')})`;
			if (f.ratio === null) {
				const why = [f.why.app && `app: ${f.why.app}`, f.why.bare && `bare: ${f.why.bare}`]
					.filter(Boolean)
					.join('; ');
				targets.push({ target, value, verdict: 'n/a', why });
			} else if (FIGURE_INFO[figure].kind === 'frame' && env.softwareWebgl) {
				targets.push({
					target,
					value,
					verdict: 'not judged',
					why: 'software WebGL: frame times are judged on a GPU only'
				});
			} else {
				targets.push({ target, value, verdict: f.ratio <= limit ? 'met' : 'not met', why: '' });
			}
		}
	}
	const big = workloads.find((w) => w.workload.key === '50k');
	if (!big) {
		targets.push({
			target: '50k network loads and stays interactive',
			value: '—',
			verdict: 'n/a',
			why: '50k workload not run'
		});
	} else {
		const appLoads = big.loads.filter((l) => l.page === 'app');
		const loaded = appLoads.filter((l) => l.values.firstFrame !== undefined).length;
		targets.push({
			target: '50k network: loads, no tab crash',
			value: `${loaded}/${appLoads.length} loads drew their first frame, ${big.crashes.app} crashes`,
			verdict:
				loaded === 0
					? 'n/a'
					: big.crashes.app === 0 && loaded === appLoads.length
						? 'met'
						: 'not met',
			why: loaded === 0 ? (big.figures.firstFrame.why.app ?? '') : ''
		});
		const longest = big.figures.filterLongestTask.app;
		targets.push({
			target: `50k network: no main-thread task > ${LONGEST_TASK_BUDGET_MS} ms while filtering`,
			value: longest ? `longest ${fmt(longest.max, 'ms')} (worst load)` : '—',
			verdict: longest ? (longest.max <= LONGEST_TASK_BUDGET_MS ? 'met' : 'not met') : 'n/a',
			why: longest ? '' : (big.figures.filterLongestTask.why.app ?? '')
		});
	}
	const vni = micro.find((m) => m.name.startsWith('visibleNodeIds, region filter'));
	targets.push({
		target: `visibleNodeIds ≤ ${VISIBLE_NODE_IDS_BUDGET_MS} ms for 50,000 nodes (Node, mean)`,
		value: vni ? fmt(vni.mean, 'ms') : '—',
		verdict: vni ? (vni.mean <= VISIBLE_NODE_IDS_BUDGET_MS ? 'met' : 'not met') : 'n/a',
		why: vni ? '' : 'micro-benchmarks not run'
	});
	return targets;
}

// ——— Markdown ———

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(header: string[], rows: string[][]): string {
	const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const na = (why: string | undefined) => `n/a (${why || 'not measured'})`;

export function toMarkdown(report: Report): string {
	const env = report.environment;
	const out: string[] = [];
	out.push(
		`# Benchmark results, ${env.date}${env.quick ? ' (quick run: not for comparison)' : ''}`
	);
	out.push('');
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
	out.push(
		'Medians over fresh page loads, app and bare page alternately. "Render end": the page\'s ' +
			'`network:*` mark after sigma\'s render; "drawn"/"next frame": then the GPU forced to finish ' +
			'(`readPixels`) and the next animation frame. Main-thread figures are judged everywhere, ' +
			'frame figures only with a hardware GPU. Method: bench/README.md.'
	);
	out.push('');
	out.push('## Workloads');
	out.push('');
	out.push(
		table(
			['Workload', 'Nodes', 'Edges', 'File', 'Loads per page', 'Filter', 'Selected node'],
			report.workloads.map(({ workload: w, ...r }) => [
				w.title,
				w.nodes.toLocaleString('en-US'),
				w.edges.toLocaleString('en-US'),
				`${(w.bytes / 1e6).toFixed(2)} MB`,
				`${r.loads.some((l) => l.run === 0) ? '1 warm-up + ' : ''}${w.loads}`,
				w.regionName,
				`${w.node.label} (degree ${w.node.degree})`
			])
		)
	);
	for (const r of report.workloads) {
		out.push('');
		out.push(`## ${r.workload.title}`);
		out.push('');
		out.push(
			table(
				['Figure', 'App median', 'App min–max', 'Bare median', 'Bare min–max', 'App / bare'],
				(FIGURES as readonly Figure[]).map((figure) => {
					const f = r.figures[figure];
					const { label, unit } = FIGURE_INFO[figure];
					// No long task at all is 0: shown as such, since the API reports only ≥ 50 ms.
					const show = (v: number, u = '') =>
						figure === 'filterLongestTask' && v === 0 ? `< 50${u ? ` ${u}` : ''}` : fmt(v, u);
					const side = (s: Summary | null, why: string | undefined): [string, string] =>
						s
							? [
									show(s.median, unit),
									s.max === 0 ? `(n=${s.n})` : `${show(s.min)}–${show(s.max)} (n=${s.n})`
								]
							: [na(why), ''];
					return [
						label,
						...side(f.app, f.why.app),
						...side(f.bare, f.why.bare),
						f.ratio === null ? '—' : `${f.ratio.toFixed(2)}×`
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
	out.push(
		table(
			['Target', 'Value', 'Verdict'],
			report.targets.map((t) => [t.target, t.value, t.why ? `${t.verdict}: ${t.why}` : t.verdict])
		)
	);
	out.push('');
	return out.join('\n');
}
