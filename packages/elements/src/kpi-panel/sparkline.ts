/** The points of a sparkline in a 100 × 24 box (y down), as polyline segments. */
export interface SparklineShape {
  /** One `points` attribute per run of periods with a figure; a gap between runs. */
  readonly segments: readonly string[];
  /** The lowest and highest figure, and how many periods had none. */
  readonly low: number;
  readonly high: number;
  readonly gaps: number;
}

/** The sparkline's box: the figure's width is stretched to it, its height kept. */
export const SPARK_WIDTH = 100;
export const SPARK_HEIGHT = 24;
const PAD = 3;

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * Lays out a series of figures (oldest first; `null` where a period has none) as a sparkline:
 * x spread evenly over the periods, y over the series' own range (a flat series in the middle).
 * A period without a figure breaks the line; a lone figure between gaps is a short dash.
 * `undefined` when no period has a figure.
 */
export function sparklineShape(values: readonly (number | null)[]): SparklineShape | undefined {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return undefined;
  const low = Math.min(...known);
  const high = Math.max(...known);
  const step = values.length > 1 ? SPARK_WIDTH / (values.length - 1) : 0;
  const y = (v: number) =>
    high === low ? SPARK_HEIGHT / 2 : PAD + ((high - v) / (high - low)) * (SPARK_HEIGHT - 2 * PAD);
  const segments: string[] = [];
  let run: [number, number][] = [];
  const flush = () => {
    if (run.length === 1) {
      const [x, yy] = run[0] ?? [0, 0];
      run = [
        [Math.max(0, x - 1.5), yy],
        [Math.min(SPARK_WIDTH, x + 1.5), yy],
      ];
    }
    if (run.length > 0) segments.push(run.map(([x, yy]) => `${round(x)},${round(yy)}`).join(' '));
    run = [];
  };
  values.forEach((v, i) => {
    if (v === null) flush();
    else run.push([i * step, y(v)]);
  });
  flush();
  return { segments, low, high, gaps: values.length - known.length };
}
