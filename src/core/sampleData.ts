import type { KamConfigInput } from "./config";
import type { Language } from "./i18n";

/**
 * The sample: 40 invented B2B customers with a long-tail revenue (one customer near 35%), a column per
 * preset criterion, the matching criteria, and a Formulas sheet using the six custom functions on them.
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

type Key =
  | "currentRevenue"
  | "potentialRevenue"
  | "costToServe"
  | "orderStability"
  | "need"
  | "reputation"
  | "shareOfWallet"
  | "relationshipStage"
  | "satisfaction"
  | "productFit";

interface SampleCriterion {
  key: Key;
  axis: "attractiveness" | "strength";
  weight: number;
  direction: "higher" | "lower";
  input: "points" | "linear";
  low?: number;
  high?: number;
  /** Criterion name and column header: en, de. */
  names: [string, string];
  format: string;
}

/** The sidebar's preset criteria, in the sample sheet's column order (rated points kept adjacent). */
const CRITERIA: readonly SampleCriterion[] = [
  {
    key: "currentRevenue",
    axis: "attractiveness",
    weight: 30,
    direction: "higher",
    input: "linear",
    names: ["Current revenue", "Aktueller Umsatz"],
    format: "#,##0",
  },
  {
    key: "potentialRevenue",
    axis: "attractiveness",
    weight: 20,
    direction: "higher",
    input: "linear",
    names: ["Revenue potential", "Umsatzpotenzial"],
    format: "#,##0",
  },
  {
    key: "costToServe",
    axis: "attractiveness",
    weight: 10,
    direction: "lower",
    input: "linear",
    names: ["Cost to serve", "Betreuungskosten"],
    format: "#,##0",
  },
  {
    key: "orderStability",
    axis: "attractiveness",
    weight: 15,
    direction: "higher",
    input: "points",
    names: ["Order stability", "Stabilität der Aufträge"],
    format: "0",
  },
  {
    key: "need",
    axis: "attractiveness",
    weight: 15,
    direction: "higher",
    input: "points",
    names: ["Need for the product", "Bedarf am Produkt"],
    format: "0",
  },
  {
    key: "reputation",
    axis: "attractiveness",
    weight: 10,
    direction: "higher",
    input: "points",
    names: ["Reputation", "Ruf im Markt"],
    format: "0",
  },
  {
    key: "shareOfWallet",
    axis: "strength",
    weight: 30,
    direction: "higher",
    input: "linear",
    names: ["Share of wallet", "Lieferanteil beim Kunden"],
    format: "0%",
  },
  {
    key: "relationshipStage",
    axis: "strength",
    weight: 20,
    direction: "higher",
    input: "linear",
    low: 1,
    high: 5,
    names: ["Relationship stage", "Beziehungsstufe"],
    format: "0",
  },
  {
    key: "satisfaction",
    axis: "strength",
    weight: 30,
    direction: "higher",
    input: "points",
    names: ["Customer satisfaction", "Kundenzufriedenheit"],
    format: "0",
  },
  {
    key: "productFit",
    axis: "strength",
    weight: 20,
    direction: "higher",
    input: "points",
    names: ["Product fit", "Produktpassung"],
    format: "0",
  },
];

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
    const r = revenue[i] as number;
    // Latent attractiveness and strength (0..1) drive the criteria, with noise, so the accounts spread
    // over all four quadrants; the largest customer is a key account.
    const a = i === TOP_ROW ? 0.85 : 0.15 + 0.85 * next() ** 0.7;
    const s = i === TOP_ROW ? 0.8 : 0.1 + 0.85 * next();
    const points = (latent: number) => clamp(1 + 9 * latent + noise(3), 1, 10);
    const potential =
      i === BLANK_POTENTIAL_ROW
        ? ""
        : roundTo(r * (1.1 + 0.6 * next()) + 4_000_000 * a ** 2 * (0.4 + 0.6 * next()), 1000);
    const values: Record<Key, SampleCell> = {
      currentRevenue: r,
      potentialRevenue: potential,
      costToServe: roundTo(4_000 + 40_000 * (1 - a) * next() + r * 0.01, 100),
      orderStability: points(a),
      need: points(a),
      reputation: points(a),
      shareOfWallet: Math.min(0.95, Math.max(0.02, Math.round((0.05 + 0.8 * s + noise(0.2)) * 100) / 100)),
      relationshipStage: clamp(1 + 4 * s + noise(1.5), 1, 5),
      satisfaction: points(s),
      productFit: points(s),
    };
    return [name, COUNTRIES[i] as string, ...CRITERIA.map((c) => values[c.key])];
  });
  const h = HEADINGS[language];
  return {
    headers: [h.customer, h.country, ...CRITERIA.map((c) => columnHeader(c, language))],
    rows,
    formats: ["@", "@", ...CRITERIA.map((c) => c.format)],
  };
}

