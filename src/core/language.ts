/** The add-on's two languages. A leaf module: everything else in the core may import it, it imports nothing. */
export type Language = "en" | "de";
export const LANGUAGES = ["en", "de"] as const satisfies readonly Language[];

/** German where the locale starts with "de" (de, de_DE, de_AT, de_CH), else English. */
export function languageForLocale(locale: string | null | undefined): Language {
  return typeof locale === "string" && /^de\b|^de[_-]/i.test(locale) ? "de" : "en";
}
