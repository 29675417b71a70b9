// The story editor, as a presenter builds a story of their own from the explorer: scenes from views,
// reordered, retitled, captioned, kept across reloads, exported and imported, then presented.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { nodeRow, openExplorer } from './helpers';

function editor(page: Page) {
	return page.getByRole('dialog', { name: 'Your story' });
}
function scenes(page: Page) {
	return editor(page).getByRole('list', { name: 'Scenes of your story' });
}
/** The scene titles in the editor's order, as its headings read ("1. Tajikistan"). */
function headings(page: Page) {
	return scenes(page).getByRole('heading', { level: 3 });
}

/** Opens a scene's "Title, caption and notes" (the one just added is open already). */
async function texts(scene: Locator) {
	if ((await scene.locator('details').getAttribute('open')) === null)
		await scene.getByText('Title, caption and notes').click();
	return scene;
}

async function addView(page: Page) {
	// The editor loads on first opening: count its scenes once it is there.
	const add = editor(page).getByRole('button', { name: 'Add this view as a scene' });
	await expect(add).toBeVisible();
	const count = await scenes(page)
		.getByRole('listitem')
		.count()
		.catch(() => 0);
	await add.click();
	await expect(editor(page).getByText(`Scene ${count + 1} added.`)).toBeVisible();
}

