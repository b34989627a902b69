import { WanggeError } from '../errors/wangge-error.js';
import {
  caseMessage,
  type CaseMessageCode,
  type CaseMessageParams,
} from '../i18n/case-messages.js';
import type { LocalizedText } from '../i18n/localized-text.js';
import type { CaseDenial } from './authorize-command.js';

/**
 * A case command that could not be carried out, with a stable `code` (see `CASE_MESSAGES`), a
 * message in zh-CN and en, and the ids it concerns in `details`. Nothing was recorded.
 *
 * @example
 * ```ts
 * import { CaseCommandError, type CaseEngine } from '@wangge/core';
 * declare const engine: CaseEngine;
 * const result = await engine.execute({ type: 'archive', commandId: 'x-1', caseId: 'c-1', expectedVersion: 3, actorId: 'p-3' });
 * if (!result.success && result.error instanceof CaseCommandError) console.log(result.error.code);
 * ```
 */
export class CaseCommandError extends WanggeError {
  /** The ids, levels and times the message mentions. */
  readonly details: CaseMessageParams;

  constructor(
    code: CaseMessageCode,
    details: CaseMessageParams = {},
    options?: { cause?: unknown; messages?: LocalizedText },
  ) {
    super(code, options?.messages ?? caseMessage(code, details), options);
    this.name = 'CaseCommandError';
    this.details = details;
  }
}

/**
 * The case changed since the sender saw it (`version_conflict`): `expectedVersion` is what the
 * command named, `actualVersion` what the case is at. Reload the case and decide again.
 *
 * @example
 * ```ts
 * import { CaseConflictError } from '@wangge/core';
 * const retryable = (error: unknown) => error instanceof CaseConflictError;
 * ```
 */
export class CaseConflictError extends CaseCommandError {
  readonly caseId: string;
  readonly expectedVersion: number;
  readonly actualVersion: number;

  constructor(caseId: string, expectedVersion: number, actualVersion: number) {
    super('version_conflict', { caseId, expected: expectedVersion, actual: actualVersion });
    this.name = 'CaseConflictError';
    this.caseId = caseId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }
}

/**
 * The actor may not do this command to this case; `denial` says why.
 *
 * @example
 * ```ts
 * import { CaseAuthorizationError } from '@wangge/core';
 * const why = (error: unknown) =>
 *   error instanceof CaseAuthorizationError ? error.denial.message['zh-CN'] : undefined;
 * ```
 */
export class CaseAuthorizationError extends CaseCommandError {
  readonly denial: CaseDenial;

  constructor(denial: CaseDenial, details: CaseMessageParams = {}) {
    super(denial.code, details, { messages: denial.message });
    this.name = 'CaseAuthorizationError';
    this.denial = denial;
  }
}
