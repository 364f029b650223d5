/**
 * The sidebar in a real browser: headless Chromium loads the built Sidebar.html as showSidebar serves it,
 * with google.script.run bridged to the built Code.js running in the emulator.
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { parseConfig } from "../../src/core/config";
import type { CellValue } from "../../src/core/cells";
import { evaluateAccounts } from "../../src/core/model";
import { SAMPLE_SHEET_NAME } from "../../src/core/sampleData";
import { formatFlip } from "../../src/core/sensitivity";
import { AppsScriptRunner, Emulator } from "../emulator";
import { launchChromium } from "../support/chromium";

const ROOT = path.resolve(__dirname, "../..");
const OUTPUT = path.join(ROOT, "test-output");
const XSS = "<img src=x onerror=alert(1)>";

const HEADERS = [
  "Customer",
  "Revenue",
  "Revenue potential",
  "Order stability",
  "Cost to serve",
  "Need",
  "Reputation",
  "Share of wallet",
  "Satisfaction",
  "Relationship stage",
  "Fit",
];

/** Deterministic accounts; the first one is named like an HTML injection and scores high. */
function accounts(count: number, seed = 7): (string | number)[][] {
  let state = seed;
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const point = () => 1 + Math.floor(next() * 10);
  const rows: (string | number)[][] = [HEADERS];
  for (let i = 0; i < count; i++) {
    const name = i === 0 ? XSS : `Account ${String(i + 1).padStart(4, "0")}`;
    const revenue = i === 0 ? 900000 : Math.round(20000 + next() * 400000);
    rows.push([
      name,
      revenue,
      Math.round(revenue * (0.5 + next() * 2)),
      i === 0 ? 10 : point(),
      Math.round(1000 + next() * 20000),
      i === 0 ? 10 : point(),
      point(),
      Math.round(next() * 100) / 100,
      i === 0 ? 10 : point(),
      1 + Math.floor(next() * 5),
      point(),
    ]);
  }
  return rows;
}

let browser: Browser;

beforeAll(async () => {
  // The test drives what is shipped: dist/Code.js and dist/Sidebar.html as npm test builds them.
  browser = await launchChromium();
  fs.mkdirSync(OUTPUT, { recursive: true });
}, 120000);

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  runner: AppsScriptRunner;
  emulator: Emulator;
  dialogs: string[];
  foreignRequests: string[];
  pageErrors: string[];
  close: () => Promise<void>;
  /** Every google.script.run call the page made, with its arguments. */
  calls: { name: string; args: unknown[] }[];
  /** Lets the held server calls answer. */
  release: () => void;
}

