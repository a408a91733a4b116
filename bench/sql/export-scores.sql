-- The floor of the export benchmark: the SELECT of GET /exports/scores (TnaReadStore.ScoresAsync,
-- national scope, no filter) written to stdout as CSV by PostgreSQL's COPY.
\set ON_ERROR_STOP on
COPY (
    SELECT a.id, a.code, a.name, u.id, u.code, u.name, emp.id, emp.nip, emp.full_name,
           p.id, p.code, p.title, s.id, s.code, s.start_date, s.end_date,
           i.id, i.code, i.name, i.kind, i.competency_id, i.min_score, i.max_score,
           pre.value, post.value, fu.value,
           post.value - pre.value,
           CASE WHEN pre.value < i.max_score THEN round((post.value - pre.value) / (i.max_score - pre.value), 6) END
    FROM score_instruments i
    JOIN training_sessions s ON s.id = i.session_id
    JOIN training_programs p ON p.id = s.program_id
    JOIN enrollments e ON e.session_id = s.id AND e.status IN ('Registered', 'Attending', 'Completed')
    JOIN employees emp ON emp.id = e.employee_id
    JOIN agencies a ON a.id = e.agency_id
    LEFT JOIN LATERAL (
        SELECT pa.unit_id FROM position_assignments pa
        WHERE pa.employee_id = emp.id AND pa.end_date IS NULL
        ORDER BY pa.start_date DESC LIMIT 1) cu ON true
    LEFT JOIN units u ON u.id = cu.unit_id AND u.agency_id = e.agency_id
    LEFT JOIN participant_scores pre ON pre.instrument_id = i.id AND pre.enrollment_id = e.id AND pre.phase = 'Pre'
    LEFT JOIN participant_scores post ON post.instrument_id = i.id AND post.enrollment_id = e.id AND post.phase = 'Post'
    LEFT JOIN participant_scores fu ON fu.instrument_id = i.id AND fu.enrollment_id = e.id AND fu.phase = 'FollowUp'
    WHERE pre.id IS NOT NULL OR post.id IS NOT NULL OR fu.id IS NOT NULL
    ORDER BY p.code, s.start_date, s.code, i.code, emp.nip
) TO STDOUT WITH (FORMAT csv, HEADER);
