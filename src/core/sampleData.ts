import { columnLetter } from "./a1";
import type { KamConfigInput } from "./config";
import type { Language } from "./language";
import { presetByKey, presetCriterion, REVENUE_PRESET, type Preset, type PresetKey } from "./presets";

/**
 * The sample: 40 invented B2B customers with a long-tail revenue (one customer near 35%), a column per
 * preset criterion, the matching criteria, and a Formulas sheet using the seven custom functions on them.
 * Generated from a seeded pseudo-random sequence, so it is the same every time and the bundle stays small.
 */
export const SAMPLE_SHEET_NAME = "Sample accounts";
export const FORMULAS_SHEET_NAME = "Formulas";

const NAMES = [
  "Nordwind Logistik GmbH",
  "Alpenblick Maschinenbau AG",
  "Kessler & Söhne KG",
  "Rheintal Präzisionsteile GmbH",
  "Havelland Verpackung GmbH",
  "Brightwater Foods Ltd",
  "Solenne Cosmétiques SA",
  "Vantaa Paper Oy",
  "Marisol Textiles S.L.",
  "Oakridge Medical Supplies Inc.",
  "Fjordline Marine AS",
  "Bergmann Elektrotechnik GmbH",
  "Donauwerk Chemie AG",
  "Lumen Optics B.V.",
  "Castellano Ricambi S.p.A.",
  "Hanse Kontor Handels GmbH",
  "Silberbach Brauerei GmbH",
  "Tatra Components s.r.o.",
  "Northgate Retail Group plc",
  "Weserland Agrar eG",
  "Kranich Software GmbH",
  "Sakura Precision K.K.",
  "Vistula Steel Sp. z o.o.",
  "Eichenhof Möbelwerk GmbH & Co. KG",
  "Blue Harbour Hotels Ltd",
  "Moselglas GmbH",
  "Praxis Dental Solutions AG",
  "Cedar & Stone Construction LLC",
  "Frankenland Druck GmbH",
  "Isarwerk Energie GmbH",
  "Kapland Trading (Pty) Ltd",
  "Lorenz Medizintechnik GmbH",
  "Meridian Pharma SARL",
  "Taunus Baustoffe GmbH",
  "Jura Uhrenteile AG",
  "Odenwald Holzbau GmbH",
  "Polaris Cold Chain AB",
  "Zugspitz Outdoor GmbH",
  "Anker & Tau Schiffsbedarf GmbH",
  "Greenfield Organics Ltd",
];
const COUNTRIES =
  "DE DE DE DE DE GB FR FI ES US NO DE AT NL IT DE DE SK GB DE DE JP PL DE IE DE CH US DE DE ZA DE FR DE CH DE SE DE DE GB".split(
    " ",
  );

export const SAMPLE_ACCOUNTS = NAMES.length;
export const TOP_CUSTOMER_SHARE = 0.35;

/** What a generator sees for one account: its revenue, latent attractiveness and strength, and the dice. */
interface AccountDraw {
  row: number;
  revenue: number;
  /** Latent attractiveness and strength, 0..1. */
  a: number;
  s: number;
  next: () => number;
  /** Centred noise of the given spread. */
  noise: (spread: number) => number;
  /** A 1-10 rating around a latent value, with noise. */
  points: (latent: number) => number;
}

/**
 * The sample's only addition to the presets: a value generator per preset key, in the sample sheet's
 * column order (rated points kept adjacent, so the Formulas sheet can score them as one range). Generators
 * run in this order for every account, which fixes the pseudo-random sequence: append, never reorder.
 * A preset without a generator is simply not in the sample.
 */
const GENERATORS: Partial<Record<PresetKey, (d: AccountDraw) => SampleCell>> = {
  currentRevenue: (d) => d.revenue,
  // 110% to 170% of the current revenue plus up to 4 million for an attractive account, to the thousand.
  potentialRevenue: (d) =>
    d.row === BLANK_POTENTIAL_ROW
      ? ""
      : roundTo(d.revenue * (1.1 + 0.6 * d.next()) + 4_000_000 * d.a ** 2 * (0.4 + 0.6 * d.next()), 1000),
  // A fixed 4,000, up to 40,000 more for a less attractive account, and 1% of the revenue, to the hundred.
  costToServe: (d) => roundTo(4_000 + 40_000 * (1 - d.a) * d.next() + d.revenue * 0.01, 100),
  orderStability: (d) => d.points(d.a),
  need: (d) => d.points(d.a),
  reputation: (d) => d.points(d.a),
  // Whole percents from 2% to 95%; ratings 1-10 and relationship stages 1-5 are whole numbers.
  shareOfWallet: (d) =>
    Math.min(0.95, Math.max(0.02, Math.round((0.05 + 0.8 * d.s + d.noise(0.2)) * 100) / 100)),
  relationshipStage: (d) => clamp(1 + 4 * d.s + d.noise(1.5), 1, 5),
  satisfaction: (d) => d.points(d.s),
  productFit: (d) => d.points(d.s),
};

