import fs from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";

export const OUTPUT_DIR = path.resolve(__dirname, "../../test-output");

/** The first screen issue 10 designs for: 1280 x 720 px of grid at 100% zoom. */
export const FIRST_SCREEN = { width: 1280, height: 720 } as const;

/**
 * Sizes the browser window so the playground's grid (#grid, the cells without the menus, formula bar and
 * tabs) is exactly 1280 x 720 px, scrolls it to the top left, and saves a picture of it as
 * test-output/<name>.png. With `of: "page"` the whole page is 1280 x 720 instead. Returns the file.
 */
export async function screenshot1280x720(
  page: Page,
  name: string,
  options: { of?: "grid" | "page" } = {},
): Promise<string> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  if (options.of === "page") {
    await page.setViewportSize(FIRST_SCREEN);
    await page.screenshot({ path: file });
    return file;
  }
  await fitGridTo(page, FIRST_SCREEN.width, FIRST_SCREEN.height);
  await page.locator("#grid").evaluate((grid) => grid.scrollTo(0, 0));
  const box = await page.locator("#grid").boundingBox();
  if (!box) throw new Error("the playground's grid is not on the page");
  // A clip of exactly the first screen: the grid's box can be a fraction of a pixel larger.
  await page.screenshot({ path: file, clip: { x: box.x, y: box.y, ...FIRST_SCREEN } });
  return file;
}

/** Resizes the window until #grid is width x height (the page around it keeps its own size). */
export async function fitGridTo(page: Page, width: number, height: number): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const box = await page.locator("#grid").boundingBox();
    const viewport = page.viewportSize();
    if (!box || !viewport) throw new Error("the playground's grid is not on the page");
    if (Math.round(box.width) === width && Math.round(box.height) === height) return;
    await page.setViewportSize({
      width: Math.round(viewport.width - box.width + width),
      height: Math.round(viewport.height - box.height + height),
    });
  }
  throw new Error(`could not size the grid to ${width} x ${height}`);
}

/** True when the element lies wholly inside the grid's visible area (the first screen after screenshot1280x720). */
export async function withinGrid(page: Page, target: Locator): Promise<boolean> {
  const grid = await page.locator("#grid").boundingBox();
  const box = await target.boundingBox();
  if (!grid || !box) return false;
  return (
    box.x >= grid.x - 0.5 &&
    box.y >= grid.y - 0.5 &&
    box.x + box.width <= grid.x + grid.width + 0.5 &&
    box.y + box.height <= grid.y + grid.height + 0.5
  );
}
