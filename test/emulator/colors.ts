const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#ffffff",
  red: "#ff0000",
  green: "#008000",
  lime: "#00ff00",
  blue: "#0000ff",
  yellow: "#ffff00",
  orange: "#ffa500",
  gray: "#808080",
  grey: "#808080",
  silver: "#c0c0c0",
  purple: "#800080",
  cyan: "#00ffff",
  magenta: "#ff00ff",
  navy: "#000080",
  teal: "#008080",
  maroon: "#800000",
  olive: "#808000",
};

export const DEFAULT_BACKGROUND = "#ffffff";
export const DEFAULT_FONT_COLOR = "#000000";

/** Sheets reports colours as lowercase #rrggbb; null when the text is no colour Sheets knows. */
export function normalizeColor(color: string): string | null {
  const text = color.trim().toLowerCase();
  if (NAMED[text]) return NAMED[text];
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  if (/^#[0-9a-f]{3}$/.test(text)) return "#" + [...text.slice(1)].map((c) => c + c).join("");
  return null;
}

function rgb(color: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
}

/** Linear interpolation between two #rrggbb colours, t in [0, 1]. */
export function mixColors(from: string, to: string, t: number): string {
  const a = rgb(from);
  const b = rgb(to);
  const clamp = Math.min(1, Math.max(0, t));
  return (
    "#" +
    a
      .map((x, i) => Math.round(x + ((b[i] ?? 0) - x) * clamp))
      .map((x) => x.toString(16).padStart(2, "0"))
      .join("")
  );
}
