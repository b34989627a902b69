import { ASSESSMENT_METRIC_NAMES, UNMEASURED_REASON_TEXTS } from '../i18n/assessment-messages.js';
import type { Locale } from '../i18n/locale.js';
import type { LocalizedText } from '../i18n/localized-text.js';
import type { Assessment, MetricAssessment } from './assess.js';
import { METRIC_DEFINITIONS, type AssessmentMetricName } from './assessment-metric.js';

const SUBJECTS: Readonly<Record<Assessment['subject']['kind'], LocalizedText>> = {
  grid: { 'zh-CN': '网格', en: 'Grid' },
  'micro-grid': { 'zh-CN': '微网格', en: 'Micro-grid' },
  worker: { 'zh-CN': '网格员', en: 'Worker' },
};

/** A metric's value in its unit: `92.0%`, `3 件`, `4.20 km`, `2.5 小时`. @internal */
export function formatValue(metric: AssessmentMetricName, value: number, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (METRIC_DEFINITIONS[metric].unit) {
    case 'share':
      return `${(value * 100).toFixed(1)}%`;
    case 'cases':
      return zh ? `${value} 件` : `${value} case${value === 1 ? '' : 's'}`;
    case 'metres':
      return value >= 1000
        ? `${(value / 1000).toFixed(2)}${zh ? ' 公里' : ' km'}`
        : `${value.toFixed(0)}${zh ? ' 米' : ' m'}`;
    case 'hours':
      return `${value.toFixed(2)}${zh ? ' 小时' : ' h'}`;
  }
}

const points = (value: number) => value.toFixed(1);
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** One metric's line of the explanation. @internal */
export function explainMetric(
  m: Omit<MetricAssessment, 'explanation'>,
  policy: Assessment['unmeasuredPolicy'],
): LocalizedText {
  const line = (locale: Locale): string => {
    const zh = locale === 'zh-CN';
    const name = ASSESSMENT_METRIC_NAMES[m.metric][locale];
    const target = formatValue(m.metric, m.target, locale);
    const rule =
      m.scoring === 'threshold' || m.floor === undefined
        ? zh
          ? `目标 ${target}，达标得满分`
          : `target ${target}, all or nothing`
        : zh
          ? `下限 ${formatValue(m.metric, m.floor, locale)}，目标 ${target}`
          : `floor ${formatValue(m.metric, m.floor, locale)}, target ${target}`;
    if (m.value === null) {
      const why = m.unmeasuredReason ? UNMEASURED_REASON_TEXTS[m.unmeasuredReason][locale] : '';
      if (policy === 'zero') {
        return zh
          ? `${name}：未能计量（${why}），按 0 分计，权重 ${percent(m.effectiveWeight)}`
          : `${name}: not measured (${why}), scored 0 at weight ${percent(m.effectiveWeight)}`;
      }
      return zh
        ? `${name}：未能计量（${why}），其权重 ${String(m.weight)} 按比例分给已计量的指标`
        : `${name}: not measured (${why}); its weight of ${String(m.weight)} is shared out over the measured metrics`;
    }
    const value = formatValue(m.metric, m.value, locale);
    const sub = points(m.subScore ?? 0);
    return zh
      ? `${name} ${value}（${rule}）得 ${sub} 分 × 权重 ${percent(m.effectiveWeight)} = ${points(m.contribution)} 分`
      : `${name} ${value} (${rule}): ${sub} points × weight ${percent(m.effectiveWeight)} = ${points(m.contribution)}`;
  };
  return { 'zh-CN': line('zh-CN'), en: line('en') };
}

/** The whole assessment in a paragraph. @internal */
export function explainAssessment(a: Omit<Assessment, 'explanation'>): LocalizedText {
  const subject = SUBJECTS[a.subject.kind];
  const zhLines = a.metrics.map((m) => m.explanation['zh-CN']).join('；');
  const enLines = a.metrics.map((m) => m.explanation.en).join('; ');
  if (a.score === null) {
    return {
      'zh-CN': `${subject['zh-CN']} ${a.subject.id} 在 ${a.from} 至 ${a.to} 没有可计量且有权重的指标，无法评分（方案 ${a.schemeId}）。${zhLines}。`,
      en: `${subject.en} ${a.subject.id} has no measurable metric with a weight from ${a.from} to ${a.to}, so it cannot be scored (scheme ${a.schemeId}). ${enLines}.`,
    };
  }
  const zhShare =
    a.unmeasured.length > 0 && a.unmeasuredPolicy === 'renormalize'
      ? `已计量指标占总权重的 ${percent(a.measuredWeightShare)}。`
      : '';
  const enShare =
    a.unmeasured.length > 0 && a.unmeasuredPolicy === 'renormalize'
      ? ` The measured metrics carry ${percent(a.measuredWeightShare)} of the scheme's weight.`
      : '';
  return {
    'zh-CN': `${subject['zh-CN']} ${a.subject.id} 在 ${a.from} 至 ${a.to} 的考核得分为 ${points(a.score)} 分（满分 100，方案 ${a.schemeId}）。${zhShare}${zhLines}。`,
    en: `${subject.en} ${a.subject.id} scores ${points(a.score)} of 100 from ${a.from} to ${a.to} (scheme ${a.schemeId}).${enShare} ${enLines}.`,
  };
}
