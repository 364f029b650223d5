import type { Criterion, KamConfig } from "../config";
import { CONCENTRATION_LEVEL_LABELS, QUADRANT_LABELS } from "../i18n";
import type { Language } from "../language";
import { findColumn } from "../model";
import { midpoint } from "../points";
import { DEFAULT_ABC, MAJOR_CUSTOMER_SHARE, MONO_CUSTOMER_SHARE } from "../revenue";
import { dialectNamed, type SqlDialect, type SqlDialectName } from "./dialect";
import { sqlNumber, tablePath } from "./literals";

/**
 * The model as SQL (docs/REFERENCE.md, 5. The model as SQL): the KamConfig turned into one query per
 * account and one for the concentration summary, over a table whose columns are the data sheet's headers.
 *
 * The arithmetic follows src/core/model.ts operation by operation (the same sums in criterion order, the
 * same divisions), so that DuckDB gives the JavaScript engine's numbers to the last bit where no logarithm or
 * sum over accounts is involved; a score exactly on a cut lands in the same quadrant in both.
 *
 * Nothing from the configuration or the table name is spliced in as code: names are quoted identifiers
 * (dialect.identifier), texts string literals (dialect.string), numbers sqlNumber; intermediate columns are
 * named by position (value_0, point_0, ...), never by criterion name, and comments hold no configuration text.
 */

export interface ModelSqlOptions {
  dialect: SqlDialectName;
  /** The table, optionally with dataset and project: `project.dataset.accounts`. */
  table: string;
  /** Language of the quadrant and concentration labels; default the model's own, else English. */
  language?: Language;
  /**
   * The data sheet's header texts, when known: each configured column is then written as the header spells
   * it (the model matches headers trimmed and case-insensitively).
   */
  headers?: readonly string[];
}

export interface ModelSql {
  /** Per account: account, attractiveness, relative_strength, kam_score, quadrant, revenue, revenue_share,
   * abc_class, rank; ordered by rank. */
  scores: string;
  /** One row with the KAM_CONCENTRATION figures; null when the model has no revenue column. */
  concentration: string | null;
}

const INDENT = "    ";

function list(lines: readonly string[], indent = INDENT): string {
  return lines.map((l) => indent + l).join(",\n");
}

/** Builds both queries for one dialect. Throws when the table name or a number cannot be written. */
export function modelSql(config: KamConfig, options: ModelSqlOptions): ModelSql {
  const d = dialectNamed(options.dialect);
  const language = options.language ?? config.language ?? "en";
  const ctx = new QueryContext(config, d, options);
  return {
    scores: scoresQuery(ctx, language),
    concentration: config.revenueColumn ? concentrationQuery(ctx, language) : null,
  };
}

class QueryContext {
  readonly table: string;
  constructor(
    readonly config: KamConfig,
    readonly d: SqlDialect,
    private readonly options: ModelSqlOptions,
  ) {
    this.table = tablePath(options.table)
      .map((p) => d.identifier(p))
      .join(".");
  }

  /** A configured column as the quoted header text. */
  column(name: string): string {
    const headers = this.options.headers;
    const header = headers === undefined ? undefined : headers[findColumn(headers, name)];
    return this.d.identifier(header ?? name);
  }

  get scaleMax(): number {
    return this.config.scaleMax;
  }

  /** The null double, typed so both branches of a CASE agree. */
  get nullNumber(): string {
    return `CAST(NULL AS ${this.d.doubleType})`;
  }
}

const n = sqlNumber;

/** value - value = 0 holds for finite numbers only (Infinity and NaN fail it), as isValidNumber in cells.ts. */
function finite(x: string): string {
  return `${x} - ${x} = 0`;
}

/** The CTEs that read the table: trimmed account, numbers or NULL, and rows with a blank account dropped. */
function readingCtes(ctx: QueryContext): string[] {
  const { config, d } = ctx;
  const cells = [
    `TRIM(CAST(${ctx.column(config.accountColumn)} AS STRING)) AS account`,
    `${config.revenueColumn ? d.toNumber(ctx.column(config.revenueColumn)) : ctx.nullNumber} AS revenue_cell`,
    ...config.criteria.map((c, j) => `${d.toNumber(ctx.column(c.column))} AS cell_${j}`),
  ];
  const valid = [
    "account",
    `CASE WHEN ${finite("revenue_cell")} AND revenue_cell >= 0 THEN revenue_cell END AS revenue`,
    ...config.criteria.map((c, j) => {
      const x = `cell_${j}`;
      // A "points" cell outside 1..scaleMax is unusable, as in model.ts (never clamped silently).
      const inScale = c.input === "points" ? ` AND ${x} >= 1 AND ${x} <= ${n(ctx.scaleMax)}` : "";
      return `CASE WHEN ${finite(x)}${inScale} THEN ${x} END AS value_${j}`;
    }),
  ];
  return [
    `cells AS (\n  SELECT\n${list(cells)}\n  FROM ${ctx.table}\n)`,
    `valid AS (\n  SELECT\n${list(valid)}\n  FROM cells\n  WHERE account IS NOT NULL AND account <> ''\n)`,
  ];
}

