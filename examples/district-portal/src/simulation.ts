// A seeded simulation of the command centre's day: grid workers report what they find on
// patrol, at a rate that follows the hours of the day, and each case is given a fate when it is
// reported (most run the whole loop at the grid; some fail verification and are reworked (返工);
// some are handed up with a handover sheet; some are left until their deadline passes and the
// sweep escalates them; a few are suspended (缓办) or extended (延期)). Everything is a command
// from the person who may give it, through the same desk as the page's own commands; the same
// seed gives the same day, however fast the clock runs.
import type { GridFeature, GridIndex } from '@wangge/core';
import type { CaseStaff } from './case-staff.js';
import type { CommandDesk } from './command-desk.js';
import { EventQueue } from './event-queue.js';
import { fileReport, type ReportContext } from './report-flow.js';
import { seededRandom, type Random } from './seeded-random.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const CST = 8 * HOUR;
/** The sweep runs every five simulated minutes, as a server's timer would. */
const SWEEP_EVERY = 5 * MINUTE;

/** Reports per hour of the day (Beijing time): patrols in the morning and the afternoon. */
const REPORTS_PER_HOUR = [
  2, 2, 2, 2, 2, 2, 3, 8, 24, 24, 24, 24, 12, 12, 24, 24, 24, 24, 10, 10, 10, 4, 4, 4,
] as const;

/** What becomes of a case, drawn when it is reported. */
export type CaseFate = 'loop' | 'rework' | 'handover' | 'neglect' | 'stuck' | 'suspend' | 'extend';
const FATES: readonly (readonly [CaseFate, number])[] = [
  ['loop', 0.66],
  ['rework', 0.1],
  ['handover', 0.06],
  ['neglect', 0.08],
  ['stuck', 0.02],
  ['suspend', 0.04],
  ['extend', 0.04],
];

type Action =
  | { readonly kind: 'report' }
  | { readonly kind: 'sweep' }
  | { readonly kind: 'advance'; readonly caseId: string }
  | { readonly kind: 'approve'; readonly caseId: string }
  | { readonly kind: 'resume'; readonly caseId: string };

interface Plan {
  readonly fate: CaseFate;
}

const DESCRIPTIONS = ['巡查发现', '居民反映', '入户走访发现', '网格巡查时发现'] as const;
const RESOLUTIONS = [
  '已现场处置完毕',
  '已协调物业处理',
  '已联系责任单位整改',
  '已上门调解',
] as const;
const CHANNELS = ['visit', 'phone', 'sms'] as const;

/** Options of a simulation. */
export interface SimulationOptions {
  readonly seed: number;
  /** The simulated instant it starts at. */
  readonly start: number;
}

export class Simulation {
  readonly #queue = new EventQueue<Action>();
  readonly #plans = new Map<string, Plan>();
  readonly #random: Random;
  readonly #context: ReportContext;
  readonly #desk: CommandDesk;
  readonly #staff: CaseStaff;
  readonly #grids: readonly { readonly id: string; readonly feature: GridFeature | undefined }[];
  readonly #categories: { readonly grid: readonly string[]; readonly other: readonly string[] };
  #running: Promise<void> = Promise.resolve();
  #reported = 0;

  constructor(
    context: ReportContext,
    layer: { readonly features: readonly GridFeature[] },
    options: SimulationOptions,
  ) {
    this.#context = context;
    this.#desk = context.desk;
    this.#staff = context.staff;
    this.#random = seededRandom(options.seed);
    const features = new Map(
      layer.features.filter((f) => f.properties.level === 'grid').map((f) => [f.properties.id, f]),
    );
    this.#grids = context.district.bundle.grids
      .filter((g) => this.#staff.gridTeam(g.id) !== undefined)
      .map((g) => ({ id: g.id, feature: features.get(g.id) }));
    const categories = context.district.bundle.categories;
    this.#categories = {
      grid: categories.filter((c) => c.startLevel === 'grid').map((c) => c.code),
      other: categories.filter((c) => c.startLevel !== 'grid').map((c) => c.code),
    };
    this.#queue.push(options.start + this.#gap(options.start), { kind: 'report' });
    this.#queue.push(options.start, { kind: 'sweep' });
  }

  /** How many cases the simulation has reported. */
  get reported(): number {
    return this.#reported;
  }

  /** Lets a case reported by the page's user run the loop like the others. */
  adopt(caseId: string): void {
    this.#plans.set(caseId, { fate: 'loop' });
    this.#later(caseId, 'advance', 20, 60);
  }

