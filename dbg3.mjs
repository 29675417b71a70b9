import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-quic'] });
const p = await b.newPage();
p.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
p.on('pageerror', (e) => console.log('pageerror', e.message));
await p.goto('http://127.0.0.1:4173/?embed=1&type=state&node=tajikistan');
await p.waitForTimeout(5000);
console.log(await p.locator('[data-ready]').count(), await p.locator('body').innerText());
await b.close();
