import type { QuadrantKey } from "./quadrant";
import type { ConcentrationLevel } from "./revenue";

export type Language = "en" | "de";
export const LANGUAGES: readonly Language[] = ["en", "de"];

/** German where the locale starts with "de" (de, de_DE, de_AT, de_CH), else English. */
export function languageForLocale(locale: string | null | undefined): Language {
  return typeof locale === "string" && /^de\b|^de[_-]/i.test(locale) ? "de" : "en";
}

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

export const CONCENTRATION_LABELS: Record<Language, readonly string[]> = {
  en: [
    "Customers",
    "Largest share",
    "Top 5 share",
    "Top 10 share",
    "HHI",
    "Effective number of customers",
    "Customers with 10% or more",
    "Mono-customer",
    "Concentration",
  ],
  de: [
    "Kunden",
    "Größter Anteil",
    "Anteil Top 5",
    "Anteil Top 10",
    "HHI",
    "Effektive Anzahl Kunden",
    "Kunden mit 10 % oder mehr",
    "Monokunde",
    "Konzentration",
  ],
};

export const CONCENTRATION_LEVEL_LABELS: Record<Language, Record<ConcentrationLevel, string>> = {
  en: { low: "low", moderate: "moderate", high: "high" },
  de: { low: "gering", moderate: "mittel", high: "hoch" },
};
