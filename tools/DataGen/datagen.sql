-- Fills a database migrated by the API (migrate seed-demo) with a national-scale data set,
-- set-based inside PostgreSQL (INSERT … SELECT generate_series): agencies, unit trees,
-- positions with SKJ on the national competencies, employees with valid unique NIPs and a
-- current position, an assessment of every national competency, and training: one evaluation
-- programme, export sessions with pre/post scores, and import sessions with places but no scores.
--
-- Deterministic: every id is derived from (table, number) and every value from
-- hashint8extended(number, seed), so the same variables give the same rows. Ids start with
-- "be" (bench) and agency codes with BENCH-, so they never collide with the demo data.
-- Run by tools/DataGen/datagen.sh, which documents the variables.
\set ON_ERROR_STOP on
\timing off
SET client_min_messages = warning;
-- The rows are made consistent here; skipping the foreign-key triggers makes the load several
-- times faster (the constraints stay; ANALYZE at the end).
SET session_replication_role = replica;
SET max_parallel_workers_per_gather = 0;

-- A number in [0, 1) from (n, salt), fixed by the seed.
CREATE FUNCTION pg_temp.r(n bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT (hashint8extended(n, current_setting('datagen.seed')::bigint * 1000 + salt) & 2147483647)::float8 / 2147483648 $$;
-- A stable id: be<kind>-0000-4000-8000-<n>.
CREATE FUNCTION pg_temp.uid(kind int, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT ('be' || lpad(to_hex(kind), 6, '0') || '-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$;
-- A unit's materialised path segment, as the API writes it (the id's 32 hex digits and a slash).
CREATE FUNCTION pg_temp.seg(id uuid) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT replace(id::text, '-', '') || '/' $$;
-- Employee number g (1-based): agency number, and the number within that agency (0-based).
CREATE FUNCTION pg_temp.agency_of(g bigint) RETURNS int LANGUAGE sql IMMUTABLE AS
  $$ SELECT CASE WHEN g <= current_setting('datagen.big')::bigint THEN 1
                 ELSE 2 + ((g - current_setting('datagen.big')::bigint - 1) % (current_setting('datagen.agencies')::int - 1))::int END $$;
CREATE FUNCTION pg_temp.local_of(g bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS
  $$ SELECT CASE WHEN g <= current_setting('datagen.big')::bigint THEN g - 1
                 ELSE (g - current_setting('datagen.big')::bigint - 1) / (current_setting('datagen.agencies')::int - 1) END $$;
-- A valid PNS NIP for person g: birth date (a new day every 1,998 people), appointment
-- year/month 22–31 years later, gender, sequence 001–999. Unique for every g.
CREATE FUNCTION pg_temp.birth(g bigint) RETURNS date LANGUAGE sql IMMUTABLE AS
  $$ SELECT date '1966-01-01' + ((g - 1) / 1998)::int $$;
CREATE FUNCTION pg_temp.appointed(g bigint) RETURNS date LANGUAGE sql IMMUTABLE AS
  $$ SELECT make_date(extract(year FROM pg_temp.birth(g))::int + 22 + (g % 10)::int, 1 + (g % 12)::int, 1) $$;
CREATE FUNCTION pg_temp.nip(g bigint) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT to_char(pg_temp.birth(g), 'YYYYMMDD') || to_char(pg_temp.appointed(g), 'YYYYMM')
            || (1 + ((g - 1) / 999) % 2)::text || lpad((1 + (g - 1) % 999)::text, 3, '0') $$;

SELECT set_config('datagen.seed', :'seed', false) AS s, set_config('datagen.big', :'big_agency', false) AS b,
       set_config('datagen.agencies', :'agencies', false) AS a \gset dg_

BEGIN;
SELECT id AS framework FROM competency_frameworks WHERE code = 'PERMENPANRB-38-2017' \gset

\echo agencies, unit trees (20 top units × 5 below), positions (5 per lower unit, a head per top unit) with SKJ
INSERT INTO agencies (id, code, name, region, kind, created_at, updated_at)
SELECT pg_temp.uid(1, a), 'BENCH-' || lpad(a::text, 2, '0'), 'Pemerintah Kabupaten Uji ' || a,
       'Provinsi Uji ' || (1 + a % 10), 'PemerintahKabupaten', now(), now()
FROM generate_series(1, :agencies) a;

-- Top unit t (1–20) of agency a: number a*1000 + t*10; unit c (1–5) below it: + c.
INSERT INTO units (id, agency_id, parent_id, code, name, kind, sort_order, is_active, path, created_at, updated_at)
SELECT pg_temp.uid(2, a * 1000 + t * 10), pg_temp.uid(1, a), NULL,
       CASE WHEN t = 1 THEN 'SETDA' ELSE 'DINAS-' || t END,
       CASE WHEN t = 1 THEN 'Sekretariat Daerah' ELSE 'Dinas Uji ' || t END,
       CASE WHEN t = 1 THEN 'SekretariatDaerah' ELSE 'Dinas' END, t * 10, true,
       pg_temp.seg(pg_temp.uid(2, a * 1000 + t * 10)), now(), now()
FROM generate_series(1, :agencies) a, generate_series(1, 20) t;
INSERT INTO units (id, agency_id, parent_id, code, name, kind, sort_order, is_active, path, created_at, updated_at)
SELECT pg_temp.uid(2, a * 1000 + t * 10 + c), pg_temp.uid(1, a), pg_temp.uid(2, a * 1000 + t * 10),
       CASE WHEN t = 1 THEN 'SETDA' ELSE 'DINAS-' || t END || '-B' || c,
       CASE WHEN t = 1 THEN 'Bagian ' ELSE 'Bidang ' END || c,
       CASE WHEN t = 1 THEN 'Bagian' ELSE 'Bidang' END, c * 10, true,
       pg_temp.seg(pg_temp.uid(2, a * 1000 + t * 10)) || pg_temp.seg(pg_temp.uid(2, a * 1000 + t * 10 + c)), now(), now()
FROM generate_series(1, :agencies) a, generate_series(1, 20) t, generate_series(1, 5) c;

-- Position k (0 head, 1–5 below) of unit (a, t, c): number (a*1000 + t*10 + c)*10 + k.
CREATE TEMP TABLE position_kinds (k int PRIMARY KEY, type text, eselon text, required int, name text);
INSERT INTO position_kinds VALUES
  (0, 'JptPratama', 'IIb', 4, 'Kepala'), (1, 'Administrator', 'IIIa', 3, 'Kepala Bidang'),
  (2, 'Pengawas', 'IVa', 3, 'Kepala Seksi'), (3, 'Pelaksana', NULL, 2, 'Pengadministrasi Umum'),
  (4, 'FungsionalAhliPertama', NULL, 2, 'Analis Kebijakan Ahli Pertama'), (5, 'FungsionalTerampil', NULL, 2, 'Pranata Komputer Terampil');
INSERT INTO positions (id, agency_id, unit_id, code, name, type, eselon, is_active, revision, created_at, updated_at)
SELECT pg_temp.uid(3, u.n * 10 + pk.k), pg_temp.uid(1, u.a), pg_temp.uid(2, u.n), 'P' || u.n || '-' || pk.k,
       pk.name || ' ' || u.t || '.' || u.c, pk.type, pk.eselon, true, 1, now(), now()
FROM (SELECT a, t, c, a * 1000 + t * 10 + c AS n FROM generate_series(1, :agencies) a, generate_series(1, 20) t, generate_series(0, 5) c) u
JOIN position_kinds pk ON (u.c = 0) = (pk.k = 0);

-- SKJ: every national competency at the level of the position's kind (± 1 for some), weight 1–1.5.
INSERT INTO position_standards (id, position_id, competency_id, framework_id, required_level, weight)
SELECT pg_temp.uid(4, (u.n * 10 + pk.k) * 16 + c.sort_order + (c.group_kind = 'SosialKultural')::int * 9),
       pg_temp.uid(3, u.n * 10 + pk.k), c.id, c.framework_id,
       least(5, greatest(1, pk.required + CASE WHEN pg_temp.r(u.n * 10 + pk.k, c.sort_order) < 0.2 THEN 1 ELSE 0 END)),
       CASE WHEN pg_temp.r(u.n * 10 + pk.k, 20 + c.sort_order) < 0.3 THEN 1.5 ELSE 1.0 END
FROM (SELECT a * 1000 + t * 10 + c AS n, c FROM generate_series(1, :agencies) a, generate_series(1, 20) t, generate_series(0, 5) c) u
JOIN position_kinds pk ON (u.c = 0) = (pk.k = 0)
CROSS JOIN competencies c
WHERE c.framework_id = :'framework' AND c.item_type = 'Competency';

\echo employees (:employees, :big_agency in BENCH-01) with NIPs and current positions
-- Within an agency: people 0–19 head the top units, 20–119 the lower units, the others are
-- spread over the lower units as Pengawas (10%), Pelaksana (50%) and functional positions.
CREATE TEMP TABLE people AS
SELECT g, pg_temp.agency_of(g) AS a, t, c, k
FROM (SELECT g, pg_temp.local_of(g) AS l FROM generate_series(1, :employees) g) x
CROSS JOIN LATERAL (SELECT
    CASE WHEN l < 20 THEN 1 + l WHEN l < 120 THEN 1 + (l - 20) / 5 ELSE 1 + (l % 20) END AS t,
    CASE WHEN l < 20 THEN 0 WHEN l < 120 THEN 1 + (l - 20) % 5 ELSE 1 + (l / 20) % 5 END AS c,
    CASE WHEN l < 20 THEN 0 WHEN l < 120 THEN 1 ELSE
      (SELECT CASE WHEN v < 0.1 THEN 2 WHEN v < 0.6 THEN 3 WHEN v < 0.85 THEN 4 ELSE 5 END FROM (SELECT pg_temp.r(g, 1) AS v) r) END AS k) p;

INSERT INTO employees (id, agency_id, nip, employee_type, full_name, birth_date, gender, appointed_on, grade_code,
                       position_id, unit_id, is_active, created_at, updated_at)
SELECT pg_temp.uid(5, g), pg_temp.uid(1, a), pg_temp.nip(g), 'Pns',
       (ARRAY['Ahmad','Siti','Budi','Dewi','Agus','Rina','Hendra','Lestari','Joko','Ratna','Wahyu','Fitri','Andi','Yuni','Rudi','Maya'])[1 + (g % 16)]
         || ' ' || (ARRAY['Saputra','Wulandari','Santoso','Hidayat','Pratama','Kurniawan','Setiawan','Rahmawati','Nugroho','Siregar','Harahap','Lubis','Simanjuntak','Sinaga','Effendi','Permana'])[1 + ((g / 16) % 16)]
         || ' ' || g,
       pg_temp.birth(g), CASE WHEN (g - 1) / 999 % 2 = 0 THEN 'Male' ELSE 'Female' END, pg_temp.appointed(g),
       (ARRAY['IV/b','IV/a','III/d','III/b','III/c','II/c'])[1 + k], pg_temp.uid(3, (a * 1000 + t * 10 + c) * 10 + k),
       pg_temp.uid(2, a * 1000 + t * 10 + c), true, now(), now()
FROM people;

INSERT INTO position_assignments (id, employee_id, position_id, unit_id, start_date, end_date, note)
SELECT pg_temp.uid(6, g), pg_temp.uid(5, g), pg_temp.uid(3, (a * 1000 + t * 10 + c) * 10 + k), pg_temp.uid(2, a * 1000 + t * 10 + c),
       date '2018-01-01' + (g % 2500)::int, NULL, 'DataGen'
FROM people;

\echo assessments: every national competency for 95% of the people, five for 3%, none for 2%
INSERT INTO assessments (id, employee_id, agency_id, competency_id, framework_id, level, method, assessed_on, assessor_name, recorded_at)
SELECT pg_temp.uid(7, p.g * 16 + c.n), pg_temp.uid(5, p.g), pg_temp.uid(1, p.a), c.id, c.framework_id,
       least(5, greatest(1, pk.required - 1 + floor(pg_temp.r(p.g * 16 + c.n, 2) * 3)::int)),
       m.method, date '2024-01-01' + floor(pg_temp.r(p.g * 16 + c.n, 4) * 880)::int,
       CASE m.method WHEN 'AssessmentCentre' THEN 'UPT Penilaian Kompetensi BKN' WHEN 'Self' THEN 'Penilaian diri' ELSE 'Atasan langsung' END,
       now()
FROM people p
JOIN position_kinds pk ON pk.k = p.k
CROSS JOIN LATERAL (SELECT pg_temp.r(p.g, 3) AS v) share
CROSS JOIN (SELECT id, framework_id, row_number() OVER (ORDER BY sort_order, code) AS n
            FROM competencies WHERE framework_id = :'framework' AND item_type = 'Competency') c
CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.r(p.g * 16 + c.n, 5) < 0.15 THEN 'AssessmentCentre'
                                WHEN pg_temp.r(p.g * 16 + c.n, 5) < 0.40 THEN 'Self' ELSE 'Supervisor' END AS method) m
WHERE share.v >= 0.02 AND (share.v >= 0.05 OR c.n <= 5);

\echo training: evaluation session (:eval_participants), export sessions (:export_sessions × :export_participants), import sessions (:import_sessions × :import_participants)
-- Programmes: 1 the evaluation programme (BENCH-01's), 2–11 national export programmes, 12 the import programme.
INSERT INTO training_programs (id, agency_id, code, title, jp, cost_per_participant, is_active, created_at, updated_at, delivery_mode, form, jp_source)
SELECT pg_temp.uid(8, n), CASE WHEN n = 1 THEN pg_temp.uid(1, 1) END,
       CASE WHEN n = 1 THEN 'BENCH-EVAL' WHEN n = 12 THEN 'BENCH-IMPORT' ELSE 'BENCH-EXP-' || (n - 1) END,
       CASE WHEN n = 1 THEN 'Pelatihan Kepemimpinan Uji' WHEN n = 12 THEN 'Pelatihan Impor Uji' ELSE 'Pelatihan Teknis Uji ' || (n - 1) END,
       24 + n, 1500000, true, now(), now(), 'InPerson', 'Technical', 'Stated'
FROM generate_series(1, 12) n;
INSERT INTO training_program_competencies (id, program_id, competency_id, target_level)
SELECT pg_temp.uid(9, n * 16 + c.sort_order), pg_temp.uid(8, n), c.id, 3
FROM generate_series(1, 12) n
JOIN competencies c ON c.framework_id = :'framework' AND c.item_type = 'Competency' AND c.code = 'M.0' || (1 + n % 8);

-- Sessions: 1 evaluation, 2 … export+1 export (round robin over programmes 2–11), then import.
CREATE TEMP TABLE bench_sessions AS
SELECT s, CASE WHEN s = 1 THEN 1 WHEN s <= 1 + :export_sessions THEN 2 + (s - 2) % 10 ELSE 12 END AS program,
       CASE WHEN s = 1 THEN :eval_participants WHEN s <= 1 + :export_sessions THEN :export_participants ELSE :import_participants END AS participants,
       CASE WHEN s = 1 THEN 'BENCH-EVAL-1' WHEN s <= 1 + :export_sessions THEN 'EXP-' || (s - 1) ELSE 'IMP-' || (s - 1 - :export_sessions) END AS code,
       s > 1 + :export_sessions AS for_import
FROM generate_series(1, 1 + :export_sessions + :import_sessions) s;
INSERT INTO training_sessions (id, program_id, agency_id, code, start_date, end_date, meeting_days, capacity, status, created_at, updated_at)
SELECT pg_temp.uid(10, s), pg_temp.uid(8, program), CASE WHEN program = 1 THEN pg_temp.uid(1, 1) END, code,
       date '2025-01-06' + (s % 300), date '2025-01-06' + (s % 300) + 2,
       ARRAY[date '2025-01-06' + (s % 300), date '2025-01-06' + (s % 300) + 1, date '2025-01-06' + (s % 300) + 2],
       participants, CASE WHEN for_import THEN 'Ongoing' ELSE 'Completed' END, now(), now()
FROM bench_sessions;

-- Participants: the evaluation session takes BENCH-01's first people; the others walk through
-- the whole population from where the previous session stopped (distinct within a session).
CREATE TEMP TABLE bench_enrollments AS
SELECT bs.s, j, bs.for_import,
       CASE WHEN bs.s = 1 THEN j::bigint
            ELSE 1 + ((coalesce(sum(bs.participants) OVER (ORDER BY bs.s ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) - :eval_participants + j - 1) % :employees) END AS g
FROM bench_sessions bs CROSS JOIN LATERAL generate_series(1, bs.participants) j;
INSERT INTO enrollments (id, session_id, employee_id, agency_id, status, queue_number, completed_on, credited_jp, created_at, updated_at)
SELECT pg_temp.uid(11, s * 1000000 + j), pg_temp.uid(10, s), pg_temp.uid(5, g), pg_temp.uid(1, pg_temp.agency_of(g)),
       CASE WHEN for_import THEN 'Attending' ELSE 'Completed' END, j,
       CASE WHEN NOT for_import THEN date '2025-01-08' + (s % 300) END, CASE WHEN NOT for_import THEN 24 END, now(), now()
FROM bench_enrollments;

INSERT INTO score_instruments (id, session_id, code, name, kind, min_score, max_score, created_at, updated_at)
SELECT pg_temp.uid(12, s), pg_temp.uid(10, s), 'TEST', 'Tes pengetahuan', 'Test', 0, 100, now(), now()
FROM bench_sessions;

INSERT INTO participant_scores (id, instrument_id, enrollment_id, phase, value, recorded_at)
SELECT pg_temp.uid(13, (s * 1000000 + j) * 2 + ph.n), pg_temp.uid(12, s), pg_temp.uid(11, s * 1000000 + j), ph.phase,
       CASE ph.n WHEN 0 THEN 30 + floor(pg_temp.r(s * 1000000 + j, 6) * 50) ELSE 55 + floor(pg_temp.r(s * 1000000 + j, 7) * 45) END,
       now()
FROM bench_enrollments CROSS JOIN (VALUES (0, 'Pre'), (1, 'Post')) ph(n, phase)
WHERE NOT for_import;

-- Reaction questionnaire of the evaluation session, answered by 80% of its participants.
INSERT INTO reaction_questionnaires (id, session_id, scale_points, items, created_at, updated_at)
SELECT pg_temp.uid(14, 1), pg_temp.uid(10, 1), 4, q.items, now(), now()
FROM (SELECT items FROM reaction_questionnaires ORDER BY created_at, id LIMIT 1) q;
INSERT INTO reaction_responses (id, questionnaire_id, enrollment_id, agency_id, answers, submitted_at)
SELECT pg_temp.uid(15, j), pg_temp.uid(14, 1), pg_temp.uid(11, 1000000 + j), pg_temp.uid(1, 1),
       ARRAY(SELECT 2 + floor(pg_temp.r(j * 8 + i, 8) * 3)::int FROM generate_series(1, 8) i), now()
FROM generate_series(1, :eval_participants) j
WHERE pg_temp.r(j, 9) < 0.8 AND EXISTS (SELECT 1 FROM reaction_questionnaires WHERE id = pg_temp.uid(14, 1));
COMMIT;

SET session_replication_role = origin;
\echo analysing
ANALYZE;

-- The import benchmark's files: :import_employees new people for BENCH-01 (the NIPs after the
-- generated ones), and a pre and post score for every place in the import sessions.
\echo import files in :import_dir
\set employees_file :import_dir '/employees.csv'
\set scores_file :import_dir '/scores.csv'
COPY (SELECT pg_temp.nip(g) AS nip, 'Peserta Impor ' || g AS full_name, 'PNS' AS employee_type, 'III/a' AS grade, 'P' || (1021 + g % 5) || '-3' AS position_code, '2026-01-02' AS position_start_date FROM generate_series(:employees + 1, :employees + :import_employees) g ORDER BY g)
  TO STDOUT WITH (FORMAT csv, HEADER) \g :employees_file
COPY (SELECT pg_temp.nip(e.g) AS nip, s.code AS session_code, 'BENCH-IMPORT' AS program_code, 'TEST' AS instrument_code, ph.phase, CASE ph.n WHEN 0 THEN 30 + floor(pg_temp.r(e.s * 1000000 + e.j, 6) * 50) ELSE 55 + floor(pg_temp.r(e.s * 1000000 + e.j, 7) * 45) END AS score FROM bench_enrollments e JOIN bench_sessions s ON s.s = e.s CROSS JOIN (VALUES (0, 'Pre'), (1, 'Post')) ph(n, phase) WHERE e.for_import ORDER BY e.s, e.j, ph.n)
  TO STDOUT WITH (FORMAT csv, HEADER) \g :scores_file
