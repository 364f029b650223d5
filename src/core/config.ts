import * as z from "zod/mini";
import { defaultCut } from "./quadrant";

/**
 * The criteria model, shared by the sidebar and the server. Messages name the field, because the
 * sidebar shows them beside it and the config sheet turns the path into a cell address.
 */
const nonEmptyText = (field: string) =>
  z
    .string({ error: `${field} must be text.` })
    .check(z.trim(), z.minLength(1, `${field} must not be empty.`));

const finiteNumber = (field: string) => z.number({ error: `${field} must be a number.` });

export const AXES = ["attractiveness", "strength"] as const;
export const DIRECTIONS = ["higher", "lower"] as const;
export const INPUTS = ["points", "linear", "rank"] as const;

export const CriterionSchema = z
  .object({
    name: nonEmptyText("Criterion name"),
    column: nonEmptyText("Data column"),
    axis: z.enum(AXES, { error: 'Axis must be "attractiveness" or "strength".' }),
    weight: finiteNumber("Weight").check(z.gte(0, "Weight must be 0 or more.")),
    direction: z._default(z.enum(DIRECTIONS, { error: 'Direction must be "higher" or "lower".' }), "higher"),
    input: z._default(z.enum(INPUTS, { error: 'Input must be "points", "linear" or "rank".' }), "points"),
    low: z.optional(finiteNumber("Low")),
    high: z.optional(finiteNumber("High")),
  })
  .check(
    z.superRefine((c, ctx) => {
      if (c.low !== undefined && c.high !== undefined && !(c.low < c.high)) {
        ctx.issues.push({
          code: "custom",
          input: c.high,
          path: ["high"],
          message: `High (${c.high}) must be greater than low (${c.low}).`,
        });
      }
    }),
  );

export const KamConfigSchema = z
  .object({
    version: z.literal(1, { error: "version must be 1." }),
    language: z.optional(z.enum(["en", "de"], { error: 'Language must be "en" or "de".' })),
    dataSheet: nonEmptyText("Data sheet"),
    headerRow: z._default(
      z
        .number({ error: "Header row must be a number." })
        .check(z.int("Header row must be a whole number."), z.gte(1, "Header row must be 1 or more.")),
      1,
    ),
    accountColumn: nonEmptyText("Account column"),
    revenueColumn: z.optional(z.string({ error: "Revenue column must be text." }).check(z.trim())),
    totalRevenue: z.optional(
      finiteNumber("Total revenue").check(z.gt(0, "Total revenue must be greater than 0.")),
    ),
    scaleMax: z._default(
      z
        .number({ error: "Points scale must be a number." })
        .check(
          z.int("Points scale must be a whole number."),
          z.gte(2, "Points scale must be at least 2."),
          z.lte(1000, "Points scale must be at most 1000."),
        ),
      10,
    ),
    cuts: z.optional(
      z.object({
        attractiveness: finiteNumber("Attractiveness cut"),
        strength: finiteNumber("Strength cut"),
      }),
    ),
    criteria: z.array(CriterionSchema, { error: "Criteria must be a list." }),
  })
  .check(
    z.superRefine((config, ctx) => {
      const seen = new Map<string, number>();
      config.criteria.forEach((c, i) => {
        const key = c.name.toLowerCase();
        const first = seen.get(key);
        if (first !== undefined) {
          ctx.issues.push({
            code: "custom",
            input: c.name,
            path: ["criteria", i, "name"],
            message: `Criterion name "${c.name}" is used twice (also criterion ${first + 1}).`,
          });
        } else {
          seen.set(key, i);
        }
      });
    }),
  );

export type KamConfigInput = z.input<typeof KamConfigSchema>;
type ParsedConfig = z.output<typeof KamConfigSchema>;
export type Criterion = ParsedConfig["criteria"][number];
export type Axis = Criterion["axis"];
/** A validated, normalised configuration: every default filled in. */
export type KamConfig = Omit<ParsedConfig, "cuts" | "revenueColumn"> & {
  revenueColumn?: string;
  cuts: { attractiveness: number; strength: number };
};

export interface ConfigProblem {
  /** Path of the field, e.g. ["criteria", 2, "weight"]. */
  path: (string | number)[];
  message: string;
}

export type ConfigResult = { ok: true; config: KamConfig } | { ok: false; problems: ConfigProblem[] };

/** Validates and normalises (trimmed texts, defaults, cuts at the scale's midpoint when not set). */
export function validateConfig(input: unknown): ConfigResult {
  const parsed = KamConfigSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
        message: issue.message,
      })),
    };
  }
  const { cuts, revenueColumn, ...rest } = parsed.data;
  const config: KamConfig = {
    ...rest,
    cuts: cuts ?? { attractiveness: defaultCut(rest.scaleMax), strength: defaultCut(rest.scaleMax) },
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

export function parseConfig(input: unknown): KamConfig {
  const result = validateConfig(input);
  if (!result.ok) throw new ConfigError(result.problems);
  return result.config;
}

/** The criteria on one axis that count (weight > 0). */
export function criteriaOnAxis(config: KamConfig, axis: Axis): Criterion[] {
  return config.criteria.filter((c) => c.axis === axis && c.weight > 0);
}
