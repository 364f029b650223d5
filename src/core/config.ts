import * as z from "zod/mini";
import { LANGUAGES, type Language } from "./language";
import { coreMessages, type CoreMessages } from "./messages";
import { QUADRANT_KEYS, type QuadrantKey } from "./quadrant";
import { midpoint } from "./points";

export const AXES = ["attractiveness", "strength"] as const;
export const DIRECTIONS = ["higher", "lower"] as const;
export const INPUTS = ["points", "linear", "log", "rank"] as const;

/**
 * The criteria model, shared by the sidebar and the server, with its messages in one language. Messages
 * name the field, because the sidebar shows them beside it and the config sheet turns the path into a cell.
 */
function buildSchemas(m: CoreMessages) {
  // Our own rules' issues: only their path and message reach the user (see validateConfig).
  const refuse = (ctx: z.core.$RefinementCtx, path: (string | number)[], input: unknown, message: string) =>
    // Stryker disable next-line StringLiteral: the issue code is dropped by validateConfig.
    ctx.issues.push({ code: "custom", input, path, message });
  const f = m.fields;
  const nonEmptyText = (field: string) =>
    z.string({ error: m.mustBeText(field) }).check(z.trim(), z.minLength(1, m.mustNotBeEmpty(field)));
  const finiteNumber = (field: string) => z.number({ error: m.mustBeNumber(field) });
  const wholeNumber = (field: string) =>
    z.number({ error: m.mustBeNumber(field) }).check(z.int(m.mustBeWholeNumber(field)));

  const criterion = z
    .object({
      name: nonEmptyText(f.name),
      column: nonEmptyText(f.column),
      axis: z.enum(AXES, { error: m.axis }),
      weight: finiteNumber(f.weight).check(z.gte(0, m.orMore(f.weight, 0))),
      direction: z._default(z.enum(DIRECTIONS, { error: m.direction }), "higher"),
      input: z._default(z.enum(INPUTS, { error: m.input }), "points"),
      low: z.optional(finiteNumber(f.low)),
      high: z.optional(finiteNumber(f.high)),
    })
    .check(
      z.superRefine((c, ctx) => {
        if (c.input === "log" && c.low !== undefined && !(c.low > 0)) {
          refuse(ctx, ["low"], c.low, m.logLowAboveZero(c.low));
        }
        if (c.low !== undefined && c.high !== undefined && !(c.low < c.high)) {
          refuse(ctx, ["high"], c.high, m.highAboveLow(c.high, c.low));
        }
      }),
    );

  const config = z
    .object({
      version: z.literal(1, { error: m.version }),
      language: z.optional(z.enum(LANGUAGES, { error: m.language })),
      dataSheet: nonEmptyText(f.dataSheet),
      headerRow: z._default(wholeNumber(f.headerRow).check(z.gte(1, m.orMore(f.headerRow, 1))), 1),
      accountColumn: nonEmptyText(f.accountColumn),
      revenueColumn: z.optional(z.string({ error: m.mustBeText(f.revenueColumn) }).check(z.trim())),
      totalRevenue: z.optional(finiteNumber(f.totalRevenue).check(z.gt(0, m.greaterThan(f.totalRevenue, 0)))),
      scaleMax: z._default(
        wholeNumber(f.scaleMax).check(
          z.gte(2, m.atLeast(f.scaleMax, 2)),
          z.lte(1000, m.atMost(f.scaleMax, 1000)),
        ),
        10,
      ),
      cuts: z.optional(
        z.object({
          attractiveness: finiteNumber(f.cutAttractiveness),
          strength: finiteNumber(f.cutStrength),
        }),
      ),
      axisWeights: z.optional(
        z
          .object({
            attractiveness: finiteNumber(f.axisWeightAttractiveness).check(
              z.gte(0, m.orMore(f.axisWeightAttractiveness, 0)),
            ),
            strength: finiteNumber(f.axisWeightStrength).check(z.gte(0, m.orMore(f.axisWeightStrength, 0))),
          })
          .check(
            z.superRefine((w, ctx) => {
              if (!(w.attractiveness > 0 || w.strength > 0))
                refuse(ctx, ["attractiveness"], w, m.axisWeightsZero);
            }),
          ),
      ),
      plan: z.optional(
        z.object({
          quadrants: z.array(
            z.enum(QUADRANT_KEYS as [QuadrantKey, ...QuadrantKey[]], { error: m.planQuadrant }),
          ),
        }),
      ),
      criteria: z.array(criterion, { error: m.criteriaList }),
    })
    .check(
      z.superRefine((config, ctx) => {
        const seen = new Map<string, number>();
        config.criteria.forEach((c, i) => {
          const key = c.name.toLowerCase();
          const first = seen.get(key);
          if (first !== undefined) {
            refuse(ctx, ["criteria", i, "name"], c.name, m.duplicateName(c.name, first + 1));
          } else {
            seen.set(key, i);
          }
        });
      }),
    );
  return { criterion, config };
}

