import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { configToGrid, FIRST_CRITERION_ROW } from "../../src/adapters/configLayout";
import { parseConfig } from "../../src/core/config";
import { evaluateAccounts } from "../../src/core/model";
import { sampleAccounts, sampleConfig } from "../../src/core/sampleData";
import { parseCsv } from "../../scripts/csv";
import { configFromCriteriaCsv, configFromJson, main, parseArgs } from "../../scripts/scoreCommand";
import { differences } from "../core/sql/compare";
import { toCsv } from "../core/sql/duckdb";

const root = path.resolve(__dirname, "../..");

function workDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "kam-score-"));
}

/** The KAM Criteria sheet as Sheets downloads it as CSV: shown values, no apostrophes, formulas computed. */
function criteriaSheetCsv(language: "en" | "de"): string {
  const config = parseConfig({ ...sampleConfig(language), language });
  const grid = configToGrid(config, language).map((row) =>
    row.map((cell) =>
      typeof cell === "string" ? (cell.startsWith("=") ? "" : cell.replace(/^'/, "")) : cell,
    ),
  );
  return toCsv(grid[0]!.map(String), grid.slice(1));
}

function sampleFiles(dir: string) {
  const sample = sampleAccounts("en");
  const data = path.join(dir, "accounts.csv");
  fs.writeFileSync(data, toCsv(sample.headers, sample.rows));
  const json = path.join(dir, "kam.json");
  fs.writeFileSync(json, JSON.stringify(sampleConfig("en")));
  return { sample, data, json };
}

describe("npm run score", () => {
  it("scores the sample file with a JSON model and writes the matrix's numbers as CSV", async () => {
    const dir = workDir();
    const { sample, data, json } = sampleFiles(dir);
    const out = path.join(dir, "out", "scores.csv");
    const lines: string[] = [];
    expect(await main([data, "--config", json, "--out", out], (l) => lines.push(l))).toBe(0);
    expect(lines[0]).toBe(`Scored 40 accounts into ${out}`);
    expect(lines.join("\n")).toMatch(/concentration: \w+, HHI \d+/);
    const [header, ...rows] = parseCsv(fs.readFileSync(out, "utf8"));
    expect(header).toEqual([
      "account",
      "attractiveness",
      "relative_strength",
      "kam_score",
      "quadrant",
      "revenue",
      "revenue_share",
      "abc_class",
      "rank",
    ]);
    const number = (t: string | undefined) => (t === undefined || t === "" ? null : Number(t));
    const result = rows.map((r) => ({
      account: r[0],
      attractiveness: number(r[1]),
      relative_strength: number(r[2]),
      kam_score: number(r[3]),
      quadrant: r[4] === "" ? null : r[4],
      revenue: number(r[5]),
      revenue_share: number(r[6]),
      abc_class: r[7] === "" ? null : r[7],
      rank: number(r[8]),
    }));
    const config = parseConfig(sampleConfig("en"));
    const expected = evaluateAccounts(config, { headers: sample.headers, rows: sample.rows, headerRow: 1 });
    expect(differences(config, expected, result, "en")).toEqual([]);
  });

  it("reads the model from the KAM Criteria sheet downloaded as CSV, in either language", () => {
    for (const language of ["en", "de"] as const) {
      const config = configFromCriteriaCsv(criteriaSheetCsv(language), "KAM Criteria.csv");
      expect(config).toEqual(parseConfig({ ...sampleConfig(language), language }));
    }
  });

  it("names the field or the cell that is wrong", () => {
    const bad = { ...sampleConfig("en"), criteria: [{ ...sampleConfig("en").criteria[0]!, weight: -1 }] };
    expect(() => configFromJson(JSON.stringify(bad), "kam.json")).toThrow(
      /kam\.json is not a valid model:\n {2}criteria\[0\]\.weight: /,
    );
    expect(() => configFromJson("{", "kam.json")).toThrow(/kam\.json is not valid JSON/);
    const csv = criteriaSheetCsv("en").replace(
      /\n"Umsatz[^\n]*|\n"Current revenue","([^"]*)","attractiveness",\d+/,
      (m) => m.replace(/,(\d+)$/, ",heavy"),
    );
    expect(() => configFromCriteriaCsv(csv, "KAM Criteria.csv")).toThrow(
      new RegExp(`KAM Criteria!D${FIRST_CRITERION_ROW}: `),
    );
    expect(() => configFromCriteriaCsv("a,b\n1,2\n", "x.csv")).toThrow(
      /does not look like a KAM Criteria sheet/,
    );
  });

  it("explains a wrong command line, a missing model and a missing column, with exit code 1", async () => {
    expect(() => parseArgs([])).toThrow(/exactly one file/);
    expect(() => parseArgs(["a.csv", "--config"])).toThrow(/--config needs a file name/);
    expect(() => parseArgs(["a.csv", "--fast"])).toThrow(/Unknown option --fast/);
    expect(parseArgs(["a.csv"])).toEqual({ input: "a.csv", config: "kam.json", out: "scores.csv" });
    const dir = workDir();
    const { data, json } = sampleFiles(dir);
    const lines: string[] = [];
    expect(await main([data, "--config", path.join(dir, "none.json")], (l) => lines.push(l))).toBe(1);
    expect(lines.join("\n")).toMatch(/No model at/);
    fs.writeFileSync(json, JSON.stringify({ ...sampleConfig("en"), accountColumn: "Kunde" }));
    expect(await main([data, "--config", json, "--out", path.join(dir, "s.csv")], (l) => lines.push(l))).toBe(
      1,
    );
    expect(lines.at(-1)).toMatch(/has no column "Kunde"/);
  });

  it("runs as npm run score does, on a Parquet file too", () => {
    const dir = workDir();
    const { data, json } = sampleFiles(dir);
    const parquet = path.join(dir, "accounts.parquet");
    const convert = `COPY (SELECT * FROM read_csv('${data}', header = true)) TO '${parquet}' (FORMAT parquet)`;
    const made = spawnSync(
      process.execPath,
      [
        "-e",
        `require("@duckdb/node-api").DuckDBInstance.create().then(i=>i.connect()).then(c=>c.run(${JSON.stringify(convert)}))`,
      ],
      { cwd: root, encoding: "utf8" },
    );
    expect(made.stderr).toBe("");
    const out = path.join(dir, "scores.csv");
    const run = spawnSync(process.execPath, ["scripts/score.mjs", parquet, "--config", json, "--out", out], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.stdout).toMatch(/^Scored 40 accounts into /);
    expect(run.status).toBe(0);
    expect(parseCsv(fs.readFileSync(out, "utf8"))).toHaveLength(41);
  });
});