/** The revenue all shares divide by; a given total below the listed revenues stops the query, as in model.ts. */
function totalExpression(ctx: QueryContext, listed: string): string {
  const total = ctx.config.totalRevenue;
  if (total === undefined) return listed;
  const message = ctx.d.string(
    `The total revenue (${total}) is smaller than the sum of the listed revenues: raise totalRevenue.`,
  );
  return `CASE WHEN ${listed} > ${n(total)} THEN CAST(ERROR(${message}) AS ${ctx.d.doubleType}) ELSE ${n(total)} END`;
}

/** Per-criterion figures over all accounts: min and max for linear and log, the count for rank. */
function scaleColumns(config: KamConfig): string[] {
  const out: string[] = [];
  config.criteria.forEach((c, j) => {
    const v = `value_${j}`;
    if (c.input === "linear") out.push(`MIN(${v}) AS low_${j}`, `MAX(${v}) AS high_${j}`);
    if (c.input === "log") {
      out.push(
        `MIN(CASE WHEN ${v} > 0 THEN ${v} END) AS low_${j}`,
        `MAX(CASE WHEN ${v} > 0 THEN ${v} END) AS high_${j}`,
      );
    }
    if (c.input === "rank") out.push(`COUNT(${v}) AS count_${j}`);
  });
  return out;
}

/**
 * For each "rank" criterion, its runs of equal values: where each run starts among the valid values sorted
 * ascending (0-based) and how long it is, as rankPoints in points.ts walks them. Grouping first and joining
 * back is much cheaper than a window over every account, and BigQuery cannot partition a window by a FLOAT64.
 */
function rankRunCtes(config: KamConfig): string[] {
  const out: string[] = [];
  config.criteria.forEach((c, j) => {
    if (c.input !== "rank") return;
    const v = `value_${j}`;
    const columns = [
      `${v} AS run_value_${j}`,
      `COALESCE(SUM(COUNT(*)) OVER (ORDER BY ${v} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS run_start_${j}`,
      `COUNT(*) AS run_length_${j}`,
    ];
    out.push(
      `runs_${j} AS (\n  SELECT\n${list(columns)}\n  FROM valid\n  WHERE ${v} IS NOT NULL\n  GROUP BY ${v}\n)`,
    );
  });
  return out;
}

/** valid joined with each rank criterion's runs. */
function rankedCte(config: KamConfig): string {
  const joins: string[] = [];
  const columns = ["valid.*"];
  config.criteria.forEach((c, j) => {
    if (c.input !== "rank") return;
    columns.push(`runs_${j}.run_start_${j}`, `runs_${j}.run_length_${j}`);
    joins.push(`\n  LEFT JOIN runs_${j} ON valid.value_${j} = runs_${j}.run_value_${j}`);
  });
  return `ranked AS (\n  SELECT\n${list(columns)}\n  FROM valid${joins.join("")}\n)`;
}

/** The point of criterion j for one account, as points.ts computes it; NULL where the value is missing. */
function pointExpression(ctx: QueryContext, c: Criterion, j: number): string {
  const v = `value_${j}`;
  const max = ctx.scaleMax;
  const span = n(max - 1);
  const mid = n(midpoint(max));
  let p: string;
  if (c.input === "points") {
    p = v;
  } else if (c.input === "rank") {
    // points.ts: averageRank = (start + end) / 2 + 1 over 0-based run ends; p = 1 + (r - 1) / (n - 1) * k.
    const start = `run_start_${j}`;
    const end = `(run_start_${j} + run_length_${j} - 1)`;
    const average = `(CAST(${start} + ${end} AS ${ctx.d.doubleType}) / 2 + 1)`;
    p = `CASE WHEN count_${j} = 1 THEN ${mid} ELSE 1 + ((${average} - 1) / (count_${j} - 1)) * ${span} END`;
  } else {
    const lo = c.low !== undefined ? n(c.low) : `low_${j}`;
    const hi = c.high !== undefined ? n(c.high) : `high_${j}`;
    const clamped = `(CASE WHEN ${v} < ${lo} THEN ${lo} WHEN ${v} > ${hi} THEN ${hi} ELSE ${v} END)`;
    // Only one anchor fixed and every value beyond it: below a fixed low gives 1, above a fixed high the top.
    const beyond = n(c.low !== undefined ? 1 : max);
    if (c.input === "linear") {
      p =
        `CASE WHEN ${hi} > ${lo} THEN 1 + ((${clamped} - ${lo}) / (${hi} - ${lo})) * ${span}` +
        ` WHEN ${hi} = ${lo} THEN ${mid} ELSE ${beyond} END`;
    } else {
      // Log: low_j/high_j are the smallest and largest value above 0; none at all gives every value the midpoint.
      p =
        `CASE WHEN low_${j} IS NULL THEN ${mid}` +
        ` WHEN ${hi} > ${lo} THEN (CASE WHEN ${v} <= 0 THEN 1` +
        ` ELSE 1 + ((LN(${clamped}) - LN(${lo})) / (LN(${hi}) - LN(${lo}))) * ${span} END)` +
        ` WHEN ${hi} = ${lo} THEN ${mid}` +
        ` ELSE (CASE WHEN ${v} <= 0 THEN 1 ELSE ${beyond} END) END`;
    }
  }
  // "lower is better" mirrors: 1 + scaleMax - p, with 1 + scaleMax added first as mirrorPoints does.
  const mirrored = c.direction === "lower" ? `${n(1 + max)} - (${p})` : p;
  return `CASE WHEN ${v} IS NULL THEN ${ctx.nullNumber} ELSE ${mirrored} END AS point_${j}`;
}

