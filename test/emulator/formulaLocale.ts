/**
 * Which spreadsheet locales write formulas with `;` between arguments (and `\` between the columns of an
 * array literal). Google's documentation does not list them; the list below is the one a Stack Overflow
 * answer compiled from Sheets' File > Settings locales ("locale differences in google sheets", question
 * 73767719, September 2022): 28 locales use `,`, all others `;`. The 28 are named by country (and language
 * where a country has several), mapped here to locale codes as Apps Script's getSpreadsheetLocale reports
 * them ("en_US", "de_DE").
 *
 * What real Sheets does with English formula text written as a value (setValue("=SUM(A1,B1)")) into a
 * `;` locale is unconfirmed, so the emulator refuses it as not emulated (see docs/REAL-SHEETS-CHECKLIST.md);
 * setFormula/setFormulas take the English syntax in every locale, as Google's Range reference shows.
 */

/** Countries whose every Sheets locale uses `,`: Australia, China, Egypt, Hong Kong, India (all its
 * languages), Ireland, Israel, Japan, Mexico, Mongolia, Myanmar, Philippines, South Korea, Switzerland,
 * Taiwan, Thailand, the United Kingdom (English and Welsh), the United States. */
const COMMA_COUNTRIES = new Set([
  "AU",
  "CN",
  "EG",
  "HK",
  "IN",
  "IE",
  "IL",
  "JP",
  "MX",
  "MN",
  "MM",
  "PH",
  "KR",
  "CH",
  "TW",
  "TH",
  "GB",
  "US",
]);

/** Canada: English uses `,`, French `;`. */
const COMMA_LOCALES = new Set(["en_CA"]);

/** Languages whose bare locale code (no country) Sheets treats like the countries above. */
const COMMA_LANGUAGES = new Set(["en", "ja", "zh", "ko", "th", "he", "iw", "hi", "mn", "my"]);

/** True when formulas in this spreadsheet locale separate arguments with `;`. */
export function usesSemicolonSeparators(locale: string): boolean {
  const [language = "", country] = locale.replace("-", "_").split("_");
  if (COMMA_LOCALES.has(`${language.toLowerCase()}_${(country ?? "").toUpperCase()}`)) return false;
  if (country === undefined) return !COMMA_LANGUAGES.has(language.toLowerCase());
  return !COMMA_COUNTRIES.has(country.toUpperCase());
}
