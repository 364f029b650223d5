// The README's pictures, taken from the playground as a person sees it (run after `node build.mjs`):
//   npm run docs:pictures
// docs/playground.png: the sample data with the sidebar open; docs/sidebar*.png: the sidebar alone;
// docs/kaism-matrix.png: the overview at 1280 x 720; docs/kam-scores.png: the ranked table;
// docs/kaism-movers.png: the movers since the sample's earlier snapshot.
// docs/key-account-plan.png: the Key Account Plan of the sample. `PICTURES=plan` takes only the last one.
/* global document */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startPlayground } from "./server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
];

/** The sample's plan, refreshed from the menu: entries, an overdue contact and a missing analysis in red. */
async function planPicture(page, openMenuItem) {
  await openMenuItem("Key account plan");
  await page.locator('.tab[aria-selected="true"]:text-is("Key Account Plan")').waitFor();
  await page.evaluate(() => document.querySelectorAll(".toast").forEach((t) => t.remove()));
  await page.setViewportSize({ width: 2000, height: 560 });
  await page.screenshot({ path: path.join(root, "docs/key-account-plan.png") });
}

const { url, stop } = await startPlayground({ port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  await page.goto(url);
  await page.waitForSelector('td[data-cell="A2"]');

  const openMenuItem = async (label) => {
    await page.click("#extensions");
    await page.click(`#addon-items button:text-is("${label}")`);
  };
  if (process.env.PICTURES === "plan") {
    await planPicture(page, openMenuItem);
    console.log("wrote docs/key-account-plan.png");
    process.exit(0);
  }
  await openMenuItem("Open criteria & weights");
  await page.frameLocator("#sidebar-frame").locator("input.weight").first().waitFor();
  await page.screenshot({ path: path.join(root, "docs/playground.png") });

  // The README's sidebar pictures: the sidebar frame alone, at the sidebar's own 300 px width, twice the pixels.
  const sidebarPage = await browser.newPage({ viewport: { width: 1440, height: 960 }, deviceScaleFactor: 2 });
  await sidebarPage.goto(url);
  await sidebarPage.waitForSelector('td[data-cell="A2"]');
  await sidebarPage.click("#extensions");
  await sidebarPage.click('#addon-items button:text-is("Open criteria & weights")');
  const sidebar = sidebarPage.frameLocator("#sidebar-frame");
  await sidebar.locator("#top10").waitFor();
  await sidebarPage.locator("#sidebar-frame").screenshot({ path: path.join(root, "docs/sidebar.png") });
  await sidebar.locator("details.more > summary").click();
  await sidebar.locator("#axis-share-text").scrollIntoViewIfNeeded();
  await sidebarPage
    .locator("#sidebar-frame")
    .screenshot({ path: path.join(root, "docs/sidebar-preview.png") });
  await sidebarPage.close();

  await page.click("#sidebar-close");
  await openMenuItem("Generate KAISM matrix");
  await page.locator('.tab[aria-selected="true"]:text-is("KAISM Matrix")').waitFor();
  await page.evaluate(() => document.querySelectorAll(".toast").forEach((t) => t.remove()));
  // The overview as a person first sees it on a 1280 x 720 screen: the 2 x 2 matrix and the chart at once.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: path.join(root, "docs/kaism-matrix.png") });
  // The ranked table on its own tab.
  await page.click('.tab:text-is("KAM Scores")');
  await page.screenshot({ path: path.join(root, "docs/kam-scores.png") });
  // The movers since the sample's earlier snapshot, below the overview's first screen.
  await page.click('.tab:text-is("KAISM Matrix")');
  const movers = page.locator("td", { hasText: /^Moved since the last snapshot/ }).first();
  await movers.scrollIntoViewIfNeeded();
  await movers.evaluate((cell) => cell.scrollIntoView({ block: "start" }));
  await page.screenshot({ path: path.join(root, "docs/kaism-movers.png") });
  await page.setViewportSize({ width: 1440, height: 860 });
  await planPicture(page, openMenuItem);
  console.log(
    "wrote docs/playground.png, docs/sidebar.png, docs/sidebar-preview.png, docs/kaism-matrix.png, docs/kam-scores.png, docs/kaism-movers.png and docs/key-account-plan.png",
  );
} finally {
  await browser.close();
  await stop();
}
