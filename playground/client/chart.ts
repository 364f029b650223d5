import type { ChartView } from "../view";

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
  return [lo, hi];
}

function ticks([lo, hi]: [number, number]): number[] {
  const step = Math.max(1, Math.round((hi - lo) / 10));
  const out: number[] = [];
  for (let v = Math.ceil(lo); v <= hi; v += step) out.push(v);
  return out;
}

/** A bubble chart drawn from the chart's own data and options: colours per series, a legend, axis ticks. */
export function bubbleChartSvg(chart: ChartView): string {
  const { width, height } = chart;
  const legendWidth = 150;
  const margin = { left: 48, right: 16 + legendWidth, top: 36, bottom: 44 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const [x0, x1] = chart.xRange ?? extent(chart.points.map((p) => p.x));
  const [y0, y1] = chart.yRange ?? extent(chart.points.map((p) => p.y));
  const sx = (x: number) => margin.left + ((x - x0) / (x1 - x0)) * plotWidth;
  const sy = (y: number) => margin.top + plotHeight - ((y - y0) / (y1 - y0)) * plotHeight;
  const maxSize = Math.max(1, ...chart.points.map((p) => p.size));
  const radius = (size: number) => (size <= 0 ? 1.5 : 3 + Math.sqrt(size / maxSize) * 22);
  const colorOf = new Map(chart.series.map((s) => [s.name, s.color]));

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(chart.title)}">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${margin.left + plotWidth / 2}" y="22" text-anchor="middle" font-size="14" font-weight="600">${escapeXml(chart.title)}</text>`,
    `<rect x="${margin.left}" y="${margin.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#dadce0"/>`,
  ];
  for (const t of ticks([x0, x1])) {
    parts.push(
      `<text x="${sx(t)}" y="${margin.top + plotHeight + 14}" text-anchor="middle" font-size="10" fill="#5f6368">${t}</text>`,
    );
  }
  for (const t of ticks([y0, y1])) {
    parts.push(
      `<text x="${margin.left - 6}" y="${sy(t) + 3}" text-anchor="end" font-size="10" fill="#5f6368">${t}</text>`,
    );
  }
  parts.push(
    `<text x="${margin.left + plotWidth / 2}" y="${height - 10}" text-anchor="middle" font-size="12">${escapeXml(chart.xTitle)}</text>`,
    `<text transform="translate(14 ${margin.top + plotHeight / 2}) rotate(-90)" text-anchor="middle" font-size="12">${escapeXml(chart.yTitle)}</text>`,
  );
  for (const p of [...chart.points].sort((a, b) => b.size - a.size)) {
    const color = colorOf.get(p.series) ?? "#1a73e8";
    parts.push(
      `<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="${radius(p.size).toFixed(1)}" fill="${color}" fill-opacity="${p.size > 0 ? 0.55 : 1}" stroke="${color}"><title>${escapeXml(p.label || p.series)}</title></circle>`,
    );
  }
  chart.series.forEach((s, i) => {
    const y = margin.top + 10 + i * 20;
    const x = width - legendWidth;
    parts.push(
      `<circle cx="${x}" cy="${y}" r="5" fill="${s.color}"/>`,
      `<text x="${x + 10}" y="${y + 4}" font-size="11">${escapeXml(s.name)}</text>`,
    );
  });
  parts.push("</svg>");
  return parts.join("");
}