function columnHeader(c: SampleCriterion, language: Language): string {
  return c.names[language === "de" ? 1 : 0];
}

/** The criteria for the sample sheet, as the sidebar's presets define them. */
export function sampleConfig(language: Language): KamConfigInput {
  return {
    version: 1,
    dataSheet: SAMPLE_SHEET_NAME,
    headerRow: 1,
    accountColumn: HEADINGS[language].customer,
    revenueColumn: columnHeader(CRITERIA[0] as SampleCriterion, language),
    scaleMax: 10,
    criteria: CRITERIA.map((c) => ({
      name: columnHeader(c, language),
      column: columnHeader(c, language),
      axis: c.axis,
      weight: c.weight,
      direction: c.direction,
      input: c.input,
      ...(c.low !== undefined ? { low: c.low } : {}),
      ...(c.high !== undefined ? { high: c.high } : {}),
    })),
  };
}

function letter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** A1 range of a sample column over all accounts, e.g. 'Sample accounts'!C2:C41. */
function sampleColumn(key: Key | "customer", last?: Key): string {
  const index = (k: Key | "customer") => (k === "customer" ? 0 : 2 + CRITERIA.findIndex((c) => c.key === k));
  const from = letter(index(key));
  const to = letter(index(last ?? key));
  return `'${SAMPLE_SHEET_NAME}'!${from}2:${to}${1 + SAMPLE_ACCOUNTS}`;
}

export interface FormulasSheet {
  /** Rows 1-4: title, explanation, column headings, the formula of each column as text. */
  texts: string[][];
  /** Row 5: the formulas; each fills the rows below it. */
  formulas: string[];
  /** Number formats of the result rows (below and including the formula row). */
  formats: string[][];
  /** Rows the results fill, below the formula row. */
  resultRows: number;
  widths: number[];
}

const FORMULA_TEXTS: Record<Language, { title: string; intro: string; headers: string[] }> = {
  en: {
    title: "The six custom functions at work on the sample accounts",
    intro:
      "Each formula in row 5 fills its whole column. Row 4 shows the formula; change a figure in Sample accounts and these recalculate at once.",
    headers: [
      "Customer",
      "Revenue points (KAM_POINTS)",
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
  },
  de: {
    title: "Die sechs Funktionen bei der Arbeit mit den Beispielkunden",
    intro:
      "Jede Formel in Zeile 5 füllt ihre ganze Spalte. Zeile 4 zeigt die Formel; ändern Sie eine Zahl in Sample accounts, und alles rechnet sofort neu.",
    headers: [
      "Kunde",
      "Umsatzpunkte (KAM_POINTS)",
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

export function formulasSheet(language: Language): FormulasSheet {
  const last = FORMULA_ROW + SAMPLE_ACCOUNTS - 1;
  const weights = (keys: Key[]) =>
    `{${keys.map((k) => CRITERIA.find((c) => c.key === k)?.weight).join(",")}}`;
  const formulas = [
    `={${sampleColumn("customer")}}`,
    `=KAM_POINTS(${sampleColumn("currentRevenue")})`,
    `=KAM_POINTS(${sampleColumn("costToServe")}, "lower")`,
    `=KAM_SCORE(${sampleColumn("orderStability", "reputation")}, ${weights(["orderStability", "need", "reputation"])})`,
    `=KAM_SCORE(${sampleColumn("satisfaction", "productFit")}, ${weights(["satisfaction", "productFit"])})`,
    `=KAM_QUADRANT(D${FORMULA_ROW}:D${last}, E${FORMULA_ROW}:E${last})`,
    `=REVENUE_SHARE(${sampleColumn("currentRevenue")})`,
    `=KAM_ABC(${sampleColumn("currentRevenue")})`,
    "",
    `=KAM_CONCENTRATION(${sampleColumn("currentRevenue")})`,
    "",
  ];
  const t = FORMULA_TEXTS[language];
  const width = formulas.length;
  const row = (first: string) => [first, ...new Array<string>(width - 1).fill("")];
  return {
    texts: [row(t.title), row(t.intro), t.headers.slice(), formulas.slice()],
    formulas,
    formats: Array.from({ length: SAMPLE_ACCOUNTS }, (_, i) => [
      ...COLUMN_FORMATS,
      i < CONCENTRATION_FORMATS.length ? (CONCENTRATION_FORMATS[i] as string) : "General",
    ]),
    resultRows: SAMPLE_ACCOUNTS,
    widths: [230, 120, 150, 170, 160, 140, 120, 90, 24, 230, 110],
  };
}
