import { maskFreeText } from '../../privacy/mask-free-text.js';
import type { CaseRecord } from '../../schema/case-record.js';

/**
 * A case's description as the public may read it: personal data written into it is masked as
 * widgets mask it (`maskFreeText`): mobiles and identity numbers whoever they belong to, and the
 * names of the reporter and of every duplicate report merged in (`王**`, `139****5678`).
 */
export function publicDescription(record: CaseRecord): string {
  const names = [record.reporter, ...record.linkedReports.map((linked) => linked.reporter)]
    .map((reporter) => reporter.name?.trim())
    .filter((name): name is string => name !== undefined && name !== '');
  return maskFreeText(record.description, names);
}
