import AxeBuilder from '@axe-core/playwright';
import { DOMParser } from '@xmldom/xmldom';
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { inkRatio, nodeRow, openExplorer, visibleNodes } from './helpers';

const SAMPLES = 'tests/fixtures/samples';

/** Chooses an item of the Export menu with the mouse and returns its downloads. */
async function exportAs(page: Page, item: string, count = 1): Promise<Download[]> {
	const downloads: Download[] = [];
	const done = new Promise<void>((resolve) => {
		page.on('download', (d) => {
			downloads.push(d);
			if (downloads.length === count) resolve();
		});
	});
	await page.getByRole('button', { name: /^Export/ }).click();
	await page.getByRole('menuitem', { name: item }).click();
	await done;
	return downloads;
}

const textOf = async (d: Download) => readFileSync((await d.path())!, 'utf8');

/** The ids of the table's rows: what the page shows as a list. */
async function tableIds(page: Page): Promise<string[]> {
	const ids = await visibleNodes(page)
		.locator('tbody tr')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')!));
	return ids.sort();
}

function parseSvg(text: string) {
	const errors: string[] = [];
	const doc = new DOMParser({
		errorHandler: {
			warning: () => {},
			error: (m) => errors.push(m),
			fatalError: (m) => errors.push(m)
		}
	}).parseFromString(text, 'image/svg+xml');
	expect(errors).toEqual([]);
	const nodes = Array.from(doc.getElementsByTagName('g')).find(
		(g) => g.getAttribute('class') === 'nodes'
	)!;
	const circles = Array.from(nodes.getElementsByTagName('circle'));
	return {
		doc,
		ids: circles.map((c) => c.getAttribute('data-id')!).sort(),
		titles: circles.map((c) => c.getElementsByTagName('title')[0]?.textContent),
		text: Array.from(doc.getElementsByTagName('text'))
			.map((t) => t.textContent)
			.join('\n')
	};
}

/** Opens files through the "Open…" button's file chooser, as a user does. */
async function openThroughChooser(
	page: Page,
	files: string[] | { name: string; mimeType: string; buffer: Buffer }[]
) {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Open…' }).click();
	await (await chooser).setFiles(files as string[]);
}

test.describe('export', () => {
	test('SVG from the keyboard: one node element per shown node, also after a filter', async ({
		page
	}) => {
		await openExplorer(page);
		const menuButton = page.getByRole('button', { name: /^Export/ });
		await menuButton.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('menu')).toBeVisible();
		await expect(page.getByRole('menuitem', { name: 'Picture, SVG (vector)' })).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('menuitem', { name: 'Picture, PNG 1×' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('menu')).toBeHidden();
		await expect(menuButton).toBeFocused();

		await page.keyboard.press('Enter');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.keyboard.press('Enter')
		]);
		expect(download.suggestedFilename()).toBe('prague-process.svg');
		const all = parseSvg(await textOf(download));
		expect(all.ids).toEqual(await tableIds(page));
		expect(all.ids.length).toBe(123);
		expect(all.titles).toContain('Tajikistan');
		expect(all.text).toContain('No filters · all time');

		await page.getByRole('checkbox', { name: /^Central Asia/ }).check();
		await expect(nodeRow(page, 'Sweden')).toBeHidden();
		const filtered = (await exportAs(page, 'Picture, SVG (vector)'))[0]!;
		expect(filtered.suggestedFilename()).toBe('prague-process_central-asia.svg');
		const part = parseSvg(await textOf(filtered));
		expect(part.ids).toEqual(await tableIds(page));
		expect(part.ids.length).toBeLessThan(123);
		expect(part.ids).not.toContain('sweden');
		expect(part.text).toContain('Filters: Region: Central Asia');
		expect(part.text).toContain('Central Asia');
	});

	test('PNG 2× has twice the canvas’s pixels, with the frame', async ({ page }) => {
		await openExplorer(page);
		const canvas = await page.locator('.sigma-nodes').evaluate((c: HTMLCanvasElement) => ({
			width: c.width,
			height: c.height
		}));
		const one = (await exportAs(page, 'Picture, PNG 1×'))[0]!;
		const two = (await exportAs(page, 'Picture, PNG 2×'))[0]!;
		expect(two.suggestedFilename()).toBe('prague-process.2x.png');
		const png1 = PNG.sync.read(readFileSync((await one.path())!));
		const png2 = PNG.sync.read(readFileSync((await two.path())!));
		expect(png1.width).toBe(canvas.width);
		expect(png2.width).toBe(2 * canvas.width);
		// The frame (title, legend, lines) adds the same bands, twice as high at 2×.
		expect(png1.height).toBeGreaterThan(canvas.height);
		expect(png2.height).toBe(2 * png1.height);
		// The network is really drawn, not a blank area.
		expect(inkRatio(readFileSync((await two.path())!))).toBeGreaterThan(0.01);
	});

	test('CSV export, then "Open…" the four files: the same table', async ({ page }) => {
		await openExplorer(page);
		await page.getByRole('checkbox', { name: /^Central Asia/ }).check();
		await expect(nodeRow(page, 'Sweden')).toBeHidden();
		const before = await tableIds(page);
		const files = await exportAs(page, 'Data, CSV (4 files)', 4);
		expect(files.map((f) => f.suggestedFilename()).sort()).toEqual([
			'prague-process_central-asia_edges.csv',
			'prague-process_central-asia_events.csv',
			'prague-process_central-asia_nodes.csv',
			'prague-process_central-asia_sources.csv'
		]);
		const dir = test.info().outputPath('csv');
		const paths: string[] = [];
		for (const f of files) {
			const path = join(dir, f.suggestedFilename());
			await f.saveAs(path);
			paths.push(path);
		}
		await openThroughChooser(page, paths);
		await expect(page.getByText(/^Opened prague-process_central-asia_/)).toBeVisible();
		// A new network starts without filters: its table is the exported one.
		await expect(page.getByRole('checkbox', { name: /^Central Asia/ })).not.toBeChecked();
		expect(await tableIds(page)).toEqual(before);
	});
});