  /**
   * Runs everything due up to `until`, in order, each at its own instant. Calls are queued, so
   * a clock that ticks while the engine is busy never runs two batches at once.
   */
  advanceTo(until: number): Promise<void> {
    this.#running = this.#running.then(async () => {
      let changed = false;
      for (let next = this.#queue.popUntil(until); next; next = this.#queue.popUntil(until)) {
        this.#desk.setNow(next.at);
        await this.#do(next.item);
        changed = true;
      }
      this.#desk.setNow(until);
      if (changed) this.#desk.notify();
    });
    return this.#running;
  }

  async #do(action: Action): Promise<void> {
    const now = this.#desk.now;
    switch (action.kind) {
      case 'report':
        await this.#report();
        this.#queue.push(now + this.#gap(now), { kind: 'report' });
        return;
      case 'sweep': {
        const result = await this.#desk.tick();
        // The next level's desk takes an escalated case up, unless nobody ever will.
        for (const { caseId } of result.escalated) {
          if (this.#plans.get(caseId)?.fate !== 'stuck') this.#later(caseId, 'advance', 15, 90);
        }
        for (const caseId of result.resumed) this.#later(caseId, 'advance', 10, 60);
        this.#queue.push(now + SWEEP_EVERY, { kind: 'sweep' });
        return;
      }
      case 'advance':
        return this.#advance(action.caseId);
      case 'approve':
        return this.#approve(action.caseId);
      case 'resume':
        return this.#resume(action.caseId);
    }
  }

  async #report(): Promise<void> {
    const random = this.#random;
    const grid = random.pick(this.#grids);
    const team = this.#staff.gridTeam(grid.id);
    if (!team) return;
    const list = random.chance(0.85) ? this.#categories.grid : this.#categories.other;
    if (list.length === 0) return;
    const categoryCode = random.pick(list);
    const category = this.#context.district.categories.get(categoryCode);
    const point = this.#pointIn(grid.id, grid.feature);
    const outcome = await fileReport(this.#context, team.worker, {
      categoryCode,
      gridId: grid.id,
      ...(point
        ? {
            location: {
              point: { type: 'Point', coordinates: point },
              coordinateSystem: this.#context.index.coordinateSystem,
            },
          }
        : {}),
      description: `${random.pick(DESCRIPTIONS)}：${category?.name.zh ?? categoryCode}`,
      reporter: { kind: 'grid-worker', personId: team.worker },
      priority: random.chance(0.05) ? 'urgent' : 'normal',
    });
    if (!outcome.ok) return;
    this.#reported += 1;
    const fate = this.#fate();
    this.#plans.set(outcome.caseId, { fate });
    if (fate !== 'neglect' && fate !== 'stuck') this.#later(outcome.caseId, 'advance', 10, 60);
  }

  /** The next step of a case's loop, by whoever may take it at its level. */
  async #advance(caseId: string): Promise<void> {
    const record = await this.#desk.load(caseId);
    const plan = this.#plans.get(caseId);
    if (!record || !plan || record.step === 'archived') return;
    const people = this.#staff.at(record);
    if (!people) return;
    const run = (actor: string, command: { type: string } & Record<string, unknown>) =>
      this.#desk.run(actor, caseId, command);
    const random = this.#random;
    switch (record.step) {
      case 'reported':
      case 'filed':
        await run(
          people.supervisor,
          record.step === 'reported' ? { type: 'file' } : { type: 'assign' },
        );
        this.#later(caseId, 'advance', 10, 60);
        return;
      case 'assigned':
        if (record.request || record.suspension) return;
        if ((await run(people.handler, { type: 'start-investigation' })).success) {
          this.#later(caseId, 'advance', 30, 180);
        }
        return;
      case 'investigating':
        if (record.request || record.suspension) return;
        if (plan.fate === 'handover' && record.level === 'grid') {
          const done = await run(people.handler, {
            type: 'escalate',
            handover: {
              reason: '涉及多个产权单位，网格内无法协调',
              tried: '已入户走访并联系物业',
              attachments: [],
            },
          });
          if (done.success) this.#later(caseId, 'advance', 20, 90);
          return;
        }
        if (plan.fate === 'suspend' && record.suspensionCount === 0) {
          const done = await run(people.handler, {
            type: 'request-suspension',
            reason: '当事人外出，待其返回后处理',
          });
          if (done.success) this.#later(caseId, 'approve', 20, 60);
          return;
        }
        if (plan.fate === 'extend' && record.extensionCount === 0) {
          const done = await run(people.handler, {
            type: 'request-extension',
            reason: '需等待配件到货',
            extendBy: { amount: 1, unit: 'working-days' },
          });
          if (done.success) this.#later(caseId, 'approve', 20, 60);
          return;
        }
        if (
          (
            await run(people.handler, {
              type: 'resolve',
              resolution: random.pick(RESOLUTIONS),
              feedback: { channel: random.pick(CHANNELS) },
            })
          ).success
        ) {
          this.#later(caseId, 'advance', 20, 120);
        }
        return;
      case 'resolved':
        if (record.verified) {
          await run(people.supervisor, { type: 'archive' });
          return;
        }
        if (plan.fate === 'rework' && record.reworkCount === 0) {
          const done = await run(people.verifier, {
            type: 'fail-verification',
            reason: '回访：问题仍未解决，返工',
          });
          if (done.success) this.#later(caseId, 'advance', 30, 120);
          return;
        }
        if ((await run(people.verifier, { type: 'pass-verification' })).success) {
          this.#later(caseId, 'advance', 5, 30);
        }
        return;
    }
  }

  async #approve(caseId: string): Promise<void> {
    const record = await this.#desk.load(caseId);
    const people = record && this.#staff.at(record);
    if (!record?.request || !people) return;
    const suspension = record.request.kind === 'suspension';
    if (!(await this.#desk.run(people.approver, caseId, { type: 'approve-request' })).success)
      return;
    if (suspension) this.#later(caseId, 'resume', 120, 240);
    else this.#later(caseId, 'advance', 60, 240);
  }

  async #resume(caseId: string): Promise<void> {
    const record = await this.#desk.load(caseId);
    const people = record && this.#staff.at(record);
    if (!record?.suspension || !people) return;
    if ((await this.#desk.run(people.handler, caseId, { type: 'resume' })).success) {
      this.#later(caseId, 'advance', 30, 120);
    }
  }

  /** Schedules an action some minutes later, moved into office hours (08:30–19:00). */
  #later(caseId: string, kind: 'advance' | 'approve' | 'resume', min: number, max: number): void {
    const at = officeHours(this.#desk.now + this.#random.int(min, max) * MINUTE, this.#random);
    this.#queue.push(at, { kind, caseId });
  }

  #fate(): CaseFate {
    let x = this.#random.next();
    for (const [fate, p] of FATES) {
      if (x < p) return fate;
      x -= p;
    }
    return 'loop';
  }

  /** Minutes to the next report: exponential, at the rate of the hour. */
  #gap(now: number): number {
    const hour = new Date(now + CST).getUTCHours();
    const rate = REPORTS_PER_HOUR[hour] ?? 4;
    return Math.max(MINUTE, Math.round((-Math.log(1 - this.#random.next()) / rate) * HOUR));
  }

  /** A random point inside the grid, by rejection within its bounding box. */
  #pointIn(gridId: string, feature: GridFeature | undefined): [number, number] | undefined {
    if (!feature) return undefined;
    const box = bounds(feature);
    const index: GridIndex = this.#context.index;
    for (let tries = 0; tries < 20; tries += 1) {
      const lon = box[0] + this.#random.next() * (box[2] - box[0]);
      const lat = box[1] + this.#random.next() * (box[3] - box[1]);
      const found = index.locatePosition(lon, lat);
      if (found.status === 'inside' && found.gridId === gridId) {
        return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
      }
    }
    return undefined;
  }
}

function bounds(feature: GridFeature): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings =
    feature.geometry.type === 'Polygon'
      ? feature.geometry.coordinates
      : feature.geometry.coordinates.flat();
  for (const ring of rings) {
    for (const [x, y] of ring) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
}

/** Staff act in office hours: a time after 19:00 or before 08:30 moves to the next morning. */
function officeHours(at: number, random: Random): number {
  const local = at + CST;
  const minute = Math.floor((local % (24 * HOUR)) / MINUTE);
  const open = 8 * 60 + 30;
  const close = 19 * 60;
  if (minute >= open && minute < close) return at;
  const dayStart = local - (local % (24 * HOUR)) - CST;
  const morning = dayStart + open * MINUTE + random.int(0, 60) * MINUTE;
  return minute < open ? morning : morning + 24 * HOUR;
}
