// A seeded event log for the KPI benchmarks: `cases` cases over 30 days in 2,568 grids of 12
// streets, each with a lifecycle drawn from a mix like a district's month (most closed at the
// grid, some reworked, escalated on their deadline, suspended, extended, reopened or left open).
// The events have the engine's shapes and orders (versions, due times, levels); their hashes are
// placeholders, since KPIs never read them.
import {
  CASE_EVENT_SCHEMA_VERSION,
  HANDLING_LEVELS,
  type CaseEvent,
  type CaseEventData,
  type CaseEventType,
  type HandlingLevel,
} from '../../src/index.js';
import { createRandom } from '../../src/demo/random.js';

const START = Date.parse('2026-11-01T00:00:00+08:00');
const HOUR = 3_600_000;
const MINUTE = 60_000;
const HASH = '0'.repeat(64);
const DIGEST = '0'.repeat(32);
const GRIDS = 2_568;

const iso = (ms: number) => new Date(ms).toISOString();

type Lifecycle = 'closed' | 'rework' | 'escalated' | 'suspended' | 'extended' | 'reopened' | 'open';

/** About `cases × 10` events, every case's log in order, the cases interleaved by time. */
export function kpiWorkload(cases: number, seed = 11): CaseEvent[] {
  const random = createRandom(seed);
  const events: CaseEvent[] = [];
  for (let n = 0; n < cases; n++) {
    const caseId = `c-${String(n)}`;
    const grid = random.int(0, GRIDS - 1);
    const street = grid % 12;
    const community = grid % 214;
    let t = START + random.int(0, 30 * 24) * HOUR + random.int(0, 59) * MINUTE;
    let version = 0;
    let level: HandlingLevel = 'grid';
    let due = t + 24 * HOUR;
    const worker = `p-${String(grid)}`;
    const push = <T extends CaseEventType>(type: T, data: CaseEventData<T>, gap = 30) => {
      if (gap > 0) t += random.int(1, gap) * MINUTE;
      events.push({
        schemaVersion: CASE_EVENT_SCHEMA_VERSION,
        caseId,
        version: ++version,
        at: iso(t),
        actor: { kind: 'person', personId: worker },
        commandId: `${caseId}-${String(version)}`,
        commandDigest: DIGEST,
        prevHash: HASH,
        hash: HASH,
        type,
        data,
      } as CaseEvent);
    };
    const lifecycle = random.weighted<Lifecycle>([
      ['closed', 60],
      ['rework', 8],
      ['escalated', 10],
      ['suspended', 4],
      ['extended', 6],
      ['reopened', 3],
      ['open', 9],
    ]);
    push(
      'case-reported',
      {
        categoryCode: random.pick(['ZZ-01', 'CG-01', 'HJ-02', 'SS-03']),
        priority: 'normal',
        level,
        unitId: `g-${String(grid)}`,
        location: {
          point: { type: 'Point', coordinates: [112.56, 37.86] },
          coordinateSystem: 'GCJ02',
        },
        gridId: `g-${String(grid)}`,
        communityId: `c-${String(community)}`,
        streetId: `s-${String(street)}`,
        districtId: 'yz',
        reporter: { kind: 'grid-worker', personId: worker },
        description: '问题描述',
        mediaUrls: [],
        dueAt: iso(due),
      },
      0,
    );
    push('case-filed', {});
    push('case-assigned', { unitId: `g-${String(grid)}`, workerId: worker });
    if (lifecycle === 'suspended') {
      push('suspension-requested', { reason: '等待鉴定' });
      push('case-suspended', { remainingMs: 20 * HOUR, workingTime: false });
      if (random.chance(0.5)) {
        push('case-resumed', { trigger: 'manual', dueAt: iso((due = t + 20 * HOUR)) }, 600);
      } else continue;
    }
    if (lifecycle === 'extended') {
      push('extension-requested', { reason: '协调中', extendBy: { amount: 2, unit: 'days' } });
      push('deadline-extended', { from: iso(due), to: iso((due += 48 * HOUR)) });
    }
    if (lifecycle === 'escalated') {
      t = Math.max(t, due);
      const from = level;
      level = HANDLING_LEVELS[random.int(1, 2)] ?? 'community';
      push('case-escalated', {
        from,
        to: level,
        trigger: 'deadline',
        handover: { reason: '办理时限已过', attachments: [] },
        unitId: `c-${String(community)}`,
        dueAt: iso(t + 48 * HOUR),
      });
    }
    if (lifecycle === 'open') continue;
    push('investigation-started', {}, 240);
    push(
      'case-resolved',
      { resolution: '已处理', feedback: { channel: 'phone' }, mediaUrls: [] },
      600,
    );
    if (lifecycle === 'rework') {
      push('verification-failed', { reason: '未整改到位' });
      push(
        'case-resolved',
        { resolution: '已整改', feedback: { channel: 'visit' }, mediaUrls: [] },
        600,
      );
    }
    push('verification-passed', {});
    push('case-archived', {});
    if (lifecycle === 'reopened') {
      push(
        'case-reopened',
        { complaint: '仍未解决', unitId: `g-${String(grid)}`, dueAt: iso(t + 24 * HOUR) },
        1440,
      );
      push('investigation-started', {});
      push('case-resolved', {
        resolution: '已处理',
        feedback: { channel: 'phone' },
        mediaUrls: [],
      });
      push('verification-passed', {});
      push('case-archived', {});
    }
  }
  // As a store's change feed would give them: by time, each case's events still in order, read
  // from JSON (so laid out in memory in the order they are read, as rows from a database are).
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.version - b.version));
  return JSON.parse(JSON.stringify(events)) as CaseEvent[];
}