type Schemas = ReturnType<typeof buildSchemas>;
const schemas: Partial<Record<Language, Schemas>> = {};

/** The schemas with messages in `language`, built on first use. */
function schemasFor(language: Language): Schemas {
  return (schemas[language] ??= buildSchemas(coreMessages(language)));
}

/**
 * One criterion checked alone, the name and column trimmed (the sidebar uses it to tell complete criteria
 * apart), or null when it is not complete. The schemas are built on first use, not when Code.js loads.
 */
export function parseCriterion(input: unknown): Criterion | null {
  const parsed = schemasFor("en").criterion.safeParse(input);
  return parsed.success ? parsed.data : null;
}

/** The language of a config that may not be valid: its own when it names one, else `fallback`. */
export function languageOf(input: unknown, fallback: Language): Language {
  const language = (input as { language?: unknown } | null)?.language;
  return language === "en" || language === "de" ? language : fallback;
}

export type KamConfigInput = z.input<Schemas["config"]>;
type ParsedConfig = z.output<Schemas["config"]>;
export type Criterion = ParsedConfig["criteria"][number];
export type Axis = Criterion["axis"];
/** A validated, normalised configuration: every default filled in. */
export type KamConfig = Omit<ParsedConfig, "cuts" | "revenueColumn" | "axisWeights" | "plan"> & {
  revenueColumn?: string;
  cuts: { attractiveness: number; strength: number };
  /** Share of each axis in the KAM score (two-level weights); default 1 and 1. */
  axisWeights: { attractiveness: number; strength: number };
  /** Quadrants whose accounts are in the Key Account Plan. */
  plan: { quadrants: QuadrantKey[] };
};

/** Both axes count alike in the KAM score unless the config says otherwise. */
export const DEFAULT_AXIS_WEIGHTS = { attractiveness: 1, strength: 1 } as const;
/** The plan's quadrants unless the config says otherwise. */
export const DEFAULT_PLAN_QUADRANTS: readonly QuadrantKey[] = ["keyAccount", "keyDevelopment"];

export interface ConfigProblem {
  /** Path of the field, e.g. ["criteria", 2, "weight"]. */
  path: (string | number)[];
  message: string;
}

export type ConfigResult = { ok: true; config: KamConfig } | { ok: false; problems: ConfigProblem[] };

/**
 * Validates and normalises (trimmed texts, defaults, cuts at the scale's midpoint when not set); problems
 * are worded in `language`.
 */
export function validateConfig(input: unknown, language: Language = "en"): ConfigResult {
  const parsed = schemasFor(language).config.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        // Our schemas have no symbol keys: the conversion is for the type only.
        // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, as said above.
        path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
        message: issue.message,
      })),
    };
  }
  const { cuts, revenueColumn, axisWeights, plan, ...rest } = parsed.data;
  const config: KamConfig = {
    ...rest,
    cuts: cuts ?? { attractiveness: midpoint(rest.scaleMax), strength: midpoint(rest.scaleMax) },
    axisWeights: axisWeights ?? { ...DEFAULT_AXIS_WEIGHTS },
    // Sheet order, each quadrant once, whatever order or repetitions the input had.
    plan: {
      quadrants: plan ? QUADRANT_KEYS.filter((q) => plan.quadrants.includes(q)) : [...DEFAULT_PLAN_QUADRANTS],
    },
  };
  if (revenueColumn) config.revenueColumn = revenueColumn;
  return { ok: true, config };
}

/** "criteria[2].weight: Weight must be 0 or more." */
export function describeProblem(problem: ConfigProblem): string {
  const path = problem.path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join("");
  return path ? `${path}: ${problem.message}` : problem.message;
}

export class ConfigError extends Error {
  constructor(public readonly problems: ConfigProblem[]) {
    super(problems.map(describeProblem).join("\n"));
    this.name = "ConfigError";
  }
}

export function parseConfig(input: unknown, language: Language = "en"): KamConfig {
  const result = validateConfig(input, language);
  if (!result.ok) throw new ConfigError(result.problems);
  return result.config;
}

/** The criteria on one axis that count (weight > 0). */
export function criteriaOnAxis(config: KamConfig, axis: Axis): Criterion[] {
  return config.criteria.filter((c) => c.axis === axis && c.weight > 0);
}

/** The axes without a criterion that counts: the matrix needs one on each. */
export function axesWithoutCriterion(config: KamConfig): Axis[] {
  return AXES.filter((axis) => criteriaOnAxis(config, axis).length === 0);
}

/** Two models alike whatever the order of their keys (the sidebar's unsaved-changes test, the sample's "already there"). */
export function sameConfig(a: KamConfig | null, b: KamConfig | null): boolean {
  const stable = (value: unknown): string =>
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(
            // Any consistent order of the (distinct) keys will do, as both sides are sorted alike.
            // Stryker disable next-line EqualityOperator: equivalent, as said above.
            Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)),
          )
        : v,
    );
  return stable(a) === stable(b);
}
