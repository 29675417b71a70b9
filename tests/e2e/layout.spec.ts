// Layouts that fit the screen: a projector at 1280×720, a large screen at 150% zoom, a phone in
// either language. Each test reads what a person would see: sizes and places of the panels.
import { expect, test, type Page } from '@playwright/test';
import { detailPanel, nodeRow, openExplorer } from './helpers';

const PHONE = { width: 390, height: 844 };

/** The network's drawing area on the page. */
const canvas = (page: Page) => page.locator('[data-ready="true"]');

async function box(page: Page, locator: ReturnType<Page['locator']>) {
	const b = await locator.boundingBox();
	expect(b).not.toBeNull();
	return b!;
}

/** Whether the page is wider than the screen (anything to scroll sideways). */
const overflowsSideways = (page: Page) =>
	page.evaluate(
		() =>
			document.documentElement.scrollWidth > document.documentElement.clientWidth ||
			window.innerWidth !== document.documentElement.clientWidth
	);

async function expectThreeColumns(page: Page) {
	const filters = await box(page, page.getByRole('region', { name: 'Filters' }));
	const network = await box(page, canvas(page));
	const lists = await box(page, page.getByRole('tablist', { name: 'Lists' }));
	expect(filters.x + filters.width).toBeLessThanOrEqual(network.x + 1);
	expect(network.x + network.width).toBeLessThanOrEqual(lists.x + 1);
	// Side by side, not stacked: filters and network start under the header, the lists are on screen.
	for (const b of [filters, network]) expect(b.y).toBeLessThan(120);
	expect(lists.y + lists.height).toBeLessThan(720);
}

for (const [name, deviceScaleFactor] of [
	['a 1280×720 projector', 1],
	['a 1920×1080 screen at 150% zoom', 1.5]
] as const) {
	test.describe(`on ${name}`, () => {
		// 1920×1080 at 150% zoom lays the page out in 1280×720 CSS pixels, drawn 1.5 times larger.
		test.use({ viewport: { width: 1280, height: 720 }, deviceScaleFactor });

		test('three columns, the network taking most of the screen, details only once selected', async ({
			page
		}) => {
			await openExplorer(page);
			await expectThreeColumns(page);
			const network = await box(page, canvas(page));
			// More than half the width and half the height (before issue 9: 584×425 of 1280×720).
			expect(network.width).toBeGreaterThan(0.55 * 1280);
			expect(network.height).toBeGreaterThan(0.5 * 720);
			// Nothing selected: no empty detail panel takes room from the lists.
			await expect(detailPanel(page)).toHaveCount(0);
			await nodeRow(page, 'Tajikistan').click();
			const heading = detailPanel(page).getByRole('heading', { level: 2 });
			await expect(heading).toHaveText('Tajikistan');
			await expect(heading).toBeInViewport();
			await expectThreeColumns(page);
			expect(await overflowsSideways(page)).toBe(false);
		});
	});
}