/** The presets the sample has a column for, in column order. */
export const SAMPLE_PRESETS: readonly Preset[] = (Object.keys(GENERATORS) as PresetKey[]).map(presetByKey);

const HEADINGS: Record<Language, { customer: string; country: string }> = {
  en: { customer: "Customer", country: "Country" },
  de: { customer: "Kunde", country: "Land" },
};

/** mulberry32: small, fast and good enough for believable sample figures. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export type SampleCell = string | number;

export interface SampleSheet {
  headers: string[];
  rows: SampleCell[][];
  /** Number format per column. */
  formats: string[];
}

const SEED = 20240611;
/** The row (0-based) that gets the largest revenue, and the one whose potential is left blank (missing). */
const TOP_ROW = 0;
const BLANK_POTENTIAL_ROW = 16;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(v)));
const roundTo = (v: number, step: number) => Math.round(v / step) * step;

/** Revenues with a long tail: a power law with noise, and one customer at about 35% of the total. */
function revenues(next: () => number): number[] {
  const others = Array.from({ length: SAMPLE_ACCOUNTS - 1 }, (_, k) =>
    roundTo((2_400_000 / (k + 1) ** 1.15) * (0.75 + 0.5 * next()), 1000),
  );
  const sumOthers = others.reduce((s, v) => s + v, 0);
  const top = roundTo((TOP_CUSTOMER_SHARE / (1 - TOP_CUSTOMER_SHARE)) * sumOthers, 1000);
  // Spread the others over the rows in a shuffled order, so the sheet is not sorted already.
  const order = others.map((v) => ({ v, key: next() }));
  order.sort((a, b) => a.key - b.key);
  const out = order.map((o) => o.v);
  out.splice(TOP_ROW, 0, top);
  return out;
}

export function sampleAccounts(language: Language): SampleSheet {
  const next = seededRandom(SEED);
  const revenue = revenues(next);
  const noise = (spread: number) => (next() - 0.5) * spread;
  const rows = NAMES.map((name, i): SampleCell[] => {
    // Latent attractiveness and strength (0..1) drive the criteria, with noise, so the accounts spread
    // over all four quadrants; the largest customer is a key account.
    const a = i === TOP_ROW ? 0.85 : 0.15 + 0.85 * next() ** 0.7;
    const s = i === TOP_ROW ? 0.8 : 0.1 + 0.85 * next();
    const draw: AccountDraw = {
      row: i,
      revenue: revenue[i] as number,
      a,
      s,
      next,
      noise,
      points: (latent) => clamp(1 + 9 * latent + noise(3), 1, 10),
    };
    const values = SAMPLE_PRESETS.map((p) => (GENERATORS[p.key] as (d: AccountDraw) => SampleCell)(draw));
    return [name, COUNTRIES[i] as string, ...values];
  });
  const h = HEADINGS[language];
  return {
    headers: [h.customer, h.country, ...SAMPLE_PRESETS.map((p) => p.names[language])],
    rows,
    formats: ["@", "@", ...SAMPLE_PRESETS.map((p) => p.format)],
  };
}

/** The criteria for the sample sheet: the presets it has columns for, as `src/core/presets.ts` defines them. */
export function sampleConfig(language: Language): KamConfigInput {
  return {
    version: 1,
    dataSheet: SAMPLE_SHEET_NAME,
    headerRow: 1,
    accountColumn: HEADINGS[language].customer,
    revenueColumn: REVENUE_PRESET.names[language],
    scaleMax: 10,
    criteria: SAMPLE_PRESETS.map((p) => presetCriterion(p, language)),
  };
}

/** The column letter of a 0-based column index. */
const letter = (index: number): string => columnLetter(index + 1);

/** A1 range of a sample column over all accounts, e.g. 'Sample accounts'!C2:C41. */
function sampleColumn(key: PresetKey | "customer", last?: PresetKey): string {
  const index = (k: PresetKey | "customer") =>
    k === "customer" ? 0 : 2 + SAMPLE_PRESETS.findIndex((p) => p.key === k);
  const from = letter(index(key));
  const to = letter(index(last ?? key));
  return `'${SAMPLE_SHEET_NAME}'!${from}2:${to}${1 + SAMPLE_ACCOUNTS}`;
}

