// What the network canvas draws, read from its pixels: each test fails when the behaviour it names
// is switched off, because the table and the panels alone cannot make it pass.
import { expect, test, type Page } from '@playwright/test';
import { REGION_COLORS, TYPE_COLORS } from '../../src/lib/graph/appearance';
import { DIMMED_NODE, LIT_EDGE } from '../../src/lib/graph/reducers';
import { labelLayer, networkPicture, nodeRow, openExplorer, pictureDifference } from './helpers';

const EU = REGION_COLORS.eu_schengen as `#${string}`;
const CENTRAL_ASIA = REGION_COLORS.central_asia as `#${string}`;
const DIMMED = DIMMED_NODE as `#${string}`;
const BODY = TYPE_COLORS.body as `#${string}`;
const DOCUMENT = TYPE_COLORS.document as `#${string}`;
const LIT = LIT_EDGE as `#${string}`;

const legendOf = (page: Page) =>
	page.locator('details').filter({ has: page.locator('summary', { hasText: /^Legend$/ }) });
const cameraParam = (page: Page) => new URL(page.url()).searchParams.get('camera');
/** Pixels of the dimmed colour: edges blended with the background come near it, so compare. */
const dimmed = async (page: Page) => (await networkPicture(page)).count(DIMMED, 2);

test.describe('the network canvas', () => {
	test('a region filter changes the drawn picture: EU states disappear, Central Asia stays', async ({
		page
	}) => {
		await openExplorer(page);
		const before = await networkPicture(page);
		expect(before.count(EU)).toBeGreaterThan(500);
		expect(before.count(CENTRAL_ASIA)).toBeGreaterThan(50);
		await page.getByRole('checkbox', { name: /^Central Asia/ }).check();
		await expect.poll(async () => (await networkPicture(page)).count(EU)).toBeLessThan(20);
		expect((await networkPicture(page)).count(CENTRAL_ASIA)).toBeGreaterThan(50);
	});

	test('hovering a node lights its neighbours and dims the rest', async ({ page }) => {
		await openExplorer(page);
		const picture = await networkPicture(page);
		const base = picture.count(DIMMED, 2);
		const spot = picture.find(CENTRAL_ASIA);
		expect(spot).not.toBeNull();
		const box = (await page.locator('[data-ready="true"]').boundingBox())!;
		await page.mouse.move(box.x + spot!.x, box.y + spot!.y);
		await expect.poll(() => dimmed(page)).toBeGreaterThan(2 * base + 1000);
		expect((await networkPicture(page)).count(LIT)).toBeGreaterThan(20);
		// Hover never writes to a live region.
		await expect(page.getByRole('status').filter({ hasText: /selected/ })).toHaveCount(0);
		await page.mouse.move(box.x + 2, box.y + 2);
		await expect.poll(() => dimmed(page)).toBeLessThan(base * 1.2 + 100);
	});

	test('choosing a node in the table frames it with its neighbours, and the camera is in the URL', async ({
		page
	}) => {
		await openExplorer(page);
		const { data: before } = await networkPicture(page);
		const base = await dimmed(page);
		expect(cameraParam(page)).toBeNull();
		await nodeRow(page, 'Tajikistan').click();
		await expect.poll(() => cameraParam(page)).not.toBeNull();
		const ratio = Number(cameraParam(page)!.split(',')[2]);
		expect(ratio).toBeLessThan(1);
		const { data: after } = await networkPicture(page);
		expect(pictureDifference(before, after)).toBeGreaterThan(0.05);
		// The selection dims what is not connected to it.
		expect(await dimmed(page)).toBeGreaterThan(2 * base + 1000);
	});

	test('a link with a camera opens at that camera; panning replaces it without a history step', async ({
		page
	}) => {
		await openExplorer(page);
		const { data: whole } = await networkPicture(page);
		await openExplorer(page, '/?camera=0.3,0.6,0.4');
		const { data: zoomed } = await networkPicture(page);
		expect(pictureDifference(whole, zoomed)).toBeGreaterThan(0.05);
		const length = await page.evaluate(() => history.length);
		const box = (await page.locator('[data-ready="true"]').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 40);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 - 150, box.y + 120, { steps: 8 });
		await page.mouse.up();
		await expect.poll(() => cameraParam(page)).not.toBe('0.3,0.6,0.4');
		expect(await page.evaluate(() => history.length)).toBe(length);
		// "Fit" fits what is shown (here: everything) and drops the camera from the link.
		await page.getByRole('button', { name: 'Fit what is shown' }).click();
		await expect.poll(() => cameraParam(page)).toBeNull();
	});

	test('clicking an event lights the nodes it involves on the canvas', async ({ page }) => {
		await openExplorer(page);
		const base = await dimmed(page);
		await page.getByRole('option', { name: /Poznań, 4 November 2011$/ }).click();
		await expect.poll(() => dimmed(page)).toBeGreaterThan(2 * base + 1000);
		expect((await networkPicture(page)).count(EU)).toBeGreaterThan(20);
	});
});

