/**
 * End to end: `node playground/server.mjs` (what npm start runs after the build) in a child process,
 * driven in headless Chromium as a person would use it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, FrameLocator, Page } from "playwright-core";
import type { PlaygroundView, SheetView } from "../../playground/view";
import { launchChromium } from "../support/chromium";
import { FIRST_SCREEN, screenshot1280x720 } from "../support/screenshot";

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

/** Waits for the add-on's message (an alert with only OK), checks its text and clicks OK. */
async function dismissMessage(page: Page, text: RegExp): Promise<void> {
  const dialog = page.locator("dialog#dialog[open]");
  await dialog.getByText(text).waitFor();
  await dialog.locator('button:text-is("OK")').click();
  await page.locator("dialog#dialog[open]").waitFor({ state: "detached" });
}

/**
 * Gives the same answer to each question the add-on asks in turn (one per sheet it would replace), each
 * time running the item again with the answers so far, until a plain message comes; returns the questions.
 */
async function answerEach(page: Page, button: "Yes" | "No"): Promise<string[]> {
  const questions: string[] = [];
  const dialog = page.locator("dialog#dialog[open]");
  for (;;) {
    await dialog.locator("button").first().waitFor();
    const labels = await dialog.locator("button").allTextContents();
    if (!labels.includes(button)) return questions;
    questions.push(await dialog.locator("#dialog-body").innerText());
    await dialog.locator(`button:text-is("${button}")`).click();
    await page.waitForFunction(() => !document.body.classList.contains("busy"));
  }
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
      "Export model as SQL",
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

  it("warns before a person edits a generated (warning-only protected) sheet, as Sheets does", async () => {
    await page.click('.tab:text-is("KAISM Matrix")');
    // The grid is redrawn after the tab switch: read the cell only once the overview is the tab shown.
    await page.locator('.tab[aria-selected="true"]:text-is("KAISM Matrix")').waitFor();
    const cell = page.locator('td[data-cell="A1"]');
    const before = await cell.textContent();
    await cell.click();
    await page.fill("#formula-input", "typed over");
    await page.press("#formula-input", "Enter");
    const dialog = page.locator("dialog#dialog");
    await dialog.getByText(/shouldn't be changed accidentally/).waitFor();
    expect(await dialog.locator("#dialog-title").textContent()).toBe("Heads up!");
    await dialog.locator('button:text-is("Cancel")').click();
    expect(await cell.textContent()).toBe(before);
    await cell.click();
    await page.fill("#formula-input", "typed over");
    await page.press("#formula-input", "Enter");
    await dialog.locator('button:text-is("OK")').click();
    await page.waitForFunction(
      () => document.querySelector('td[data-cell="A1"]')?.textContent === "typed over",
    );
  });

  it("asks the person before Insert sample data overwrites an edited sheet, and does what they answer", async () => {
    await page.click('.tab:text-is("Sample accounts")');
    await page.locator('.tab[aria-selected="true"]:text-is("Sample accounts")').waitFor();
    const revenue = await columnOf(page, /^Current revenue$/);
    const cell = page.locator(`td[data-cell="${revenue.column}2"]`);
    expect(await cell.textContent()).toBe("90,000,000");
    const dialog = page.locator("dialog#dialog");
    await openMenuItem(page, "Insert sample data");
    await dialog.locator('button:text-is("Yes")').waitFor();
    expect(await dialog.locator("button").allTextContents()).toEqual(["No", "Yes"]);
    const asked = await answerEach(page, "No");
    expect(asked[0]).toMatch(/"Sample accounts" already exists and differs/);
    await dismissMessage(page, /left as they are/);
    expect(await cell.textContent()).toBe("90,000,000");
    await openMenuItem(page, "Insert sample data");
    expect((await answerEach(page, "Yes")).length).toBe(asked.length);
    await page.waitForFunction(
      (address) => document.querySelector(`td[data-cell="${address}"]`)?.textContent !== "90,000,000",
      `${revenue.column}2`,
    );
    await dismissMessage(page, /Added "Sample accounts"/);
  });

  it("keeps what a person typed into the Key Account Plan when Generate refreshes it after a data change", async () => {
    await openMenuItem(page, "Key account plan");
    await page.locator('.tab[aria-selected="true"]:text-is("Key Account Plan")').waitFor();
    const owner = await columnOf(page, /^Owner$/);
    const account = (await page.locator('td[data-cell="A3"]').textContent()) ?? "";
    expect(account).not.toBe("");
    await page.locator(`td[data-cell="${owner.column}3"]`).click();
    await page.fill("#formula-input", "Typed in the playground");
    await page.press("#formula-input", "Enter");
    await page.waitForFunction(
      (address) =>
        document.querySelector(`td[data-cell="${address}"]`)?.textContent === "Typed in the playground",
      `${owner.column}3`,
    );

    // A data change for that account: its revenue halves, so its score and rank move.
    await page.click('.tab:text-is("Sample accounts")');
    await page.locator('.tab[aria-selected="true"]:text-is("Sample accounts")').waitFor();
    const dataRow = await columnOf(page, new RegExp(`^${escapeRegExp(account)}$`));
    const revenue = await columnOf(page, /^Current revenue$/);
    const revenueCell = page.locator(`td[data-cell="${revenue.column}${dataRow.row}"]`);
    const before = Number((await revenueCell.textContent())?.replace(/,/g, ""));
    await revenueCell.click();
    await page.fill("#formula-input", String(Math.round(before / 2)));
    await page.press("#formula-input", "Enter");

    await openMenuItem(page, "Generate KAISM matrix");
    await page.locator('.tab[aria-selected="true"]:text-is("KAISM Matrix")').waitFor();
    // The overview carries the plan's status under its title.
    await columnOf(
      page,
      /^Key account plan: \d+ of \d+ accounts overdue for contact, \d+ without needs analysis\.$/,
    );

    await page.click('.tab:text-is("Key Account Plan")');
    await page.locator('.tab[aria-selected="true"]:text-is("Key Account Plan")').waitFor();
    const planRow = await columnOf(page, new RegExp(`^${escapeRegExp(account)}$`));
    expect(await page.locator(`td[data-cell="${owner.column}${planRow.row}"]`).textContent()).toBe(
      "Typed in the playground",
    );
  });

  it("takes a 1280 x 720 picture of the grid for other tests and the docs", async () => {
    await page.click('.tab:text-is("KAISM Matrix")');
    await page.locator('.tab[aria-selected="true"]:text-is("KAISM Matrix")').waitFor();
    const file = await screenshot1280x720(page, "kaism-matrix-first-screen");
    const png = fs.readFileSync(file);
    // PNG header: width and height are big-endian at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([FIRST_SCREEN.width, FIRST_SCREEN.height]);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it("resets to the sample data", async () => {
    await page.click("#reset");
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll(".tab")).every((tab) => tab.textContent !== "KAISM Matrix"),
    );
    await page.locator('.tab[aria-selected="true"]:text-is("Sample accounts")').waitFor();
    expect(await page.locator(".tab").allTextContents()).not.toContain("KAISM Matrix");
    console.log(`playground ready in ${server.readyMs} ms (spawn to URL printed)`);
  });
});

