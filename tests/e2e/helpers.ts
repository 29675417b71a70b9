import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

/** Opens the explorer and waits until sigma has drawn its first frame. */
export async function openExplorer(page: Page, path = '/') {
	await page.goto(path);
	await expect(page.locator('[data-ready="true"]')).toBeVisible();
	await page.waitForFunction(() => performance.getEntriesByName('network:first-frame').length > 0);
}

/** The share of pixels in a screenshot that differ from its most common (background) colour. */
export function inkRatio(png: Buffer): number {
	const { data, width, height } = PNG.sync.read(png);
	const counts = new Map<number, number>();
	for (let i = 0; i < data.length; i += 4) {
		const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const background = Math.max(...counts.values());
	return 1 - background / (width * height);
}

export function visibleNodes(page: Page) {
	return page.getByRole('table', { name: /Visible nodes/ });
}

export function detailPanel(page: Page) {
	return page.getByRole('region', { name: /./ }).filter({ has: page.locator('#detail-title') });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A node's button in the "Visible nodes" table (its name may carry the "Uncertain" mark). */
export function nodeRow(page: Page, label: string, table = visibleNodes(page)) {
	return table.getByRole('button', { name: new RegExp(`^${escapeRegExp(label)}( Uncertain)?$`) });
}

/** An RGB colour as `#rrggbb`. */
type Hex = `#${string}`;

const rgb = (hex: Hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as number[];

/**
 * What the network canvas draws, as a picture: sigma's layers only, with the overlays (legend,
 * zoom buttons) painted out, so that colours counted come from the canvas itself.
 */
export async function networkPicture(page: Page) {
	const section = page.getByRole('region', { name: /^Network of the Prague Process/ });
	const png = await page.locator('[data-ready="true"]').screenshot({
		mask: [section.getByRole('group'), section.locator('details')],
		maskColor: '#000000'
	});
	const { data, width, height } = PNG.sync.read(png);
	/** Pixels within `tolerance` of `hex` in every channel. */
	const count = (hex: Hex, tolerance = 6) => {
		const [r, g, b] = rgb(hex);
		let n = 0;
		for (let i = 0; i < data.length; i += 4) {
			if (
				Math.abs(data[i]! - r!) <= tolerance &&
				Math.abs(data[i + 1]! - g!) <= tolerance &&
				Math.abs(data[i + 2]! - b!) <= tolerance
			)
				n++;
		}
		return n;
	};
	/** A point inside a blob of `hex` (its neighbours 3 px away match too), or null. */
	const find = (hex: Hex): { x: number; y: number } | null => {
		const [r, g, b] = rgb(hex);
		const at = (x: number, y: number) => {
			const i = (y * width + x) * 4;
			return (
				Math.abs(data[i]! - r!) <= 6 &&
				Math.abs(data[i + 1]! - g!) <= 6 &&
				Math.abs(data[i + 2]! - b!) <= 6
			);
		};
		for (let y = 3; y < height - 3; y++)
			for (let x = 3; x < width - 3; x++)
				if (at(x, y) && at(x - 3, y) && at(x + 3, y) && at(x, y - 3) && at(x, y + 3))
					return { x, y };
		return null;
	};
	/** Whether the pixel at (x, y) is within 6 of `hex` in every channel. */
	const matches = (x: number, y: number, [r, g, b]: number[]) => {
		const i = (y * width + x) * 4;
		return (
			Math.abs(data[i]! - r!) <= 6 &&
			Math.abs(data[i + 1]! - g!) <= 6 &&
			Math.abs(data[i + 2]! - b!) <= 6
		);
	};
	/**
	 * The largest connected patch of `hex` (a drawn node of that colour): its pixel count and the
	 * share of its bounding box it fills (a square ≈ 1, a disc ≈ 0.79, a diamond or triangle ≈ 0.5).
	 */
	const largestPatch = (hex: Hex): { pixels: number; fill: number } | null => {
		const colour = rgb(hex);
		const seen = new Uint8Array(width * height);
		let best: { pixels: number; fill: number } | null = null;
		for (let start = 0; start < width * height; start++) {
			if (seen[start] || !matches(start % width, Math.floor(start / width), colour)) continue;
			const stack = [start];
			seen[start] = 1;
			let [pixels, minX, maxX, minY, maxY] = [0, width, 0, height, 0];
			while (stack.length) {
				const p = stack.pop()!;
				const x = p % width;
				const y = Math.floor(p / width);
				pixels++;
				[minX, maxX, minY, maxY] = [
					Math.min(minX, x),
					Math.max(maxX, x),
					Math.min(minY, y),
					Math.max(maxY, y)
				];
				for (const [nx, ny] of [
					[x + 1, y],
					[x - 1, y],
					[x, y + 1],
					[x, y - 1]
				] as const) {
					const q = ny * width + nx;
					if (nx < 0 || ny < 0 || nx >= width || ny >= height || seen[q]) continue;
					if (!matches(nx, ny, colour)) continue;
					seen[q] = 1;
					stack.push(q);
				}
			}
			if (!best || pixels > best.pixels)
				best = { pixels, fill: pixels / ((maxX - minX + 1) * (maxY - minY + 1)) };
		}
		return best;
	};
	/**
	 * The box around everything drawn (pixels not near white), as shares of the canvas's width and
	 * height: how much of the canvas the shown network fills, and how close it comes to its edges.
	 */
	const drawnBox = () => {
		let [minX, maxX, minY, maxY] = [width, -1, height, -1];
		for (let y = 0; y < height; y++)
			for (let x = 0; x < width; x++) {
				const i = (y * width + x) * 4;
				if (data[i]! > 235 && data[i + 1]! > 235 && data[i + 2]! > 235) continue;
				// The painted-out overlays are black: not drawn by the network.
				if (data[i] === 0 && data[i + 1] === 0 && data[i + 2] === 0) continue;
				[minX, maxX, minY, maxY] = [
					Math.min(minX, x),
					Math.max(maxX, x),
					Math.min(minY, y),
					Math.max(maxY, y)
				];
			}
		return {
			width: (maxX - minX + 1) / width,
			height: (maxY - minY + 1) / height,
			/** The first and last rows and columns drawn on, as shares of the canvas. */
			top: minY / height,
			bottom: (maxY + 1) / height,
			left: minX / width,
			right: (maxX + 1) / width
		};
	};
	return { count, find, data, largestPatch, drawnBox };
}

/**
 * The pixels of the canvas's label layer (sigma's 2D canvas for node labels): how many belong to
 * label text (dark), how many to a light halo around it, and how many are drawn in the two
 * outermost columns on the left and right (a label cut by the canvas's edge).
 */
export async function labelLayer(
	page: Page
): Promise<{ text: number; halo: number; atEdges: number }> {
	return page.locator('[data-ready="true"] canvas.sigma-labels').evaluate((canvas) => {
		const context = (canvas as HTMLCanvasElement).getContext('2d')!;
		const { width, height } = canvas as HTMLCanvasElement;
		const { data } = context.getImageData(0, 0, width, height);
		let [text, halo, atEdges] = [0, 0, 0];
		for (let i = 0; i < data.length; i += 4) {
			const x = (i / 4) % width;
			if (data[i + 3]! > 0 && (x < 2 || x >= width - 2)) atEdges++;
			if (data[i + 3]! < 200) continue;
			if (data[i]! < 60 && data[i + 1]! < 60 && data[i + 2]! < 60) text++;
			else if (data[i]! > 240 && data[i + 1]! > 240 && data[i + 2]! > 240) halo++;
		}
		return { text, halo, atEdges };
	});
}

/** The share of pixels that differ between two pictures of the same size. */
export function pictureDifference(a: Buffer, b: Buffer): number {
	let differing = 0;
	for (let i = 0; i < a.length; i += 4) {
		if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) differing++;
	}
	return differing / (a.length / 4);
}
