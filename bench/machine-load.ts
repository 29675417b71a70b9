// How busy the machine was: the load average before the run and, sampled every few seconds while
// the pages are measured, the load average and the CPU time taken by other processes than the
// benchmark's own (this Node process and its descendants: Chromium, its renderers, its GPU
// process). A busy run is reported but not judged. See bench/README.md, "Method".
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

export interface LoadSample {
	/** Seconds since the run started. */
	t: number;
	/** os.loadavg(): 1-, 5- and 15-minute load averages. */
	load: [number, number, number];
	/** Cores' worth of CPU used since the previous sample: by the benchmark, by everything else. */
	ownCores: number | null;
	otherCores: number | null;
}

export interface LoadSummary {
	cores: number;
	before: [number, number, number];
	samples: LoadSample[];
	/** The thresholds (see `judgeLoad`). */
	limits: { before: number; others: number; windowS: number; duringFallback: number };
	/** The highest average of other processes' CPU over a window of `windowS` seconds. */
	maxOtherCores: number | null;
	busy: boolean;
	reasons: string[];
}

/** Busy and idle CPU time of the whole machine (/proc/stat's first line), in clock ticks. */
function machineTicks(): { busy: number; total: number } | null {
	try {
		const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1);
		const n = fields.map(Number);
		// user nice system idle iowait irq softirq steal (guest time is already in user).
		const idle = (n[3] ?? 0) + (n[4] ?? 0);
		const total = n.slice(0, 8).reduce((a, b) => a + b, 0);
		return { busy: total - idle, total };
	} catch {
		return null;
	}
}

/**
 * CPU time, in clock ticks, of this process and all its descendants, with the time of the children
 * they have reaped (utime + stime + cutime + cstime from /proc/<pid>/stat).
 */
function ownTicks(): number | null {
	try {
		const parent = new Map<number, number>();
		const ticks = new Map<number, number>();
		for (const entry of readdirSync('/proc')) {
			if (!/^\d+$/.test(entry)) continue;
			let stat: string;
			try {
				stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			} catch {
				continue; // exited meanwhile
			}
			// The command name may hold spaces and parentheses: fields follow the last ')'.
			const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			parent.set(Number(entry), Number(f[1]));
			ticks.set(Number(entry), Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]));
		}
		let sum = 0;
		for (const [pid, t] of ticks) {
			let p: number | undefined = pid;
			for (let depth = 0; p && p !== process.pid && depth < 64; depth++) p = parent.get(p);
			if (p === process.pid) sum += t;
		}
		return sum;
	} catch {
		return null;
	}
}

export class LoadMonitor {
	readonly cores = cpus().length;
	readonly before = loadavg() as [number, number, number];
	readonly samples: LoadSample[] = [];
	private readonly started = Date.now();
	private timer: NodeJS.Timeout | null = null;
	private last: { machine: ReturnType<typeof machineTicks>; own: number | null } | null = null;
	private lastAt = 0;

	/** Samples every `everyMs` until `stop()`. */
	start(everyMs = 5_000): void {
		this.last = { machine: machineTicks(), own: ownTicks() };
		this.lastAt = Date.now();
		this.timer = setInterval(() => this.sample(), everyMs);
		this.timer.unref();
	}

	stop(): void {
		if (!this.timer) return;
		clearInterval(this.timer);
		this.timer = null;
		// The time since the last sample, unless too short to say anything.
		if (Date.now() - this.lastAt >= 1_000) this.sample();
	}

	private sample(): void {
		const machine = machineTicks();
		const own = ownTicks();
		let ownCores: number | null = null;
		let otherCores: number | null = null;
		const prev = this.last;
		if (prev?.machine && machine && prev.own !== null && own !== null) {
			const total = machine.total - prev.machine.total;
			if (total > 0) {
				const perCore = total / this.cores;
				ownCores = Math.max(0, own - prev.own) / perCore;
				otherCores = Math.max(0, machine.busy - prev.machine.busy - (own - prev.own)) / perCore;
			}
		}
		this.last = { machine, own };
		this.lastAt = Date.now();
		this.samples.push({
			t: (Date.now() - this.started) / 1000,
			load: loadavg() as [number, number, number],
			ownCores,
			otherCores
		});
	}

	summary(): LoadSummary {
		return judgeLoad(this.cores, this.before, this.samples);
	}
}

/**
 * A run is busy, and its targets are not judged, when
 * - before it started, the 1-minute load average was above half the cores (1.0 on 2 cores: on
 *   average a whole core was taken by something else in the last minute), or
 * - while the pages were measured, other processes used more than a quarter of the cores
 *   (0.5 of 2) on average over any 30-second window (an e2e run or a build beside the bench takes
 *   a core or more), or, where per-process CPU time cannot be read (not Linux), a 1-minute load
 *   sample exceeded twice the cores (the benchmark alone keeps about one load unit per core busy:
 *   Chromium's main thread plus its software-WebGL and compositor threads).
 */
export function judgeLoad(
	cores: number,
	before: [number, number, number],
	samples: LoadSample[]
): LoadSummary {
	const limits = { before: cores / 2, others: cores / 4, windowS: 30, duringFallback: 2 * cores };
	const reasons: string[] = [];
	if (before[0] > limits.before)
		reasons.push(
			`1-minute load ${before[0].toFixed(2)} before the run > ${limits.before.toFixed(1)} (half the ${cores} cores)`
		);
	let maxOtherCores: number | null = null;
	const measured = samples.filter((s) => s.otherCores !== null);
	if (measured.length) {
		// Every window of `windowS` seconds ending at a sample (a short run: the whole run).
		const least = Math.min(measured.length, 4);
		for (const last of measured) {
			const window = measured.filter((s) => s.t > last.t - limits.windowS && s.t <= last.t);
			if (window.length < least) continue;
			const avg = window.reduce((a, s) => a + s.otherCores!, 0) / window.length;
			maxOtherCores = Math.max(maxOtherCores ?? 0, avg);
		}
		if (maxOtherCores !== null && maxOtherCores > limits.others)
			reasons.push(
				`other processes used ${maxOtherCores.toFixed(2)} cores over ${limits.windowS} s during the run > ${limits.others.toFixed(2)}`
			);
	} else {
		const worst = Math.max(0, ...samples.map((s) => s.load[0]));
		if (worst > limits.duringFallback)
			reasons.push(
				`1-minute load reached ${worst.toFixed(2)} during the run > ${limits.duringFallback} (twice the cores)`
			);
	}
	return {
		cores,
		before,
		samples,
		limits,
		maxOtherCores,
		busy: reasons.length > 0,
		reasons
	};
}
