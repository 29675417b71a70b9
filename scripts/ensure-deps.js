// Installs the npm dependencies when they are missing or stale, so that `npm start` and `npm test`
// work on a fresh clone. With --browser it also makes sure a Chromium is there for the e2e tests.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const stampFile = 'node_modules/.deps-stamp';
const lock = existsSync('package-lock.json') ? readFileSync('package-lock.json') : '';
const wanted = createHash('sha256').update(readFileSync('package.json')).update(lock).digest('hex');
const have = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';

if (have !== wanted) {
	const command = lock ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund';
	console.log(`Dependencies missing or stale: ${command}`);
	execSync(command, { stdio: 'inherit' });
	writeFileSync(stampFile, wanted + '\n');
}

if (process.argv.includes('--browser')) {
	const system = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	if (!existsSync(system)) {
		// Machines that can download it get Playwright's own Chromium (see playwright.config.ts).
		console.log(`No Chromium at ${system}: installing Playwright's browser.`);
		execSync('npx playwright install chromium', { stdio: 'inherit' });
	}
}
