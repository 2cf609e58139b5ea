// A small driver for the end-to-end tests: it waits on signals the app emits (data-ready), never on sleeps.
import { expect, type Page } from '@playwright/test';

export async function openApp(page: Page, query = ''): Promise<void> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`./${query ? `?${query}` : ''}`);
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-ready', 'true');
  (page as Page & { atlasErrors?: string[] }).atlasErrors = errors;
}

export const consoleErrors = (page: Page): string[] => (page as Page & { atlasErrors?: string[] }).atlasErrors ?? [];

export const drawnCount = async (page: Page): Promise<number> => Number(await page.getByTestId('canvas').getAttribute('data-nodes'));

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `tests/artifacts/${name}.png` });
}