test.describe('open', () => {
	for (const [file, count, name] of [
		['les-miserables.gexf', 77, 'Valjean'],
		['airlines.graphml', 235, 'LIT(lngx=-92.224444,laty=34.729444)'],
		// The table lists a large network's first 500 rows by name, and says so.
		['java.gexf', 1538, 'java.applet.Applet']
	] as const) {
		test(`${file} opens through the file chooser and the table lists its ${count} nodes`, async ({
			page
		}) => {
			await openExplorer(page);
			await openThroughChooser(page, [join(SAMPLES, file)]);
			// Counts are written with the language's digit grouping (1,538).
			const n = count.toLocaleString('en');
			await expect(page.getByText(`Opened ${file}: ${n} nodes`)).toBeVisible({
				timeout: 30_000
			});
			await expect(visibleNodes(page).locator('caption')).toContainText(`${n} nodes`);
			await expect(nodeRow(page, name)).toBeVisible();
			await expect(nodeRow(page, 'Tajikistan')).toHaveCount(0);
			if (count > 500) {
				await expect(page.getByText(`The first 500 of ${n} nodes are listed`)).toBeVisible();
				// A node found by search beyond the first 500 is listed too, after them.
				const last = 'java.util.zip.ZipOutputStream';
				await expect(nodeRow(page, last)).toHaveCount(0);
				const search = page.getByRole('combobox', { name: 'Find a node' });
				await search.fill(last);
				await search.press('Enter');
				await expect(nodeRow(page, last)).toBeVisible();
				await expect(visibleNodes(page).getByRole('row')).toHaveCount(1 + 501);
			}
			// It renders: sigma draws the new network.
			await expect(page.locator('[data-ready="true"]')).toBeVisible();
			// What was mapped and what defaulted is said.
			await expect(page.getByText(/^Given defaults: .*type “Other”/)).toBeVisible();
		});
	}

	test('an opened file’s own attribute becomes a facet that filters the network', async ({
		page
	}) => {
		await openExplorer(page);
		await openThroughChooser(page, [join(SAMPLES, 'les-miserables.gexf')]);
		const facet = page.getByRole('group', { name: 'modularity_class' });
		await expect(facet).toBeVisible();
		// Valjean is in class 1 (the file says so); ticking it leaves that class only.
		await facet.getByRole('checkbox', { name: /^1\b/ }).check();
		await expect(nodeRow(page, 'Valjean')).toBeVisible();
		await expect(nodeRow(page, 'Javert')).toHaveCount(0);
		const caption = await visibleNodes(page).locator('caption').textContent();
		expect(Number(/\((\d+) nodes\)/.exec(caption!)![1])).toBeLessThan(77);
		const svg = (await exportAs(page, 'Picture, SVG (vector)'))[0]!;
		expect(svg.suggestedFilename()).toBe('les-miserables_modularity-class-1.svg');
		expect(parseSvg(await textOf(svg)).ids).toEqual(await tableIds(page));
		await page
			.getByRole('region', { name: 'Attributes of the file' })
			.getByRole('button', { name: 'Clear all' })
			.click();
		await expect(nodeRow(page, 'Javert')).toBeVisible();
	});

	test('a file without positions is laid out in the worker and drawn', async ({ page }) => {
		await openExplorer(page);
		const nodes = Array.from({ length: 12 }, (_, i) => `<node id="n${i}" label="Partner ${i}"/>`);
		const edges = Array.from(
			{ length: 12 },
			(_, i) => `<edge id="e${i}" source="n${i}" target="n${(i + 1) % 12}"/>`
		);
		const gexf = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>${nodes.join('')}</nodes><edges>${edges.join('')}</edges></graph></gexf>`;
		await openThroughChooser(page, [
			{ name: 'ring.gexf', mimeType: 'application/xml', buffer: Buffer.from(gexf) }
		]);
		await expect(page.getByText('Opened ring.gexf: 12 nodes, 12 edges.')).toBeVisible();
		await expect(page.getByText(/position by the layout \(12\)/)).toBeVisible();
		await expect(nodeRow(page, 'Partner 7')).toBeVisible();
		await expect(page.locator('[data-ready="true"]')).toBeVisible();
		// Laid out: twelve nodes at twelve places.
		const svg = parseSvg(await textOf((await exportAs(page, 'Picture, SVG (vector)'))[0]!));
		const circles = Array.from(svg.doc.getElementsByTagName('circle')).filter((c) =>
			c.hasAttribute('data-id')
		);
		const places = new Set(circles.map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`));
		expect(places.size).toBe(12);
	});

	test('a broken file is refused with a message, and the network stays', async ({ page }) => {
		await openExplorer(page);
		const text = readFileSync(join(SAMPLES, 'les-miserables.gexf'), 'utf8');
		await openThroughChooser(page, [
			{ name: 'cut.gexf', mimeType: 'application/xml', buffer: Buffer.from(text.slice(0, 5000)) }
		]);
		const alert = page.getByRole('alert').filter({ hasText: 'could not be opened' });
		await expect(alert).toContainText('cut.gexf could not be opened, so the current network stays');
		await expect(alert).toContainText(/cut\.gexf:\d+: the file ends .* it is cut short/);
		await expect(nodeRow(page, 'Tajikistan')).toBeVisible();
		await expect(visibleNodes(page).locator('caption')).toContainText('123 nodes');
	});

	test('a reload keeps an opened network; "Back" returns to the Prague Process', async ({
		page
	}) => {
		await openExplorer(page);
		await openThroughChooser(page, [join(SAMPLES, 'les-miserables.gexf')]);
		await expect(nodeRow(page, 'Valjean')).toBeVisible();
		await expect(page.getByText(/a link to this view cannot carry the file/)).toBeVisible();
		await page.reload();
		await expect(page.locator('[data-ready="true"]')).toBeVisible();
		await expect(nodeRow(page, 'Valjean')).toBeVisible();
		await expect(page.getByText('Opened les-miserables.gexf: 77 nodes, 254 edges.')).toBeVisible();
		await page.getByRole('button', { name: 'Back to the Prague Process network' }).click();
		await expect(nodeRow(page, 'Tajikistan')).toBeVisible();
		await expect(nodeRow(page, 'Valjean')).toHaveCount(0);
		await page.reload();
		await expect(nodeRow(page, 'Tajikistan')).toBeVisible();
	});

	test('an opened network with its notice, facets and the open Export menu: no serious accessibility violations', async ({
		page
	}) => {
		await openExplorer(page);
		await openThroughChooser(page, [join(SAMPLES, 'les-miserables.gexf')]);
		await expect(page.getByRole('group', { name: 'modularity_class' })).toBeVisible();
		await page.getByRole('button', { name: /^Export/ }).click();
		await expect(page.getByRole('menu')).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter(
			(v) => v.impact === 'serious' || v.impact === 'critical'
		);
		expect(
			serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
	});
});
