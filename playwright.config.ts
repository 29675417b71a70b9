import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// The browser (DESIGN.md §5): CHROMIUM_PATH when set, else Debian's Chromium when present, else
// Playwright's own (installed by `npm test` on machines that can download it).
// E2E_PORT lets two checkouts on one machine run their browser tests side by side.
const port = Number(process.env.E2E_PORT) || 4173;
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
		baseURL: `http://127.0.0.1:${port}`,
		...devices['Desktop Chrome'],
		viewport: { width: 1400, height: 900 },
		// Each test starts from the network, not from a copy the service worker saved; the offline
		// tests allow it.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: systemChromium,
			args: ['--disable-quic']
		}
	},
	webServer: {
		// The production build, served as users get it; `npm test` builds it before the e2e tests.
		command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