test.describe('the camera follows the question', () => {
	/** How much of the canvas the shown network fills, along its fuller side. */
	const filled = async (page: Page) => {
		const { width, height } = (await networkPicture(page)).drawnBox();
		return Math.max(width, height);
	};
	/** The size of the largest drawn Central Asia state, in pixels. */
	const centralAsiaNode = async (page: Page) =>
		(await networkPicture(page)).largestPatch(CENTRAL_ASIA)?.pixels ?? 0;
	const filterApplied = (page: Page) =>
		page.evaluate(() => performance.getEntriesByName('network:filter-applied').length);

	test('ticking Central Asia reframes the canvas on its nodes, and the link stays without a camera', async ({
		page
	}) => {
		await openExplorer(page);
		const before = await centralAsiaNode(page);
		await page.getByRole('checkbox', { name: /^Central Asia/ }).check();
		// Without the reframing its nodes keep their small corner of the whole network.
		await expect.poll(() => filled(page)).toBeGreaterThan(0.8);
		await expect.poll(() => centralAsiaNode(page)).toBeGreaterThan(before * 1.3);
		// A fit that follows the filters is not a camera of the user's: a link reframes itself.
		expect(cameraParam(page)).toBeNull();
	});

	test('after the user pans, a filter change leaves the camera alone; "Fit" follows the filters again', async ({
		page
	}) => {
		await openExplorer(page);
		const box = (await page.locator('[data-ready="true"]').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 30, { steps: 6 });
		await page.mouse.up();
		// The drag and its inertia written to the link, and settled.
		let last: string | null = null;
		await expect
			.poll(
				() => {
					const now = cameraParam(page);
					const settled = now !== null && now === last;
					last = now;
					return settled;
				},
				{ intervals: [700] }
			)
			.toBe(true);
		const panned = cameraParam(page);
		const marks = await filterApplied(page);
		await page.getByRole('checkbox', { name: /^Central Asia/ }).check();
		await expect.poll(() => filterApplied(page)).toBeGreaterThan(marks);
		// Longer than a fit's animation and the camera's settling time.
		await page.waitForTimeout(1200);
		expect(cameraParam(page)).toBe(panned);
		expect(await filled(page)).toBeLessThan(0.7);
		// "Fit" frames what is shown, and the next filter change reframes again.
		await page.getByRole('button', { name: 'Fit what is shown' }).click();
		await expect.poll(() => cameraParam(page)).toBeNull();
		await expect.poll(() => filled(page)).toBeGreaterThan(0.8);
		const framed = await centralAsiaNode(page);
		// The EU's states spread over the whole network: the camera draws back to show them too.
		await page.getByRole('checkbox', { name: /^EU \/ Schengen area/ }).check();
		await expect.poll(() => centralAsiaNode(page)).toBeLessThan(framed * 0.93);
	});
});