/** A block of plain values on the Formulas sheet, with its top-left cell (1-based). */
export interface ValueBlock {
  row: number;
  column: number;
  cells: SampleCell[][];
}

export interface FormulasSheet {
  /** Rows 1-3 as values: title, explanation, column headings. */
  texts: string[][];
  /** Row 4: a FORMULATEXT formula per column that has a formula, so the sheet shows each formula as the
   * spreadsheet's locale writes it ("" elsewhere). */
  formulaTexts: string[];
  /** Row 5: the formulas; each fills the rows below it. */
  formulas: string[];
  /** The weights KAM_SCORE reads, as cells: one weight per criterion, beside its name. */
  weights: ValueBlock;
  /** Number formats of the result rows (below and including the formula row). */
  formats: string[][];
  /** Rows the results fill, below the formula row. */
  resultRows: number;
  widths: number[];
  /** Identifies what this version writes; kept in the sheet's developer metadata. */
  fingerprint: string;
}

const FORMULA_TEXTS: Record<
  Language,
  { title: string; intro: string; headers: string[]; weights: string; contribution: string }
> = {
  en: {
    title: "The seven custom functions at work on the sample accounts",
    intro:
      "Each formula in row 5 fills its whole column. Row 4 shows the formula; change a figure in Sample accounts and these recalculate at once.",
    headers: [
      "Customer",
      "Revenue points, logarithmic (KAM_POINTS)",
      "Cost-to-serve points (KAM_POINTS, lower is better)",
      "Attractiveness from the rated criteria (KAM_SCORE)",
      "Strength from satisfaction and fit (KAM_SCORE)",
      "Quadrant (KAM_QUADRANT)",
      "Revenue share (REVENUE_SHARE)",
      "ABC class (KAM_ABC)",
      "",
      "Revenue concentration (KAM_CONCENTRATION)",
      "",
    ],
    weights: "Weights read by KAM_SCORE in D and E",
    contribution: "Adds to attractiveness (KAM_CONTRIBUTION)",
  },
  de: {
    title: "Die sieben Funktionen bei der Arbeit mit den Beispielkunden",
    intro:
      "Jede Formel in Zeile 5 füllt ihre ganze Spalte. Zeile 4 zeigt die Formel; ändern Sie eine Zahl in Sample accounts, und alles rechnet sofort neu.",
    headers: [
      "Kunde",
      "Umsatzpunkte, logarithmisch (KAM_POINTS)",
      "Punkte Betreuungskosten (KAM_POINTS, weniger ist besser)",
      "Attraktivität aus den bewerteten Kriterien (KAM_SCORE)",
      "Stärke aus Zufriedenheit und Passung (KAM_SCORE)",
      "Quadrant (KAM_QUADRANT)",
      "Umsatzanteil (REVENUE_SHARE)",
      "ABC-Klasse (KAM_ABC)",
      "",
      "Umsatzkonzentration (KAM_CONCENTRATION)",
      "",
    ],
    weights: "Gewichte, die KAM_SCORE in D und E liest",
    contribution: "Beitrag zur Attraktivität (KAM_CONTRIBUTION)",
  },
};

export const FORMULA_ROW = 5;
const COLUMN_FORMATS = [
  "General",
  "0.0",
  "0.0",
  "0.0",
  "0.0",
  "General",
  "0.0%",
  "General",
  "General",
  "General",
];
/** KAM_CONCENTRATION's rows: customers, three shares, HHI, effective number, count, mono flag, level. */
const CONCENTRATION_FORMATS = ["0", "0.0%", "0.0%", "0.0%", "#,##0", "0.0", "0", "General", "General"];
/** The rated criteria KAM_SCORE averages on the Formulas sheet (adjacent sample columns). */
const SCORED = {
  attractiveness: ["orderStability", "need", "reputation"],
  strength: ["satisfaction", "productFit"],
} as const satisfies Record<string, readonly PresetKey[]>;
/** The weights block sits in the concentration columns (J:K), below KAM_CONCENTRATION's nine rows. */
const WEIGHTS_ROW = FORMULA_ROW + CONCENTRATION_FORMATS.length + 1;
/** 1-based column J for the names; the weights are in the next column, K (0-based index 10). */
const WEIGHTS_COLUMN = 10;

