/**
 * End to end: `node playground/server.mjs` (what npm start runs after the build) in a child process,
 * driven in headless Chromium as a person would use it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, FrameLocator, Page } from "playwright-core";
import { launchChromium } from "../support/chromium";

const ROOT = path.resolve(__dirname, "../..");
const OUTPUT = path.join(ROOT, "test-output");
const TOP_CUSTOMER = "Nordwind Logistik GmbH";

function startServer(): Promise<{ child: ChildProcess; url: string; readyMs: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "playground/server.mjs")], {
      cwd: ROOT,
      env: { ...process.env, PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready in \d+ ms: (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1] as string, readyMs: Date.now() - started });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`playground exited with ${code}:\n${output}`)));
  });
}

async function openMenuItem(page: Page, label: string): Promise<void> {
  await page.click("#extensions");
  await page.click(`#addon-items button:text-is("${label}")`);
}

async function columnOf(page: Page, text: RegExp): Promise<{ column: string; row: number }> {
  const address = await page
    .locator("td[data-cell]")
    .filter({ hasText: text })
    .first()
    .getAttribute("data-cell");
  const match = /^([A-Z]+)(\d+)$/.exec(address ?? "");
  if (!match) throw new Error(`no cell matches ${text}`);
  return { column: match[1] as string, row: Number(match[2]) };
}

function rgb(color: string): [number, number, number] {
  const parts = /rgba?\((\d+), (\d+), (\d+)/.exec(color);
  if (!parts) throw new Error(`not a colour: ${color}`);
  return [Number(parts[1]), Number(parts[2]), Number(parts[3])];
}

describe("npm start playground", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;
  let sidebar: FrameLocator;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on("dialog", (dialog) => void dialog.dismiss());
    await page.goto(server.url);
    await page.waitForSelector('td[data-cell="A2"]');
  });

  afterAll(async () => {
    await browser?.close();
    server?.child.kill("SIGINT");
  });

  it("starts on the sample accounts with the add-on menu", async () => {
    expect(await page.locator('.tab[aria-selected="true"]').textContent()).toBe("Sample accounts");
    expect(await page.locator('td[data-cell="A2"]').textContent()).toBe(TOP_CUSTOMER);
    await page.click("#extensions");
    const items = await page.locator("#addon-items button").allTextContents();
    expect(items).toEqual([
      "Open criteria & weights",
      "Generate KAISM matrix",
      "Key account plan",
      "Insert sample data",
      "Help",
    ]);
    await page.keyboard.press("Escape");
  });

  it("lets a person type into a data cell", async () => {
    const revenue = await columnOf(page, /^Current revenue$/);
    const cell = page.locator(`td[data-cell="${revenue.column}2"]`);
    await cell.click();
    // Make the top customer a mono-customer: far more than all the others together.
    await page.fill("#formula-input", "90000000");
    await page.press("#formula-input", "Enter");
    await page.waitForFunction(
      (address) => document.querySelector(`td[data-cell="${address}"]`)?.textContent === "90,000,000",
      `${revenue.column}2`,
    );
  });

  it("opens the sidebar from the menu, changes a weight and saves it", async () => {
    await openMenuItem(page, "Open criteria & weights");
    sidebar = page.frameLocator("#sidebar-frame");
    const firstWeight = sidebar.locator("input.weight").first();
    await firstWeight.waitFor();
    await firstWeight.fill("45");
    await firstWeight.press("Tab");
    await sidebar.locator('button:text-is("Save")').click();
    await sidebar.getByText(/Saved to the sheet/).waitFor();
    await page.click('.tab:text-is("KAM Criteria")');
    await page.locator('td[data-cell]:text-is("45")').first().waitFor();
  });

  it("generates the overview with the key account in its quadrant block, and the ranked table", async () => {
    await openMenuItem(page, "Generate KAISM matrix");
    await page.locator('.tab[aria-selected="true"]:text-is("KAISM Matrix")').waitFor();
    // The block's strategy line is in the block's column (the chart data repeats the quadrant names).
    const block = await columnOf(page, /^Invest: partnership, joint planning$/);
    const blockCells = await page
      .locator(`td[data-cell^="${block.column}"]`)
      .evaluateAll((cells) => cells.map((c) => c.textContent ?? ""));
    expect(blockCells.some((text) => text.endsWith(`. ${TOP_CUSTOMER}`))).toBe(true);
    await page.click('.tab:text-is("KAM Scores")');
    await page.locator('.tab[aria-selected="true"]:text-is("KAM Scores")').waitFor();
    const row = await columnOf(page, new RegExp(`^${TOP_CUSTOMER}$`));
    const quadrantHeader = await columnOf(page, /^Quadrant$/);
    const quadrant = await page.locator(`td[data-cell="${quadrantHeader.column}${row.row}"]`).textContent();
    expect(quadrant).toBe("Key account");
  });

  it("shows a mono-customer's revenue share in red", async () => {
    const row = await columnOf(page, new RegExp(`^${TOP_CUSTOMER}$`));
    const shareHeader = await columnOf(page, /^Revenue share$/);
    const share = page.locator(`td[data-cell="${shareHeader.column}${row.row}"]`);
    expect(Number((await share.textContent())?.replace("%", ""))).toBeGreaterThan(50);
    const [r, g, b] = rgb(await share.evaluate((td) => getComputedStyle(td).backgroundColor));
    expect(r).toBeGreaterThan(200);
    expect(r - g).toBeGreaterThan(40);
    expect(r - b).toBeGreaterThan(40);
    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, "playground.png") });
  });

  it("downloads the spreadsheet as .xlsx with the matrix values and conditional formats", async () => {
    const response = await page.request.get(new URL("/download.xlsx", server.url).href);
    expect(response.ok()).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet("KAISM Matrix")).toBeDefined();
    const matrix = workbook.getWorksheet("KAM Scores");
    expect(matrix).toBeDefined();
    const names: string[] = [];
    matrix!.eachRow((row) => names.push(String(row.getCell(2).value ?? "")));
    expect(names).toContain(TOP_CUSTOMER);
    const rules = (matrix as unknown as { conditionalFormattings: { rules: { type: string }[] }[] })
      .conditionalFormattings;
    const types = rules.flatMap((cf) => cf.rules.map((r) => r.type));
    expect(types).toContain("colorScale");
    expect(types).toContain("cellIs");
    expect(workbook.getWorksheet("Sample accounts")).toBeDefined();
  });

  it("resets to the sample data", async () => {
    await page.click("#reset");
    await page.locator('.tab[aria-selected="true"]:text-is("Sample accounts")').waitFor();
    expect(await page.locator(".tab").allTextContents()).not.toContain("KAISM Matrix");
    console.log(`playground ready in ${server.readyMs} ms (spawn to URL printed)`);
  });
});
