import { QUADRANT_KEYS, quadrantOf } from "../../src/core/quadrant";
import { midpoint } from "../../src/core/points";

const cuts = { attractiveness: 5.5, strength: 5.5 };

describe("quadrantOf", () => {
  it("places each combination of high and low in its quadrant", () => {
    expect(quadrantOf(8, 8, cuts)).toBe("keyAccount");
    expect(quadrantOf(8, 2, cuts)).toBe("keyDevelopment");
    expect(quadrantOf(2, 8, cuts)).toBe("maintenance");
    expect(quadrantOf(2, 2, cuts)).toBe("opportunistic");
  });

  it("counts a value equal to the cut as high", () => {
    expect(quadrantOf(5.5, 5.5, cuts)).toBe("keyAccount");
    expect(quadrantOf(5.5, 5.49, cuts)).toBe("keyDevelopment");
    expect(quadrantOf(5.49, 5.5, cuts)).toBe("maintenance");
  });

  it("uses each axis' own cut", () => {
    // attractiveness 3 >= 3 is high, strength 3 < 3.5 is low
    expect(quadrantOf(3, 3, { attractiveness: 3, strength: 3.5 })).toBe("keyDevelopment");
    expect(quadrantOf(3, 3, { attractiveness: 3.5, strength: 3 })).toBe("maintenance");
  });

  it("knows four quadrants", () => {
    expect([...QUADRANT_KEYS].sort()).toEqual([
      "keyAccount",
      "keyDevelopment",
      "maintenance",
      "opportunistic",
    ]);
  });
});

describe("midpoint, the default cut", () => {
  it("is the middle of the 1..scale_max scale", () => {
    expect(midpoint(10)).toBe(5.5);
    expect(midpoint(5)).toBe(3);
    expect(midpoint(100)).toBe(50.5);
  });
});
