// The statements of PostgresCaseStore's reads and writes (the lists are in case-list-sql.ts).
// Each takes `$n` parameters; `scope` is the clause that keeps a store to its district.

/** `AND <alias>district_id = $n` when the store is kept to a district, else nothing. */
export const scoped = (param: number | undefined, alias = '') =>
  param === undefined ? '' : ` AND ${alias}district_id = $${String(param)}`;

/** The head of a case's log and its snapshot, when there is one (`$1`: the case). */
export const loadSql = (scope?: number) => `
SELECT h.version AS head_version, h.hash AS head_hash, h.district_id,
       s.version AS snapshot_version, s.hash AS snapshot_hash, s.record
FROM (
  SELECT version, hash, district_id FROM wangge_case_events
  WHERE case_id = $1${scoped(scope)}
  ORDER BY version DESC LIMIT 1
) AS h
LEFT JOIN wangge_case_snapshots AS s ON s.case_id = $1 AND s.district_id = h.district_id`;

/** A case's events from a version on (`$1`: the case, `$2`: the version). */
export const readLogSql = (scope?: number) => `
SELECT event FROM wangge_case_events
WHERE case_id = $1 AND version >= $2${scoped(scope)}
ORDER BY version`;

/** A command's receipt (`$1`: the command id). */
export const findCommandSql = (scope?: number) => `
SELECT case_id, command_digest, first_version, last_version FROM wangge_case_commands
WHERE command_id = $1${scoped(scope)}
ORDER BY district_id LIMIT 1`;

/**
 * A snapshot replayed from the log, unless a newer one was written meanwhile
 * (`$1`…`$5`: district, case, version, hash, record).
 */
export const refreshSnapshotSql = `
INSERT INTO wangge_case_snapshots (district_id, case_id, version, hash, record)
VALUES ($1, $2, $3, $4, $5::jsonb)
ON CONFLICT (case_id, district_id) DO UPDATE
SET version = EXCLUDED.version, hash = EXCLUDED.hash, record = EXCLUDED.record
WHERE wangge_case_snapshots.version <= EXCLUDED.version`;

/**
 * What a batch of commits must know, in one round trip: the head of each case's log with the
 * step of its summary (`$1`: case ids), and the receipts of its command ids (`$2`), as JSON.
 */
export const knownStateSql = (scope?: number) => `
SELECT
  (SELECT coalesce(json_agg(json_build_object(
      'caseId', c.case_id, 'version', h.version, 'hash', h.hash,
      'districtId', h.district_id, 'step', s.step)), '[]'::json)
   FROM unnest($1::text[]) AS c(case_id)
   JOIN LATERAL (
     SELECT version, hash, district_id FROM wangge_case_events AS e
     WHERE e.case_id = c.case_id${scoped(scope, 'e.')}
     ORDER BY version DESC LIMIT 1
   ) AS h ON true
   LEFT JOIN wangge_case_summaries AS s
     ON s.case_id = c.case_id AND s.district_id = h.district_id) AS heads,
  (SELECT coalesce(json_agg(json_build_object(
      'commandId', command_id, 'caseId', case_id, 'commandDigest', command_digest,
      'firstVersion', first_version, 'lastVersion', last_version)
      ORDER BY district_id), '[]'::json)
   FROM wangge_case_commands
   WHERE command_id = ANY($2::text[])${scoped(scope)}) AS receipts`;

