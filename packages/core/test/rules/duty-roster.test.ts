import { describe, expect, it } from 'vitest';
import { DutyRoster } from '../../src/index.js';
import { DISTRICT } from '../support/rules-harness.js';

const at = (text: string) => Date.parse(text);
const shifts = [
  {
    personId: 'p-1',
    unitId: 'ljy-c1-g1',
    start: '2026-11-26T08:30:00+08:00',
    end: '2026-11-26T17:30:00+08:00',
  },
  {
    personId: 'p-2',
    unitId: 'ljy-c1-g1-m2',
    start: '2026-11-26T08:30:00+08:00',
    end: '2026-11-26T12:00:00+08:00',
  },
  {
    personId: 'p-404',
    unitId: 'ljy-c1-g1',
    start: '2026-11-26T08:30:00+08:00',
    end: '2026-11-26T17:30:00+08:00',
  },
];

describe('the duty roster', () => {
  it('gives who is on duty for units at an instant, start included and end excluded', () => {
    const roster = DutyRoster.from(DISTRICT, { shifts });
    const units = ['ljy-c1-g1', 'ljy-c1-g1-m2'];
    expect(roster.onDuty(units, at('2026-11-26T08:29:59+08:00'), false)).toEqual([]);
    expect(roster.onDuty(units, at('2026-11-26T08:30:00+08:00'), false)).toEqual(['p-1', 'p-2']);
    expect(roster.onDuty(units, at('2026-11-26T12:00:00+08:00'), false)).toEqual(['p-1']);
    // A shift of a person the district does not have is left out.
    expect(roster.onDuty(['ljy-c1-g1'], at('2026-11-26T10:00:00+08:00'), false)).toEqual(['p-1']);
  });

  it('counts only those checked in when check-ins are required', () => {
    const roster = DutyRoster.from(DISTRICT, {
      shifts,
      checkIns: [
        { personId: 'p-1', kind: 'in', at: '2026-11-26T08:25:00+08:00' },
        { personId: 'p-1', kind: 'out', at: '2026-11-26T11:00:00+08:00' },
        { personId: 'p-1', kind: 'in', at: '2026-11-26T14:30:00+08:00' },
        // Yesterday's check-in does not count for today's shift.
        { personId: 'p-2', kind: 'in', at: '2026-11-25T08:30:00+08:00' },
      ],
    });
    const units = ['ljy-c1-g1', 'ljy-c1-g1-m2'];
    expect(roster.onDuty(units, at('2026-11-26T09:00:00+08:00'), true)).toEqual(['p-1']);
    expect(roster.onDuty(units, at('2026-11-26T11:30:00+08:00'), true)).toEqual([]);
    expect(roster.onDuty(units, at('2026-11-26T15:00:00+08:00'), true)).toEqual(['p-1']);
    expect(roster.onDuty(units, at('2026-11-26T09:00:00+08:00'), false)).toEqual(['p-1', 'p-2']);
  });

  it('uses the district’s own roster by default', () => {
    expect(
      DutyRoster.from(DISTRICT).onDuty(['ljy-c1-g1'], at('2026-11-26T21:00:00+08:00'), false),
    ).toEqual(['p-3']);
  });
});
