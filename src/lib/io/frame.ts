// The frame around an exported picture: a title band above the network, and below it the legend
// and the lines that say what is shown and where it comes from. Laid out once, drawn by the SVG
// builder and by the PNG composer alike, so both pictures carry the same frame.
import type { LegendEntry } from './legend';

export interface FrameContent {
	title: string;
	subtitle: string;
	legend: LegendEntry[];
	/** The filter/period line, the data line, the source line: each wraps to the width. */
	lines: string[];
}

export type FrameItem =
	| {
			kind: 'text';
			x: number;
			y: number;
			text: string;
			size: number;
			bold: boolean;
			color: string;
			anchor: 'start' | 'end';
	  }
	| { kind: 'swatch'; x: number; y: number; r: number; color: string };

export interface FrameLayout {
	width: number;
	/** Height of the title band; the network starts there. */
	header: number;
	networkHeight: number;
	footer: number;
	/** The whole picture's height. */
	height: number;
	items: FrameItem[];
}

export const FRAME_FONT = 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif';
const INK = '#1b1f24';
const MUTED = '#3d4550';
const PAD = 16;
const TITLE = 20;
const TEXT = 13;
const SMALL = 12;

/** A width estimate for a sans-serif text (no DOM here); generous, so that text never overflows. */
export function textWidth(text: string, size: number): number {
	return text.length * size * 0.56;
}

/** Words wrapped into lines no wider than `width`. */
export function wrap(text: string, size: number, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, size) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

export function layoutFrame(
	content: FrameContent,
	width: number,
	networkHeight: number
): FrameLayout {
	const items: FrameItem[] = [];
	const text = (x: number, y: number, t: string, size: number, o: Partial<FrameItem> = {}) =>
		items.push({
			kind: 'text',
			x,
			y,
			text: t,
			size,
			bold: false,
			color: INK,
			anchor: 'start',
			...o
		} as FrameItem);

	// Title band: the title on the left, the count on the right (under it when there is no room).
	let header = 38;
	text(PAD, 28, content.title, TITLE, { bold: true });
	const room = width - 2 * PAD - textWidth(content.title, TITLE) - 24;
	if (textWidth(content.subtitle, TEXT) <= room) {
		text(width - PAD, 28, content.subtitle, TEXT, { color: MUTED, anchor: 'end' });
	} else {
		text(PAD, 50, content.subtitle, TEXT, { color: MUTED });
		header = 60;
	}

	// Footer: legend entries flow in rows, then the lines.
	let y = header + networkHeight + 22;
	let x = PAD;
	for (const entry of content.legend) {
		const w = (entry.color ? 14 : 0) + textWidth(entry.label, TEXT) + 22;
		if (x > PAD && x + w > width - PAD) {
			x = PAD;
			y += 20;
		}
		if (entry.color) {
			items.push({ kind: 'swatch', x: x + 6, y: y - 4, r: 6, color: entry.color });
			x += 14;
		}
		text(x, y, entry.label, TEXT, { color: entry.color ? INK : MUTED });
		x += w - (entry.color ? 14 : 0);
	}
	y += 8;
	for (const line of content.lines.filter(Boolean)) {
		for (const part of wrap(line, SMALL, width - 2 * PAD)) {
			y += 17;
			text(PAD, y, part, SMALL, { color: MUTED });
		}
	}
	const footer = y + 14 - header - networkHeight;
	return { width, header, networkHeight, footer, height: header + networkHeight + footer, items };
}
