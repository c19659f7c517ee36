import { chromium } from 'playwright-core';
import { firstRouteScripts, totalGzip } from './lib/bench-first-route.ts';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
const scripts = await firstRouteScripts(page, 'http://localhost:4173/#/reports/liaocheng-nyncj-2020/overview');
console.log((totalGzip(scripts)/1024).toFixed(2), 'KB', totalGzip(scripts), '\n' + scripts.map(s => s.file + ' ' + s.gzip).join('\n'));
await browser.close();
