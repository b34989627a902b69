// The Node.js quick start (examples/node/run-district.mjs) as a back-end developer runs it: `node`
// on the script, with @wangge/core as built. It must finish, print the same figures every run,
// figures that agree with what it ran, and nothing of the demo district's residents.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoDistrict } from '@wangge/core/demo';

const script = fileURLToPath(new URL('../node/run-district.mjs', import.meta.url));
const core = new URL('../../packages/core/dist/index.js', import.meta.url);

const runScript = () =>
  spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 60_000 });

let output: ReturnType<typeof runScript>;
let stdout: string;

beforeAll(() => {
  if (!existsSync(core)) throw new Error('Run `npm run build` before the end-to-end tests.');
  output = runScript();
  stdout = output.stdout;
}, 60_000);

/** The number after a figure's label in the KPI table (`上报数 Reported   12`). */
function figure(label: string): string {
  const line = stdout.split('\n').find((text) => text.trimStart().startsWith(`${label} `));
  if (line === undefined) throw new Error(`no line for ${label}`);
  return (
    line
      .trim()
      .split(/\s{2,}/)
      .at(-1) ?? ''
  );
}

/** The rows of the per-street table: the cells of each line under its rule. */
function streetRows(): string[][] {
  const section = stdout.slice(stdout.indexOf('== 6.'));
  return section
    .split('\n')
    .slice(3)
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(/\s{2,}/));
}

describe('the Node.js quick start', () => {
  it('runs to the end with exit code 0 and nothing on stderr', () => {
    expect(output.error).toBeUndefined();
    expect(output.stderr).toBe('');
    expect(output.status).toBe(0);
  });

  it('prints every section, from the district to the KPIs by street', () => {
    for (const heading of [
      '== 1. 辖区 District ==',
      '== 2. 定位 Locating points (GridIndex) ==',
      '== 3. 规则分派 Decided and assigned',
      '== 4. 超期升级 Deadline sweep at 2026-11-27 18:00 (engine.tick) ==',
      '== 5. 考核指标 KPIs',
      '== 6. 各街道 By street (computeKpisByUnit) ==',
    ]) {
      expect(stdout).toContain(heading);
    }
    // GridIndex answers points outside the district and invalid points, without throwing.
    expect(stdout).toMatch(/116\.397, 39\.909\s+outside/);
    expect(stdout).toMatch(/NaN, 37\.86\s+invalid/);
  });

  it('reports figures consistent with what it ran', () => {
    const ran = Number(/Decided and assigned \((\d+) reports\)/.exec(stdout)?.[1]);
    expect(ran).toBeGreaterThan(0);
    const reported = Number(figure('上报数 Reported'));
    const closed = Number(figure('结案数 Closed'));
    const open = Number(figure('在办 Open'));
    expect(reported).toBe(ran);
    expect(Number(figure('立案数 Filed'))).toBe(ran);
    // Every case reported in the window is either closed in it or still open at its end.
    expect(closed + open).toBe(reported);
    expect(closed).toBeGreaterThan(0);
    // The sweep escalated something, and the KPIs counted the same escalations.
    const levels = Number(/\((\d+) 级 levels\)/.exec(stdout)?.[1]);
    expect(levels).toBeGreaterThan(0);
    expect(Number(figure('超期升级 Escalations by deadline'))).toBe(levels);
    expect(figure('结案率 Closure rate')).toMatch(/^\d+\.\d%$/);

    // The streets tile the district: their rows add up to the district's figures.
    const rows = streetRows();
    const total = rows.at(-1);
    expect(total?.[0]).toBe('合计 Total');
    const streets = rows.slice(0, -1);
    expect(streets.length).toBeGreaterThan(1);
    const sum = (column: number) => streets.reduce((acc, row) => acc + Number(row[column]), 0);
    expect([sum(1), sum(2), sum(3)]).toEqual([reported, closed, open]);
    expect(total?.slice(1, 4)).toEqual([String(reported), String(closed), String(open)]);
  });

  it('prints the same every run (seeded, on a fixed clock)', () => {
    expect(runScript().stdout).toBe(stdout);
  });

  it('prints nothing of the residents, and staff names only masked', () => {
    // The same demo district as the script's: its residents' and staff's personal data.
    const bundle = generateDemoDistrict({ seed: 20261126, scale: 0.05 });
    const personal = [
      ...bundle.residents.flatMap((resident) => [
        resident.name,
        resident.mobile,
        resident.idNumber,
      ]),
      ...bundle.people.flatMap((person) => [person.name, person.mobile]),
    ].filter((value): value is string => value !== undefined);
    expect(personal.length).toBeGreaterThan(100);
    expect(personal.filter((value) => stdout.includes(value))).toEqual([]);
    expect(stdout).toMatch(/[\u4e00-\u9fff]\*+ /u); // a masked name: 胡*
  });
});
