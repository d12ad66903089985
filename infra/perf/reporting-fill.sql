-- Fills a migrated database (with wards loaded) with generated dossiers for measuring the staff report queries.
-- There are 1,200 preschools, and 80% of each school's children reside in one ward, the rest in six others.
-- Statuses are drawn at random (55% confirmed). Every confirmed dossier gets a confirmation in April 2027, spread
-- over 30 days, and two dossiers in three get two lookup_audit rows.
--
--   psql -d DATABASE -v first=100000000 -v rows=200000 -f infra/perf/reporting-fill.sql
--
-- Serials first .. first + rows - 1 become the national IDs (padded with 9), so a second run with another range
-- adds rows. Never run it against a database with real dossiers.
\timing on
CREATE TEMP TABLE ward_list AS SELECT code, row_number() OVER (ORDER BY code) - 1 AS idx FROM wards;

INSERT INTO dossiers (national_id, full_name, birth_date, sex, ethnicity, nationality, current_residence, ward_code,
                      preschool_code, preschool_name, preschool_class, father_phone, mother_phone, content_hash, status)
SELECT lpad(g.n::text, 12, '9'),
       (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Vũ','Đặng','Bùi','Đỗ','Hồ'])[1 + (g.n * 7) % 10] || ' ' ||
       (ARRAY['Văn','Thị','Minh','Ngọc','Gia','Bảo'])[1 + (g.n * 3) % 6] || ' ' ||
       (ARRAY['An','Bình','Châu','Dũng','Đạt','Giang','Hà','Khánh','Linh','Nam','Phúc','Quân','Tâm','Uyên','Vy'])[1 + (g.n * 11) % 15],
       date '2021-01-01' + (g.n % 365), CASE WHEN g.n % 2 = 0 THEN 'male' ELSE 'female' END, 'Kinh', 'Việt Nam',
       'Số ' || g.n || ' đường Thử', w.code,
       'P' || lpad((g.n % 1200)::text, 4, '0'), 'Trường Mầm non Số ' || (g.n % 1200),
       (ARRAY['Lá 1','Lá 2','Lá 3','Lá 4'])[1 + (g.n / 1200) % 4], '0912' || lpad((g.n % 1000000)::text, 6, '0'),
       '0987' || lpad((g.n % 1000000)::text, 6, '0'), '\x00',
       CASE WHEN r.x < 0.55 THEN 'confirmed' WHEN r.x < 0.70 THEN 'looked_up' WHEN r.x < 0.85 THEN 'not_looked_up'
            WHEN r.x < 0.90 THEN 'correction_requested' WHEN r.x < 0.95 THEN 'changed_awaiting_confirmation'
            ELSE 'accepted_at_deadline' END
FROM generate_series(:first, :first + :rows - 1) AS g (n)
CROSS JOIN LATERAL (SELECT random() AS x, random() AS y, g.n AS k) AS r
JOIN ward_list AS w ON w.idx = CASE WHEN r.y < 0.8 THEN (g.n % 1200) % 168 ELSE ((g.n % 1200) % 168 + 1 + (g.n / 7) % 6) % 168 END;

INSERT INTO confirmations (dossier_id, data_version, confirmed_at, receipt_code)
SELECT id, 1, timestamptz '2027-04-01 08:00+07' + (id % 30) * interval '1 day' + (id % 600) * interval '1 minute', 'R' || id
FROM dossiers
WHERE status = 'confirmed' AND length(national_id) = 12
  AND national_id BETWEEN lpad(:first::text, 12, '9') AND lpad((:first + :rows - 1)::text, 12, '9');

INSERT INTO lookup_audit (at, dossier_id, id_hash, client_hash, outcome)
SELECT now() - (d.id % 1000) * interval '1 minute', d.id, '\x01', '\x02',
       CASE WHEN k.i = 1 AND d.status <> 'not_looked_up' THEN 'found' ELSE 'wrong_birth_date' END
FROM dossiers AS d CROSS JOIN generate_series(1, 2) AS k (i)
WHERE d.id % 3 <> 0 AND d.id > (SELECT coalesce(max(dossier_id), 0) FROM lookup_audit);

SELECT refresh_preschools();
ANALYZE;