/** Serves the sidebar as showSidebar makes it, on 127.0.0.1, with google.script.run bridged to the emulator. */
async function openSidebar(
  emulator: Emulator,
  options: { without?: string[]; hold?: string[] } = {},
): Promise<Opened> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const runner = new AppsScriptRunner(emulator);
  runner.run("showSidebar");
  const html = emulator.ui.sidebars[emulator.ui.sidebars.length - 1]!.html;
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const context = await browser.newContext({ viewport: { width: 300, height: 900 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const opened: Opened = {
    page,
    runner,
    emulator,
    dialogs: [],
    foreignRequests: [],
    pageErrors: [],
    close: async () => {
      release();
      await context.close();
      await new Promise((resolve) => server.close(resolve));
    },
    release: () => release(),
    calls: [],
  };
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    opened.foreignRequests.push(url);
    return route.abort();
  });
  page.on("dialog", (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => opened.pageErrors.push(error.message));

  await page.exposeFunction("__kamScriptRun", async (name: string, argsJson: string) => {
    // A held call answers only when the test releases it, as a slow google.script.run would.
    opened.calls.push({ name, args: JSON.parse(argsJson) as unknown[] });
    if ((options.hold ?? []).includes(name)) await held;
    try {
      const result = runner.scriptRun(name, ...(JSON.parse(argsJson) as unknown[]));
      return { ok: JSON.stringify(result ?? null) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  });
  const names = runner.functionNames().filter((n) => !(options.without ?? []).includes(n));
  await page.addInitScript((serverNames: string[]) => {
    type Outcome = { ok: string } | { error: string };
    const bridge = (window as unknown as { __kamScriptRun: (n: string, a: string) => Promise<Outcome> })
      .__kamScriptRun;
    type Handler = ((value: unknown) => void) | null;
    const make = (success: Handler, failure: Handler): Record<string, unknown> => {
      const run: Record<string, unknown> = {
        withSuccessHandler: (handler: Handler) => make(handler, failure),
        withFailureHandler: (handler: Handler) => make(success, handler),
      };
      for (const name of serverNames) {
        run[name] = (...args: unknown[]) => {
          void bridge(name, JSON.stringify(args)).then((outcome) => {
            if ("error" in outcome) failure?.(new Error(outcome.error));
            else success?.(JSON.parse(outcome.ok));
          });
        };
      }
      return run;
    };
    (window as unknown as { google: unknown }).google = { script: { run: make(null, null) } };
  }, names);
  await page.goto(`${origin}/`);
  await page.waitForSelector("#app[data-ready]");
  return opened;
}

/** An emulated spreadsheet whose sheet `name` holds `count` accounts (see `accounts`). */
function accountsSheet(count: number, name = "Accounts", userLocale?: string): Emulator {
  return Emulator.fromFixture(
    { sheets: [{ name, rows: accounts(count) }] },
    userLocale ? { locale: userLocale } : undefined,
  );
}

/** Saves a model (version 1, the accounts in "Customer" on the sheet "Accounts" unless `model` says else). */
function saveModel(emulator: Emulator, model: Record<string, unknown>): void {
  new AppsScriptRunner(emulator).run("saveConfig", {
    version: 1,
    dataSheet: "Accounts",
    accountColumn: "Customer",
    ...model,
  });
}

/** Two criteria, the Need column for attractiveness and Satisfaction for strength, under the names given. */
function needAndSatisfaction(need = "Need", satisfaction = "Satisfaction") {
  return [
    { name: need, column: "Need", axis: "attractiveness", weight: 2 },
    { name: satisfaction, column: "Satisfaction", axis: "strength", weight: 1 },
  ];
}

/** A German user's spreadsheet: 12 accounts on the sheet "Kunden", with a saved model named in German. */
function germanManager(): Emulator {
  const emulator = accountsSheet(12, "Kunden", "de");
  saveModel(emulator, { dataSheet: "Kunden", criteria: needAndSatisfaction("Bedarf", "Zufriedenheit") });
  return emulator;
}

/** A spreadsheet after Insert sample data: the sample accounts and their model. */
function withSampleData(): Emulator {
  const emulator = Emulator.fromFixture({ sheets: [{ name: "Sheet1" }] });
  new AppsScriptRunner(emulator).run("insertSampleData");
  return emulator;
}

/** Opens the sidebar on `emulator`, runs `test` against it and closes it, whether the test passed or failed. */
async function withSidebar(
  emulator: Emulator,
  test: (s: Opened) => Promise<void>,
  options?: Parameters<typeof openSidebar>[1],
): Promise<void> {
  const s = await openSidebar(emulator, options);
  try {
    await test(s);
  } finally {
    await s.close();
  }
}

function card(page: Page, name: string) {
  return page.locator("fieldset.criterion", { has: page.locator("legend", { hasText: name }) });
}

async function addPreset(page: Page, axis: "attractiveness" | "strength", preset: string): Promise<void> {
  await page.selectOption(`#add-${axis}`, preset);
  await page.click(`button[data-action=add][data-axis=${axis}]`);
}

async function topTen(page: Page): Promise<string[]> {
  return page.locator("#top10 tbody tr").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText));
}

async function statusText(page: Page, kind: "success" | "error"): Promise<string> {
  await page.waitForSelector(`#status.${kind}`, { timeout: 15000 });
  return page.locator("#status").innerText();
}

describe("sidebar in Chromium", () => {
  it("lets a manager pick columns, add criteria, tweak a weight, see the preview change and save", async () => {
    const emulator = accountsSheet(40);
    await withSidebar(emulator, async (s) => {
      const { page } = s;
      await page.selectOption("#f-accountColumn", "Customer");
      await page.selectOption("#f-revenueColumn", "");
      await page.selectOption("#f-revenueColumn", "Revenue");
      expect(await page.locator("#preview").innerText()).toContain(
        "Give at least one criterion on each axis a weight above 0 to place the accounts.",
      );

      await addPreset(page, "attractiveness", "currentRevenue");
      await addPreset(page, "attractiveness", "need");
      await addPreset(page, "strength", "satisfaction");
      // A criterion of one's own: a blank one, named and given a column.
      await page.click("button[data-action=add][data-axis=strength]");
      const fresh = page.locator(`#${await card(page, "New criterion").getAttribute("id")}`);
      await fresh.locator("input[data-field=name]").fill("Product fit");
      expect(await fresh.locator("button[data-action=remove]").getAttribute("aria-label")).toBe(
        "Remove Product fit",
      );
      await fresh.locator("select[data-field=column]").selectOption("Fit");
      await expect(
        card(page, "Current revenue").locator("select[data-field=column]").inputValue(),
      ).resolves.toBe("Revenue");

      await page.waitForSelector("#top10");
      const before = await topTen(page);
      expect(before).toHaveLength(10);
      // Spreadsheet text is shown as text: no element made from it, no script run.
      expect(await page.locator("td.account").first().textContent()).toBe(XSS);
      expect(await page.locator("img").count()).toBe(0);

      const need = card(page, "Need for the product");
      expect(await need.locator("output").innerText()).toBe("33% of the axis");
      await need.locator("input[data-field=weight]").fill("90");
      expect(await need.locator("output").innerText()).toBe("75% of the axis");
      await page.waitForFunction((old) => {
        const rows = Array.from(
          document.querySelectorAll("#top10 tbody tr"),
          (r) => (r as HTMLElement).innerText,
        );
        return rows.join("|") !== old;
      }, before.join("|"));
      expect(await topTen(page)).not.toEqual(before);

      // The slider moves the weight from the keyboard (steps of 1 on a 0-100 slider, as weights reach 90).
      const slider = card(page, "Product fit").locator("input[type=range]");
      await slider.focus();
      await page.keyboard.press("ArrowRight");
      expect(await card(page, "Product fit").locator("input[data-field=weight]").inputValue()).toBe("2");
      expect(await slider.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");

      // A bad value is refused beside its field, with the shared schema's message.
      const fit = card(page, "Product fit").locator("input[data-field=weight]");
      await fit.fill("-5");
      await page.click("#save");
      expect(await statusText(page, "error")).toBe("Please fix the marked fields.");
      expect(await fit.getAttribute("aria-invalid")).toBe("true");
      expect(await card(page, "Product fit").locator(".field-error").innerText()).toBe(
        "Weight must be 0 or more.",
      );
      expect(emulator.spreadsheet.getSheetByName("KAM Criteria")).toBeNull();
      await fit.fill("2");

      await page.click("#save");
      expect(await statusText(page, "success")).toContain("Saved");
      const saved = s.runner.run("getConfig") as {
        criteria: { name: string; column: string; weight: number }[];
      };
      expect(saved).toMatchObject({
        dataSheet: "Accounts",
        accountColumn: "Customer",
        revenueColumn: "Revenue",
      });
      expect(saved.criteria.map((c) => [c.name, c.column, c.weight])).toEqual([
        ["Current revenue", "Revenue", 30],
        ["Need for the product", "Need", 90],
        ["Customer satisfaction", "Satisfaction", 30],
        ["Product fit", "Fit", 2],
      ]);
      expect(emulator.displayed("KAM Criteria", "D17").value).toBe("90");

      // Against the saved model, a new weight shows who moves.
      await need.locator("input[data-field=weight]").fill("5");
      await page.waitForSelector("#top10 td.move.up, #top10 td.move.down");
      await page.locator("#save").focus();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(OUTPUT, "sidebar.png") });
      await page.locator("#preview").scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(OUTPUT, "sidebar-preview.png") });

      await page.click("#generate");
      expect(await statusText(page, "success")).toMatch(
        /^Matrix written to the sheet “KAISM Matrix”: 40 accounts\.$/,
      );
      expect(emulator.spreadsheet.getSheetByName("KAISM Matrix")).not.toBeNull();
      expect(s.runner.run("getConfig")).toMatchObject({ criteria: [{}, { weight: 5 }, {}, {}] });

      expect(s.dialogs).toEqual([]);
      expect(s.pageErrors).toEqual([]);
      expect(s.foreignRequests).toEqual([]);
    });
  });

  it("says clearly when the server cannot generate the matrix yet", async () => {
    const emulator = accountsSheet(5);
    await withSidebar(
      emulator,
      async (s) => {
        await s.page.click("#generate");
        expect(await statusText(s.page, "error")).toBe("Generating the matrix is not available yet.");
      },
      { without: ["generateKaismMatrix"] },
    );
  });

  it("speaks German for a German user and shows a saved model's criteria", async () => {
    const emulator = germanManager();
    await withSidebar(emulator, async (s) => {
      expect(await s.page.locator("html").getAttribute("lang")).toBe("de");
      expect(await s.page.locator("#h-data").innerText()).toBe("Daten");
      expect(await s.page.locator("#save").innerText()).toBe("Speichern");
      expect(await s.page.locator(".count-label").allInnerTexts()).toEqual([
        "Schlüsselkunde",
        "Entwicklungskunde",
        "Pflegekunde",
        "Gelegenheitskunde",
      ]);
      const share = await card(s.page, "Bedarf").locator("output").innerText();
      expect(share.replace(/\s/g, " ")).toBe("100 % der Achse");
      // The shared schema's messages speak the sidebar's language, and follow a change of it.
      await card(s.page, "Bedarf").locator("input[data-field=weight]").fill("-5");
      await s.page.click("#save");
      const error = card(s.page, "Bedarf").locator(".field-error");
      expect(await error.innerText()).toBe("Gewicht muss 0 oder mehr sein.");
      await s.page.click("details.more > summary");
      await s.page.selectOption("#f-language", "en");
      expect(await s.page.locator("#save").innerText()).toBe("Save");
      expect(await error.innerText()).toBe("Weight must be 0 or more.");
    });
  });

  it("prints the preview recompute time for 2,000 accounts x 10 criteria (no timing assertion)", async () => {
    const emulator = accountsSheet(2000);
    saveModel(emulator, {
      revenueColumn: "Revenue",
      criteria: [
        { name: "Revenue", column: "Revenue", axis: "attractiveness", weight: 30, input: "linear" },
        {
          name: "Potential",
          column: "Revenue potential",
          axis: "attractiveness",
          weight: 20,
          input: "linear",
        },
        { name: "Stability", column: "Order stability", axis: "attractiveness", weight: 15 },
        {
          name: "Cost",
          column: "Cost to serve",
          axis: "attractiveness",
          weight: 10,
          direction: "lower",
          input: "rank",
        },
        { name: "Need", column: "Need", axis: "attractiveness", weight: 15 },
        { name: "Reputation", column: "Reputation", axis: "attractiveness", weight: 10 },
        { name: "Wallet", column: "Share of wallet", axis: "strength", weight: 30, input: "linear" },
        { name: "Satisfaction", column: "Satisfaction", axis: "strength", weight: 30 },
        {
          name: "Stage",
          column: "Relationship stage",
          axis: "strength",
          weight: 20,
          input: "linear",
          low: 1,
          high: 5,
        },
        { name: "Fit", column: "Fit", axis: "strength", weight: 20 },
      ],
    });
    await withSidebar(emulator, async (s) => {
      expect(await s.page.locator("#preview-size").innerText()).toBe("2,000 accounts");
      // The edge line and the explanation are part of what is drawn on each change.
      await s.page.locator("#top10 tbody tr").first().locator("button").click();
      await s.page.locator("#explain").waitFor();
      const measure = (selector: string, values: number[]) =>
        s.page.evaluate(
          async ({ selector, values }) => {
            const control = document.querySelector<HTMLInputElement>(selector)!;
            const preview = document.getElementById("preview")!;
            const frame = () =>
              new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            const out: number[] = [];
            for (const value of values) {
              control.value = String(value);
              control.dispatchEvent(new Event("input", { bubbles: true }));
              await frame();
              out.push(Number(preview.dataset.recomputeMs));
            }
            return out;
          },
          { selector, values },
        );
      const report = (what: string, times: number[]) => {
        const warm = times.slice(10).sort((a, b) => a - b);
        const median = warm[Math.floor(warm.length / 2)]!;
        const p90 = warm[Math.floor(warm.length * 0.9)]!;
        return (
          `${what}: first ${times[0]!.toFixed(2)} ms, median ${median.toFixed(2)} ms, p90 ${p90.toFixed(2)} ms, ` +
          `max ${warm[warm.length - 1]!.toFixed(2)} ms over ${warm.length} changes after 10 warm-up changes`
        );
      };
      const weights = await measure(
        "input[data-field=weight]",
        Array.from({ length: 60 }, (_, i) => 10 + (i % 40)),
      );
      const split = await measure(
        "#f-axisWeights",
        Array.from({ length: 60 }, (_, i) => 5 * (1 + (i % 19))),
      );
      expect(await s.page.locator("#explain").count()).toBe(1);
      console.log(
        `Preview recompute, 2,000 accounts x 10 criteria, with sensitivity, accounts on the edge and ` +
          `contributions (rescoreEvaluation + redraw, performance.now in Chromium):\n` +
          `${report("a weight changes", weights)}\n${report("the axis split changes", split)}`,
      );
    });
  });

  it("draws the form while getPreviewData has not answered, says the preview is loading, then fills it", async () => {
    const emulator = accountsSheet(40);
    saveModel(emulator, { criteria: needAndSatisfaction() });
    await withSidebar(
      emulator,
      async (s) => {
        // The form is there and usable before the data comes.
        expect(await s.page.locator("#f-dataSheet").isVisible()).toBe(true);
        expect(await card(s.page, "Need").locator("input[data-field=weight]").inputValue()).toBe("2");
        expect(await s.page.locator("#preview-loading").innerText()).toBe("Loading the preview…");
        expect(await s.page.locator("#top10").count()).toBe(0);
        s.release();
        await s.page.waitForSelector("#top10");
        expect(await s.page.locator("#preview-loading").count()).toBe(0);
        expect(await s.page.locator("#preview-size").innerText()).toBe("40 accounts");
        expect(s.pageErrors).toEqual([]);
      },
      { hold: ["getPreviewData"] },
    );
  });

  it("says what failed when the preview's data cannot be read", async () => {
    const emulator = accountsSheet(5);
    // The first read lists the sheets; the second, getPreviewData's, fails as Sheets can.
    emulator.failOn("Range.getValues", { nth: 2 });
    await withSidebar(emulator, async (s) => {
      const error = s.page.locator("#preview-error");
      await error.waitFor();
      expect(await error.innerText()).toMatch(
        /^The preview could not read the sheet “Accounts”: Service Spreadsheets failed/,
      );
      expect(await s.page.locator("#f-accountColumn").isVisible()).toBe(true);
    });
  });

  it("edits the KAM score's split between the axes and the plan's quadrants, and saves both", async () => {
    const emulator = germanManager();
    await withSidebar(emulator, async (s) => {
      const { page } = s;
      const text = page.locator("#axis-share-text");
      expect((await text.innerText()).replace(/\s/g, " ")).toBe(
        "KAM-Score: Attraktivität 50 % / relative Stärke 50 %",
      );
      await page.locator("#f-axisWeights").fill("70");
      expect((await text.innerText()).replace(/\s/g, " ")).toBe(
        "KAM-Score: Attraktivität 70 % / relative Stärke 30 %",
      );
      await page.click("details.more > summary");
      expect(await page.locator("#f-plan legend").innerText()).toBe("Key-Account-Plan: Kunden aus");
      expect(await page.locator("#f-plan-keyAccount").isChecked()).toBe(true);
      expect(await page.locator("#f-plan-maintenance").isChecked()).toBe(false);
      await page.locator("#f-plan-maintenance").check();
      await page.locator("#f-plan-keyDevelopment").uncheck();
      await page.click("#save");
      expect(await statusText(page, "success")).toContain("gespeichert");
      const expected = {
        axisWeights: { attractiveness: 70, strength: 30 },
        plan: { quadrants: ["keyAccount", "maintenance"] },
      };
      const sent = s.calls.filter((c) => c.name === "saveConfigFromSidebar").pop();
      expect(sent?.args[0]).toMatchObject(expected);
      // And back from the KAM Criteria sheet, as the sidebar will show them next time.
      expect(s.runner.run("getConfig")).toMatchObject(expected);
      expect(s.pageErrors).toEqual([]);
    });
  });

  it("previews the first 5,000 of 20,000 accounts and says that generation covers all", async () => {
    const emulator = accountsSheet(20000);
    saveModel(emulator, { criteria: needAndSatisfaction() });
    await withSidebar(emulator, async (s) => {
      await s.page.waitForSelector("#top10");
      expect(await s.page.locator("#preview-size").innerText()).toBe("5,000 accounts");
      expect(await s.page.locator("#preview-capped").innerText()).toBe(
        "The preview covers the first 5,000 of 20,000 rows; generating the matrix covers all of them.",
      );
    });
  }, 60000);

  it("shows the sample's account closest to a cut as on the edge, with what would flip it and the margin", async () => {
    const emulator = withSampleData();
    // What the core says on the server's side, for the same sheet and model.
    const config = parseConfig(new AppsScriptRunner(emulator).run("getConfig"));
    const [headers, ...rows] = emulator.dump().sheets.find((x) => x.name === SAMPLE_SHEET_NAME)!
      .values as CellValue[][];
    const evaluation = evaluateAccounts(config, { headerRow: 1, headers: headers!.map(String), rows });
    const closest = evaluation.accounts
      .filter((a) => a.flip)
      .sort((x, y) => Math.abs(x.flip!.change) - Math.abs(y.flip!.change))[0]!;
    const onEdge = evaluation.accounts.filter((a) => a.flip && Math.abs(a.flip.change) < 0.1).length;
    await withSidebar(emulator, async (s) => {
      const page = s.page;
      const toggle = page.locator("#edge-toggle");
      await toggle.waitFor();
      expect(await toggle.innerText()).toContain(
        onEdge === 1 ? "1 account is on the edge" : `${onEdge} accounts are on the edge`,
      );
      expect(await toggle.getAttribute("aria-expanded")).toBe("false");
      expect(await page.locator("#edge-list").isHidden()).toBe(true);
      // A button: the keyboard opens it.
      await toggle.focus();
      await page.keyboard.press("Enter");
      expect(await page.locator("#edge-toggle").getAttribute("aria-expanded")).toBe("true");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("edge-toggle");
      const first = page.locator("#edge-list li").first();
      expect(await first.innerText()).toBe(
        `${closest.account} ${formatFlip(closest.flip!, config, "en")} moves it into another quadrant; ` +
          `${closest.marginToCut!.toLocaleString("en-US", { maximumFractionDigits: 3 })} points from the nearest cut.`,
      );
      expect(await page.locator("#edge-list li").count()).toBe(Math.min(onEdge, 20));

      // Clicking an account of the top 10 shows what each criterion contributes, largest first, adding up.
      const top = evaluation.accounts[0]!;
      await page.locator("#top10 tbody tr").first().locator("button").click();
      expect(await page.locator("#explain h3").innerText()).toBe(`What makes up the score of ${top.account}`);
      const parts = await page
        .locator("#explain tbody td")
        .evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).innerText)));
      expect(parts).toHaveLength(top.contributions.filter((c) => c !== null).length);
      expect([...parts].sort((a, b) => b - a)).toEqual(parts);
      expect(Number(await page.locator("#explain tfoot td").innerText())).toBeCloseTo(top.score!, 2);
      expect(parts.reduce((sum, x) => sum + x, 0)).toBeCloseTo(top.score!, 1);
      // The edge list stays open while the explanation changes; a second click hides the explanation.
      expect(await page.locator("#edge-list").isVisible()).toBe(true);
      await page.locator("#top10 tbody tr").first().locator("button").click();
      expect(await page.locator("#explain").count()).toBe(0);
    });
  }, 60000);

  it("gives the same ranking for attractiveness weights typed as 0.3/0.2/0.1 as for 30/20/10", async () => {
    const emulator = withSampleData();
    await withSidebar(emulator, async (s) => {
      const page = s.page;
      await page.waitForSelector("#top10");
      const cards = page.locator("section[data-axis=attractiveness] input[data-field=weight]");
      const weights = await cards.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      expect(weights.length).toBeGreaterThan(2);
      const snapshot = async () =>
        JSON.stringify([
          await topTen(page),
          await page.locator("#counts-host").innerText(),
          await page.locator("#edge-toggle").innerText(),
        ]);
      const before = await snapshot();
      const waitForChange = (old: string) =>
        page.waitForFunction((o) => (document.getElementById("preview") as HTMLElement).innerText !== o, old);
      // A change that does move the ranking first, so the comparison below is not of a stale preview.
      const preview = await page.locator("#preview").innerText();
      await cards.nth(0).fill("300");
      await waitForChange(preview);
      expect(await snapshot()).not.toBe(before);
      for (let i = 0; i < weights.length; i++) {
        await cards.nth(i).fill(String(Number(weights[i]) / 100));
      }
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      expect(await cards.nth(0).inputValue()).toBe(String(Number(weights[0]) / 100));
      expect(await snapshot()).toBe(before);
    });
  }, 60000);

  it("warns beside a points criterion whose column does not fit the scale, naming the column, and still saves", async () => {
    const rows: (string | number)[][] = [["Customer", "Revenue", "Rating", "Fit"]];
    for (let i = 0; i < 12; i++) rows.push([`Account ${i + 1}`, 1000 * (i + 1), 5 + 8 * i, 1 + (i % 10)]);
    const emulator = Emulator.fromFixture({ sheets: [{ name: "Accounts", rows }] });
    saveModel(emulator, {
      revenueColumn: "Revenue",
      criteria: [
        { name: "Rating", column: "Rating", axis: "attractiveness", weight: 1 },
        { name: "Fit", column: "Fit", axis: "strength", weight: 1 },
      ],
    });
    await withSidebar(emulator, async (s) => {
      const page = s.page;
      const rating = card(page, "Rating").locator(".scale-warning");
      await rating.waitFor();
      expect(await rating.innerText()).toBe(
        'The column "Rating" holds points from 5 to 93, outside the points scale 1 to 10: the cells outside ' +
          "it are not used. Rescale the ratings or change the points scale. This is a warning only: you can " +
          "still save.",
      );
      expect(await card(page, "Fit").locator(".scale-warning").count()).toBe(0);
      expect(await page.locator("#preview-scale").innerText()).toContain('The column "Rating" holds points');
      // Raising the scale to 100 moves the warning to the column rated 1 to 10.
      await page.click("details.more summary");
      await page.fill("#f-scaleMax", "100");
      await page.locator("#f-scaleMax").dispatchEvent("change");
      await card(page, "Fit").locator(".scale-warning").waitFor();
      expect(await card(page, "Fit").locator(".scale-warning").innerText()).toContain(
        'The column "Fit" holds points from 1 to 10 only, while the points scale goes to 100',
      );
      expect(await card(page, "Rating").locator(".scale-warning").count()).toBe(0);
      await page.click("#save");
      expect(await statusText(page, "success")).toContain("Saved");
    });
  }, 60000);
});
