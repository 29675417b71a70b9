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