/** A sheet of `rows` x `columns` cells named by address, for drawing tests that do not depend on the add-on. */
function drawnSheet(name: string, frozenRows: number, frozenColumns: number): SheetView {
  const rows = 80;
  const columns = 30;
  const cells = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => ({ text: `${String.fromCharCode(65 + (c % 26))}${r + 1}` })),
  );
  // Row 10: a long text in E with two empty neighbours, then content in H. Row 11: a long text whose
  // neighbour is not empty.
  for (const c of [4, 5, 6]) cells[9]![c] = { text: "" };
  cells[9]![4] = { text: "A long text that runs on over the empty cells to its right and further" };
  cells[10]![4] = { text: "Another long text that may not run on" };
  return {
    name,
    rows,
    columns,
    frozenRows,
    frozenColumns,
    columnWidths: Array.from({ length: columns }, () => 100),
    cells,
    charts: [],
    protectedWarning: false,
  };
}

describe("the playground draws the grid as Sheets does", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;
  const view = (active: string): PlaygroundView => ({
    title: "Drawing",
    sheets: [drawnSheet("Frozen", 3, 2), drawnSheet("Other", 0, 0)],
    activeSheet: active,
    menu: null,
    sidebar: null,
    messages: [],
  });

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The page's own code draws a view made here, so the test does not depend on the add-on's layout.
    await page.route("**/api/view", (route) => route.fulfill({ json: view("Frozen") }));
    await page.route("**/api/active", async (route) => {
      const body = JSON.parse(route.request().postData() ?? "{}") as { sheet: string };
      await route.fulfill({ json: view(body.sheet) });
    });
    await page.goto(server.url);
    await page.waitForSelector('td[data-cell="A1"]');
  });

  afterAll(async () => {
    await browser?.close();
    server?.child.kill("SIGINT");
  });

  const box = async (address: string) => {
    const b = await page.locator(`td[data-cell="${address}"]`).boundingBox();
    if (!b) throw new Error(`${address} is not drawn`);
    return b;
  };
  const scrollTo = (left: number, top: number) =>
    page.locator("#grid").evaluate((grid, [x, y]) => grid.scrollTo(x!, y!), [left, top]);

  it("keeps every frozen row in place, one under another, and frozen columns side by side while scrolling", async () => {
    const before = {
      a1: await box("A1"),
      c2: await box("C2"),
      c3: await box("C3"),
      b20: await box("B20"),
      a20: await box("A20"),
    };
    expect(before.c3.y).toBeGreaterThan(before.c2.y);
    await scrollTo(600, 400);
    const after = {
      a1: await box("A1"),
      c2: await box("C2"),
      c3: await box("C3"),
      b20: await box("B20"),
      a20: await box("A20"),
      c20: await box("C20"),
      c30: await box("C30"),
    };
    // Frozen rows 1-3 keep their places (each its own), the frozen corner A1 keeps both.
    expect([after.a1.x, after.a1.y]).toEqual([before.a1.x, before.a1.y]);
    expect(after.c2.y).toBe(before.c2.y);
    expect(after.c3.y).toBe(before.c3.y);
    // Frozen columns A and B keep their places side by side; the rows scroll under the frozen rows.
    expect(after.a20.x).toBe(before.a20.x);
    expect(after.b20.x).toBe(before.b20.x);
    expect(after.b20.x).toBeGreaterThan(after.a20.x);
    expect(after.b20.y).toBeLessThan(before.b20.y);
    // Unfrozen cells move, and are drawn under the frozen ones, not over them.
    expect(after.c2.x).toBeLessThan(before.c2.x);
    const onTop = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.getAttribute("data-cell"),
      [after.b20.x + 10, after.c3.y + after.c3.height / 2],
    );
    expect(onTop).toBe("B3");
    expect(after.c30.y).toBeGreaterThan(after.c3.y);
    await scrollTo(0, 0);
  });

  it("lets text run on only over empty neighbours and cuts it at the next content", async () => {
    const spill = page.locator('td[data-cell="E10"] .spill');
    const width = (await spill.boundingBox())!.width;
    const h10 = await box("H10");
    const e10 = await box("E10");
    expect(width).toBeGreaterThan(e10.width * 2);
    expect(e10.x + 4 + width).toBeLessThanOrEqual(h10.x);
    // The neighbour of E11 has content: the text stays in its cell, cut at the edge.
    expect(await page.locator('td[data-cell="E11"] .spill').count()).toBe(0);
    const cut = await page
      .locator('td[data-cell="E11"]')
      .evaluate((td) => [td.scrollWidth > td.clientWidth, getComputedStyle(td).textOverflow]);
    expect(cut).toEqual([true, "clip"]);
  });

  it("keeps each tab's scroll position", async () => {
    await scrollTo(500, 700);
    await page.click('.tab:text-is("Other")');
    await page.locator('.tab[aria-selected="true"]:text-is("Other")').waitFor();
    const scroll = () => page.locator("#grid").evaluate((g) => [g.scrollLeft, g.scrollTop]);
    expect(await scroll()).toEqual([0, 0]);
    await scrollTo(200, 300);
    await page.click('.tab:text-is("Frozen")');
    await page.locator('.tab[aria-selected="true"]:text-is("Frozen")').waitFor();
    expect(await scroll()).toEqual([500, 700]);
    await page.click('.tab:text-is("Other")');
    await page.locator('.tab[aria-selected="true"]:text-is("Other")').waitFor();
    expect(await scroll()).toEqual([200, 300]);
  });
});
