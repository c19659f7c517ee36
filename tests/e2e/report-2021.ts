import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** A 2021-template report with findings (errors, a blank cell, printed forms). */
export const REPORT_2021 = 'dongshan-county-2022';
const file = readFileSync('tests/fixtures/e2e/findings-2021.json', 'utf8');

/**
 * Serves the built-in report list with the 2021-template report added, so the browser sees
 * both templates without the test fixture being shipped in public/.
 */
export async function addReport2021(page: Page): Promise<void> {
  await page.route('**/data/reports/index.json', async (route) => {
    const response = await route.fetch();
    const index = (await response.json()) as { reports: unknown[] };
    index.reports.push({
      id: REPORT_2021,
      agency: '东山县人民政府',
      year: 2022,
      template: '2021',
      file: 'findings-2021.json',
    });
    await route.fulfill({ response, json: index });
  });
  await page.route('**/data/reports/findings-2021.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: file }),
  );
}
