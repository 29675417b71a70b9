import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// The browser (DESIGN.md §5): CHROMIUM_PATH when set, else Debian's Chromium when present, else
// Playwright's own (installed by `npm test` on machines that can download it).
const systemChromium =
	process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: process.env.CI ? 1 : 2,
	retries: 0,
	forbidOnly: true,
	reporter: [['list']],
	timeout: 60_000,
	expect: { timeout: 15_000 },
	use: {
		baseURL: 'http://127.0.0.1:4173',
		...devices['Desktop Chrome'],
		viewport: { width: 1400, height: 900 },
		launchOptions: {
			executablePath: systemChromium,
			args: ['--disable-quic']
		}
	},
	webServer: {
		// The production build, served as users get it; `npm test` builds it before the e2e tests.
		command: 'npx vite preview --port 4173 --strictPort --host 127.0.0.1',
		url: 'http://127.0.0.1:4173',
		reuseExistingServer: false,
		timeout: 60_000
	}
});
