import type { QuadrantKey } from "./quadrant";
import type { ConcentrationLevel, ConcentrationSummary } from "./revenue";
import type { Language } from "./language";

export const QUADRANT_LABELS: Record<Language, Record<QuadrantKey, string>> = {
  en: {
    keyAccount: "Key account",
    keyDevelopment: "Key development",
    maintenance: "Maintenance",
    opportunistic: "Opportunistic",
  },
  de: {
    keyAccount: "Schlüsselkunde",
    keyDevelopment: "Entwicklungskunde",
    maintenance: "Pflegekunde",
    opportunistic: "Gelegenheitskunde",
  },
};

export const QUADRANT_STRATEGIES: Record<Language, Record<QuadrantKey, string>> = {
  en: {
    keyAccount: "Invest: strategic partnership and joint planning.",
    keyDevelopment: "Invest selectively: win share, these are the future stars.",
    maintenance: "Maintain efficiently and protect the margin.",
    opportunistic: "Serve at low cost and manage for cash.",
  },
  de: {
    keyAccount: "Investieren: strategische Partnerschaft und gemeinsame Planung.",
    keyDevelopment: "Gezielt investieren: Anteil gewinnen, das sind die künftigen Stars.",
    maintenance: "Effizient pflegen und die Marge sichern.",
    opportunistic: "Mit geringem Aufwand bedienen, auf Deckungsbeitrag steuern.",
  },
};

/** A row of the concentration table: KAM_CONCENTRATION and the matrix overview both list these, in order. */
export interface ConcentrationRow {
  id: keyof ConcentrationSummary;
  label: Record<Language, string>;
  /** The spreadsheet number format its value is shown in. */
  format: string;
  /** The value as KAM_CONCENTRATION returns it: a number, the mono-customer flag, or the level's word. */
  value: (c: ConcentrationSummary, language: Language) => number | boolean | string;
}

/** The concentration rows of the reference (docs/REFERENCE.md): one list, so a row is added in one place. */
export const CONCENTRATION_ROWS: readonly ConcentrationRow[] = [
  { id: "customers", label: { en: "Customers", de: "Kunden" }, format: "0", value: (c) => c.customers },
  {
    id: "largestShare",
    label: { en: "Largest share", de: "Größter Anteil" },
    format: "0.0%",
    value: (c) => c.largestShare,
  },
  {
    id: "top5Share",
    label: { en: "Top 5 share", de: "Anteil Top 5" },
    format: "0.0%",
    value: (c) => c.top5Share,
  },
  {
    id: "top10Share",
    label: { en: "Top 10 share", de: "Anteil Top 10" },
    format: "0.0%",
    value: (c) => c.top10Share,
  },
  { id: "hhi", label: { en: "HHI", de: "HHI" }, format: "#,##0", value: (c) => c.hhi },
  {
    id: "effectiveCustomers",
    label: { en: "Effective number of customers", de: "Effektive Anzahl Kunden" },
    format: "0.0",
    value: (c) => c.effectiveCustomers ?? "",
  },
  {
    id: "customersWithTenPercent",
    label: { en: "Customers with 10% or more", de: "Kunden mit 10 % oder mehr" },
    format: "0",
    value: (c) => c.customersWithTenPercent,
  },
  {
    id: "monoCustomer",
    label: { en: "Mono-customer", de: "Monokunde" },
    format: "General",
    value: (c) => c.monoCustomer,
  },
  {
    id: "level",
    label: { en: "Concentration", de: "Konzentration" },
    format: "General",
    value: (c, language) => CONCENTRATION_LEVEL_LABELS[language][c.level],
  },
];

/** The row labels alone, per language (derived from CONCENTRATION_ROWS). */
export const CONCENTRATION_LABELS: Record<Language, readonly string[]> = {
  en: CONCENTRATION_ROWS.map((r) => r.label.en),
  de: CONCENTRATION_ROWS.map((r) => r.label.de),
};

export const CONCENTRATION_LEVEL_LABELS: Record<Language, Record<ConcentrationLevel, string>> = {
  en: { low: "low", moderate: "moderate", high: "high" },
  de: { low: "gering", moderate: "mittel", high: "hoch" },
};
