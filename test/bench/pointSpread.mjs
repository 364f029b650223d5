// How well each points input separates the sample's long-tailed revenue and potential (README "Sample
// data"): node test/bench/pointSpread.mjs. Prints, per column and input, how many accounts get 2 points or
// less, the min/median/max points and how many of the ten whole points are used. No build needed: the core
// is bundled on the fly with esbuild into test-output/.
import { bundle, median } from "./benchSetup.mjs";

const { sampleAccounts, pointsForNumbers, presetByKey } = await bundle(
  "point-spread",
  `export { sampleAccounts } from "./src/core/sampleData.ts";
   export { pointsForNumbers } from "./src/core/points.ts";
   export { presetByKey } from "./src/core/presets.ts";`,
);

const sample = sampleAccounts("en");
for (const key of ["currentRevenue", "potentialRevenue"]) {
  const preset = presetByKey(key);
  const column = sample.headers.indexOf(preset.names.en);
  const values = sample.rows.map((r) => r[column]).filter((v) => typeof v === "number");
  console.log(
    `${preset.names.en} (${values.length} accounts with a value; the preset uses "${preset.input}")`,
  );
  for (const method of ["linear", "log", "rank"]) {
    const points = pointsForNumbers(values, { direction: "higher", scaleMax: 10, method }).sort(
      (a, b) => a - b,
    );
    const low = points.filter((p) => p <= 2).length;
    const levels = new Set(points.map((p) => Math.round(p))).size;
    const f = (x) => x.toFixed(2);
    console.log(
      `  ${method.padEnd(6)} <= 2 points: ${String(low).padStart(2)}   min ${f(points[0])}  median ${f(median(points))}  max ${f(points[points.length - 1])}   whole points used: ${levels} of 10`,
    );
  }
}
