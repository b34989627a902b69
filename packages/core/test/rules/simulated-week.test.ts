// A simulated week on a demo district: reports arrive day and night, each is decided by the
// four-level policy, reported, filed and assigned as decided; handlers work on them at random;
// the deadline sweep runs every hour, and every case it escalates is decided again at its new
// level and assigned there. No case is ever left without someone responsible.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import {
  CaseActivity,
  DutyRoster,
  FOUR_LEVEL_POLICY,
  InMemoryCaseStore,
  compileRules,
  createCaseEngine,
  decide,
  loadDistrict,
  workersOf,
  type CaseRecord,
  type HandlingLevel,
  type LoadedDistrict,
  type Role,
  type Shift,
} from '../../src/index.js';
import { generateDemoDistrict } from '../../src/demo/index.js';

const HOUR = 3_600_000;
const MONDAY = Date.parse('2026-11-23T00:00:00+08:00');
const SEED = 20261123;

function load(): LoadedDistrict {
  const result = loadDistrict(generateDemoDistrict({ seed: 5, scale: 0.2 }));
  if (!result.success) throw result.error;
  return result.data;
}

// A week's roster in the demo's pattern: full-time grid workers 08:30–17:30 on working days,
// one worker per community on night duty 17:30–08:30 every day, operators round the clock.
function weekRoster(district: LoadedDistrict): Shift[] {
  const shifts: Shift[] = [];
  const day = (k: number) => new Date(MONDAY + k * 24 * HOUR + 8 * HOUR).toISOString().slice(0, 10);
  const t = (d: string, time: string) => `${d}T${time}:00+08:00`;
  const byCommunity = new Map<string, { personId: string; unitId: string }[]>();
  for (const person of district.bundle.people) {
    for (const role of person.roles) {
      const unitId = role.role === 'department-staff' ? undefined : role.unitIds[0];
      if (unitId === undefined) continue;
      for (let k = 0; k < 7; k++) {
        const d = day(k);
        const next = day(k + 1);
        if (role.role === 'grid-worker' && role.employment === 'full-time' && k < 5) {
          shifts.push({ personId: person.id, unitId, start: t(d, '08:30'), end: t(d, '17:30') });
        }
        if (role.role === 'command-operator') {
          shifts.push({ personId: person.id, unitId, start: t(d, '00:00'), end: t(next, '00:00') });
        }
      }
      if (role.role === 'grid-worker') {
        const grid = district.units.get(unitId);
        const community = grid?.kind === 'grid' ? grid.parentId : undefined;
        if (community)
          byCommunity.set(community, [
            ...(byCommunity.get(community) ?? []),
            { personId: person.id, unitId },
          ]);
      }
    }
  }
  for (const workers of byCommunity.values()) {
    for (let k = 0; k < 7; k++) {
      const duty = workers[k % workers.length]!;
      shifts.push({ ...duty, start: t(day(k), '17:30'), end: t(day(k + 1), '08:30') });
    }
  }
  return shifts;
}

