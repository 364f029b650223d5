import type { ChartView } from "../view";

const PALETTE = ["#1a73e8", "#188038", "#e37400", "#d93025", "#9334e6", "#12b5cb"];

/** Account names are data: escape them before they enter SVG markup. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function extent(values: number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.05;
  return [lo - pad, hi + pad];
}

/** A bubble chart drawn from the chart's data: x, y, bubble size and the cut lines. */
export function bubbleChartSvg(chart: ChartView): string {
  const width = chart.width;
  const height = chart.height;
  const margin = { left: 48, right: 16, top: 32, bottom: 40 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const lineXs = chart.lines.flatMap((l) => l.points.map((p) => p.x));
  const lineYs = chart.lines.flatMap((l) => l.points.map((p) => p.y));
  const [x0, x1] = extent([...chart.points.map((p) => p.x), ...lineXs]);
  const [y0, y1] = extent([...chart.points.map((p) => p.y), ...lineYs]);
  const sx = (x: number) => margin.left + ((x - x0) / (x1 - x0)) * plotWidth;
  const sy = (y: number) => margin.top + plotHeight - ((y - y0) / (y1 - y0)) * plotHeight;
  const maxSize = Math.max(1, ...chart.points.map((p) => p.size));
  const radius = (size: number) => 4 + Math.sqrt(Math.max(0, size) / maxSize) * 22;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(chart.title)}">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="14" font-weight="600">${escapeXml(chart.title)}</text>`,
    `<rect x="${margin.left}" y="${margin.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#dadce0"/>`,
    `<text x="${margin.left + plotWidth / 2}" y="${height - 8}" text-anchor="middle" font-size="12">${escapeXml(chart.xTitle)}</text>`,
    `<text transform="translate(14 ${margin.top + plotHeight / 2}) rotate(-90)" text-anchor="middle" font-size="12">${escapeXml(chart.yTitle)}</text>`,
  ];
  for (const line of chart.lines) {
    const d = line.points
      .map((p, i) => `${i ? "L" : "M"}${sx(p.x).toFixed(1)} ${sy(p.y).toFixed(1)}`)
      .join(" ");
    parts.push(
      `<path d="${d}" stroke="#5f6368" stroke-dasharray="6 4" fill="none"><title>${escapeXml(line.label)}</title></path>`,
    );
  }
  chart.points.forEach((p, i) => {
    const color = PALETTE[i % PALETTE.length] as string;
    parts.push(
      `<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="${radius(p.size).toFixed(1)}" fill="${color}" fill-opacity="0.45" stroke="${color}"><title>${escapeXml(p.label)}</title></circle>`,
    );
  });
  parts.push("</svg>");
  return parts.join("");
}
