import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL } from './fixtures';

describe('npm run data:check with capitals.csv', () => {
	it('refuses a folder whose capitals are wrong, naming file:row: column', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ppne-capitals-'));
		try {
			cpSync(REAL, dir, { recursive: true });
			const file = join(dir, 'capitals.csv');
			writeFileSync(file, readFileSync(file, 'utf8').replace('norway,Oslo,', 'norway,Oslo,north'));
			const result = spawnSync('npx', ['tsx', 'scripts/data-check.ts', dir], {
				encoding: 'utf8',
				env: { ...process.env, NO_COLOR: '1' }
			});
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(/capitals\.csv:\d+: lat: "north59\.918636" is not a latitude/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
}, 60_000);
