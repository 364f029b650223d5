import { LANGUAGES } from "../../src/core/language";
import { CHOICE_WORDS, NO_QUADRANT_WORD, SETTINGS, SHEET_TEXTS } from "../../src/adapters/configLayout";
import {
  CRITERIA_HEADER_WORDS,
  NO_QUADRANT_WORDS,
  SETTING_LABEL_WORDS,
  choiceOfWord,
  isWord,
  settingOfLabel,
  type ChoiceField,
} from "../../src/adapters/sheetWords";

/**
 * The display texts may be reworded; the words read back may only grow. A rewording that is not added to
 * sheetWords.ts fails here (the sheet it writes could not be read); removing an old word fails the frozen
 * sheets in frozenSheets.test.ts.
 */
describe("words read back from the KAM Criteria sheet", () => {
  it.each(LANGUAGES)("accept every label the sheet writes (%s)", (language) => {
    for (const key of SETTINGS) {
      expect([key, settingOfLabel(SHEET_TEXTS[language].settings[key][0])]).toEqual([key, key]);
    }
    expect(isWord(SHEET_TEXTS[language].criteria.name, CRITERIA_HEADER_WORDS)).toBe(true);
    expect(isWord(NO_QUADRANT_WORD[language], NO_QUADRANT_WORDS)).toBe(true);
  });

  it.each(LANGUAGES)("accept every choice word the sheet writes, for its own value (%s)", (language) => {
    for (const field of Object.keys(CHOICE_WORDS) as ChoiceField[]) {
      const words = CHOICE_WORDS[field][language] as Record<string, string>;
      for (const [value, word] of Object.entries(words)) {
        expect([field, word, choiceOfWord(field, word)]).toEqual([field, word, value]);
      }
    }
  });

  it("match trimmed and case-insensitively, and no label stands for two settings", () => {
    expect(settingOfLabel("  data SHEET ")).toBe("dataSheet");
    expect(choiceOfWord("axis", " STÄRKE")).toBe("strength");
    expect(choiceOfWord("quadrant", "keyDevelopment")).toBe("keyDevelopment");
    expect(choiceOfWord("input", "sqrt")).toBeUndefined();
    const all = Object.values(SETTING_LABEL_WORDS).flatMap((words) => words.map((w) => w.toLowerCase()));
    expect(new Set(all).size).toBe(all.length);
  });
});
