// One round of a crash test: bundle and start the child, kill it (or the server) at a seeded
// moment, and check what the store kept.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect } from 'vitest';
import { replayCase, summarizeCase, verifyCaseLog, type CaseStore } from '@wangge/core';
import type { CrashChildConfig } from './crash-child.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../../..');

/**
 * Bundles the child (TypeScript, workspace sources) into one ESM file that Node runs as is;
 * PGlite and pg stay outside it, resolved from the repository's node_modules.
 */
export async function bundleCrashChild(): Promise<string> {
  const outDir = join(root, 'node_modules/.cache/wangge-store-postgres');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `crash-child-${String(process.pid)}.mjs`);
  await build({
    entryPoints: [join(here, 'crash-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@wangge/source'],
    external: ['@electric-sql/pglite', 'pg'],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
  return outfile;
}

/** What the child said before it died. */
export interface ChildLog {
  /** commandId → the case and the command's type, for every command it began. */
  readonly sent: Map<string, { readonly caseId: string; readonly type: string }>;
  /** commandId → the versions its commit appended, for every command acknowledged. */
  readonly acked: Map<string, { readonly first: number; readonly last: number }>;
  readonly stderr: string;
  /** The exit: a signal, or a code. */
  readonly exit: string;
}

/**
 * Runs the child until `ackCount` commands are acknowledged, waits `delayMs` more (so that
 * the kill lands anywhere in a commit), then calls `kill` (which kills the child, or the
 * server under it) and waits for the child to be gone.
 */
export async function runUntilKilled(
  bundle: string,
  config: CrashChildConfig,
  ackCount: number,
  delayMs: number,
  kill: (child: ReturnType<typeof spawn>) => Promise<void>,
): Promise<ChildLog> {
  const child = spawn(process.execPath, [bundle, JSON.stringify(config)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sent = new Map<string, { caseId: string; type: string }>();
  const acked = new Map<string, { first: number; last: number }>();
  let stderr = '';
  let buffer = '';
  let killing: Promise<void> | undefined;
  const exited = new Promise<string>((resolve) => {
    child.on('exit', (code, signal) => {
      resolve(signal ?? `code ${String(code)}`);
    });
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    // Only whole lines count: a line cut by the kill was never said.
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      const [word, id, a, b] = line.split(' ');
      if (word === 'send' && id && a && b) sent.set(id, { caseId: a, type: b });
      if (word === 'ack' && id && a) {
        const [first, last] = a.split('-').map(Number);
        acked.set(id, { first: first!, last: last! });
        if (acked.size === ackCount && !killing) {
          killing = new Promise((resolve) => setTimeout(resolve, delayMs)).then(() => kill(child));
        }
      }
      if (word === 'done' && !killing) killing = kill(child);
    }
  });
  const exit = await exited;
  await killing;
  // The rest of stdout, if the pipe still held some.
  await new Promise((resolve) => setImmediate(resolve));
  return { sent, acked, stderr, exit };
}

/** What a store kept after crashes: its events, and the commands the children sent, had
 * acknowledged, and committed without acknowledging (killed between the commit and the ack). */
export interface CrashCheck {
  readonly events: number;
  readonly sent: number;
  readonly acked: number;
  readonly inFlight: number;
}

/**
 * Checks what a reopened store kept after a crash: every acknowledged command is there with
 * the versions it was acknowledged with; no command is there in part (each receipt's versions
 * hold that command's events and nothing else, an alarm has its three events); every event
 * belongs to a command; every log is gapless and verifies; the record and the summary row are
 * those of the log.
 */
export async function checkAfterCrash(
  store: CaseStore,
  caseIds: readonly string[],
  children: readonly ChildLog[],
): Promise<CrashCheck> {
  const sent = new Map(children.flatMap((c) => [...c.sent]));
  const acked = new Map(children.flatMap((c) => [...c.acked]));
  for (const [commandId, versions] of acked) {
    const receipt = await store.findCommand(commandId);
    expect(receipt, `acknowledged ${commandId}`).toBeDefined();
    expect(receipt).toMatchObject({
      caseId: sent.get(commandId)?.caseId,
      firstVersion: versions.first,
      lastVersion: versions.last,
    });
  }
  let events = 0;
  let inFlight = 0;
  const listed = await store.list({ limit: 1000 });
  const withLog: string[] = [];
  for (const caseId of caseIds) {
    const log = await store.readLog(caseId);
    events += log.length;
    if (log.length === 0) {
      expect(await store.load(caseId), caseId).toBeUndefined();
      continue;
    }
    withLog.push(caseId);
    expect(verifyCaseLog(log), caseId).toBeUndefined();
    expect(log.map((e) => e.version)).toEqual(log.map((_, i) => i + 1));
    const record = await store.load(caseId);
    expect(record, caseId).toEqual(replayCase(log));
    expect(listed.items.find((row) => row.id === caseId)).toEqual(summarizeCase(record!));
    const seen = new Set<string>();
    for (const event of log) {
      if (seen.has(event.commandId)) continue;
      seen.add(event.commandId);
      const receipt = await store.findCommand(event.commandId);
      expect(receipt, `receipt of ${event.commandId}`).toBeDefined();
      const { firstVersion, lastVersion } = receipt!;
      expect(receipt!.caseId).toBe(caseId);
      expect(firstVersion).toBe(event.version);
      const own = log.filter((e) => e.commandId === event.commandId).map((e) => e.version);
      expect(own, event.commandId).toEqual(
        Array.from({ length: lastVersion - firstVersion + 1 }, (_, i) => firstVersion + i),
      );
      const command = sent.get(event.commandId);
      expect(command, `${event.commandId} was sent by a child`).toBeDefined();
      if (command?.type === 'raise-alarm') expect(own).toHaveLength(3);
      if (!acked.has(event.commandId)) inFlight++;
    }
  }
  expect(listed.items.map((row) => row.id).sort()).toEqual(withLog.sort());
  expect(listed.total).toBe(withLog.length);
  return { events, sent: sent.size, acked: acked.size, inFlight };
}
