import AxeBuilder from '@axe-core/playwright';
// Present mode, as a presenter with a clicker uses it: the default story stepped through with the
// keys slide software uses, jumps, a blanked screen, leaving to the explorer at the scene's view.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { inkRatio, nodeRow } from './helpers';

const story = JSON.parse(readFileSync('data/stories/default.json', 'utf8')) as {
	scenes: { title: { en: string; ru?: string }; caption: { en: string; ru?: string } }[];
};
const COUNT = story.scenes.length;
const caption = (n: number) => story.scenes[n - 1]!.caption.en;

/** Opens present mode and waits for the first frame of its network. */
async function openPresent(page: Page, path = '/?present=default') {
	await page.goto(path);
	await expect(page.locator('[data-ready="true"]')).toBeVisible();
	await page.waitForFunction(() => performance.getEntriesByName('network:first-frame').length > 0);
}

/** The scene present mode shows: its caption and its progress ("4 / 11"). */
async function expectScene(page: Page, n: number) {
	await expect(page.getByText(caption(n), { exact: true })).toBeVisible();
	await expect(page.getByText(`${n} / ${COUNT}`, { exact: true })).toBeVisible();
}

test.describe('present mode', () => {
	test('steps through the default story with the clicker keys', async ({ page }) => {
		await openPresent(page);
		await expectScene(page, 1);
		// No chrome of the explorer: no header, no filters, no lists.
		await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
		await expect(page.getByRole('table', { name: /Visible nodes/ })).toHaveCount(0);

		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
		await expectScene(page, 4);
		await expect(page).toHaveURL(/[?&]scene=4(&|$)/);

		await page.keyboard.press('PageUp');
		await expectScene(page, 3);

		await page.keyboard.press('End');
		await expectScene(page, COUNT);

		await page.keyboard.press('3');
		await expect(page.getByText('Scene 3: press Enter')).toBeVisible();
		await page.keyboard.press('Enter');
		await expectScene(page, 3);

		// The scene is in the URL: a reload stays on it.
		await page.reload();
		await expectScene(page, 3);
	});

	test('a scene with a period shows the period strip; its sources are one click away', async ({
		page
	}) => {
		await openPresent(page, '/?present=default&scene=5');
		await expect(page.getByRole('group', { name: 'Period' })).toContainText(
			'Showing what was valid from 2 August 2012 to 13 June 2017.'
		);
		const source = page.getByRole('link', { name: /^Source S\d+: / }).first();
		await expect(source).toHaveAttribute('href', /^https?:\/\//);
		// A scene without a period has no strip.
		await page.keyboard.press('Home');
		await page.goto('/?present=default&scene=8');
		await expectScene(page, 8);
		await expect(page.getByRole('group', { name: 'Period' })).toHaveCount(0);
	});

	test('Esc leaves to the explorer with the scene’s filters applied', async ({ page }) => {
		await openPresent(page, '/?present=default&scene=2');
		await expectScene(page, 2);
		await page.keyboard.press('Escape');
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
		await expect(page.getByRole('checkbox', { name: /^Eastern Partnership/ })).toBeChecked();
		await expect(page).toHaveURL(/region=eastern_partnership/);
		await expect(page).not.toHaveURL(/present=/);
		await expect(nodeRow(page, 'Belarus')).toBeVisible();
		await expect(nodeRow(page, 'Sweden')).toHaveCount(0);
		// The explorer keeps the URL in step again.
		await page.getByRole('checkbox', { name: /^Central Asia/ }).check();
		await expect(page).toHaveURL(/central_asia/);
	});

	test('B blacks the screen and any key restores it', async ({ page }) => {
		await openPresent(page, '/?present=default&scene=4');
		await page.keyboard.press('b');
		const black = page.getByRole('button', { name: /^Black screen/ });
		await expect(black).toBeVisible();
		// Nothing of the scene shows: the whole window is one colour, black.
		const shot = await page.screenshot();
		expect(inkRatio(shot)).toBe(0);
		await page.keyboard.press('x');
		await expect(black).toHaveCount(0);
		await expectScene(page, 4);
		await page.keyboard.press('w');
		await expect(page.getByRole('button', { name: /^White screen/ })).toBeVisible();
		await page.keyboard.press('ArrowRight');
		// The key lifts the blank screen; it does not also move on.
		await expectScene(page, 4);
	});

	test('shows captions of at least 24 px at 1280×720, in Russian too', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 720 });
		await openPresent(page, '/?present=default&scene=2&lang=ru');
		const ru = story.scenes[1]!.caption.ru!;
		const text = page.getByText(ru, { exact: true });
		await expect(text).toBeVisible();
		const size = await text.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
		expect(size).toBeGreaterThanOrEqual(24);
		await expect(page.getByText('2 / ' + COUNT, { exact: true })).toBeVisible();
	});

	test('a touch swipe to the left shows the next scene', async ({ page }) => {
		await openPresent(page);
		const box = (await page.getByText(caption(1), { exact: true }).boundingBox())!;
		// Pointer events as a finger sends them, across the caption from right to left.
		await page.evaluate(
			(y) => {
				const root = document.querySelector('[data-theme]')!;
				for (const [type, x] of [
					['pointerdown', 700],
					['pointerup', 400]
				] as const)
					root.dispatchEvent(
						new PointerEvent(type, { pointerType: 'touch', clientX: x, clientY: y, bubbles: true })
					);
			},
			box.y + box.height / 2
		);
		await expectScene(page, 2);
	});

	test('a story that cannot be opened says why, with a way to the explorer', async ({ page }) => {
		await page.goto('/?present=no-such-story');
		await expect(page.getByRole('alert')).toContainText(
			'The story “no-such-story” could not be opened'
		);
		await expect(page.getByRole('alert')).toContainText('no such story');
		await page.getByRole('link', { name: 'Open the explorer' }).click();
		await expect(page.locator('[data-ready="true"]')).toBeVisible();
	});
});