// The four writes of a commit or a batch, from the JSON document `batch.doc` (see `BatchRows`),
// the columns read off the stored JSON itself; `gate` is a relation that must hold a row for
// anything to be written, `opened` whether a summary takes a new place in the sweep's order.
const writes = (gate: string, opened: string) => `
new_events AS (
  INSERT INTO wangge_case_events
    (district_id, case_id, version, type, at, command_id, hash, prev_hash, event)
  SELECT x->>'d', e->>'caseId', (e->>'version')::int, e->>'type', (e->>'at')::timestamptz,
         e->>'commandId', e->>'hash', e->>'prevHash', e
  FROM batch${gate}, jsonb_array_elements(doc->'events') AS x, LATERAL (SELECT x->'e' AS e) AS y
), new_commands AS (
  INSERT INTO wangge_case_commands
    (district_id, command_id, case_id, command_digest, first_version, last_version)
  SELECT x->>0, x->>1, x->>2, x->>3, (x->>4)::int, (x->>5)::int
  FROM batch${gate}, jsonb_array_elements(doc->'commands') AS x
), new_snapshots AS (
  INSERT INTO wangge_case_snapshots (district_id, case_id, version, hash, record)
  SELECT x->>'d', r->>'id', (r->>'version')::int, r->>'hash', r
  FROM batch${gate}, jsonb_array_elements(doc->'cases') AS x, LATERAL (SELECT x->'r' AS r) AS y
  ON CONFLICT (case_id, district_id) DO UPDATE
  SET version = EXCLUDED.version, hash = EXCLUDED.hash, record = EXCLUDED.record
), new_summaries AS (
  INSERT INTO wangge_case_summaries
    (district_id, case_id, step, level, unit_id, department_id, worker_id, grid_id,
     micro_grid_id, community_id, street_id, due_at_ms, suspended, resume_at_ms,
     deadline_missed, created_at_ms, updated_at_ms, version, open_seq, summary)
  SELECT x->>'d', s->>'id', s->>'step', s->>'level', s->>'unitId', s->>'departmentId',
         s->>'workerId', s->>'gridId', s->>'microGridId', s->>'communityId', s->>'streetId',
         (s->>'dueAtMs')::bigint, (s->>'suspended')::boolean, (s->>'resumeAtMs')::bigint,
         (s->>'deadlineMissed')::boolean, (x->>'c')::bigint, (x->>'u')::bigint,
         (s->>'version')::int,
         CASE WHEN ${opened} THEN nextval('wangge_case_open_seq') END, s
  FROM batch${gate}, jsonb_array_elements(doc->'cases') AS x, LATERAL (SELECT x->'s' AS s) AS y
  ON CONFLICT (case_id, district_id) DO UPDATE
  SET step = EXCLUDED.step, level = EXCLUDED.level, unit_id = EXCLUDED.unit_id,
      department_id = EXCLUDED.department_id, worker_id = EXCLUDED.worker_id,
      grid_id = EXCLUDED.grid_id, micro_grid_id = EXCLUDED.micro_grid_id,
      community_id = EXCLUDED.community_id, street_id = EXCLUDED.street_id,
      due_at_ms = EXCLUDED.due_at_ms, suspended = EXCLUDED.suspended,
      resume_at_ms = EXCLUDED.resume_at_ms, deadline_missed = EXCLUDED.deadline_missed,
      created_at_ms = EXCLUDED.created_at_ms, updated_at_ms = EXCLUDED.updated_at_ms,
      version = EXCLUDED.version,
      open_seq = coalesce(EXCLUDED.open_seq, wangge_case_summaries.open_seq),
      summary = EXCLUDED.summary
)`;

/**
 * The writes of a batch, in one statement (so one transaction), from one JSON document (`$1`,
 * see `BatchRows`). A duplicate event version or command id fails it whole with
 * `unique_violation`: the constraints, not the reads before, decide a race.
 */
export const writeBatchSql = `
WITH batch AS MATERIALIZED (SELECT $1::jsonb AS doc),
${writes('', "(x->>'o')::boolean")}
SELECT 1`;

/**
 * One commit in one round trip: the checks and the writes in one statement. It writes only when
 * the command id is new and the case's head is what the commit follows (`$4`: the expected
 * version, `$5`: the first event's `prevHash`, `$6`: the district), and returns what it read,
 * so that a commit it did not write is answered from the same snapshot. `$1`: the document,
 * `$2`: the case, `$3`: the command id.
 */
export const commitOneSql = (scope?: number) => `
WITH batch AS MATERIALIZED (SELECT $1::jsonb AS doc),
head AS MATERIALIZED (
  SELECT version, hash, district_id FROM wangge_case_events
  WHERE case_id = $2${scoped(scope)}
  ORDER BY version DESC LIMIT 1
),
receipt AS MATERIALIZED (
  SELECT json_build_object(
      'commandId', command_id, 'caseId', case_id, 'commandDigest', command_digest,
      'firstVersion', first_version, 'lastVersion', last_version) AS receipt
  FROM wangge_case_commands
  WHERE command_id = $3${scoped(scope)}
  ORDER BY district_id LIMIT 1
),
prior AS MATERIALIZED (
  SELECT s.step FROM wangge_case_summaries AS s, head
  WHERE s.case_id = $2 AND s.district_id = head.district_id
),
ok AS MATERIALIZED (
  SELECT 1 AS ok
  WHERE NOT EXISTS (SELECT 1 FROM receipt)
    AND coalesce((SELECT version FROM head), 0) = $4::int
    AND coalesce((SELECT hash FROM head), $5::text) = $5::text
    AND coalesce((SELECT district_id FROM head), $6::text) = $6::text
),
${writes(', ok', "(x->>'o')::boolean AND coalesce((SELECT step FROM prior), 'archived') = 'archived'")}
SELECT EXISTS (SELECT 1 FROM ok) AS written,
       (SELECT receipt FROM receipt) AS receipt,
       (SELECT json_build_object('version', version, 'hash', hash, 'districtId', district_id)
        FROM head) AS head,
       (SELECT step FROM prior) AS step`;
