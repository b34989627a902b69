import type { LoadedDistrict } from '../district/loaded-district.js';
import { HANDLING_LEVEL_NAMES } from '../i18n/case-names.js';
import type { Locale } from '../i18n/locale.js';
import type { LocalizedText } from '../i18n/localized-text.js';
import { LEVEL_MOTTOS, deadlineText } from '../i18n/rules-messages.js';
import { maskName } from '../privacy/mask-name.js';
import type { Decision, RuleOutcome } from './decision.js';
import type { EffectiveCategory } from './effective-category.js';

const GRID_KINDS: Readonly<Record<string, LocalizedText>> = {
  ordinary: { 'zh-CN': '普通网格', en: 'an ordinary grid' },
  exclusive: { 'zh-CN': '专属网格', en: 'an exclusive grid' },
};
const PRIORITIES: Readonly<Record<string, LocalizedText>> = {
  normal: { 'zh-CN': '一般', en: 'normal' },
  urgent: { 'zh-CN': '紧急', en: 'urgent' },
  alarm: { 'zh-CN': '报警', en: 'an alarm' },
};
const TIMES: Readonly<Record<string, LocalizedText>> = {
  'working-hours': { 'zh-CN': '工作时间', en: 'working hours' },
  'off-hours': { 'zh-CN': '非工作时间', en: 'off hours' },
  'rest-day': { 'zh-CN': '休息日', en: 'a rest day' },
};

function why(
  outcome: Exclude<RuleOutcome, { applied: true }>,
  locale: Locale,
  nameOf: (id: string) => string,
): string {
  const zh = locale === 'zh-CN';
  switch (outcome.because) {
    case 'after-final':
      return zh
        ? `终止规则“${nameOf(outcome.finalRule)}”已先适用`
        : `the final rule '${nameOf(outcome.finalRule)}' applied first`;
    case 'categories':
      return zh ? '不适用于该事项' : 'not for this category';
    case 'grid-kind':
      return zh
        ? `该网格为${GRID_KINDS[String(outcome.actual)]?.[locale] ?? ''}`
        : `the grid is ${GRID_KINDS[String(outcome.actual)]?.[locale] ?? ''}`;
    case 'priority':
      return zh
        ? `优先级为${PRIORITIES[String(outcome.actual)]?.[locale] ?? ''}`
        : `the priority is ${PRIORITIES[String(outcome.actual)]?.[locale] ?? ''}`;
    case 'time':
      return zh
        ? `上报于${TIMES[String(outcome.actual)]?.[locale] ?? ''}`
        : `reported in ${TIMES[String(outcome.actual)]?.[locale] ?? ''}`;
    default:
      return zh
        ? `此处近期上报 ${String(outcome.actual)} 次`
        : `${String(outcome.actual)} report${outcome.actual === 1 ? '' : 's'} here lately`;
  }
}

function unitName(district: LoadedDistrict, id: string, locale: Locale): string {
  const unit = district.units.get(id);
  if (unit) {
    const nameEn = 'nameEn' in unit.record ? unit.record.nameEn : undefined;
    return locale === 'en' && nameEn !== undefined ? nameEn : unit.record.name;
  }
  return district.residentUnits.get(id)?.name ?? id;
}

