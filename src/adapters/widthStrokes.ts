/** Consecutive columns of one width, as the layouts give them. */
export interface WidthRun {
  col: number;
  count: number;
  width: number;
}

/**
 * The fewest `Sheet.setColumnWidths(col, count, width)` calls that leave every column at its run's width,
 * in the order to make them: a later call overrides an earlier one where they overlap, so 110, 236, 64,
 * 236, 64 takes four calls (236 across B:D, then 64 on C and on E) instead of five. `background` is the
 * width every column has already (a new sheet's default), or null when unknown: runs of that width then
 * need no call. (The "strange printer" recurrence: the first run's call may reach to a later run of the
 * same width, covering what lies between, which is then painted on top.)
 */
export function widthStrokes(runs: readonly WidthRun[], background: number | null): WidthRun[] {
  const segments: WidthRun[][] = [[]];
  for (const run of runs) {
    if (run.width === background) segments.push([]);
    else (segments[segments.length - 1] as WidthRun[]).push(run);
  }
  return segments.flatMap(paintSegment);
}

interface Stroke {
  from: number;
  to: number;
}

function paintSegment(runs: readonly WidthRun[]): WidthRun[] {
  const memo = new Map<string, Stroke[]>();
  // Strokes over runs i..j, in painting order; the first one covers run i.
  const solve = (i: number, j: number): Stroke[] => {
    if (i > j) return [];
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known) return known;
    let best: Stroke[] = [{ from: i, to: i }, ...solve(i + 1, j)];
    for (let k = i + 1; k <= j; k++) {
      if ((runs[k] as WidthRun).width !== (runs[i] as WidthRun).width) continue;
      const [first, ...rest] = solve(k, j) as [Stroke, ...Stroke[]];
      const candidate = [{ from: i, to: first.to }, ...solve(i + 1, k - 1), ...rest];
      if (candidate.length < best.length) best = candidate;
    }
    memo.set(key, best);
    return best;
  };
  return solve(0, runs.length - 1).map(({ from, to }) => {
    const start = runs[from] as WidthRun;
    const end = runs[to] as WidthRun;
    return { col: start.col, count: end.col + end.count - start.col, width: start.width };
  });
}
