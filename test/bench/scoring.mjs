// The scoring bench of issue 15, imported by test/bench/bench.mjs (npm run bench) or run alone after a build:
//   npm run build && node test/bench/scoring.mjs
// 1. The sidebar preview's share of a weight change: rescoring 2,000 x 10 accounts with contributions, margin
//    to cut, weight change to flip and main drivers (src/core rescoreEvaluation), against the scores alone.
// 2. KAM_CONTRIBUTION for 100,000 x 10 through the built Code.js stub, as Apps Script runs it.
// The core is TypeScript, so it is bundled on the fly with esbuild into test-output/. Prints figures only.
import { performance } from "node:perf_hooks";
import { bundle, codeContext, median, random, runAlone } from "./benchSetup.mjs";

const CRITERIA = 10;

const loadCore = () =>
  bundle(
    "bench-scoring",
    `export { evaluateAccounts, rescoreEvaluation } from "./src/core/model.ts";
     export { parseConfig } from "./src/core/config.ts";
     export { weightedMean } from "./src/core/score.ts";`,
  );

function pointsGrid(accounts, next) {
  return Array.from({ length: accounts }, () =>
    Array.from({ length: CRITERIA }, () => 1 + Math.floor(next() * 10)),
  );
}

function benchPreview(core) {
  const next = random(2000);
  const headers = ["Account", ...Array.from({ length: CRITERIA }, (_, j) => `C${j}`)];
  const rows = pointsGrid(2000, next).map((r, i) => [`Account ${i}`, ...r]);
  const criteria = (weightOf) =>
    headers.slice(1).map((c, j) => ({
      name: c,
      column: c,
      axis: j < CRITERIA / 2 ? "attractiveness" : "strength",
      weight: weightOf(j),
    }));
  const config = (k) =>
    core.parseConfig({
      version: 1,
      dataSheet: "D",
      accountColumn: "Account",
      criteria: criteria((j) => 1 + ((j + k) % 7)),
    });
  const base = core.evaluateAccounts(config(0), { headerRow: 1, headers, rows });
  const configs = Array.from({ length: 60 }, (_, k) => config(k + 1));
  const full = [];
  const scoresOnly = [];
  configs.forEach((c, k) => {
    let started = performance.now();
    core.rescoreEvaluation(base, c);
    if (k >= 10) full.push(performance.now() - started);
    // The axis and KAM scores alone (what the preview did before issue 15), for comparison.
    const a = c.criteria.map((x) => (x.axis === "attractiveness" ? x.weight : 0));
    const s = c.criteria.map((x) => (x.axis === "strength" ? x.weight : 0));
    started = performance.now();
    for (const account of base.accounts) {
      const A = core.weightedMean(account.points, a);
      const S = core.weightedMean(account.points, s);
      core.weightedMean([A, S], [1, 1]);
    }
    if (k >= 10) scoresOnly.push(performance.now() - started);
  });
  return { full: median(full), scoresOnly: median(scoresOnly) };
}

function benchContribution() {
  const context = codeContext();
  const points = pointsGrid(100_000, random(100_000));
  const weights = [Array.from({ length: CRITERIA }, (_, j) => j + 1)];
  const times = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    context.KAM_CONTRIBUTION(points, weights);
    times.push(performance.now() - started);
  }
  return median(times);
}

export async function benchScoring() {
  const core = await loadCore();
  const preview = benchPreview(core);
  console.log(
    `\nPreview rescoring of 2,000 x ${CRITERIA} accounts per weight change (median of 50, warm):` +
      ` ${preview.full.toFixed(2)} ms with contributions, margin, flip and drivers;` +
      ` ${preview.scoresOnly.toFixed(2)} ms for the scores alone`,
  );
  console.log(
    `KAM_CONTRIBUTION, 100,000 x ${CRITERIA} through the Code.js stub: ${benchContribution().toFixed(1)} ms (median of 7; goal < 150 ms)`,
  );
}

if (runAlone(import.meta.url)) await benchScoring();
