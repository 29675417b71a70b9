// Colour arithmetic for the canvas: mixing (fades), WCAG contrast (themes). Colours are `#rrggbb`.

type Rgb = [number, number, number];

function rgbOf(hex: string): Rgb {
	const h = hex.replace(/^#/, '');
	const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h.slice(0, 6);
	const n = parseInt(full, 16);
	return Number.isNaN(n) ? [0, 0, 0] : [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hexOf([r, g, b]: Rgb): string {
	return `#${[r, g, b]
		.map((v) =>
			Math.round(Math.min(255, Math.max(0, v)))
				.toString(16)
				.padStart(2, '0')
		)
		.join('')}`;
}

/** `from` when `t` is 0, `to` when it is 1, in between by straight mixing of the channels. */
export function mixColour(from: string, to: string, t: number): string {
	const k = Math.min(1, Math.max(0, t));
	const a = rgbOf(from);
	const b = rgbOf(to);
	return hexOf([0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * k) as Rgb);
}

/** WCAG 2 relative luminance. */
export function luminance(hex: string): number {
	const [r, g, b] = rgbOf(hex).map((v) => {
		const c = v / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as Rgb;
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/**
 * `colour` itself when it stands out from `background` by `ratio`, else the least mix of it towards
 * white or black (whichever is away from the background) that does: the hue stays, so a palette
 * chosen for colour-blind viewers keeps its order on another background.
 */
export function ensureContrast(colour: string, background: string, ratio: number): string {
	if (contrastRatio(colour, background) >= ratio) return colour;
	const towards = luminance(background) < 0.18 ? '#ffffff' : '#000000';
	let lo = 0;
	let hi = 1;
	for (let i = 0; i < 20; i++) {
		const mid = (lo + hi) / 2;
		if (contrastRatio(mixColour(colour, towards, mid), background) >= ratio) hi = mid;
		else lo = mid;
	}
	return mixColour(colour, towards, hi);
}