test.describe('the canvas’s composition', () => {
	const apart = (
		a: { x: number; y: number; width: number; height: number },
		b: { x: number; y: number; width: number; height: number }
	) =>
		a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

	test('the legend lies beside the canvas, never on it, open or folded', async ({ page }) => {
		await openExplorer(page);
		const legend = legendOf(page);
		// Open at first on a large screen (1400×900).
		await expect(legend).toHaveAttribute('open');
		await expect(legend.getByText('Thematic area')).toBeVisible();
		const canvasAndLegendApart = async () =>
			apart(
				(await page.locator('[data-ready="true"]').boundingBox())!,
				(await legend.boundingBox())!
			);
		expect(await canvasAndLegendApart()).toBe(true);
		await legend.locator('summary').click();
		await expect(legend).not.toHaveAttribute('open');
		expect(await canvasAndLegendApart()).toBe(true);
	});

	test('labels are drawn with a light halo around their text', async ({ page }) => {
		await openExplorer(page);
		const { text, halo } = await labelLayer(page);
		expect(text).toBeGreaterThan(300);
		expect(halo).toBeGreaterThan(text / 2);
	});

	test('node types are told apart by shape: bodies are squares, documents diamonds, states discs', async ({
		page
	}) => {
		await openExplorer(page);
		const picture = await networkPicture(page);
		expect(picture.largestPatch(BODY)!.fill).toBeGreaterThan(0.9);
		expect(picture.largestPatch(DOCUMENT)!.fill).toBeLessThan(0.65);
		const state = picture.largestPatch(EU)!.fill;
		expect(state).toBeGreaterThan(0.7);
		expect(state).toBeLessThan(0.87);
	});
});

test.describe('on a 1280×720 projector', () => {
	test.use({ viewport: { width: 1280, height: 720 } });

	test('the legend starts folded to one line', async ({ page }) => {
		await openExplorer(page);
		const legend = legendOf(page);
		await expect(legend).not.toHaveAttribute('open');
		await expect(legend.getByText('Thematic area')).toBeHidden();
	});

	test('opening the legend shrinks the canvas, and what is shown is drawn again inside it', async ({
		page
	}) => {
		await openExplorer(page, '/?region=central_asia');
		const canvas = page.locator('[data-ready="true"]');
		const before = (await canvas.boundingBox())!.height;
		await legendOf(page).locator('summary').click();
		await expect.poll(async () => (await canvas.boundingBox())!.height).toBeLessThan(before - 40);
		await expect
			.poll(async () => {
				const picture = await networkPicture(page);
				const { height, top, bottom } = picture.drawnBox();
				// Drawn, large, and clear of the canvas's top and bottom edges (not cut by them).
				return picture.count(CENTRAL_ASIA) > 50 && height > 0.6 && top > 0.02 && bottom < 0.98;
			})
			.toBe(true);
	});

	test('a label near the canvas’s edge goes to the other side of its node rather than being cut', async ({
		page
	}) => {
		// In Russian, "Migration Profiles Light" sits near the right edge once Central Asia is framed.
		await openExplorer(page, '/?region=central_asia&node=tajikistan&lang=ru');
		await expect.poll(async () => (await labelLayer(page)).text).toBeGreaterThan(300);
		expect((await labelLayer(page)).atEdges).toBe(0);
	});
});

test.describe('history', () => {
	test('Back undoes a language switch and goes on past it', async ({ page }) => {
		await openExplorer(page, '/?type=state');
		await page.getByRole('checkbox', { name: /^Central Asia/ }).check();
		await page.getByRole('button', { name: 'Switch the interface to Russian' }).click();
		await expect(page).toHaveURL(/lang=ru/);
		await page.goBack();
		await expect(page).not.toHaveURL(/lang=ru/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Prague Process Network Explorer'
		);
		await page.goBack();
		await expect(page).not.toHaveURL(/region=/);
		await expect(page).toHaveURL(/type=state/);
		await page.goForward();
		await page.goForward();
		await expect(page).toHaveURL(/lang=ru/);
	});
});
