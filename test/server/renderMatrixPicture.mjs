// Renders the KAISM Matrix sheet the emulator holds after Insert sample data + Generate KAISM matrix to
// docs/kaism-matrix.png: cells as a person sees them (number formats, conditional colours, bold), column
// widths, frozen header, and the bubble chart drawn from its own data range and options.
//   npm run build && node test/server/renderMatrixPicture.mjs
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SHEET = "KAISM Matrix";
const ROWS = 48;
const ROW_HEIGHT = 21;

async function loadEmulator() {
  const outfile = path.join(root, "test-output", "render-emulator.cjs");
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  await esbuild.build({
    stdin: {
      contents: `export { Emulator, AppsScriptRunner } from "./test/emulator/index.ts";`,
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "cjs",
    packages: "external",
    outfile,
    logLevel: "silent",
  });
  return createRequire(import.meta.url)(outfile);
}

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const letters = (col) => {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

function chartSvg(sheet, chart, width, height) {
  const [, a1] = chart.ranges[0].split("!");
  const [from, to] = a1.split(":");
  const col = (ref) =>
    ref
      .match(/[A-Z]+/)[0]
      .split("")
      .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = (ref) => Number(ref.match(/\d+/)[0]);
  const data = sheet.values.slice(row(from), row(to)).map((r) => r.slice(col(from) - 1, col(to)));
  const o = chart.options;
  const [x0, x1] = [o.hAxis.viewWindow.min, o.hAxis.viewWindow.max];
  const [y0, y1] = [o.vAxis.viewWindow.min, o.vAxis.viewWindow.max];
  const pad = { left: 60, right: 170, top: 50, bottom: 50 };
  const px = (x) => pad.left + ((x - x0) / (x1 - x0)) * (width - pad.left - pad.right);
  const py = (y) => height - pad.bottom - ((y - y0) / (y1 - y0)) * (height - pad.top - pad.bottom);
  const series = [...new Set(data.map((r) => r[3]))];
  const color = (s) => o.colors[series.indexOf(s)];
  const sizes = data.filter((r) => r[0] !== "").map((r) => r[4]);
  const maxSize = Math.max(...sizes);
  const radius = (v) =>
    o.sizeAxis.minSize + Math.sqrt(v / maxSize) * (o.sizeAxis.maxSize - o.sizeAxis.minSize);
  const parts = [];
  for (let v = Math.ceil(x0); v <= x1; v++) {
    parts.push(`<line x1="${px(v)}" y1="${py(y0)}" x2="${px(v)}" y2="${py(y1)}" stroke="#eee"/>`);
    parts.push(
      `<text x="${px(v)}" y="${py(y0) + 16}" font-size="11" text-anchor="middle" fill="#555">${v}</text>`,
    );
  }
  for (let v = Math.ceil(y0); v <= y1; v++) {
    parts.push(`<line x1="${px(x0)}" y1="${py(v)}" x2="${px(x1)}" y2="${py(v)}" stroke="#eee"/>`);
    parts.push(
      `<text x="${px(x0) - 8}" y="${py(v) + 4}" font-size="11" text-anchor="end" fill="#555">${v}</text>`,
    );
  }
  const accounts = data.filter((r) => r[0] !== "").sort((a, b) => b[4] - a[4]);
  for (const r of data.filter((r) => r[0] === "")) {
    parts.push(`<circle cx="${px(r[1])}" cy="${py(r[2])}" r="${o.sizeAxis.minSize}" fill="${color(r[3])}"/>`);
  }
  for (const r of accounts) {
    parts.push(
      `<circle cx="${px(r[1])}" cy="${py(r[2])}" r="${radius(r[4])}" fill="${color(r[3])}" fill-opacity="0.75" stroke="#fff"/>`,
    );
    if (radius(r[4]) > 8) {
      parts.push(
        `<text x="${px(r[1])}" y="${py(r[2]) - radius(r[4]) - 3}" font-size="9" text-anchor="middle">${escape(r[0])}</text>`,
      );
    }
  }
  series.forEach((s, i) => {
    const y = pad.top + 10 + i * 20;
    parts.push(`<circle cx="${width - pad.right + 20}" cy="${y}" r="6" fill="${color(s)}"/>`);
    parts.push(`<text x="${width - pad.right + 32}" y="${y + 4}" font-size="12">${escape(s)}</text>`);
  });
  parts.push(
    `<text x="${width / 2}" y="24" font-size="14" font-weight="bold" text-anchor="middle">${escape(o.title)}</text>`,
  );
  parts.push(
    `<text x="${(pad.left + width - pad.right) / 2}" y="${height - 12}" font-size="12" text-anchor="middle">${escape(o.hAxis.title)}</text>`,
  );
  parts.push(
    `<text transform="translate(18 ${(pad.top + height - pad.bottom) / 2}) rotate(-90)" font-size="12" text-anchor="middle">${escape(o.vAxis.title)}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" style="background:#fff;border:1px solid #ccc;font-family:Arial">${parts.join("")}</svg>`;
}

async function main() {
  const { Emulator, AppsScriptRunner } = await loadEmulator();
  const emulator = Emulator.fromFixture(
    { sheets: [{ name: "Sheet1" }] },
    { distDir: path.join(root, "dist") },
  );
  const runner = new AppsScriptRunner(emulator);
  runner.run("insertSampleData");
  runner.run("generateKaismMatrix");
  const sheet = emulator.dump().sheets.find((s) => s.name === SHEET);
  const chart = sheet.charts[0];
  const lastCol = chart.position.col + 7;
  const width = (c) => sheet.columnWidths[letters(c)] ?? 100;
  const left = (c) => 46 + Array.from({ length: c - 1 }, (_, i) => width(i + 1)).reduce((a, b) => a + b, 0);

  const cols = ['<colgroup><col style="width:46px">'];
  for (let c = 1; c <= lastCol; c++) cols.push(`<col style="width:${width(c)}px">`);
  cols.push("</colgroup>");
  const head = ['<tr><th class="corner"></th>'];
  for (let c = 1; c <= lastCol; c++) head.push(`<th>${letters(c)}</th>`);
  head.push("</tr>");
  const body = [];
  for (let r = 1; r <= ROWS; r++) {
    const cells = [`<th>${r}</th>`];
    for (let c = 1; c <= lastCol; c++) {
      const shown = emulator.displayed(SHEET, `${letters(c)}${r}`);
      const wrap = sheet.wraps[`${letters(c)}${r}`] === true;
      const numeric = typeof sheet.values[r - 1]?.[c - 1] === "number";
      // As in Sheets, text runs on into empty cells to its right.
      const next = sheet.values[r - 1]?.[c];
      const spills = !wrap && !numeric && (next === undefined || next === "");
      const style = [
        shown.background.toLowerCase() === "#ffffff" ? "" : `background:${shown.background}`,
        spills ? "overflow:visible" : "",
        `color:${shown.fontColor}`,
        shown.bold ? "font-weight:bold" : "",
        numeric ? "text-align:right" : "",
        wrap ? "white-space:normal" : "",
      ].join(";");
      cells.push(`<td style="${style}">${escape(shown.value)}</td>`);
    }
    body.push(`<tr class="${r === sheet.frozenRows ? "frozen" : ""}">${cells.join("")}</tr>`);
  }
  const chartLeft = left(chart.position.col);
  const chartTop = ROW_HEIGHT * chart.position.row + 2;
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>
    body{margin:0;font:12px Arial,sans-serif;background:#fff}
    table{border-collapse:collapse;table-layout:fixed}
    td,th{height:${ROW_HEIGHT - 1}px;border:1px solid #e2e2e2;padding:0 4px;white-space:nowrap;overflow:hidden;text-overflow:clip}
    th{background:#f8f9fa;color:#666;font-weight:normal;text-align:center}
    tr.frozen td,tr.frozen th{border-bottom:3px solid #bdc1c6}
    .chart{position:absolute;left:${chartLeft}px;top:${chartTop}px}
  </style></head><body><table style="width:${left(lastCol + 1)}px">${cols.join("")}${head.join("")}${body.join("")}</table>
  <div class="chart">${chartSvg(sheet, chart, chart.options.width, chart.options.height)}</div></body></html>`;

  const pageWidth = left(lastCol + 1);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  const page = await browser.newPage({ viewport: { width: pageWidth, height: ROW_HEIGHT * (ROWS + 1) + 4 } });
  await page.setContent(html);
  const out = path.join(root, "docs", "kaism-matrix.png");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
  await browser.close();
  console.log(`wrote ${path.relative(root, out)} (${pageWidth} px wide)`);
}

await main();
