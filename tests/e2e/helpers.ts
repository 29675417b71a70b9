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
	return { count, find, data };
}

/** The share of pixels that differ between two pictures of the same size. */
export function pictureDifference(a: Buffer, b: Buffer): number {
	let differing = 0;
	for (let i = 0; i < a.length; i += 4) {
		if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) differing++;
	}
	return differing / (a.length / 4);
}