test.describe('readable sizes', () => {
	test.use({ viewport: { width: 1280, height: 720 } });

	/** The computed font size, in px, of the first element the locator finds. */
	const fontSize = (page: Page, locator: ReturnType<Page['locator']>) =>
		locator.first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));

	// The legend's sizes are the canvas's own (its strip under the network); these are the panels'.
	test('timeline and panel text is at least 15–16 px and grows with the browser’s text size', async ({
		page
	}) => {
		await openExplorer(page);
		const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
		const lane = timeline.locator('text').filter({ hasText: 'Ministerial Conferences' });
		const button = timeline.getByRole('button', { name: 'Choose a period' });
		const filter = page.getByRole('region', { name: 'Filters' }).locator('label').first();
		for (const text of [lane, button, filter]) {
			expect(await fontSize(page, text)).toBeGreaterThanOrEqual(15);
		}
		for (const text of [lane, button]) {
			expect(await fontSize(page, text)).toBeGreaterThanOrEqual(16);
		}
		// Text sized in rem follows the browser's default text size (and its zoom).
		await page.addStyleTag({ content: 'html { font-size: 20px }' });
		for (const text of [button, filter]) {
			expect(await fontSize(page, text)).toBeGreaterThanOrEqual(18.75);
		}
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

	for (const lang of ['en', 'ru'] as const) {
		test(`${lang}: a compact header, the network first, nothing to scroll sideways`, async ({
			page
		}) => {
			await openExplorer(page, lang === 'ru' ? '/?lang=ru' : '/');
			const header = await box(page, page.getByRole('banner'));
			expect(header.height).toBeLessThanOrEqual(120);
			// The search box spans the screen, minus the header's padding.
			const search = await box(page, page.getByRole('banner').getByRole('combobox'));
			expect(search.width).toBeGreaterThan(PHONE.width - 40);
			// The network is on the first screen, not below the filters: they wait in a drawer.
			const network = await box(page, canvas(page));
			expect(network.y).toBeLessThan(200);
			expect(network.y + network.height).toBeLessThanOrEqual(PHONE.height);
			expect(network.height).toBeGreaterThan(300);
			await expect(page.getByRole('checkbox').first()).toBeHidden();
			expect(await overflowsSideways(page)).toBe(false);

			// The filters drawer: tick a region, then back to the network.
			const open = page.getByRole('button', { name: lang === 'ru' ? 'Фильтры' : 'Filters' });
			await open.click();
			const drawer = page.getByRole('dialog');
			await expect(drawer).toBeVisible();
			await drawer
				.getByRole('checkbox', { name: lang === 'ru' ? /^Центральная Азия/ : /^Central Asia/ })
				.check();
			expect(await overflowsSideways(page)).toBe(false);
			await drawer
				.getByRole('button', { name: lang === 'ru' ? 'Показать сеть' : 'Show the network' })
				.click();
			await expect(drawer).toBeHidden();
			await expect(open).toContainText(lang === 'ru' ? 'используется 1' : '1 in use');
			await expect(open).toBeFocused();
			expect(await overflowsSideways(page)).toBe(false);
		});
	}

	test('the header’s tools wait behind “More”, which Escape closes', async ({ page }) => {
		await openExplorer(page);
		const more = page.getByRole('button', { name: 'More' });
		const copy = page.getByRole('button', { name: 'Copy link' });
		await expect(copy).toBeHidden();
		await more.click();
		await expect(more).toHaveAttribute('aria-expanded', 'true');
		for (const name of ['Copy link', 'Story', 'Export']) {
			await expect(page.getByRole('button', { name, exact: false }).first()).toBeInViewport();
		}
		expect(await overflowsSideways(page)).toBe(false);
		await copy.focus();
		await page.keyboard.press('Escape');
		await expect(copy).toBeHidden();
		await expect(more).toBeFocused();
	});

	test('selecting a row opens the details as a sheet in view', async ({ page }) => {
		await openExplorer(page);
		const row = nodeRow(page, 'Tajikistan');
		await row.click();
		const heading = detailPanel(page).getByRole('heading', { level: 2 });
		await expect(heading).toHaveText('Tajikistan');
		await expect(heading).toBeInViewport({ ratio: 1 });
		// The row that was tapped (and has the focus) stays in sight above the sheet.
		await expect
			.poll(async () => {
				const sheet = await box(page, detailPanel(page));
				const tapped = await box(page, row);
				return tapped.y >= 0 && tapped.y + tapped.height <= sheet.y;
			})
			.toBe(true);
		await expect(
			detailPanel(page).getByRole('button', { name: 'Clear selection' })
		).toBeInViewport();
		expect(await overflowsSideways(page)).toBe(false);
		// The sheet closes with its × and the focus goes back to the row.
		await detailPanel(page).getByRole('button', { name: 'Clear selection' }).click();
		await expect(heading).toBeHidden();
		await expect(nodeRow(page, 'Tajikistan')).toBeFocused();
	});

	test('a link with a selection opens on the network, with the sheet over its foot', async ({
		page
	}) => {
		await openExplorer(page, '/?node=tajikistan');
		await expect(detailPanel(page).getByRole('heading', { level: 2 })).toBeInViewport();
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
		await expect(canvas(page)).toBeInViewport({ ratio: 0.5 });
	});
});