/** One axis's weighted sum and weight sum over its criteria with weight > 0, in criterion order. */
function axisSums(config: KamConfig, axis: Criterion["axis"], name: string): string[] {
  const terms: string[] = [];
  const weights: string[] = [];
  config.criteria.forEach((c, j) => {
    if (c.axis !== axis || !(c.weight > 0)) return;
    terms.push(`(CASE WHEN point_${j} IS NULL THEN 0 ELSE ${n(c.weight)} * point_${j} END)`);
    weights.push(`(CASE WHEN point_${j} IS NULL THEN 0 ELSE ${n(c.weight)} END)`);
  });
  if (terms.length === 0) return [`0 AS ${name}_sum`, `0 AS ${name}_weight`];
  return [`${terms.join(" + ")} AS ${name}_sum`, `${weights.join(" + ")} AS ${name}_weight`];
}

function scoresQuery(ctx: QueryContext, language: Language): string {
  const { config, d } = ctx;
  const labels = QUADRANT_LABELS[language];
  const scale = [...scaleColumns(config), "COUNT(revenue) AS revenues", "SUM(revenue) AS listed_revenue"];
  const points = ["account", "revenue", ...config.criteria.map((c, j) => pointExpression(ctx, c, j))];
  const sums = [
    "account",
    "revenue",
    ...axisSums(config, "attractiveness", "attractiveness"),
    ...axisSums(config, "strength", "strength"),
  ];
  const aw = config.axisWeights;
  const axes = [
    "account",
    "revenue",
    `CASE WHEN attractiveness_weight > 0 THEN attractiveness_sum / attractiveness_weight END AS attractiveness`,
    `CASE WHEN strength_weight > 0 THEN strength_sum / strength_weight END AS relative_strength`,
  ];
  // Two-level weights: the KAM score is the axis-weighted mean of the axis scores that exist.
  const scoreSum =
    `(CASE WHEN attractiveness IS NULL THEN 0 ELSE ${n(aw.attractiveness)} * attractiveness END)` +
    ` + (CASE WHEN relative_strength IS NULL THEN 0 ELSE ${n(aw.strength)} * relative_strength END)`;
  const scoreWeight =
    `(CASE WHEN attractiveness IS NULL THEN 0 ELSE ${n(aw.attractiveness)} END)` +
    ` + (CASE WHEN relative_strength IS NULL THEN 0 ELSE ${n(aw.strength)} END)`;
  const cutA = n(config.cuts.attractiveness);
  const cutS = n(config.cuts.strength);
  const quadrant =
    `CASE WHEN attractiveness IS NULL OR relative_strength IS NULL THEN NULL` +
    ` WHEN attractiveness >= ${cutA} THEN (CASE WHEN relative_strength >= ${cutS}` +
    ` THEN ${d.string(labels.keyAccount)} ELSE ${d.string(labels.keyDevelopment)} END)` +
    ` ELSE (CASE WHEN relative_strength >= ${cutS}` +
    ` THEN ${d.string(labels.maintenance)} ELSE ${d.string(labels.opportunistic)} END) END`;
  const total = totalExpression(ctx, "scale.listed_revenue");
  const hasRevenue = Boolean(config.revenueColumn);
  const share = hasRevenue ? `CASE WHEN total_revenue > 0 THEN revenue / total_revenue END` : ctx.nullNumber;
  // KAM_ABC over the listed revenues: "before" is the revenue ranked above, divided once by their sum.
  const revenueAbove =
    `COALESCE(SUM(revenue) OVER (PARTITION BY revenue IS NULL ORDER BY revenue DESC, account` +
    ` ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS revenue_above`;
  const before = "revenue_above / listed_revenue";
  const abc = hasRevenue
    ? `CASE WHEN revenue IS NULL OR NOT (total_revenue > 0 AND listed_revenue > 0) THEN NULL` +
      ` WHEN ${before} < ${n(DEFAULT_ABC.a)} THEN 'A' WHEN ${before} < ${n(DEFAULT_ABC.b)} THEN 'B' ELSE 'C' END`
    : "CAST(NULL AS STRING)";

  const ctes = [
    ...readingCtes(ctx),
    `scale AS (\n  SELECT\n${list(scale)}\n  FROM valid\n)`,
    ...rankRunCtes(config),
    rankedCte(config),
    `points AS (\n  SELECT\n${list(points)}\n  FROM ranked CROSS JOIN scale\n)`,
    `sums AS (\n  SELECT\n${list(sums)}\n  FROM points\n)`,
    `axes AS (\n  SELECT\n${list(axes)}\n  FROM sums\n)`,
    `scored AS (\n  SELECT\n${list([
      "axes.*",
      `CASE WHEN ${scoreWeight} > 0 THEN (${scoreSum}) / (${scoreWeight}) END AS kam_score`,
      `${quadrant} AS quadrant`,
      `${total} AS total_revenue`,
      "scale.listed_revenue AS listed_revenue",
      revenueAbove,
    ])}\n  FROM axes CROSS JOIN scale\n)`,
    `classified AS (\n  SELECT\n${list([
      "account",
      "attractiveness",
      "relative_strength",
      "kam_score",
      "quadrant",
      "revenue",
      `${share} AS revenue_share`,
      `${abc} AS abc_class`,
      // A table has no sheet order: equal scores are ranked by account name.
      "ROW_NUMBER() OVER (ORDER BY kam_score IS NULL, kam_score DESC, account) AS rank",
    ])}\n  FROM scored\n)`,
  ];
  return (
    `-- Key Account Matrix: KAM score, quadrant, revenue share and ABC class per account (${d.name}).\n` +
    `-- Generated from the KAM Criteria model; regenerate it after changing the model.\n` +
    `WITH\n${ctes.join(",\n")}\n` +
    `SELECT account, attractiveness, relative_strength, kam_score, quadrant, revenue, revenue_share, abc_class, rank\n` +
    `FROM classified\nORDER BY rank`
  );
}

