import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_METRICS,
  ASSESSMENT_METRIC_NAMES,
  AssessmentScheme,
  DEFAULT_ASSESSMENT_SCHEME,
  METRIC_DEFINITIONS,
  parseAssessmentScheme,
  parseAssessmentSchemeJson,
} from '../../src/index.js';

function problems(input: unknown): [string, string][] {
  const result = parseAssessmentScheme(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => [issue.code, issue.path.join('.')]);
}

describe('assessment schemes', () => {
  it('accepts the default scheme, whose weights add up to 100', () => {
    const result = parseAssessmentScheme(DEFAULT_ASSESSMENT_SCHEME);
    expect(result.success).toBe(true);
    expect(DEFAULT_ASSESSMENT_SCHEME.metrics.reduce((sum, m) => sum + m.weight, 0)).toBe(100);
    expect(DEFAULT_ASSESSMENT_SCHEME.metrics.map((m) => m.metric)).toEqual([...ASSESSMENT_METRICS]);
    expect(Object.isFrozen(DEFAULT_ASSESSMENT_SCHEME.metrics[0])).toBe(true);
    if (result.success) expect(Object.isFrozen(result.data)).toBe(true);
  });

  it('names every metric in both languages and knows its direction', () => {
    for (const metric of ASSESSMENT_METRICS) {
      expect(ASSESSMENT_METRIC_NAMES[metric]['zh-CN']).not.toBe('');
      expect(ASSESSMENT_METRIC_NAMES[metric].en).not.toBe('');
    }
    expect(METRIC_DEFINITIONS['extension-rate'].direction).toBe('lower-better');
    expect(METRIC_DEFINITIONS['patrol-coverage'].direction).toBe('higher-better');
  });

  it('rejects unknown metrics with the list of known ones', () => {
    const result = parseAssessmentScheme({
      id: 's',
      metrics: [{ metric: 'happiness', weight: 1, floor: 0, target: 1 }],
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      const issue = result.error.issues[0];
      expect(issue?.code).toBe('assessment_unknown_metric');
      expect(issue?.path).toEqual(['metrics', 0, 'metric']);
      expect(issue?.message.en).toContain('on-time-rate');
      expect(issue?.message['zh-CN']).toContain('未知的考核指标');
    }
  });

  it('rejects negative weights, weights adding to 0 and metrics listed twice', () => {
    expect(
      problems({
        id: 's',
        metrics: [
          { metric: 'closure-rate', weight: -1, floor: 0.6, target: 0.9 },
          { metric: 'closure-rate', weight: 2, floor: 0.6, target: 0.9 },
        ],
      }),
    ).toEqual([
      ['assessment_negative_weight', 'metrics.0.weight'],
      ['assessment_duplicate_metric', 'metrics.1.metric'],
    ]);
    expect(
      problems({
        id: 's',
        metrics: [{ metric: 'closure-rate', weight: 0, floor: 0.6, target: 0.9 }],
      }),
    ).toEqual([['assessment_weights_zero', 'metrics']]);
  });

  it('checks directions, floors and targets against the metric', () => {
    expect(
      problems({
        id: 's',
        metrics: [
          // Better lower: the floor must be above the target.
          { metric: 'rework-rate', weight: 1, floor: 0.05, target: 0.3 },
          { metric: 'closure-rate', weight: 1, direction: 'lower-better', floor: 0.6, target: 0.9 },
          { metric: 'on-time-rate', weight: 1, target: 0.9 },
          { metric: 'patrol-coverage', weight: 1, floor: 0.2, target: 80 },
          { metric: 'patrol-time-per-day', weight: 1, floor: 1, target: 25 },
          { metric: 'overdue-now', weight: 1, scoring: 'threshold', target: 0 },
          { metric: 'extension-rate', weight: 1, floor: 0.3, target: 0.3 },
        ],
      }),
    ).toEqual([
      ['assessment_floor_target', 'metrics.0.floor'],
      ['assessment_direction_mismatch', 'metrics.1.direction'],
      ['assessment_floor_missing', 'metrics.2.floor'],
      ['assessment_value_out_of_range', 'metrics.3.target'],
      ['assessment_value_out_of_range', 'metrics.4.target'],
      ['assessment_floor_target', 'metrics.6.floor'],
    ]);
  });

  it('explains each problem in zh-CN and en', () => {
    const result = parseAssessmentScheme({
      id: 's',
      metrics: [{ metric: 'rework-rate', weight: 1, floor: 0.05, target: 0.3 }],
    });
    if (result.success) throw new Error('expected issues');
    expect(result.error.format('zh-CN')).toContain('越低越好：下限（得 0 分的值）应大于目标');
    expect(result.error.format('en')).toContain(
      'its floor (the value that scores 0) must be above',
    );
    expect(result.error.code).toBe('invalid_input');
  });

  it('reports wrong shapes with zod’s issues, and bad JSON', () => {
    expect(problems({ id: 's', metrics: [] })[0]?.[1]).toBe('metrics');
    expect(
      problems({ id: 's', metrics: [{ metric: 'closure-rate', weight: '1', target: 1 }] }),
    ).toEqual([['invalid_type', 'metrics.0.weight']]);
    expect(problems({ id: 's', extra: 1, metrics: [] }).map(([code]) => code)).toContain(
      'unrecognized_keys',
    );
    const json = parseAssessmentSchemeJson('{"id": "s", "metrics": [');
    expect(json.success).toBe(false);
    if (!json.success) expect(json.error.issues[0]?.code).toBe('invalid_json');
    expect(parseAssessmentSchemeJson(JSON.stringify(DEFAULT_ASSESSMENT_SCHEME)).success).toBe(true);
  });

  it('is a zod schema: AssessmentScheme.safeParse rejects what parseAssessmentScheme rejects', () => {
    expect(
      AssessmentScheme.safeParse({
        id: 's',
        metrics: [{ metric: 'closure-rate', weight: 0, floor: 0.6, target: 0.9 }],
      }).success,
    ).toBe(false);
  });
});
