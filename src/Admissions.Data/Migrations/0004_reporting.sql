-- Confirmation-rate reporting for staff: preschools with their location, dossier counts per status and
-- first confirmations per day, all kept current by statement-level triggers so that no staff page counts over
-- dossiers. Names are sorted with the Vietnamese collation of ICU.

CREATE COLLATION IF NOT EXISTS vi_vn (provider = icu, locale = 'vi-VN');

-- One row per preschool code found in dossiers, rebuilt by refresh_preschools() after each import.
-- A school is located in the ward where most of its children reside (ties go to the lowest ward code).
CREATE TABLE preschools (
    code text PRIMARY KEY,
    name text NOT NULL,
    ward_code text NOT NULL REFERENCES wards (code),
    refreshed_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX preschools_ward_idx ON preschools (ward_code);

-- Dossiers per preschool, residence ward and status. Rows whose count fell to zero stay, and readers skip them.
CREATE TABLE dossier_status_counts (
    preschool_code text NOT NULL,
    ward_code text NOT NULL,
    status text NOT NULL,
    dossiers int NOT NULL,
    PRIMARY KEY (preschool_code, ward_code, status)
);

CREATE INDEX dossier_status_counts_ward_idx ON dossier_status_counts (ward_code);

-- The same counts summed per preschool and per residence ward, one column per status. The city page ranks
-- every school and ward, and reading one row each is what keeps it fast at any number of dossiers.
CREATE TABLE preschool_status_totals (
    preschool_code text PRIMARY KEY,
    not_looked_up int NOT NULL DEFAULT 0,
    looked_up int NOT NULL DEFAULT 0,
    confirmed int NOT NULL DEFAULT 0,
    correction_requested int NOT NULL DEFAULT 0,
    changed_awaiting_confirmation int NOT NULL DEFAULT 0,
    accepted_at_deadline int NOT NULL DEFAULT 0,
    total int GENERATED ALWAYS AS (not_looked_up + looked_up + confirmed + correction_requested
                                   + changed_awaiting_confirmation + accepted_at_deadline) STORED
);

CREATE TABLE ward_status_totals (
    ward_code text PRIMARY KEY,
    not_looked_up int NOT NULL DEFAULT 0,
    looked_up int NOT NULL DEFAULT 0,
    confirmed int NOT NULL DEFAULT 0,
    correction_requested int NOT NULL DEFAULT 0,
    changed_awaiting_confirmation int NOT NULL DEFAULT 0,
    accepted_at_deadline int NOT NULL DEFAULT 0,
    total int GENERATED ALWAYS AS (not_looked_up + looked_up + confirmed + correction_requested
                                   + changed_awaiting_confirmation + accepted_at_deadline) STORED
);

-- Dossiers confirmed for the first time per day (Asia/Ho_Chi_Minh), counted under the dossier's preschool and
-- residence ward when its first confirmation row is inserted. Re-confirmations after a data change are not
-- counted again.
-- NOTE: deleting confirmation rows does not lower these counts, and the application never deletes them.
CREATE TABLE preschool_daily_confirmations (
    preschool_code text NOT NULL,
    day date NOT NULL,
    first_confirmations int NOT NULL,
    PRIMARY KEY (preschool_code, day)
);

CREATE TABLE ward_daily_confirmations (
    ward_code text NOT NULL,
    day date NOT NULL,
    first_confirmations int NOT NULL,
    PRIMARY KEY (ward_code, day)
);

-- The chase list of a school filters on status and class, so the class joins the (preschool_code, status) index
-- that it replaces. Every query that used the old index can use the new one.
CREATE INDEX dossiers_preschool_status_class_idx ON dossiers (preschool_code, status, preschool_class);
DROP INDEX dossiers_preschool_idx;

-- The net change of one statement to the dossier counts: +n or -n dossiers for one (preschool, ward, status).
CREATE TYPE dossier_count_delta AS (preschool_code text, ward_code text, status text, delta int);

-- Adds deltas to the three count tables. Each table's keys are upserted in sorted order and the tables always in
-- the same order, so two single-statement transactions lock shared counter rows in one order and do not deadlock.
-- NOTE: a counter row stays locked until the writing transaction commits. An import holds the rows of the
-- schools and wards it changed until it commits, and confirmations there wait for that long. A transaction of
-- several statements can still deadlock with another, and PostgreSQL then aborts one of them.
CREATE FUNCTION apply_dossier_count_deltas(deltas dossier_count_delta[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO dossier_status_counts AS c (preschool_code, ward_code, status, dossiers)
    SELECT preschool_code, ward_code, status, delta
    FROM unnest(deltas)
    ORDER BY preschool_code, ward_code, status
    ON CONFLICT (preschool_code, ward_code, status) DO UPDATE SET dossiers = c.dossiers + excluded.dossiers;

    INSERT INTO preschool_status_totals AS t (preschool_code, not_looked_up, looked_up, confirmed,
                                              correction_requested, changed_awaiting_confirmation, accepted_at_deadline)
    SELECT preschool_code,
           coalesce(sum(delta) FILTER (WHERE status = 'not_looked_up'), 0),
           coalesce(sum(delta) FILTER (WHERE status = 'looked_up'), 0),
           coalesce(sum(delta) FILTER (WHERE status = 'confirmed'), 0),
           coalesce(sum(delta) FILTER (WHERE status = 'correction_requested'), 0),
           coalesce(sum(delta) FILTER (WHERE status = 'changed_awaiting_confirmation'), 0),
           coalesce(sum(delta) FILTER (WHERE status = 'accepted_at_deadline'), 0)
    FROM unnest(deltas)
    GROUP BY preschool_code
    ORDER BY preschool_code
    ON CONFLICT (preschool_code) DO UPDATE SET
        not_looked_up = t.not_looked_up + excluded.not_looked_up,
        looked_up = t.looked_up + excluded.looked_up,
        confirmed = t.confirmed + excluded.confirmed,
        correction_requested = t.correction_requested + excluded.correction_requested,
        changed_awaiting_confirmation = t.changed_awaiting_confirmation + excluded.changed_awaiting_confirmation,
        accepted_at_deadline = t.accepted_at_deadline + excluded.accepted_at_deadline;

    INSERT INTO ward_status_totals AS t (ward_code, not_looked_up, looked_up, confirmed,
                                         correction_requested, changed_awaiting_confirmation, accepted_at_deadline)
    SELECT ward_code,
           coalesce(sum(delta) FILTER (WHERE status = 'not_looked_up'), 0),
           coalesce(sum(delta) FILTER (WHERE status = 'looked_up'), 0),
           coalesce(sum(delta) FILTER (WHERE status = 'confirmed'), 0),
           coalesce(sum(delta) FILTER (WHERE status = 'correction_requested'), 0),
           coalesce(sum(delta) FILTER (WHERE status = 'changed_awaiting_confirmation'), 0),
           coalesce(sum(delta) FILTER (WHERE status = 'accepted_at_deadline'), 0)
    FROM unnest(deltas)
    GROUP BY ward_code
    ORDER BY ward_code
    ON CONFLICT (ward_code) DO UPDATE SET
        not_looked_up = t.not_looked_up + excluded.not_looked_up,
        looked_up = t.looked_up + excluded.looked_up,
        confirmed = t.confirmed + excluded.confirmed,
        correction_requested = t.correction_requested + excluded.correction_requested,
        changed_awaiting_confirmation = t.changed_awaiting_confirmation + excluded.changed_awaiting_confirmation,
        accepted_at_deadline = t.accepted_at_deadline + excluded.accepted_at_deadline;
$$;

-- Each transition row counts +1 for its (preschool, ward, status) among the new rows and -1 among the old rows.
-- An update that changes none of the three (a warnings refresh, a name correction) therefore writes nothing.
-- PL/pgSQL plans a statement only when it runs, so each branch reads only the transition tables its event has.
CREATE FUNCTION dossier_counts_after_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    deltas dossier_count_delta[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg((preschool_code, ward_code, status, n)::dossier_count_delta) INTO deltas
        FROM (SELECT preschool_code, ward_code, status, count(*)::int AS n
              FROM new_rows GROUP BY preschool_code, ward_code, status) AS inserted;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg((preschool_code, ward_code, status, -n)::dossier_count_delta) INTO deltas
        FROM (SELECT preschool_code, ward_code, status, count(*)::int AS n
              FROM old_rows GROUP BY preschool_code, ward_code, status) AS deleted;
    ELSE
        SELECT array_agg((preschool_code, ward_code, status, n)::dossier_count_delta) INTO deltas
        FROM (
            SELECT preschool_code, ward_code, status, sum(delta)::int AS n
            FROM (
                SELECT preschool_code, ward_code, status, 1 AS delta FROM new_rows
                UNION ALL
                SELECT preschool_code, ward_code, status, -1 AS delta FROM old_rows
            ) AS changes
            GROUP BY preschool_code, ward_code, status
            HAVING sum(delta) <> 0
        ) AS updated;
    END IF;

    IF deltas IS NOT NULL THEN
        PERFORM apply_dossier_count_deltas(deltas);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION dossier_counts_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM dossier_status_counts;
    DELETE FROM preschool_status_totals;
    DELETE FROM ward_status_totals;
    RETURN NULL;
END
$$;

-- PostgreSQL allows transition tables only on triggers with a single event, hence one trigger per event.
CREATE TRIGGER dossiers_count_insert AFTER INSERT ON dossiers
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_counts_after_change();

CREATE TRIGGER dossiers_count_update AFTER UPDATE ON dossiers
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_counts_after_change();

CREATE TRIGGER dossiers_count_delete AFTER DELETE ON dossiers
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_counts_after_change();

CREATE TRIGGER dossiers_count_truncate AFTER TRUNCATE ON dossiers
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_counts_after_truncate();

-- Counts the inserted confirmations that are their dossier's first. DossierRepository.ConfirmAsync locks the
-- dossier row before it inserts, so two first confirmations of one dossier do not race.
CREATE FUNCTION daily_confirmations_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO preschool_daily_confirmations AS c (preschool_code, day, first_confirmations)
    SELECT d.preschool_code, (n.confirmed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, count(*)
    FROM new_rows AS n
    JOIN dossiers AS d ON d.id = n.dossier_id
    WHERE NOT EXISTS (SELECT 1 FROM confirmations AS e WHERE e.dossier_id = n.dossier_id AND e.id < n.id)
    GROUP BY 1, 2
    ORDER BY 1, 2
    ON CONFLICT (preschool_code, day) DO UPDATE SET first_confirmations = c.first_confirmations + excluded.first_confirmations;

    INSERT INTO ward_daily_confirmations AS c (ward_code, day, first_confirmations)
    SELECT d.ward_code, (n.confirmed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, count(*)
    FROM new_rows AS n
    JOIN dossiers AS d ON d.id = n.dossier_id
    WHERE NOT EXISTS (SELECT 1 FROM confirmations AS e WHERE e.dossier_id = n.dossier_id AND e.id < n.id)
    GROUP BY 1, 2
    ORDER BY 1, 2
    ON CONFLICT (ward_code, day) DO UPDATE SET first_confirmations = c.first_confirmations + excluded.first_confirmations;
    RETURN NULL;
END
$$;

CREATE FUNCTION daily_confirmations_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM preschool_daily_confirmations;
    DELETE FROM ward_daily_confirmations;
    RETURN NULL;
END
$$;

CREATE TRIGGER confirmations_count_insert AFTER INSERT ON confirmations
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION daily_confirmations_after_insert();

CREATE TRIGGER confirmations_count_truncate AFTER TRUNCATE ON confirmations
    FOR EACH STATEMENT EXECUTE FUNCTION daily_confirmations_after_truncate();

-- Rebuilds preschools without scanning dossiers. The location comes from dossier_status_counts, and the name
-- from one dossier of the school, found through dossiers_preschool_status_class_idx. Codes that no dossier uses
-- any more are removed. The importer calls it after each import.
-- NOTE: the name comes from any one dossier of the school, because an import file gives one name per code.
CREATE FUNCTION refresh_preschools() RETURNS void LANGUAGE sql AS $$
    WITH located AS (
        SELECT DISTINCT ON (preschool_code) preschool_code, ward_code
        FROM (
            SELECT preschool_code, ward_code, sum(dossiers) AS children
            FROM dossier_status_counts
            GROUP BY preschool_code, ward_code
            HAVING sum(dossiers) > 0
        ) AS per_ward
        ORDER BY preschool_code, children DESC, ward_code
    ),
    named AS (
        SELECT l.preschool_code, l.ward_code, n.preschool_name
        FROM located AS l
        CROSS JOIN LATERAL (
            SELECT d.preschool_name FROM dossiers AS d WHERE d.preschool_code = l.preschool_code LIMIT 1
        ) AS n
    ),
    removed AS (
        DELETE FROM preschools AS p
        WHERE NOT EXISTS (SELECT 1 FROM located AS l WHERE l.preschool_code = p.code)
    )
    INSERT INTO preschools AS p (code, name, ward_code)
    SELECT preschool_code, preschool_name, ward_code FROM named
    ON CONFLICT (code) DO UPDATE SET name = excluded.name, ward_code = excluded.ward_code, refreshed_at = now()
    WHERE (p.name, p.ward_code) IS DISTINCT FROM (excluded.name, excluded.ward_code)
$$;

-- Counts of the rows that exist already. Creating the triggers above took locks on dossiers and confirmations
-- that block writers until this migration commits, so no change falls between these counts and the triggers.
WITH existing AS (
    SELECT array_agg((preschool_code, ward_code, status, n)::dossier_count_delta) AS deltas
    FROM (SELECT preschool_code, ward_code, status, count(*)::int AS n
          FROM dossiers GROUP BY preschool_code, ward_code, status) AS grouped
)
SELECT apply_dossier_count_deltas(deltas) FROM existing WHERE deltas IS NOT NULL;

WITH first_confirmations AS (
    SELECT d.preschool_code, d.ward_code, (f.confirmed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day
    FROM (SELECT DISTINCT ON (dossier_id) dossier_id, confirmed_at FROM confirmations ORDER BY dossier_id, id) AS f
    JOIN dossiers AS d ON d.id = f.dossier_id
),
per_preschool AS (
    INSERT INTO preschool_daily_confirmations (preschool_code, day, first_confirmations)
    SELECT preschool_code, day, count(*) FROM first_confirmations GROUP BY preschool_code, day
)
INSERT INTO ward_daily_confirmations (ward_code, day, first_confirmations)
SELECT ward_code, day, count(*) FROM first_confirmations GROUP BY ward_code, day;

SELECT refresh_preschools();