function sentence(
  decision: Omit<Decision, 'explanation'>,
  category: EffectiveCategory,
  district: LoadedDistrict,
  locale: Locale,
): string {
  const zh = locale === 'zh-CN';
  const name = zh ? category.name.zh : category.name.en;
  const parts: string[] = [
    zh
      ? `“${name}”：${LEVEL_MOTTOS[decision.startLevel][locale]}`
      : `'${name}': ${LEVEL_MOTTOS[decision.startLevel][locale]}`,
  ];
  const nameOf = (id: string) => {
    const rule = decision.rules.find((r) => r.id === id);
    return rule ? (zh ? rule.name.zh : rule.name.en) : id;
  };
  let moved = false;
  for (const rule of decision.rules) {
    if (!rule.outcome.applied) continue;
    moved ||= rule.changed.includes('level') || rule.changed.includes('unit');
    parts.push(zh ? `适用规则“${nameOf(rule.id)}”` : `the rule '${nameOf(rule.id)}' applies`);
  }
  if (
    !moved &&
    decision.level !== decision.startLevel &&
    decision.worker.fallback !== 'community'
  ) {
    const to = HANDLING_LEVEL_NAMES[decision.level][locale];
    parts.push(zh ? `已逐级上报至${to}` : `escalated to the ${to.toLowerCase()} level`);
  }
  const department = district.departments.get(decision.departmentId)?.name;
  const departmentName = department ? (zh ? department.zh : department.en) : undefined;
  const level = HANDLING_LEVEL_NAMES[decision.level][locale];
  const unit = unitName(district, decision.unitId, locale);
  parts.push(
    zh
      ? `由${level}的${unit}办理${departmentName ? `（责任部门：${departmentName}）` : ''}`
      : `handled at the ${level.toLowerCase()} level by ${unit}${departmentName ? ` (department: ${departmentName})` : ''}`,
  );
  const w = decision.worker;
  const person = w.chosen === undefined ? undefined : district.people.get(w.chosen);
  if (w.fallback === 'grid-chief' && person) {
    parts.push(
      zh
        ? `网格内无人在岗，由网格长${maskName(person.name)}接办`
        : `nobody is on duty in the grid: the grid chief ${maskName(person.name)} takes it`,
    );
  } else if (w.fallback === 'community') {
    parts.push(
      zh ? '网格内无人在岗，转社区办理' : 'nobody is on duty in the grid: the community takes it',
    );
  } else if (person) {
    const reason =
      w.by === 'continuity'
        ? zh
          ? '曾为该报告人办理'
          : "handled this reporter's last case"
        : w.by === 'skills'
          ? zh
            ? `技能匹配 ${String(w.skills ?? 0)} 项`
            : `${String(w.skills ?? 0)} matching skill${w.skills === 1 ? '' : 's'}`
          : w.by === 'least-open'
            ? zh
              ? `在办案件最少，${String(w.openCases ?? 0)} 件`
              : `fewest open cases, ${String(w.openCases ?? 0)}`
            : w.by === 'only'
              ? zh
                ? '唯一在岗'
                : 'the only one on duty'
              : zh
                ? '条件相同，按编号'
                : 'all else equal, by id';
    const scope =
      w.scope === 'community' ? (zh ? '社区值班' : 'on community duty') : zh ? '在岗' : 'on duty';
    parts.push(
      zh
        ? `指派${scope}人员${maskName(person.name)}（${reason}）`
        : `assigned to ${maskName(person.name)}, ${scope} (${reason})`,
    );
  }
  const limit = deadlineText(decision.deadline)[locale];
  // The due time on the calendar's own clock, as people write it: 2026-11-27 10:00.
  const due = `${decision.dueAt.slice(0, 10)} ${decision.dueAt.slice(11, 16)}`;
  parts.push(zh ? `时限 ${limit}，${due} 前办结` : `due within ${limit}, by ${due}`);
  const skipped = decision.rules.filter((rule) => !rule.outcome.applied);
  if (skipped.length > 0) {
    const list = skipped
      .map((rule) => {
        const outcome = rule.outcome as Exclude<RuleOutcome, { applied: true }>;
        return zh
          ? `“${rule.name.zh}”（${why(outcome, locale, nameOf)}）`
          : `'${rule.name.en}' (${why(outcome, locale, nameOf)})`;
      })
      .join(zh ? '、' : '; ');
    parts.push(zh ? `未适用：${list}` : `not applied: ${list}`);
  }
  return zh ? `${parts.join('；')}。` : `${parts.join('; ')}.`;
}

/**
 * A decision as a sentence in zh-CN and en: the category and its four-level motto, the rules
 * that applied, who handles it and why, the deadline, and why the other rules did not apply.
 * Workers' names are masked (`李*`).
 *
 * @internal
 */
export function explainDecision(
  decision: Omit<Decision, 'explanation'>,
  category: EffectiveCategory,
  district: LoadedDistrict,
): LocalizedText {
  return {
    'zh-CN': sentence(decision, category, district, 'zh-CN'),
    en: sentence(decision, category, district, 'en'),
  };
}
