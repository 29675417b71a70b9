// Colour science for the palette test: WCAG contrast, simulated dichromacy and CIEDE2000 distance.
//
// - sRGB ↔ linear RGB and relative luminance: IEC 61966-2-1, as WCAG 2.x uses them.
// - Dichromacy: the severity-1.0 matrices of Machado, Oliveira & Fernandes, "A Physiologically-based
//   Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 2009, applied to linear RGB.
// - CIE L*a*b* (D65) and CIEDE2000 as written by Sharma, Wu & Dalal, "The CIEDE2000 Color-Difference
//   Formula: Implementation Notes, Supplementary Test Data, and Mathematical Observations", Color
//   Research & Application 30(1), 2005 (its test data check this implementation).

export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
type Matrix = [number, number, number][];
type Triple = [number, number, number];

const MACHADO: Record<Exclude<Vision, 'normal'>, Matrix> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

const channel = (c: number) => {
	const v = c / 255;
	return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

/** `#rrggbb` as linear RGB in [0, 1]. */
export function linearRgb(hex: string): Triple {
	return [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16))) as Triple;
}

const luminance = ([r, g, b]: Triple) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/** WCAG contrast ratio of two colours. */
export function contrastRatio(a: string, b: string): number {
	const [la, lb] = [luminance(linearRgb(a)), luminance(linearRgb(b))];
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Linear RGB as a viewer with the given vision sees it. */
export function simulate(rgb: Triple, vision: Vision): Triple {
	if (vision === 'normal') return rgb;
	const clamp = (v: number) => Math.min(1, Math.max(0, v));
	return MACHADO[vision].map((row) =>
		clamp(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])
	) as Triple;
}

/** CIE L*a*b* (D65 white) of linear RGB. */
export function lab([r, g, b]: Triple): Triple {
	const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
	const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
	const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
	const [fx, fy, fz] = [f(x), f(y), f(z)];
	return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const DEG = Math.PI / 180;

/** CIEDE2000 colour difference of two L*a*b* colours. */
export function ciede2000([l1, a1, b1]: Triple, [l2, a2, b2]: Triple): number {
	const c7 = (c: number) => c ** 7 / (c ** 7 + 25 ** 7);
	const g = 0.5 * (1 - Math.sqrt(c7((Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2)));
	const [p1, p2] = [(1 + g) * a1, (1 + g) * a2];
	const [c1, c2] = [Math.hypot(p1, b1), Math.hypot(p2, b2)];
	const hue = (a: number, b: number) =>
		a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / DEG + 360) % 360;
	const [h1, h2] = [hue(p1, b1), hue(p2, b2)];
	let dh = 0;
	if (c1 * c2 !== 0) {
		dh = h2 - h1;
		if (dh > 180) dh -= 360;
		else if (dh < -180) dh += 360;
	}
	const dL = l2 - l1;
	const dC = c2 - c1;
	const dH = 2 * Math.sqrt(c1 * c2) * Math.sin((dh * DEG) / 2);
	const lMean = (l1 + l2) / 2;
	const cMean = (c1 + c2) / 2;
	let hMean = h1 + h2;
	if (c1 * c2 !== 0) {
		if (Math.abs(h1 - h2) <= 180) hMean = (h1 + h2) / 2;
		else hMean = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
	}
	const t =
		1 -
		0.17 * Math.cos((hMean - 30) * DEG) +
		0.24 * Math.cos(2 * hMean * DEG) +
		0.32 * Math.cos((3 * hMean + 6) * DEG) -
		0.2 * Math.cos((4 * hMean - 63) * DEG);
	const dTheta = 30 * Math.exp(-(((hMean - 275) / 25) ** 2));
	const rc = 2 * Math.sqrt(c7(cMean));
	const sl = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
	const sc = 1 + 0.045 * cMean;
	const sh = 1 + 0.015 * cMean * t;
	const rt = -Math.sin(2 * dTheta * DEG) * rc;
	return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh));
}

/** The CIEDE2000 distance between two sRGB colours as a viewer with `vision` sees them. */
export function seenDifference(a: string, b: string, vision: Vision): number {
	return ciede2000(lab(simulate(linearRgb(a), vision)), lab(simulate(linearRgb(b), vision)));
}
