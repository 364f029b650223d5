import { LANGUAGES, languageForLocale } from "../../src/core/language";

describe("languageForLocale", () => {
  it.each(["de", "de-AT", "de_CH", "de_DE", "DE", "De-de"])(
    'is German for "%s": the language part is de',
    (locale) => {
      expect(languageForLocale(locale)).toBe("de");
    },
  );

  it.each(["dea", "den_DK", "en-de", "en_DE", "en-de_DE", "fr_de-CH", "nl", "en_US", ""])(
    'is English for "%s": de only as the language part at the start',
    (locale) => {
      expect(languageForLocale(locale)).toBe("en");
    },
  );

  it("is English when the locale is unknown or not a text", () => {
    expect(languageForLocale(null)).toBe("en");
    expect(languageForLocale(undefined)).toBe("en");
    // A value that would read as "de" once turned into a text is still not a locale.
    for (const value of [["de"], { toString: () => "de" }, 0]) {
      expect(languageForLocale(value as unknown as string)).toBe("en");
    }
  });

  it("answers one of the add-on's languages", () => {
    for (const locale of ["de", "fr", null]) expect(LANGUAGES).toContain(languageForLocale(locale));
  });
});
