// GET /requests of a district: its cases as Open311 service requests, as the public may see
// them (never the reporter), with their status, notes, responsible body, times at the district's
// offset and WGS-84 coordinates.
import { describe, expect, it } from 'vitest';
import {
  compileOpen311Config,
  convertLocation,
  open311ServiceRequest,
  readOpen311ServiceRequests,
  writeOpen311ServiceRequests,
  type CaseRecord,
  type Open311ConfigInput,
  type Open311Profile,
} from '../../../src/index.js';
import { harness, HOUR, LOCATION, type Harness } from '../../support/case-harness.js';
import { CONFIG } from './support/open311-harness.js';

function profileOf(h: Harness, config: Open311ConfigInput = CONFIG): Open311Profile {
  const profile = compileOpen311Config(config, h.engine.district);
  if (!profile.success) throw profile.error;
  return profile.data;
}

async function step(h: Harness, actor: string, id: string, command: Record<string, unknown>) {
  h.now += HOUR;
  return h.ok(actor, id, command);
}

async function archived(h: Harness, id: string): Promise<CaseRecord> {
  await h.report(id);
  await step(h, 'p-3', id, { type: 'file' });
  await step(h, 'p-3', id, { type: 'assign', workerId: 'p-1' });
  await step(h, 'p-1', id, { type: 'start-investigation' });
  await step(h, 'p-1', id, {
    type: 'resolve',
    resolution: '已清理',
    feedback: { channel: 'visit' },
  });
  await step(h, 'p-3', id, { type: 'pass-verification' });
  h.now += 5 * HOUR;
  return h.ok('p-3', id, { type: 'archive' });
}

const WGS84 = convertLocation(LOCATION, 'WGS84').point.coordinates;
const round = (degrees: number) => Math.round(degrees * 1e6) / 1e6;

