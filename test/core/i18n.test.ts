import {
  CONCENTRATION_LABELS,
  CONCENTRATION_LEVEL_LABELS,
  QUADRANT_LABELS,
  QUADRANT_STRATEGIES,
} from "../../src/core/i18n";
import { LANGUAGES, languageForLocale } from "../../src/core/language";
import { QUADRANT_KEYS } from "../../src/core/quadrant";
import { CONCENTRATION_LABELS_EN } from "../support/concentrationLabels";

describe("languageForLocale", () => {
  it('is German for locales starting with "de"', () => {
    for (const locale of ["de", "de_DE", "de_AT", "de_CH", "de-DE", "DE_de"]) {
      expect(languageForLocale(locale)).toBe("de");
    }
  });

  it("is English otherwise, and when the locale is unknown", () => {
    for (const locale of ["en", "en_US", "en_GB", "fr_FR", "nl_NL", "", null, undefined]) {
      expect(languageForLocale(locale)).toBe("en");
    }
  });

  it("offers exactly en and de", () => {
    expect(LANGUAGES).toEqual(["en", "de"]);
  });
});

describe("quadrant labels", () => {
  it("are the contract's English and German labels", () => {
    expect(QUADRANT_LABELS.en).toEqual({
      keyAccount: "Key account",
      keyDevelopment: "Key development",
      maintenance: "Maintenance",
      opportunistic: "Opportunistic",
    });
    expect(QUADRANT_LABELS.de).toEqual({
      keyAccount: "Schlüsselkunde",
      keyDevelopment: "Entwicklungskunde",
      maintenance: "Pflegekunde",
      opportunistic: "Gelegenheitskunde",
    });
  });

  it("have a strategy line for every quadrant in both languages", () => {
    for (const language of LANGUAGES) {
      for (const key of QUADRANT_KEYS) expect(QUADRANT_STRATEGIES[language][key]).toMatch(/\S/);
    }
  });
});

describe("concentration labels", () => {
  it("are the contract's nine rows in order", () => {
    expect(CONCENTRATION_LABELS.en).toEqual(CONCENTRATION_LABELS_EN);
    expect(CONCENTRATION_LABELS.de).toHaveLength(9);
    expect(CONCENTRATION_LABELS.de[4]).toBe("HHI");
  });

  it("name the levels in lower case: low/moderate/high and gering/mittel/hoch", () => {
    expect(CONCENTRATION_LEVEL_LABELS.en).toEqual({ low: "low", moderate: "moderate", high: "high" });
    expect(CONCENTRATION_LEVEL_LABELS.de).toEqual({ low: "gering", moderate: "mittel", high: "hoch" });
  });
});
