-- The floor of the gap benchmark: the aggregation of GET /tna/gaps written by hand, run by psql.
-- Variables: agency (a uuid, or '' for the whole database), groupby (unit_id or competency_id).
-- Same population (active employees in a position today), requirements (the positions' SKJ),
-- current level (the assessment's agency's rule, else the national one: method priority first,
-- validity) and figures per group and in total (each person once), in one statement as the API.
-- The query shape is the one the API uses since the benchmark (docs/benchmarks.md): the rules
-- hashed once, the population's assessments read through the employee index, no JIT. A floor
-- that is slower than the API would measure nothing.
\set ON_ERROR_STOP on
SET jit = off;
WITH settings AS MATERIALIZED (
    SELECT ag.id AS agency_id, s.current_level_rule, s.method_priority, s.validity_months
    FROM agencies ag
    CROSS JOIN LATERAL (SELECT t.current_level_rule, t.method_priority, t.validity_months FROM tna_settings t
                        WHERE t.agency_id = ag.id OR t.agency_id IS NULL ORDER BY t.agency_id NULLS LAST LIMIT 1) s
),
people AS NOT MATERIALIZED (
    SELECT e.id AS employee_id, e.agency_id, pa.unit_id, pa.position_id
    FROM employees e
    JOIN position_assignments pa ON pa.employee_id = e.id AND pa.start_date <= current_date AND (pa.end_date IS NULL OR pa.end_date >= current_date)
    WHERE e.is_active AND (:'agency' = '' OR e.agency_id = nullif(:'agency', '')::uuid)
),
current_levels AS (
    SELECT DISTINCT ON (a.employee_id, a.competency_id) a.employee_id, a.competency_id, a.level
    FROM people p
    JOIN assessments a ON a.employee_id = p.employee_id
    JOIN settings st ON st.agency_id = a.agency_id
    WHERE a.assessed_on <= current_date
      AND (st.validity_months IS NULL OR a.assessed_on > (current_date - make_interval(months => st.validity_months))::date)
      AND a.id NOT IN (SELECT supersedes_id FROM assessments WHERE supersedes_id IS NOT NULL)
    ORDER BY a.employee_id, a.competency_id,
      CASE WHEN st.current_level_rule = 'MethodPriorityFirst' THEN array_position(st.method_priority, a.method::text) END,
      a.assessed_on DESC, array_position(st.method_priority, a.method::text), a.recorded_at DESC, a.id DESC
),
pairs AS (
    SELECT p.employee_id, p.unit_id, ps.competency_id, ps.required_level, cl.level, greatest(ps.required_level - cl.level, 0) AS gap
    FROM people p
    JOIN position_standards ps ON ps.position_id = p.position_id
    LEFT JOIN current_levels cl ON cl.employee_id = p.employee_id AND cl.competency_id = ps.competency_id
),
per_person AS (
    SELECT :groupby AS key, employee_id, GROUPING(:groupby) <> 0 AS is_total, count(*) AS required, count(level) AS assessed,
           coalesce(bool_or(gap > 0), false) AS has_gap, coalesce(sum(gap), 0) AS gap_sum
    FROM pairs GROUP BY GROUPING SETS ((:groupby, employee_id), (employee_id))
)
SELECT is_total, key, count(*) AS headcount, count(*) FILTER (WHERE assessed = 0) AS never,
       count(*) FILTER (WHERE assessed > 0 AND assessed < required) AS partly, count(*) FILTER (WHERE assessed = required) AS fully,
       count(*) FILTER (WHERE has_gap) AS with_gap, count(*) FILTER (WHERE assessed = required AND NOT has_gap) AS meeting,
       sum(gap_sum) AS gap_total, sum(assessed) AS assessed, sum(required) AS requirements
FROM per_person GROUP BY is_total, key ORDER BY is_total, key;