test.describe('the story editor', () => {
	test('adding the current view as a scene survives a reload', async ({ page }) => {
		await openExplorer(page, '/?region=central_asia&node=tajikistan');
		await page.getByRole('button', { name: 'Story' }).click();
		await expect(editor(page).getByText(/No scene yet/)).toBeVisible();
		await addView(page);
		await expect(headings(page)).toHaveText(['1. Tajikistan']);
		await scenes(page)
			.getByLabel('Caption (English)')
			.fill('Tajikistan takes part in the Process.');

		await page.reload();
		await expect(page.locator('[data-ready="true"]')).toBeVisible();
		await page.getByRole('button', { name: 'Story' }).click();
		await expect(headings(page)).toHaveText(['1. Tajikistan']);
		await texts(scenes(page).getByRole('listitem').first());
		await expect(scenes(page).getByLabel('Caption (English)')).toHaveValue(
			'Tajikistan takes part in the Process.'
		);
		await expect(scenes(page).getByText('region=central_asia&node=tajikistan')).toBeVisible();
	});

	test('builds a three-scene story, reorders it by keyboard and by drag, and presents it', async ({
		page
	}) => {
		await openExplorer(page, '/?node=tajikistan');
		await page.getByRole('button', { name: 'Story' }).click();
		await addView(page);
		// The drawer covers the lists: it is closed while the next view is set up, then opened again.
		for (const name of ['Sweden', 'Belarus']) {
			await page.getByRole('button', { name: 'Close the story editor' }).click();
			await nodeRow(page, name).click();
			await page.getByRole('button', { name: 'Story' }).click();
			await addView(page);
		}
		await expect(headings(page)).toHaveText(['1. Tajikistan', '2. Sweden', '3. Belarus']);

		// Keyboard: Alt+↓ (or ↓) on a scene's handle moves it, and the focus moves with it.
		await scenes(page)
			.getByRole('button', { name: /^Scene 1: drag to reorder/ })
			.focus();
		await page.keyboard.press('Alt+ArrowDown');
		await expect(headings(page)).toHaveText(['1. Sweden', '2. Tajikistan', '3. Belarus']);
		await expect(scenes(page).getByRole('button', { name: /^Scene 2: drag/ })).toBeFocused();
		await expect(editor(page).getByText('Scene moved to position 2.')).toBeVisible();

		// Drag and drop: the third scene onto the first.
		await scenes(page)
			.getByRole('button', { name: /^Scene 3: drag/ })
			.dragTo(scenes(page).getByRole('listitem').first());
		await expect(headings(page)).toHaveText(['1. Belarus', '2. Sweden', '3. Tajikistan']);

		// Duplicate and delete.
		await scenes(page)
			.getByRole('listitem')
			.nth(1)
			.getByRole('button', { name: 'Duplicate' })
			.click();
		await expect(headings(page)).toHaveText([
			'1. Belarus',
			'2. Sweden',
			'3. Sweden',
			'4. Tajikistan'
		]);
		await scenes(page).getByRole('listitem').nth(2).getByRole('button', { name: 'Delete' }).click();
		await expect(headings(page)).toHaveText(['1. Belarus', '2. Sweden', '3. Tajikistan']);

		// Retitle and caption in both languages.
		const first = await texts(scenes(page).getByRole('listitem').first());
		await first.getByLabel('Title (English)').fill('Belarus, 2010');
		await first.getByLabel('Title (Russian)').fill('Беларусь, 2010');
		await first.getByLabel('Caption (English)').fill('Belarus joined in December 2010.');
		await first
			.getByLabel('Caption (Russian)')
			.fill('Беларусь присоединилась в декабре 2010 года.');
		await first.getByLabel('Speaker notes').fill('Point at the Eastern Partnership.');
		await expect(headings(page).first()).toHaveText('1. Belarus, 2010');

		// Presented from the draft, full screen asked for (or the window filled when refused).
		await editor(page).getByRole('button', { name: 'Present your story' }).click();
		await expect(page.getByText('Belarus joined in December 2010.', { exact: true })).toBeVisible();
		await expect(page.getByText('1 / 3', { exact: true })).toBeVisible();
		await expect(page).toHaveURL(/present=draft&scene=1/);
		await page.keyboard.press('ArrowRight');
		await expect(page.getByText('2 / 3', { exact: true })).toBeVisible();
		await page.keyboard.press('Escape');
		// Back in the explorer, at the scene's view: Sweden selected.
		await expect(nodeRow(page, 'Sweden')).toHaveAttribute('aria-current', 'true');
	});

	test('full screen refused: the presentation fills the window and says so', async ({ page }) => {
		await page.addInitScript(() => {
			Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('refused'));
		});
		await openExplorer(page, '/?node=tajikistan');
		await page.getByRole('button', { name: 'Story' }).click();
		await addView(page);
		await editor(page).getByRole('button', { name: 'Present your story' }).click();
		await expect(
			page.getByText(/Full screen was refused: the presentation fills the window/)
		).toBeVisible();
		await expect(page.getByText('1 / 1', { exact: true })).toBeVisible();
		const region = page.getByRole('region', { name: /^Presentation: / });
		const box = (await region.boundingBox())!;
		const viewport = page.viewportSize()!;
		expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, viewport.width, viewport.height]);
	});

	test('exports the story as a file, and refuses an invalid one on import', async ({ page }) => {
		await openExplorer(page, '/?node=tajikistan');
		await page.getByRole('button', { name: 'Story' }).click();
		await addView(page);

		// A story file needs captions: export names what is missing.
		await editor(page).getByRole('button', { name: 'Export as a file' }).click();
		await expect(editor(page).getByRole('alert')).toContainText('scene 1: caption.en: is empty');
		await scenes(page).getByLabel('Caption (English)').fill('Tajikistan takes part.');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			editor(page).getByRole('button', { name: 'Export as a file' }).click()
		]);
		expect(download.suggestedFilename()).toBe('my-story.json');
		const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
		expect(file.scenes).toEqual([
			{
				title: { en: 'Tajikistan', ru: 'Таджикистан' },
				caption: { en: 'Tajikistan takes part.' },
				view: 'node=tajikistan'
			}
		]);

		// An invalid file is refused with what is wrong; the story in hand is kept.
		const broken = { ...file, scenes: [{ ...file.scenes[0], view: 'zoom=3&node=atlantis' }] };
		await editor(page)
			.getByLabel('Import a file')
			.setInputFiles({
				name: 'broken.json',
				mimeType: 'application/json',
				buffer: Buffer.from(JSON.stringify(broken))
			});
		const alert = editor(page).getByRole('alert');
		await expect(alert).toContainText(
			'The file broken.json was not opened, and your story is unchanged'
		);
		await expect(alert).toContainText('broken.json: scene 1: view: "zoom=3" is not understood');
		await expect(headings(page)).toHaveText(['1. Tajikistan']);

		// A valid one replaces it.
		const other = {
			...file,
			id: 'sweden',
			scenes: [{ ...file.scenes[0], title: { en: 'Sweden' }, view: 'node=sweden' }]
		};
		await editor(page)
			.getByLabel('Import a file')
			.setInputFiles({
				name: 'sweden.json',
				mimeType: 'application/json',
				buffer: Buffer.from(JSON.stringify(other))
			});
		await expect(headings(page)).toHaveText(['1. Sweden']);
	});
});