describe('open311ServiceRequest', () => {
  it('shows an open case: id, status, step and level, category, description, place and times', async () => {
    const h = harness();
    const record = await h.report('c-1');
    const request = open311ServiceRequest(profileOf(h), record);
    expect(request).toEqual({
      service_request_id: 'c-1',
      status: 'open',
      status_notes: '问题上报，网格处置',
      service_name: '邻里纠纷调解',
      service_code: 'ZZ-01',
      description: '楼道堆放杂物，堵塞消防通道',
      agency_responsible: '第一网格',
      requested_datetime: '2026-11-26T09:30:00+08:00',
      updated_datetime: '2026-11-26T09:30:00+08:00',
      expected_datetime: request.expected_datetime,
      address: '第一网格，老军营社区，老军营街道，迎泽区',
      address_id: 'ljy-c1-g1',
      lat: round(WGS84[1]),
      long: round(WGS84[0]),
    });
    expect(Date.parse(request.expected_datetime ?? '')).toBe(Date.parse(record.dueAt));
    expect(request.expected_datetime).toMatch(/\+08:00$/);
    expect(Object.keys(request)).not.toContain('zipcode');
    expect(Object.isFrozen(request)).toBe(true);
  });

  it('speaks English when asked', async () => {
    const h = harness();
    const request = open311ServiceRequest(profileOf(h), await h.report('c-1'), { locale: 'en' });
    expect(request).toMatchObject({
      status_notes: 'Reported, handled at the grid level',
      service_name: 'Neighbour dispute mediation',
      address: '第一网格, 老军营社区, 老军营街道, Yingze District',
    });
  });

  it('gives lat/long in WGS-84, converted from the GCJ-02 of the case, to 6 decimals', async () => {
    const h = harness();
    const request = open311ServiceRequest(profileOf(h), await h.report('c-1'));
    // GCJ-02 is offset from WGS-84 by a few hundred metres in Taiyuan: never the raw numbers.
    expect(request.long).not.toBeCloseTo(LOCATION.point.coordinates[0], 3);
    expect(request.long).toBeCloseTo(WGS84[0], 6);
    expect(request.lat).toBeCloseTo(WGS84[1], 6);
  });

  it('names the department a case is assigned to, else the unit responsible at its level', async () => {
    const h = harness();
    await h.report('c-1');
    await step(h, 'p-3', 'c-1', { type: 'file' });
    const assigned = await step(h, 'p-3', 'c-1', { type: 'assign', departmentId: 'd-zz' });
    const profile = profileOf(h);
    expect(open311ServiceRequest(profile, assigned).agency_responsible).toBe('综合治理');
    expect(open311ServiceRequest(profile, assigned, { locale: 'en' }).agency_responsible).toBe(
      'Comprehensive governance',
    );
    const community = await h.report('c-2', { categoryCode: 'CG-01' });
    expect(open311ServiceRequest(profile, community).agency_responsible).toBe('老军营社区');
  });

  it('maps the category to its service code and gives its service notice', async () => {
    const h = harness();
    const record = await h.report('c-1', { categoryCode: 'CG-01' });
    expect(open311ServiceRequest(profileOf(h), record)).toMatchObject({
      service_code: '001',
      service_name: '消防通道堵塞',
      service_notice: '社区将在 4 小时内处理',
      status_notes: '问题上报，社区处置',
    });
  });

  it('closes an archived case: resolved, its closing time, and no due time', async () => {
    const h = harness();
    const record = await archived(h, 'c-1');
    const request = open311ServiceRequest(profileOf(h), record);
    expect(request.status).toBe('closed');
    expect(request.status_notes).toBe('已办结（网格处置）');
    expect(Date.parse(request.updated_datetime ?? '')).toBe(Date.parse(record.archivedAt ?? ''));
    expect(request.expected_datetime).toBeUndefined();
    expect(open311ServiceRequest(profileOf(h), record, { locale: 'en' }).status_notes).toBe(
      'Resolved (handled at the grid level)',
    );
  });

  it.each([
    [
      { reason: 'duplicate', duplicateOf: 'c-1', note: '同一处' },
      '不予立案：重复上报，已并入案件 c-1',
      'Rejected: a duplicate of case c-1',
    ],
    [
      { reason: 'not-responsible', referredTo: '太原供电公司', note: '供电线路' },
      '不予立案：非本单位职责，已转交太原供电公司',
      'Rejected: not our responsibility, referred to 太原供电公司',
    ],
    [
      { reason: 'invalid', note: '现场无此问题' },
      '不予立案：无效上报',
      'Rejected: not a valid report',
    ],
  ])(
    'closes a rejected case with the reason (%o), never the staff note',
    async (reject, zh, en) => {
      const h = harness();
      await h.report('c-1');
      await h.report('c-2');
      const record = await step(h, 'p-3', 'c-2', { type: 'reject', ...reject });
      const profile = profileOf(h);
      const request = open311ServiceRequest(profile, record);
      expect(request.status).toBe('closed');
      expect(request.status_notes).toBe(zh);
      expect(open311ServiceRequest(profile, record, { locale: 'en' }).status_notes).toBe(en);
      expect(request.expected_datetime).toBeUndefined();
      expect(JSON.stringify(request)).not.toContain(reject.note);
    },
  );

  it('leaves out the due time of a suspended case and says it is suspended', async () => {
    const h = harness();
    await h.report('c-1');
    await step(h, 'p-3', 'c-1', { type: 'file' });
    await step(h, 'p-3', 'c-1', { type: 'assign' });
    await step(h, 'p-3', 'c-1', { type: 'request-suspension', reason: '等待法院判决' });
    const record = await step(h, 'p-5', 'c-1', { type: 'approve-request' });
    expect(record.suspension).toBeDefined();
    const request = open311ServiceRequest(profileOf(h), record);
    expect(request.status).toBe('open');
    expect(request.expected_datetime).toBeUndefined();
    expect(request.status_notes).toBe('任务指派，网格处置，缓办中');
  });

  it('writes every time at the configured offset, never as Z', async () => {
    const h = harness();
    const record = await h.report('c-1');
    const west = open311ServiceRequest(profileOf(h, { utcOffset: '-05:00' }), record);
    expect(west.requested_datetime).toBe('2026-11-25T20:30:00-05:00');
    expect(Date.parse(west.expected_datetime ?? '')).toBe(Date.parse(record.dueAt));
    const utc = open311ServiceRequest(profileOf(h, { utcOffset: '+00:00' }), record);
    expect(utc.requested_datetime).toBe('2026-11-26T01:30:00+00:00');
    for (const time of [utc.updated_datetime, utc.expected_datetime])
      expect(time).toMatch(/\+00:00$/);
  });

  it('makes the first photo absolute with mediaBaseUrl, and keeps absolute URLs', async () => {
    const h = harness();
    const relative = await h.report('c-1', { mediaUrls: ['/photos/1.jpg', '/photos/2.jpg'] });
    expect(open311ServiceRequest(profileOf(h), relative).media_url).toBe(
      'https://wg.example.cn/photos/1.jpg',
    );
    expect(open311ServiceRequest(profileOf(h, {}), relative).media_url).toBe('/photos/1.jpg');
    const absolute = await h.report('c-2', { mediaUrls: ['https://img.example.cn/a.jpg'] });
    expect(open311ServiceRequest(profileOf(h), absolute).media_url).toBe(
      'https://img.example.cn/a.jpg',
    );
  });

  it('never exports the reporter: name and mobile are nowhere, masked where they wrote them', async () => {
    const h = harness();
    const record = await h.report('c-1', {
      description: '我是王秀英，电话 139 1234 5678，楼道堆放杂物，回电 13912345678',
      reporter: { kind: 'resident', name: '王秀英', mobile: '13912345678' },
    });
    const other = await h.report('c-2', {
      description: '邻居李建国 13800138000 反映，身份证 140106193803050027',
      reporter: { kind: 'resident', name: '王秀英', mobile: '13912345678' },
    });
    const profile = profileOf(h);
    // Anybody's mobile or identity number is masked, not only the reporter's.
    expect(open311ServiceRequest(profile, other).description).toBe(
      '邻居李建国 138****8000 反映，身份证 140***********0027',
    );
    const request = open311ServiceRequest(profile, record);
    // Masked as widgets mask free text, keeping how it was written (spaces and all).
    expect(request.description).toBe(
      '我是王**，电话 139 **** 5678，楼道堆放杂物，回电 139****5678',
    );
    for (const format of ['xml', 'json'] as const) {
      const text = writeOpen311ServiceRequests([request], format);
      expect(text).not.toContain('王秀英');
      expect(text.replace(/\D/g, '')).not.toContain('13912345678');
      expect(text).not.toContain('resident');
    }
  });

  it('writes cases as a request list that reads back the same, in XML and JSON', async () => {
    const h = harness();
    const records = [await h.report('c-1'), await archived(h, 'c-2')];
    const profile = profileOf(h);
    const requests = records.map((record) => open311ServiceRequest(profile, record));
    for (const format of ['xml', 'json'] as const) {
      const read = readOpen311ServiceRequests(
        writeOpen311ServiceRequests(requests, format),
        format,
      );
      expect(read).toEqual({ success: true, data: requests });
    }
  });
});
