import { ArgumentProblem, isBlank, isValidNumber, notANumber, type ResultValue } from "../core/cells";
import { CONCENTRATION_ROWS, QUADRANT_LABELS } from "../core/i18n";
import { LANGUAGES, type Language } from "../core/language";
import { midpoint, DEFAULT_SCALE_MAX, kamPoints } from "../core/points";
import { quadrantOf } from "../core/quadrant";
import { DEFAULT_ABC, abcClasses, concentrationOf, revenueShares, validRevenues } from "../core/revenue";
import { validateWeights, weightedContributions, weightedScores } from "../core/score";
import { spreadsheetLanguage } from "../adapters/locale";
import {
  asCustomFunction,
  columnArg,
  columnResult,
  gridResult,
  isOmitted,
  optionalChoice,
  optionalNumberArg,
  rangeArg,
  weightList,
  type SheetArg,
  type SheetResult,
} from "./args";

/**
 * Weighted KAM score per account: the weighted mean of its points. Blank points are skipped and the other
 * weights re-normalised; a row with no points stays blank.
 *
 * @param {number[][]} points The points, one row per account and one column per criterion.
 * @param {number[][]} weights One weight per criterion column, as one row or one column. Blank counts as 0.
 * @return One score per row, on the points' own scale.
 * @example =KAM_SCORE(C2:H41, KAM_WEIGHTS)
 * @customfunction
 */
export function KAM_SCORE(points: SheetArg, weights: SheetArg): SheetResult {
  return asCustomFunction("KAM_SCORE", () => {
    const range = rangeArg("points", points);
    const w = weightList(weights, range.columns);
    validateWeights(w);
    return columnResult(weightedScores(range.grid, w), range.single);
  });
}

/**
 * What each criterion adds to each account's KAM score: weight times points divided by the row's usable
 * weights, so that a row's cells add up to its KAM_SCORE. Blank points and zero weights give blank cells.
 *
 * @param {number[][]} points The points, one row per account and one column per criterion.
 * @param {number[][]} weights One weight per criterion column, as one row or one column. Blank counts as 0.
 * @return One contribution per point, same shape as the points.
 * @example =KAM_CONTRIBUTION(C2:H41, KAM_WEIGHTS)
 * @customfunction
 */
export function KAM_CONTRIBUTION(points: SheetArg, weights: SheetArg): SheetResult {
  return asCustomFunction("KAM_CONTRIBUTION", () => {
    const range = rangeArg("points", points);
    const w = weightList(weights, range.columns);
    validateWeights(w);
    return gridResult(weightedContributions(range.grid, w), range.single);
  });
}

/**
 * Share of revenue per account: revenue divided by the total revenue.
 *
 * @param {number[][]} revenues The revenue of each account.
 * @param {number} total [optional] The company's total revenue. Default: the sum of the listed revenues.
 * @return The share of each revenue, same shape as the input.
 * @example =REVENUE_SHARE(B2:B41)
 * @customfunction
 */
export function REVENUE_SHARE(revenues: SheetArg, total?: SheetArg): SheetResult {
  return asCustomFunction("REVENUE_SHARE", () => {
    const range = rangeArg("revenues", revenues);
    return gridResult(revenueShares(range.grid, optionalNumberArg("total", total)), range.single);
  });
}

/**
 * Turns raw values (revenue, order count, cost to serve) into points from 1 to scale_max.
 *
 * @param {number[][]} values The raw values to convert.
 * @param {string} direction [optional] "higher" if more is better (default), "lower" if less is better.
 * @param {number} scale_max [optional] The highest number of points, 2 to 1000. Default 10.
 * @param {string} method [optional] "linear" (default) scales between low and high; "log" does so on the logarithm (for long tails such as revenue); "rank" uses the rank.
 * @param {number} low [optional] Fixed value that gets 1 point (linear and log; above 0 for log). Default: the smallest value (above 0 for log).
 * @param {number} high [optional] Fixed value that gets scale_max points (linear and log). Default: the largest value.
 * @return Points for each value, same shape as the input.
 * @example =KAM_POINTS(C2:C41, "lower", 10, "rank")
 * @customfunction
 */
export function KAM_POINTS(
  values: SheetArg,
  direction?: SheetArg,
  scale_max?: SheetArg,
  method?: SheetArg,
  low?: SheetArg,
  high?: SheetArg,
): SheetResult {
  return asCustomFunction("KAM_POINTS", () => {
    const range = rangeArg("values", values);
    const points = kamPoints(range.grid, {
      direction: optionalChoice("direction", direction, ["higher", "lower"]),
      scaleMax: optionalNumberArg("scale_max", scale_max) ?? DEFAULT_SCALE_MAX,
      method: optionalChoice("method", method, ["linear", "log", "rank"]),
      low: optionalNumberArg("low", low),
      high: optionalNumberArg("high", high),
    });
    return gridResult(points, range.single);
  });
}

