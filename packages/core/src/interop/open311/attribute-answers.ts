import type { ValidationIssue } from '../../errors/validation-error.js';
import type { Open311Attribute } from './open311-attribute.js';
import { isOpen311DateTime } from './open311-datetime.js';
import { open311Issue } from './open311-issue.js';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What the answers to a category's attributes add to a report, or why they cannot. */
export interface AttributeAnswers {
  /** One line per answered attribute, in order: the question and the answer, in the locale. */
  readonly lines: readonly string[];
  /** Attributes answered that the category does not ask (`attribute[code]`). */
  readonly dropped: readonly string[];
}

/** ISO 8601 as a datetime attribute may be: a date, or a date-time with or without zone. */
function isIsoDateOrTime(text: string): boolean {
  const date = DATE.exec(text);
  if (date) return isOpen311DateTime(`${text}T00:00Z`);
  return isOpen311DateTime(text) || isOpen311DateTime(`${text}Z`);
}

/** The answer as the case description shows it, or `undefined` when it does not fit. */
function answerText(
  attribute: Open311Attribute,
  values: readonly string[],
  key: 'zh' | 'en',
): string | undefined {
  const list = attribute.values ?? [];
  switch (attribute.datatype) {
    case 'singlevaluelist':
    case 'multivaluelist': {
      // The same key twice is still one answer; two keys are two.
      const unique = [...new Set(values)];
      if (attribute.datatype === 'singlevaluelist' && unique.length > 1) return undefined;
      const names = unique.map((value) => list.find((option) => option.key === value)?.name[key]);
      if (names.some((name) => name === undefined)) return undefined;
      return names.join(key === 'en' ? ', ' : '、');
    }
    default: {
      const [value, more] = values;
      if (value === undefined || more !== undefined) return undefined;
      if (attribute.datatype === 'number' && !NUMBER.test(value)) return undefined;
      if (attribute.datatype === 'datetime' && !isIsoDateOrTime(value)) return undefined;
      if (attribute.datatype === 'string' && /[\n\r]/.test(value)) return undefined;
      return value;
    }
  }
}

/**
 * Checks the answers of a report (`attribute[code]` values by code) against the attributes of
 * its category: required ones answered, each answer of its datatype (a number, ISO 8601, one line
 * for `string`, keys of the list, one value for all but `multivaluelist`). Issues are added to
 * `issues` with the path `['attribute', code]`.
 */
export function checkAttributeAnswers(
  attributes: readonly Open311Attribute[],
  answers: Readonly<Record<string, readonly string[]>>,
  key: 'zh' | 'en',
  issues: ValidationIssue[],
): AttributeAnswers {
  const asked = new Map(attributes.filter((a) => a.variable).map((a) => [a.code, a]));
  const dropped = Object.keys(answers)
    .filter((code) => !asked.has(code) && (answers[code]?.length ?? 0) > 0)
    .map((code) => `attribute[${code}]`);
  const lines: string[] = [];
  for (const attribute of asked.values()) {
    const values = Object.hasOwn(answers, attribute.code) ? (answers[attribute.code] ?? []) : [];
    if (values.length === 0) {
      if (attribute.required) {
        issues.push(open311Issue('open311_missing_attribute', ['attribute', attribute.code]));
      }
      continue;
    }
    const answer = answerText(attribute, values, key);
    if (answer === undefined) {
      issues.push(open311Issue('open311_invalid_attribute', ['attribute', attribute.code]));
      continue;
    }
    const question = attribute.description[key];
    lines.push(key === 'en' ? `${question}: ${answer}` : `${question}：${answer}`);
  }
  return { lines, dropped };
}
