-- AUD-1 at national scale (ADR 0021): the audit log is range-partitioned by month of occurred_at, so a year of reads
-- (hundreds of millions of rows) keeps small indexes per month, an extraction of at most 30 days reads one or two
-- months, and retention drops whole months instead of deleting rows. Month boundaries are UTC midnights.
--
-- The rows of V1's table are kept: the table is renamed, the partitioned one is made with the months those rows need
-- and the months around now, the rows are moved with their ids, and the old table is dropped. Ids keep coming from
-- the same sequence.

ALTER TABLE audit_log RENAME TO audit_log_v1;
ALTER TABLE audit_log_v1 RENAME CONSTRAINT audit_log_pkey TO audit_log_v1_pkey;
DROP INDEX audit_log_municipality_time;

CREATE TABLE audit_log (
    id                 bigint       NOT NULL DEFAULT nextval('audit_log_id_seq'),
    occurred_at        timestamptz  NOT NULL,
    actor_role         text         NOT NULL,
    actor_id           text         NOT NULL,
    municipality_code  char(3)      NOT NULL,
    action             text         NOT NULL,
    subject_type       text         NOT NULL,
    subject_id         text         NOT NULL,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
ALTER SEQUENCE audit_log_id_seq OWNED BY audit_log.id;

-- The two ways AUD-1 extracts (chosen with EXPLAIN (ANALYZE, BUFFERS) on the loaded national dataset, ADR 0021):
-- every caseworker of a municipality in a period, and one caseworker of a municipality in a period.
CREATE INDEX audit_log_municipality_time ON audit_log (municipality_code, occurred_at);
CREATE INDEX audit_log_municipality_actor_time ON audit_log (municipality_code, actor_id, occurred_at);

-- A line whose month has no partition (the daily upkeep stopped for longer than it creates ahead, or a clock far off)
-- is kept here rather than refused: an audit line is never lost, and the read it records is not failed for it.
-- The upkeep moves such lines into their month when it creates the month, and reports how many wait here.
CREATE TABLE audit_log_default PARTITION OF audit_log DEFAULT;

-- Creates the partition of the month that holds `month` (idempotent) and moves into it the lines the default
-- partition holds for that month. The new table gets the month's range as a CHECK constraint first, so attaching it
-- needs no scan of its rows. Returns the partition's name. Runs serialised with the other upkeep functions.
CREATE FUNCTION audit_log_create_month(month date) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    first_day date        := date_trunc('month', month)::date;
    partition text        := 'audit_log_' || to_char(first_day, 'YYYY_MM');
    from_at   timestamptz := first_day::timestamp AT TIME ZONE 'UTC';
    to_at     timestamptz := (first_day + interval '1 month')::timestamp AT TIME ZONE 'UTC';
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('audit_log partitions'));
    IF EXISTS (SELECT 1 FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
               WHERE i.inhparent = 'audit_log'::regclass AND c.relname = partition) THEN
        RETURN partition;
    END IF;
    EXECUTE format('CREATE TABLE %I (LIKE audit_log INCLUDING DEFAULTS)', partition);
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (occurred_at >= %L AND occurred_at < %L)',
                   partition, partition || '_month', from_at, to_at);
    EXECUTE format('WITH moved AS (DELETE FROM audit_log_default WHERE occurred_at >= %L AND occurred_at < %L RETURNING *)'
                   ' INSERT INTO %I SELECT * FROM moved', from_at, to_at, partition);
    EXECUTE format('ALTER TABLE audit_log ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', partition, from_at, to_at);
    RETURN partition;
END;
$$;

-- Detaches and drops the partition of the month that holds `month`, and deletes what the default partition holds for
-- that month: retention (ADR 0021). Returns whether there was a partition.
CREATE FUNCTION audit_log_drop_month(month date) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    first_day date        := date_trunc('month', month)::date;
    partition text        := 'audit_log_' || to_char(first_day, 'YYYY_MM');
    from_at   timestamptz := first_day::timestamp AT TIME ZONE 'UTC';
    to_at     timestamptz := (first_day + interval '1 month')::timestamp AT TIME ZONE 'UTC';
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('audit_log partitions'));
    DELETE FROM audit_log_default WHERE occurred_at >= from_at AND occurred_at < to_at;
    IF NOT EXISTS (SELECT 1 FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                   WHERE i.inhparent = 'audit_log'::regclass AND c.relname = partition) THEN
        RETURN false;
    END IF;
    EXECUTE format('ALTER TABLE audit_log DETACH PARTITION %I', partition);
    EXECUTE format('DROP TABLE %I', partition);
    RETURN true;
END;
$$;

-- The months of V1's rows, and this month to three months ahead; the daily upkeep keeps it so.
SELECT audit_log_create_month(month::date)
FROM generate_series(date_trunc('month', LEAST((SELECT min(occurred_at) FROM audit_log_v1), now()) AT TIME ZONE 'UTC'),
                     date_trunc('month', now() AT TIME ZONE 'UTC') + interval '3 months',
                     interval '1 month') AS month;

INSERT INTO audit_log (id, occurred_at, actor_role, actor_id, municipality_code, action, subject_type, subject_id)
SELECT id, occurred_at, actor_role, actor_id, municipality_code, action, subject_type, subject_id FROM audit_log_v1;

DROP TABLE audit_log_v1;