describe('a simulated week', () => {
  it('decides, assigns and escalates every case, and leaves none unassigned', async () => {
    console.info(`[simulated week] seed=${String(SEED)}`);
    const district = load();
    const compiled = compileRules(FOUR_LEVEL_POLICY, district);
    if (!compiled.success) throw compiled.error;
    const rules = compiled.data;
    const roster = DutyRoster.from(district, { shifts: weekRoster(district) });
    const activity = new CaseActivity();
    let now = MONDAY;
    const store = new InMemoryCaseStore();
    const engine = createCaseEngine({
      district,
      store,
      clock: () => now,
      policy: rules.policy,
      alarm: { categoryCode: 'YJ-01' },
    });
    const rng = xoroshiro128plus(SEED);
    const roll = (n: number) => uniformInt(rng, 0, n - 1);
    let counter = 0;
    const decided = new Set<string>();

    const person = (unitId: string, roles: Role[]) =>
      workersOf(district, unitId, { roles })
        .map((p) => p.id)
        .sort()[0];
    const supervisor = (record: CaseRecord, level: HandlingLevel = record.level): string => {
      const unit =
        level === 'grid'
          ? record.gridId
          : level === 'community'
            ? record.communityId
            : level === 'street'
              ? record.streetId
              : record.districtId;
      const role: Role =
        level === 'grid'
          ? 'grid-chief'
          : level === 'community'
            ? 'community-cadre'
            : level === 'street'
              ? 'street-cadre'
              : 'command-operator';
      const found = person(unit, [role]);
      if (!found) throw new Error(`no ${role} for ${unit}`);
      return found;
    };
    const run = async (actorId: string, record: CaseRecord, command: Record<string, unknown>) => {
      const result = await engine.execute({
        commandId: `k-${String(++counter)}`,
        caseId: record.id,
        expectedVersion: record.version,
        actorId,
        ...command,
      });
      if (!result.success)
        throw new Error(
          `${String(command.type)} on ${record.id} (${record.step}, ${record.level}) by ${actorId}: ${result.error.message}`,
        );
      activity.track(result.data.record);
      return result.data.record;
    };
    // Decide where a case stands now, file it if it is not yet, and assign it as decided.
    const dispatch = async (record: CaseRecord) => {
      const decision = decide(record, district, rules, roster, now, activity);
      if (!decision.success) throw decision.error;
      decided.add(record.id);
      let current = record;
      if (current.step === 'reported')
        current = await run(supervisor(current), current, { type: 'file' });
      const { assign } = decision.data;
      if (decision.data.level !== current.level) {
        // The fallback to the community: hand the case up before assigning it there.
        current = await run(supervisor(current), current, {
          type: 'escalate',
          to: decision.data.level,
          handover: { reason: '网格内无人在岗（nobody on duty in the grid）' },
        });
      }
      return run(supervisor(current), current, { type: 'assign', ...assign });
    };

    for (let hour = 0; hour < 7 * 24; hour++) {
      now = MONDAY + hour * HOUR;
      const daytime = hour % 24 >= 8 && hour % 24 < 20;
      for (let n = roll(daytime ? 4 : 2); n > 0; n--) {
        const grid = district.bundle.grids[roll(district.bundle.grids.length)]!;
        const category = district.bundle.categories[roll(district.bundle.categories.length)]!;
        const p = roll(100);
        const priority = p < 2 ? 'alarm' : p < 10 ? 'urgent' : 'normal';
        const reporterId = person(grid.id, ['grid-worker']) ?? person(grid.id, ['grid-chief'])!;
        const location = {
          point: {
            type: 'Point' as const,
            coordinates: [112.56 + roll(100) / 5000, 37.85 + roll(100) / 5000] as [number, number],
          },
          coordinateSystem: 'GCJ02' as const,
        };
        const caseId = `c-${String(hour)}-${String(n)}`;
        const base = {
          commandId: `k-${String(++counter)}`,
          caseId,
          expectedVersion: 0,
          actorId: reporterId,
          gridId: grid.id,
          location,
        };
        if (priority === 'alarm') {
          const alarm = await engine.execute({ ...base, type: 'raise-alarm' });
          if (!alarm.success) throw alarm.error;
          activity.track(alarm.data.record);
          decided.add(caseId);
          continue;
        }
        const decision = decide(
          { categoryCode: category.code, gridId: grid.id, priority, location },
          district,
          rules,
          roster,
          now,
          activity,
        );
        if (!decision.success) throw decision.error;
        const reported = await engine.execute({
          ...base,
          type: 'report',
          categoryCode: category.code,
          priority,
          // Where the rules place it; a fallback to the community (nobody on duty) is a
          // handover from the grid, which `dispatch` records as an escalation.
          level:
            decision.data.worker.fallback === 'community'
              ? rules.categories.get(category.code)!.startLevel
              : decision.data.level,
          description: '巡查发现问题',
          reporter: { kind: 'grid-worker', personId: reporterId },
        });
        if (!reported.success) throw reported.error;
        activity.track(reported.data.record);
        await dispatch(reported.data.record);
      }

      // Handlers at work: some start, some resolve, verifiers check, supervisors archive.
      for (const row of (await store.list({ status: 'open', limit: 1000 })).items) {
        const record = (await store.load(row.id))!;
        if (record.suspension) continue;
        // The assigned worker, else the assigned department's staff, else the level's supervisor.
        const staff =
          record.departmentId === undefined
            ? undefined
            : district.peopleByDepartment.get(record.departmentId)?.[0]?.id;
        const handler = record.workerId ?? staff ?? supervisor(record);
        const chance = roll(100);
        if (record.step === 'assigned' && chance < 30)
          await run(handler, record, { type: 'start-investigation' });
        else if (record.step === 'investigating' && chance < 25)
          await run(handler, record, {
            type: 'resolve',
            resolution: '已处理',
            feedback: { channel: 'phone' },
          });
        else if (record.step === 'resolved' && !record.verified) {
          const resolver = record.resolvedBy?.kind === 'person' ? record.resolvedBy.personId : '';
          const level: HandlingLevel =
            record.level === 'district'
              ? 'district'
              : record.level === 'street'
                ? 'district'
                : record.level === 'community'
                  ? 'street'
                  : 'community';
          let verifier = supervisor(record);
          if (verifier === resolver) verifier = supervisor(record, level);
          if (verifier === resolver)
            verifier = workersOf(district, record.districtId, { roles: ['command-operator'] })
              .map((p) => p.id)
              .find((id) => id !== resolver)!;
          await run(
            verifier,
            record,
            chance < 15
              ? { type: 'fail-verification', reason: '未整改到位' }
              : { type: 'pass-verification' },
          );
        } else if (record.step === 'resolved' && record.verified && chance < 60) {
          await run(supervisor(record), record, { type: 'archive' });
        }
      }

      // The hourly sweep; every case it escalates is decided again and assigned at its new level.
      const swept = await engine.tick(now);
      expect(swept.failed).toEqual([]);
      for (const { caseId } of swept.escalated) {
        const record = (await store.load(caseId))!;
        activity.track(record);
        if (record.step === 'assigned' || record.step === 'reported' || record.step === 'filed')
          await dispatch(record);
      }

      // Nobody's case is left in between: every open case is assigned and has been decided.
      for (const row of (await store.list({ status: 'open', limit: 1000 })).items) {
        expect(
          ['assigned', 'investigating', 'resolved'],
          `${row.id} at hour ${String(hour)}`,
        ).toContain(row.step);
        expect(decided.has(row.id)).toBe(true);
      }
    }

    const all = (await store.list({ limit: 1000 })).items;
    const count = (level: HandlingLevel) => all.filter((row) => row.level === level).length;
    const archived = all.filter((row) => row.step === 'archived');
    const records = await Promise.all(all.map((row) => store.load(row.id)));
    const escalated = records.reduce((n, record) => n + (record?.escalationCount ?? 0), 0);
    console.info(
      `[simulated week] ${String(all.length)} cases, ${String(archived.length)} archived; by level:`,
      {
        grid: count('grid'),
        community: count('community'),
        street: count('street'),
        district: count('district'),
      },
    );
    expect(all.length).toBeGreaterThan(100);
    // The week exercised the policy: deadlines escalated cases, and cases were closed.
    expect(count('community') + count('street')).toBeGreaterThan(0);
    expect(escalated).toBeGreaterThan(0);
    expect(archived.length).toBeGreaterThan(0);
  }, 120_000);
});