/** A short, stable text hash (FNV-1a, 32 bits): enough to tell two versions of the sheet apart. */
export function fingerprintOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/*
 * Locale: every formula here is written with Range.setFormulas and avoids what differs between locales
 * where it can. There are no array literals (`{15,15,10}` is `{15\15\10}` in a decimal-comma locale such as
 * de_DE: the weights are cells instead; `={range}` has no separator) and no decimal numbers. What remains
 * is the argument separator of functions with more than one argument (`,`; `;` in de_DE). Google's Apps
 * Script reference does not say which separator setFormula expects in such a locale; people report that the
 * Sheets API reads formulas in the spreadsheet's syntax (googleapis/google-api-nodejs-client#1994) and that
 * Sheets accepts `;` between arguments in every locale (mricon/ingress-fieldplan#5); the syntax rules per
 * locale: https://www.benlcollins.com/spreadsheets/sheets-location/. docs/REAL-SHEETS-CHECKLIST.md
 * ("Sample data") says what to check in a German spreadsheet.
 */
export function formulasSheet(language: Language): FormulasSheet {
  const last = FORMULA_ROW + SAMPLE_ACCOUNTS - 1;
  const t = FORMULA_TEXTS[language];
  const weightRows: SampleCell[][] = [[t.weights, ""]];
  const weightsRange = (keys: readonly PresetKey[]) => {
    const from = WEIGHTS_ROW + weightRows.length;
    for (const key of keys) {
      const preset = presetByKey(key);
      weightRows.push([preset.names[language], preset.weight]);
    }
    const column = letter(WEIGHTS_COLUMN);
    return `$${column}$${from}:$${column}$${from + keys.length - 1}`;
  };
  const scoredArgs = (keys: readonly PresetKey[]) =>
    `${sampleColumn(keys[0] as PresetKey, keys[keys.length - 1])}, ${weightsRange(keys)}`;
  const attractivenessArgs = scoredArgs(SCORED.attractiveness);
  const strengthArgs = scoredArgs(SCORED.strength);
  // KAM_CONTRIBUTION spills one column per rated criterion; their row sums are column D.
  const contributed = SCORED.attractiveness.map((k) => presetByKey(k).names[language]);
  const formulas = [
    `={${sampleColumn("customer")}}`,
    // "log", as the revenue preset: linear points would put most of a long-tailed revenue at 1 or 2.
    `=KAM_POINTS(${sampleColumn("currentRevenue")}, "higher", 10, "log")`,
    `=KAM_POINTS(${sampleColumn("costToServe")}, "lower")`,
    `=KAM_SCORE(${attractivenessArgs})`,
    `=KAM_SCORE(${strengthArgs})`,
    `=KAM_QUADRANT(D${FORMULA_ROW}:D${last}, E${FORMULA_ROW}:E${last})`,
    `=REVENUE_SHARE(${sampleColumn("currentRevenue")})`,
    `=KAM_ABC(${sampleColumn("currentRevenue")})`,
    "",
    `=KAM_CONCENTRATION(${sampleColumn("currentRevenue")})`,
    "",
    "",
    `=KAM_CONTRIBUTION(${attractivenessArgs})`,
    ...contributed.slice(1).map(() => ""),
  ];
  const width = formulas.length;
  const row = (first: string) => [first, ...new Array<string>(width - 1).fill("")];
  const headers = [...t.headers, "", ...contributed.map((name) => `${t.contribution}: ${name}`)];
  const texts = [row(t.title), row(t.intro), headers];
  const formulaTexts = formulas.map((f, i) => (f === "" ? "" : `=FORMULATEXT(${letter(i)}${FORMULA_ROW})`));
  const weights: ValueBlock = { row: WEIGHTS_ROW, column: WEIGHTS_COLUMN, cells: weightRows };
  return {
    texts,
    formulaTexts,
    formulas,
    weights,
    formats: Array.from({ length: SAMPLE_ACCOUNTS }, (_, i) => [
      ...COLUMN_FORMATS,
      i < CONCENTRATION_FORMATS.length ? (CONCENTRATION_FORMATS[i] as string) : "General",
      "General",
      ...contributed.map(() => "0.00"),
    ]),
    resultRows: SAMPLE_ACCOUNTS,
    widths: [230, 120, 150, 170, 160, 140, 120, 90, 24, 230, 110, 24, ...contributed.map(() => 150)],
    fingerprint: fingerprintOf(JSON.stringify([texts, formulaTexts, formulas, weights])),
  };
}
