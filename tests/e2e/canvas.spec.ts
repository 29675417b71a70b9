// What the network canvas draws, read from its pixels: each test fails when the behaviour it names
// is switched off, because the table and the panels alone cannot make it pass.
import { expect, test, type Page } from '@playwright/test';
import { REGION_COLORS } from '../../src/lib/graph/appearance';
import { DIMMED_NODE, LIT_EDGE } from '../../src/lib/graph/reducers';
import { networkPicture, nodeRow, openExplorer, pictureDifference } from './helpers';

const EU = REGION_COLORS.eu_schengen as `#${string}`;
const CENTRAL_ASIA = REGION_COLORS.central_asia as `#${string}`;
const DIMMED = DIMMED_NODE as `#${string}`;
const LIT = LIT_EDGE as `#${string}`;

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
		// "Fit" goes back to the whole network and drops the camera from the link.
		await page.getByRole('button', { name: 'Fit the whole network' }).click();
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
