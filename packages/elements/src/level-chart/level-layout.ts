import type { HandlingLevel } from '@wangge/core';
import type { LevelSeries } from './level-data.js';

/** How several reports are drawn: a group of bars each (`grouped`), or a 100 % bar each. */
export type LevelChartLayout = 'grouped' | 'stacked';

/** A bar (or a stacked bar's segment) of one level of one series. */
export interface LevelBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly level: HandlingLevel;
  readonly series: number;
  readonly count: number;
  readonly share: number | null;
}

/** A line of text of the drawing. */
export interface LevelText {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor: 'start' | 'middle' | 'end';
  /**
   * `axis` (names), `value` (figures beside bars), `series` (a group's heading), `segment` (a
   * share on a bar).
   */
  readonly kind: 'axis' | 'value' | 'series' | 'segment';
}

/** Everything the chart draws, in CSS pixels. */
export interface LevelDrawing {
  readonly width: number;
  readonly height: number;
  /** The 0–100 % tracks behind the bars. */
  readonly tracks: readonly { x: number; y: number; width: number; height: number }[];
  readonly bars: readonly LevelBar[];
  readonly texts: readonly LevelText[];
}

/** What the layout needs to say: names and figures, in the element's language. */
export interface LevelLabels {
  readonly level: (level: HandlingLevel) => string;
  /** A level's figure beside its bar: count and share, or "—". */
  readonly value: (count: number, share: number | null) => string;
  /** A stacked bar's total. */
  readonly total: (series: LevelSeries) => string;
  /** A share on a segment. */
  readonly percent: (share: number) => string;
}

const FONT = 13;
const ROW = 24;
const BAR = 14;
const STACK_ROW = 30;
const STACK_BAR = 18;
const HEADING = 22;
const GAP = 8;
const MIN_TRACK = 48;

/**
 * The width of a line of text, estimated (the chart is laid out before anything is measured):
 * CJK characters are about one em, others about 0.56 em, which is a little more than most
 * Latin text needs.
 */
export function textWidth(text: string, size = FONT): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? size : size * 0.56;
  return width;
}

const widest = (texts: readonly string[]) => texts.reduce((w, t) => Math.max(w, textWidth(t)), 0);

/**
 * Lays out the chart for a width: horizontal bars on a 0–100 % scale, the names on the left and
 * the figures on the right. `grouped`: four bars (grid, community, street, district) per
 * series, under the series' label when there are several; `stacked`: one bar per series, split
 * by level, with the share on each segment wide enough to hold it.
 */
export function layoutLevels(
  series: readonly LevelSeries[],
  layout: LevelChartLayout,
  width: number,
  labels: LevelLabels,
): LevelDrawing {
  const tracks: { x: number; y: number; width: number; height: number }[] = [];
  const bars: LevelBar[] = [];
  const texts: LevelText[] = [];
  if (layout === 'stacked') {
    const names = series.map((s) => s.label);
    const left = names.some(Boolean) ? Math.min(width * 0.4, widest(names) + 12) : 0;
    const right = widest(series.map((s) => labels.total(s))) + 10;
    const track = Math.max(MIN_TRACK, width - left - right);
    series.forEach((s, i) => {
      const y = i * STACK_ROW;
      const barY = y + (STACK_ROW - STACK_BAR) / 2;
      const mid = y + STACK_ROW / 2;
      if (left > 0) texts.push({ x: left - 8, y: mid, text: s.label, anchor: 'end', kind: 'axis' });
      tracks.push({ x: left, y: barY, width: track, height: STACK_BAR });
      let x = left;
      for (const row of s.rows) {
        const w = (row.share ?? 0) * track;
        bars.push({
          x,
          y: barY,
          width: w,
          height: STACK_BAR,
          level: row.level,
          series: i,
          count: row.count,
          share: row.share,
        });
        const percent = row.share === null ? '' : labels.percent(row.share);
        if (percent && w >= textWidth(percent, 12) + 8) {
          texts.push({ x: x + w / 2, y: mid, text: percent, anchor: 'middle', kind: 'segment' });
        }
        x += w;
      }
      texts.push({
        x: left + track + 6,
        y: mid,
        text: labels.total(s),
        anchor: 'start',
        kind: 'value',
      });
    });
    return { width, height: series.length * STACK_ROW, tracks, bars, texts };
  }
  const levelNames = series[0]?.rows.map((row) => labels.level(row.level)) ?? [];
  const values = series.flatMap((s) => s.rows.map((row) => labels.value(row.count, row.share)));
  const left = Math.min(width * 0.4, widest(levelNames) + 12);
  const right = widest(values) + 10;
  const track = Math.max(MIN_TRACK, width - left - right);
  const headed = series.length > 1;
  let y = 0;
  series.forEach((s, i) => {
    if (headed) {
      if (i > 0) y += GAP;
      texts.push({ x: 0, y: y + HEADING / 2, text: s.label, anchor: 'start', kind: 'series' });
      y += HEADING;
    }
    for (const row of s.rows) {
      const barY = y + (ROW - BAR) / 2;
      const mid = y + ROW / 2;
      const w = (row.share ?? 0) * track;
      texts.push({
        x: left - 8,
        y: mid,
        text: labels.level(row.level),
        anchor: 'end',
        kind: 'axis',
      });
      tracks.push({ x: left, y: barY, width: track, height: BAR });
      bars.push({
        x: left,
        y: barY,
        width: w,
        height: BAR,
        level: row.level,
        series: i,
        count: row.count,
        share: row.share,
      });
      texts.push({
        x: left + w + 6,
        y: mid,
        text: labels.value(row.count, row.share),
        anchor: 'start',
        kind: 'value',
      });
      y += ROW;
    }
  });
  return { width, height: y, tracks, bars, texts };
}
