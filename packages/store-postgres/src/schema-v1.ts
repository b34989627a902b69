import type { Migration } from './migrations.js';

// Version 1 of the schema. A released migration is never edited: a change is a new one.
//
// Every table carries `district_id` (the case's district code), the partitioning key: every
// primary key includes it, so that the tables can be distributed and co-located on it (Citus)
// without a change. Ids compare bytewise (`COLLATE "C"`), as JavaScript compares them.
const EVENTS = `
CREATE TABLE wangge_case_events (
  district_id text COLLATE "C" NOT NULL,
  case_id text COLLATE "C" NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  type text NOT NULL,
  at timestamptz NOT NULL,
  command_id text COLLATE "C" NOT NULL,
  hash text NOT NULL,
  prev_hash text NOT NULL,
  event jsonb NOT NULL,
  PRIMARY KEY (case_id, version, district_id)
)`;

const COMMANDS = `
CREATE TABLE wangge_case_commands (
  district_id text COLLATE "C" NOT NULL,
  command_id text COLLATE "C" NOT NULL,
  case_id text COLLATE "C" NOT NULL,
  command_digest text NOT NULL,
  first_version integer NOT NULL,
  last_version integer NOT NULL,
  PRIMARY KEY (command_id, district_id)
)`;

const SNAPSHOTS = `
CREATE TABLE wangge_case_snapshots (
  district_id text COLLATE "C" NOT NULL,
  case_id text COLLATE "C" NOT NULL,
  version integer NOT NULL,
  hash text NOT NULL,
  record jsonb NOT NULL,
  PRIMARY KEY (case_id, district_id)
)`;

const SUMMARIES = `
CREATE TABLE wangge_case_summaries (
  district_id text COLLATE "C" NOT NULL,
  case_id text COLLATE "C" NOT NULL,
  step text NOT NULL,
  level text NOT NULL,
  unit_id text COLLATE "C" NOT NULL,
  department_id text COLLATE "C",
  worker_id text COLLATE "C",
  grid_id text COLLATE "C" NOT NULL,
  micro_grid_id text COLLATE "C",
  community_id text COLLATE "C" NOT NULL,
  street_id text COLLATE "C" NOT NULL,
  due_at_ms bigint NOT NULL,
  suspended boolean NOT NULL,
  resume_at_ms bigint,
  deadline_missed boolean NOT NULL,
  created_at_ms bigint NOT NULL,
  updated_at_ms bigint NOT NULL,
  version integer NOT NULL,
  open_seq bigint,
  summary jsonb NOT NULL,
  PRIMARY KEY (case_id, district_id)
)`;

// The handling steps (reported, filed, assigned, investigating), in which the deadline counts:
// the predicate of the overdue and sweep indexes, repeated verbatim by the queries.
const HANDLING = `step IN ('reported', 'filed', 'assigned', 'investigating')`;

/** The units a case is listed under: its territory, and the unit it is assigned to. */
export const UNITS_SQL =
  'ARRAY[grid_id, micro_grid_id, community_id, street_id, district_id, unit_id]';

// Only what the queries need: every index is written on every commit (the summary's due and
// updated times change, so no update is a HOT one). Lists always count all their matches, so
// an index on a sort key alone would not spare the scan; the filters' indexes do.
const INDEXES = [
  // Lists by unit: any unit of the territory, or the assigned unit (`unitId`).
  `CREATE INDEX wangge_case_summaries_units ON wangge_case_summaries USING gin ((${UNITS_SQL}))`,
  'CREATE INDEX wangge_case_summaries_department ON wangge_case_summaries (department_id) WHERE department_id IS NOT NULL',
  'CREATE INDEX wangge_case_summaries_worker ON wangge_case_summaries (worker_id) WHERE worker_id IS NOT NULL',
  // Steps and levels; open cases (not archived) in due order, the usual dashboard.
  'CREATE INDEX wangge_case_summaries_step_level ON wangge_case_summaries (step, level)',
  `CREATE INDEX wangge_case_summaries_open ON wangge_case_summaries (due_at_ms, case_id) WHERE step <> 'archived'`,
  // Overdue at an instant, and the deadline sweep: running clocks by due time (ties in the
  // order the cases opened), stopped clocks by the time they restart.
  `CREATE INDEX wangge_case_summaries_overdue ON wangge_case_summaries (due_at_ms, open_seq) WHERE ${HANDLING} AND NOT suspended`,
  `CREATE INDEX wangge_case_summaries_resume ON wangge_case_summaries (resume_at_ms) WHERE ${HANDLING} AND suspended`,
];

/**
 * The first schema: the event log, command receipts, snapshots and summaries, and the
 * sequence that orders cases by the time they (re)opened, as the sweep lists them.
 *
 * @internal
 */
export const SCHEMA_V1: Migration = {
  version: 1,
  name: 'case store: events, commands, snapshots, summaries',
  statements: [
    EVENTS,
    COMMANDS,
    SNAPSHOTS,
    SUMMARIES,
    'CREATE SEQUENCE wangge_case_open_seq',
    ...INDEXES,
  ].map((statement) => statement.trim()),
};
