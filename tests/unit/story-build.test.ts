import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL } from './fixtures';

const BUILT_INDEX = 'static/data/stories.json';

const run = (script: string, dir: string) =>
	spawnSync('npx', ['tsx', `scripts/${script}.ts`, dir], {
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1' }
	});

/** A copy of data/ whose default story has one deliberate mistake. */
function brokenCopy(from: string, to: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'ppne-story-'));
	cpSync(REAL, dir, { recursive: true });
	const file = join(dir, 'stories', 'default.json');
	const text = readFileSync(file, 'utf8');
	if (!text.includes(from)) throw new Error(`"${from}" not in the default story`);
	writeFileSync(file, text.replace(from, to));
	return dir;
}

describe('stories at build time', () => {
	it('data:check validates the stories with the data', () => {
		const result = run('data-check', REAL);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/valid — .*, 1 story\./);
	});

	it('a story naming a node the dataset lacks fails the check, naming file, scene and view', () => {
		const dir = brokenCopy('node=strategic-group', 'node=strategic-groop');
		const result = run('data-check', dir);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			`${join(dir, 'stories', 'default.json')}: scene 7: view: node "strategic-groop" is not in the dataset`
		);
	});

	it('a broken story stops the build before anything is written', () => {
		const dir = brokenCopy('"at=2018&', '"at=2018&zoom=2&');
		const built = () =>
			existsSync(BUILT_INDEX) ? readFileSync(BUILT_INDEX, 'utf8') : '(not built)';
		const before = built();
		const result = run('data-build', dir);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/default\.json: scene 7: view: "zoom=2" is not understood/);
		expect(result.stderr).toMatch(/nothing was built/);
		expect(result.stderr).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
		expect(built()).toBe(before);
	});
}, 60_000);