/**
 * KAISM quadrant per account from its attractiveness and our relative strength.
 *
 * @param {number[][]} attractiveness The customer attractiveness score of each account.
 * @param {number[][]} strength Our relative strength with each account.
 * @param {number} cut_attractiveness [optional] Scores at or above this are high. Default: the middle of a 1-10 scale.
 * @param {number} cut_strength [optional] Scores at or above this are high. Default: the middle of a 1-10 scale.
 * @param {string} language [optional] "en" or "de". Default: the spreadsheet's language.
 * @return Key account, Key development, Maintenance or Opportunistic, one per row.
 * @example =KAM_QUADRANT(D2:D41, E2:E41, 6, 6, "de")
 * @customfunction
 */
export function KAM_QUADRANT(
  attractiveness: SheetArg,
  strength: SheetArg,
  cut_attractiveness?: SheetArg,
  cut_strength?: SheetArg,
  language?: SheetArg,
): SheetResult {
  return asCustomFunction("KAM_QUADRANT", () => {
    const a = columnArg("attractiveness", attractiveness);
    const s = columnArg("strength", strength);
    if (a.grid.length !== s.grid.length) {
      throw new ArgumentProblem(
        `attractiveness has ${a.grid.length} rows but strength has ${s.grid.length}; they must match.`,
      );
    }
    const cuts = {
      attractiveness:
        optionalNumberArg("cut_attractiveness", cut_attractiveness) ?? midpoint(DEFAULT_SCALE_MAX),
      strength: optionalNumberArg("cut_strength", cut_strength) ?? midpoint(DEFAULT_SCALE_MAX),
    };
    const labels = QUADRANT_LABELS[languageArg(language)];
    const out: ResultValue[] = a.grid.map((row, i) => {
      const av = row[0];
      const sv = s.grid[i]?.[0];
      if (isBlank(av) || isBlank(sv)) return "";
      if (!isValidNumber(av)) return notANumber("attractiveness", av);
      if (!isValidNumber(sv)) return notANumber("strength", sv);
      return labels[quadrantOf(av, sv, cuts)];
    });
    return columnResult(out, a.single && s.single);
  });
}

/**
 * Concentration of revenue: customers, largest share, top 5 and top 10 shares, HHI, effective number of
 * customers, customers with 10% or more, mono-customer flag and concentration level.
 *
 * @param {number[][]} revenues The revenue of each account.
 * @param {number} total [optional] The company's total revenue. Default: the sum of the listed revenues.
 * @param {string} language [optional] "en" or "de" for the labels. Default: the spreadsheet's language.
 * @return A table of nine rows: label and value.
 * @example =KAM_CONCENTRATION(B2:B41)
 * @customfunction
 */
export function KAM_CONCENTRATION(revenues: SheetArg, total?: SheetArg, language?: SheetArg): SheetResult {
  return asCustomFunction("KAM_CONCENTRATION", () => {
    const range = rangeArg("revenues", revenues);
    const c = concentrationOf(validRevenues(range.grid), optionalNumberArg("total", total));
    const lang = languageArg(language);
    return CONCENTRATION_ROWS.map((row): ResultValue[] => [row.label[lang], row.value(c, lang)]);
  });
}

/**
 * ABC (Pareto) class per account: A for the accounts that make the first 80% of revenue, B for the next
 * 15%, C for the rest.
 *
 * @param {number[][]} revenues The revenue of each account.
 * @param {number} a_share [optional] Revenue share covered by class A. Default 0.8.
 * @param {number} b_share [optional] Revenue share covered by classes A and B together. Default 0.95.
 * @return "A", "B" or "C" for each revenue, same shape as the input.
 * @example =KAM_ABC(B2:B41, 0.8, 0.95)
 * @customfunction
 */
export function KAM_ABC(revenues: SheetArg, a_share?: SheetArg, b_share?: SheetArg): SheetResult {
  return asCustomFunction("KAM_ABC", () => {
    const range = rangeArg("revenues", revenues);
    const shares = {
      a: optionalNumberArg("a_share", a_share) ?? DEFAULT_ABC.a,
      b: optionalNumberArg("b_share", b_share) ?? DEFAULT_ABC.b,
    };
    return gridResult(abcClasses(range.grid, shares), range.single);
  });
}

function languageArg(language: SheetArg): Language {
  return isOmitted("language", language)
    ? spreadsheetLanguage()
    : optionalChoice("language", language, LANGUAGES);
}
