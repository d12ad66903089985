-- EXPLAIN ANALYZE of the queries behind the city, ward and school pages, copied from
-- src/Admissions.Data/Reporting at the time of measurement (keep them in step when those change).
-- Run twice after infra/perf/reporting-fill.sql and read the second run:
--
--   psql -d DATABASE -f infra/perf/reporting-explain.sql | grep -E '^(city|school|ward)|Execution Time'
--
-- P0042 and ward 70107071 are a school and a school location of the generated data.
\set code '''P0042'''
\set ward '''70107071'''
\echo city summary
EXPLAIN (ANALYZE, SUMMARY) SELECT coalesce(sum(t.not_looked_up), 0)::bigint, coalesce(sum(t.looked_up), 0)::bigint, coalesce(sum(t.confirmed), 0)::bigint, coalesce(sum(t.correction_requested), 0)::bigint, coalesce(sum(t.changed_awaiting_confirmation), 0)::bigint, coalesce(sum(t.accepted_at_deadline), 0)::bigint FROM ward_status_totals t;
\echo city wards ranked
EXPLAIN (ANALYZE, SUMMARY) SELECT row_number() OVER ranking AS Rank, w.code, w.name, t.* FROM ward_status_totals t JOIN wards w ON w.code = t.ward_code WHERE t.total > 0
 WINDOW ranking AS (ORDER BY (t.confirmed + t.accepted_at_deadline)::numeric / t.total DESC, w.name COLLATE vi_vn, w.code) ORDER BY Rank;
\echo city schools ranked page 1
EXPLAIN (ANALYZE, SUMMARY) SELECT row_number() OVER ranking AS Rank, t.preschool_code AS Code, coalesce(p.name, t.preschool_code) AS Name, p.ward_code, w.name, count(*) OVER () AS TotalRows, t.*
FROM preschool_status_totals t LEFT JOIN preschools p ON p.code = t.preschool_code LEFT JOIN wards w ON w.code = p.ward_code WHERE t.total > 0
WINDOW ranking AS (ORDER BY (t.confirmed + t.accepted_at_deadline)::numeric / t.total DESC, coalesce(p.name, t.preschool_code) COLLATE vi_vn, t.preschool_code)
ORDER BY Rank LIMIT 50 OFFSET 0;
\echo city daily progress
EXPLAIN (ANALYZE, SUMMARY) SELECT day, sum(first_confirmations)::bigint FROM ward_daily_confirmations GROUP BY day ORDER BY day;
\echo school: preschool
EXPLAIN (ANALYZE, SUMMARY) SELECT p.code, p.name, p.ward_code, w.name FROM preschools p JOIN wards w ON w.code = p.ward_code WHERE p.code = :code;
\echo school: summary
EXPLAIN (ANALYZE, SUMMARY) SELECT t.* FROM preschool_status_totals t WHERE t.preschool_code = :code;
\echo school: daily
EXPLAIN (ANALYZE, SUMMARY) SELECT day, first_confirmations::bigint FROM preschool_daily_confirmations WHERE preschool_code = :code ORDER BY day;
\echo school: classes
EXPLAIN (ANALYZE, SUMMARY) SELECT preschool_class FROM dossiers WHERE preschool_code = :code AND preschool_class IS NOT NULL GROUP BY preschool_class ORDER BY preschool_class COLLATE vi_vn;
\echo school: chase count
EXPLAIN (ANALYZE, SUMMARY) SELECT count(*) FROM dossiers d WHERE d.preschool_code = :code AND d.status = ANY('{not_looked_up,looked_up,correction_requested,changed_awaiting_confirmation}') AND (NULL::text IS NULL OR d.preschool_class = NULL);
\echo school: chase page 2
EXPLAIN (ANALYZE, SUMMARY)
SELECT page.*, lookups.last_at, lookups.wrong_birth_dates FROM (
    SELECT d.id, d.national_id, d.full_name, d.birth_date, d.preschool_class, d.father_phone, d.mother_phone, d.guardian_phone, d.status,
           row_number() OVER (ORDER BY d.preschool_class COLLATE vi_vn NULLS LAST, d.full_name COLLATE vi_vn, d.id) AS row_number
    FROM dossiers d
    WHERE d.preschool_code = :code AND d.status = ANY('{not_looked_up,looked_up,correction_requested,changed_awaiting_confirmation}')
      AND (NULL::text IS NULL OR d.preschool_class = NULL)
    ORDER BY row_number LIMIT 50 OFFSET 50) AS page
LEFT JOIN LATERAL (SELECT max(a.at) AS last_at, count(*) FILTER (WHERE a.outcome = 'wrong_birth_date') AS wrong_birth_dates FROM lookup_audit a WHERE a.dossier_id = page.id) AS lookups ON true
ORDER BY page.row_number;
\echo ward: schools located in ward
EXPLAIN (ANALYZE, SUMMARY) SELECT row_number() OVER ranking AS Rank, p.code, p.name, t.* FROM preschools p JOIN wards w ON w.code = p.ward_code JOIN preschool_status_totals t ON t.preschool_code = p.code
 WHERE p.ward_code = :ward AND t.total > 0 WINDOW ranking AS (ORDER BY (t.confirmed + t.accepted_at_deadline)::numeric / t.total DESC, p.name COLLATE vi_vn, p.code) ORDER BY Rank;
\echo ward: daily
EXPLAIN (ANALYZE, SUMMARY) SELECT day, first_confirmations::bigint FROM ward_daily_confirmations WHERE ward_code = :ward ORDER BY day;
