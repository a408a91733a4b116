-- Generates pre/post scores for the score-export benchmark, set-based: :sessions completed
-- sessions of one programme of agency LAMSEL, each with the same :participants employees
-- enrolled, one 0–100 test per session and a pre and post score for everyone, so
-- /exports/scores has :sessions × :participants more rows. Needs the demo agencies
-- (migrate seed-demo). Deterministic (setseed); rerunning replaces what it made.
\set ON_ERROR_STOP on
SELECT setseed(0.2026);
BEGIN;
SELECT id AS agency FROM agencies WHERE code = 'LAMSEL' \gset
SELECT id AS unit FROM units WHERE agency_id = :'agency' ORDER BY path LIMIT 1 \gset

DELETE FROM participant_scores WHERE instrument_id IN
  (SELECT i.id FROM score_instruments i JOIN training_sessions s ON s.id = i.session_id JOIN training_programs p ON p.id = s.program_id WHERE p.code = 'BENCH-EXPORT');
DELETE FROM score_instruments WHERE session_id IN
  (SELECT s.id FROM training_sessions s JOIN training_programs p ON p.id = s.program_id WHERE p.code = 'BENCH-EXPORT');
DELETE FROM enrollments WHERE session_id IN
  (SELECT s.id FROM training_sessions s JOIN training_programs p ON p.id = s.program_id WHERE p.code = 'BENCH-EXPORT');
DELETE FROM training_sessions WHERE program_id IN (SELECT id FROM training_programs WHERE code = 'BENCH-EXPORT');
DELETE FROM training_programs WHERE code = 'BENCH-EXPORT';
DELETE FROM employees WHERE nip LIKE '1900%';

-- NIPs 1900… are not valid birth dates, so they never collide with the demo's.
INSERT INTO employees (id, agency_id, nip, employee_type, full_name, birth_date, gender, appointed_on, unit_id, is_active, created_at, updated_at)
SELECT gen_random_uuid(), :'agency', '1900' || lpad(g::text, 14, '0'), 'Pns', 'Peserta Uji ' || g, date '1985-01-01' + (g % 3000),
       CASE WHEN g % 2 = 0 THEN 'Female' ELSE 'Male' END, date '2010-01-01', :'unit', true, now(), now()
FROM generate_series(1, :participants) g;

INSERT INTO training_programs (id, agency_id, code, title, jp, cost_per_participant, is_active, created_at, updated_at, delivery_mode, form, jp_source)
VALUES (gen_random_uuid(), :'agency', 'BENCH-EXPORT', 'Pelatihan uji ekspor', 24, 0, true, now(), now(), 'InPerson', 'Technical', 'Stated');

INSERT INTO training_sessions (id, program_id, agency_id, code, start_date, end_date, meeting_days, capacity, status, created_at, updated_at)
SELECT gen_random_uuid(), p.id, :'agency', 'BENCH-' || g, date '2025-01-06' + g * 2, date '2025-01-06' + g * 2,
       ARRAY[date '2025-01-06' + g * 2], :participants, 'Completed', now(), now()
FROM training_programs p, generate_series(1, :sessions) g WHERE p.code = 'BENCH-EXPORT';

INSERT INTO enrollments (id, session_id, employee_id, agency_id, status, queue_number, created_at, updated_at)
SELECT gen_random_uuid(), s.id, e.id, :'agency', 'Completed', row_number() OVER (PARTITION BY s.id ORDER BY e.nip), now(), now()
FROM training_sessions s JOIN training_programs p ON p.id = s.program_id AND p.code = 'BENCH-EXPORT'
CROSS JOIN employees e WHERE e.nip LIKE '1900%';

INSERT INTO score_instruments (id, session_id, code, name, kind, min_score, max_score, created_at, updated_at)
SELECT gen_random_uuid(), s.id, 'TEST', 'Tes pengetahuan', 'Test', 0, 100, now(), now()
FROM training_sessions s JOIN training_programs p ON p.id = s.program_id AND p.code = 'BENCH-EXPORT';

INSERT INTO participant_scores (id, instrument_id, enrollment_id, phase, value, recorded_at)
SELECT gen_random_uuid(), i.id, en.id, phase.name,
       CASE phase.name WHEN 'Pre' THEN 30 + floor(random() * 50) ELSE 60 + floor(random() * 40) END, now()
FROM score_instruments i JOIN enrollments en ON en.session_id = i.session_id
JOIN training_sessions s ON s.id = i.session_id JOIN training_programs p ON p.id = s.program_id AND p.code = 'BENCH-EXPORT'
CROSS JOIN (VALUES ('Pre'), ('Post')) phase(name);
COMMIT;
ANALYZE;
