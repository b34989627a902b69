import { WanggeError } from '@wangge/core';

/** What the store was doing when the database failed, in both languages. */
const OPERATIONS = {
  open: { 'zh-CN': '打开数据库', en: 'opening the database' },
  migrate: { 'zh-CN': '迁移数据库结构', en: 'migrating the schema' },
  load: { 'zh-CN': '读取案件', en: 'loading a case' },
  readLog: { 'zh-CN': '读取案件日志', en: 'reading a case log' },
  findCommand: { 'zh-CN': '查找命令回执', en: 'finding a command receipt' },
  commit: { 'zh-CN': '提交案件变更', en: 'committing a change' },
  list: { 'zh-CN': '查询案件列表', en: 'listing cases' },
  dueForSweep: { 'zh-CN': '查询待扫描的超期案件', en: 'finding the cases due for the sweep' },
} as const;

/** A store operation that can fail in the database. @internal */
export type StoreOperation = keyof typeof OPERATIONS;

type Params = Readonly<Record<string, string | number>>;

/** Why a commit was refused before anything was written, in both languages. */
const REFUSALS = {
  empty_commit: (p: Params) => ({
    'zh-CN': `案件 “${String(p.caseId)}” 的提交中没有事件。`,
    en: `The commit to case '${String(p.caseId)}' has no events.`,
  }),
  mixed_commands: (p: Params) => ({
    'zh-CN': `案件 “${String(p.caseId)}” 的一次提交中的事件来自不同的命令。`,
    en: `The events of one commit to case '${String(p.caseId)}' carry different command ids.`,
  }),
  record_mismatch: (p: Params) => ({
    'zh-CN': `提交中的案件记录或摘要不是案件 “${String(p.caseId)}” 第 ${String(p.version)} 版的。`,
    en: `The record or summary of the commit is not case '${String(p.caseId)}' at version ${String(p.version)}.`,
  }),
  other_district: (p: Params) => ({
    'zh-CN': `案件 “${String(p.caseId)}” 属于区 “${String(p.stored)}”，不能作为区 “${String(p.given)}” 的案件提交。`,
    en: `Case '${String(p.caseId)}' belongs to district '${String(p.stored)}', not '${String(p.given)}'.`,
  }),
  outside_store_district: (p: Params) => ({
    'zh-CN': `此存储只保存区 “${String(p.store)}” 的案件，案件 “${String(p.caseId)}” 属于区 “${String(p.given)}”。`,
    en: `This store holds the cases of district '${String(p.store)}' only; case '${String(p.caseId)}' is of district '${String(p.given)}'.`,
  }),
  contention: (p: Params) => ({
    'zh-CN': `其他写入方不断修改同一批案件，提交在 ${String(p.attempts)} 次尝试后放弃。`,
    en: `Other writers kept changing the same cases: the commit gave up after ${String(p.attempts)} attempts.`,
  }),
} as const;

/** A commit the store refuses as malformed. @internal */
export type CommitRefusal = keyof typeof REFUSALS;

function failure(zh: string, en: string, cause?: unknown): WanggeError {
  return new WanggeError(
    'store_failure',
    { 'zh-CN': `案件存储失败：${zh}`, en: `The case store failed: ${en}` },
    cause === undefined ? undefined : { cause },
  );
}

/**
 * The `store_failure` error of a commit refused as malformed (nothing was written). The
 * message names ids and versions only.
 *
 * @internal
 */
export function refusedCommit(refusal: CommitRefusal, params: Params): WanggeError {
  const text = REFUSALS[refusal](params);
  return failure(text['zh-CN'], text.en);
}

// The driver's error without what it may hold of the statement's parameters (a case's
// reporter, for one): no resident data in an error.
const SAFE_FIELDS = ['code', 'severity', 'constraint', 'table', 'column', 'schema', 'routine'];

function withoutParameters(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const copy = new Error(error.message);
  copy.name = error.name;
  if (error.stack !== undefined) copy.stack = error.stack;
  const fields = error as unknown as Record<string, unknown>;
  for (const field of SAFE_FIELDS) {
    if (fields[field] !== undefined) Object.assign(copy, { [field]: fields[field] });
  }
  return copy;
}

/** The SQLSTATE (or a system error code) of a driver's error, if it has one. @internal */
export function errorCode(error: unknown): string | undefined {
  const code: unknown =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The `store_failure` error of a database error that the store does not handle itself, with
 * the driver's error as its `cause` (without the statement's parameters).
 *
 * @internal
 */
export function databaseFailure(operation: StoreOperation, cause: unknown): WanggeError {
  const code = errorCode(cause);
  const what = OPERATIONS[operation];
  const suffix = code === undefined ? '' : ` (${code})`;
  return failure(
    `${what['zh-CN']}时数据库出错${suffix}。`,
    `the database failed while ${what.en}${suffix}.`,
    withoutParameters(cause),
  );
}

/**
 * The error of a database whose schema is newer than this release knows (`schema_too_new`):
 * written by a later release, which may store what this one would misread.
 *
 * @internal
 */
export function schemaTooNew(found: number, known: number): WanggeError {
  return new WanggeError('schema_too_new', {
    'zh-CN': `数据库的案件存储结构是第 ${String(found)} 版，此版本的 @wangge/store-postgres 只支持到第 ${String(known)} 版：请升级软件包，而不是降级数据库。`,
    en: `The database's case store schema is at version ${String(found)}; this release of @wangge/store-postgres knows versions up to ${String(known)}: upgrade the package rather than the other way round.`,
  });
}

/**
 * The error of a database whose schema is older than this release needs, opened without
 * migrating (`schema_outdated`).
 *
 * @internal
 */
export function schemaOutdated(found: number, needed: number): WanggeError {
  return new WanggeError('schema_outdated', {
    'zh-CN': `数据库的案件存储结构是第 ${String(found)} 版，此版本需要第 ${String(needed)} 版：请先运行 migrate()，或打开时不要关闭迁移。`,
    en: `The database's case store schema is at version ${String(found)}; this release needs version ${String(needed)}: run migrate() first, or open the store with migrations on.`,
  });
}