function concentrationQuery(ctx: QueryContext, language: Language): string {
  const levels = CONCENTRATION_LEVEL_LABELS[language];
  const d = ctx.d;
  const total = totalExpression(ctx, "SUM(revenue)");
  const summary = [
    "COUNT(*) AS customers",
    "COALESCE(MAX(share), 0) AS largest_share",
    "COALESCE(SUM(CASE WHEN position <= 5 THEN share ELSE 0 END), 0) AS top_5_share",
    "COALESCE(SUM(CASE WHEN position <= 10 THEN share ELSE 0 END), 0) AS top_10_share",
    "COALESCE(SUM((100 * share) * (100 * share)), 0) AS hhi",
    `SUM(CASE WHEN share >= ${n(MAJOR_CUSTOMER_SHARE)} THEN 1 ELSE 0 END) AS customers_with_10_percent`,
    `COALESCE(MAX(share) > ${n(MONO_CUSTOMER_SHARE)}, FALSE) AS mono_customer`,
  ];
  const ctes = [
    ...readingCtes(ctx),
    `totals AS (\n  SELECT\n${list([`${total} AS total_revenue`])}\n  FROM valid\n)`,
    `shares AS (\n  SELECT\n${list([
      "valid.revenue / totals.total_revenue AS share",
      "ROW_NUMBER() OVER (ORDER BY valid.revenue DESC) AS position",
    ])}\n  FROM valid CROSS JOIN totals\n  WHERE valid.revenue IS NOT NULL AND totals.total_revenue > 0\n)`,
    `summary AS (\n  SELECT\n${list(summary)}\n  FROM shares\n)`,
  ];
  const level =
    `CASE WHEN hhi < 1500 THEN ${d.string(levels.low)} WHEN hhi <= 2500 THEN ${d.string(levels.moderate)}` +
    ` ELSE ${d.string(levels.high)} END AS concentration`;
  return (
    `-- Key Account Matrix: revenue concentration, as KAM_CONCENTRATION (${d.name}).\n` +
    `WITH\n${ctes.join(",\n")}\n` +
    `SELECT\n${list([
      "customers",
      "largest_share",
      "top_5_share",
      "top_10_share",
      "hhi",
      "CASE WHEN hhi > 0 THEN 10000 / hhi END AS effective_customers",
      "customers_with_10_percent",
      "mono_customer",
      level,
    ])}\nFROM summary CROSS JOIN totals\nWHERE totals.total_revenue > 0`
  );
}