test.describe('the presenter window', () => {
	test('opens from present mode, and the two windows stay in step', async ({ page, context }) => {
		await openPresent(page);
		const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
		await expect(presenter.getByRole('heading', { name: 'Speaker notes' })).toBeVisible();
		await expect(presenter).toHaveURL(/presenter=1/);

		// Advancing in the presenter window advances the audience's.
		await presenter.keyboard.press('ArrowRight');
		await presenter.keyboard.press('ArrowRight');
		await expectScene(page, 3);
		const current = presenter.getByRole('region', { name: /^Now showing/ });
		await expect(current).toContainText(caption(3));
		await expect(presenter.getByRole('region', { name: 'Next' })).toContainText(caption(4));

		// Going back in the audience window moves the presenter's.
		await page.keyboard.press('ArrowLeft');
		await expect(current).toContainText(caption(2));

		// Jumping from the scene list.
		await presenter
			.getByRole('navigation', { name: 'Scenes' })
			.getByRole('button', { name: story.scenes[6]!.title.en })
			.click();
		await expectScene(page, 7);

		// Blacking out in the presenter window blacks out the audience's; a key there restores both.
		await presenter.getByRole('button', { name: 'Black screen (B)' }).click();
		await expect(page.getByRole('button', { name: /^Black screen/ })).toBeVisible();
		await expect(presenter.getByText('The audience sees a black screen.')).toBeVisible();
		await page.keyboard.press('Space');
		await expect(presenter.getByText('The audience sees a black screen.')).toHaveCount(0);
		await expect(page.getByRole('button', { name: /^Black screen/ })).toHaveCount(0);

		// The clock runs.
		await expect(presenter.getByRole('timer', { name: 'Elapsed time' })).toHaveText(
			/^\s*0:0[1-9]\s*$/,
			{
				timeout: 5000
			}
		);
		expect(context.pages()).toHaveLength(2);
	});

	test('two pages of one context opened by link stay in step', async ({ context }) => {
		const audience = await context.newPage();
		await openPresent(audience, '/?present=default&scene=2');
		const presenter = await context.newPage();
		await presenter.goto('/?present=default&presenter=1');
		// The presenter window joins where the audience stands.
		await expect(presenter.getByRole('region', { name: /^Now showing/ })).toContainText(caption(2));
		await presenter.getByRole('button', { name: /^Next scene/ }).click();
		await expectScene(audience, 3);
		await audience.keyboard.press('Escape');
		await expect(presenter.getByText(/The audience window has left present mode/)).toBeVisible();
	});
});

test.describe('accessibility of presenting', () => {
	const serious = async (page: Page) => {
		const results = await new AxeBuilder({ page }).analyze();
		return results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	};

	test('present mode (light and dark), the presenter window and the story editor have no serious violations', async ({
		page
	}) => {
		await openPresent(page, '/?present=default&scene=5');
		expect(await serious(page)).toEqual([]);
		await page.mouse.move(200, 200);
		await page.getByRole('button', { name: 'Dark projector theme' }).click();
		expect(await serious(page)).toEqual([]);
		await page.goto('/?present=default&scene=5&presenter=1');
		await expect(page.getByRole('heading', { name: 'Speaker notes' })).toBeVisible();
		expect(await serious(page)).toEqual([]);
		await page.goto('/?node=tajikistan');
		await page.getByRole('button', { name: 'Story' }).click();
		await page.getByRole('button', { name: 'Add this view as a scene' }).click();
		await page.getByRole('button', { name: 'Copy link' }).click();
		expect(await serious(page)).toEqual([]);
	});
});
