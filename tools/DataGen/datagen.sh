#!/usr/bin/env bash
# Fills a database migrated by the API ("dotnet AsnCompetency.Api.dll migrate seed-demo") with a
# national-scale data set (tools/DataGen/datagen.sql, set-based inside PostgreSQL) and writes
# the import benchmark's files. Connects with the usual libpq variables (PGHOST, PGPORT,
# PGUSER, PGPASSWORD, PGDATABASE). Deterministic: the same variables give the same rows.
#
#   SEED=2026                  the seed of every generated value
#   AGENCIES=20                generated agencies (BENCH-01 …); at least 2
#   EMPLOYEES=1000000          generated employees in all
#   BIG_AGENCY=100000          of which in BENCH-01 (the rest spread evenly over the others)
#   EVAL_PARTICIPANTS=50000    participants of the evaluation session BENCH-EVAL-1 (from BENCH-01)
#   EXPORT_SESSIONS=95         completed sessions with a pre and post score for every participant
#   EXPORT_PARTICIPANTS=10000  participants per export session
#   IMPORT_SESSIONS=50         sessions with places but no scores (the score import fills them)
#   IMPORT_PARTICIPANTS=10000  places per import session
#   IMPORT_EMPLOYEES=100000    rows of the employee import file (new NIPs for BENCH-01)
#   IMPORT_DIR=.               where employees.csv and scores.csv are written
#
# Rerunning on a database that already holds generated data fails (start from a fresh one);
# the database's comment records the variables it was generated with.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

SEED=${SEED:-2026}
AGENCIES=${AGENCIES:-20}
EMPLOYEES=${EMPLOYEES:-1000000}
BIG_AGENCY=${BIG_AGENCY:-100000}
EVAL_PARTICIPANTS=${EVAL_PARTICIPANTS:-50000}
EXPORT_SESSIONS=${EXPORT_SESSIONS:-95}
EXPORT_PARTICIPANTS=${EXPORT_PARTICIPANTS:-10000}
IMPORT_SESSIONS=${IMPORT_SESSIONS:-50}
IMPORT_PARTICIPANTS=${IMPORT_PARTICIPANTS:-10000}
IMPORT_EMPLOYEES=${IMPORT_EMPLOYEES:-100000}
IMPORT_DIR=$(cd "${IMPORT_DIR:-.}" && pwd)

die() { printf 'datagen: %s\n' "$*" >&2; exit 1; }
[ "$AGENCIES" -ge 2 ] || die "AGENCIES must be at least 2."
[ "$BIG_AGENCY" -lt "$EMPLOYEES" ] || die "BIG_AGENCY must be below EMPLOYEES."
[ "$EVAL_PARTICIPANTS" -le "$BIG_AGENCY" ] || die "EVAL_PARTICIPANTS must not exceed BIG_AGENCY."
[ "$EXPORT_PARTICIPANTS" -le "$EMPLOYEES" ] && [ "$IMPORT_PARTICIPANTS" -le "$EMPLOYEES" ] || die "participants per session must not exceed EMPLOYEES."
[ $((EMPLOYEES + IMPORT_EMPLOYEES)) -le 1900000 ] || die "NIPs are unique up to 1,900,000 people (EMPLOYEES + IMPORT_EMPLOYEES)."

psql_() { psql -X -v ON_ERROR_STOP=1 -qtA "$@"; }
[ -z "$(psql_ -c "select 1 from agencies where code = 'BENCH-01'")" ] || die "the database already holds generated data; use a fresh one."

params="seed=$SEED agencies=$AGENCIES employees=$EMPLOYEES big_agency=$BIG_AGENCY eval_participants=$EVAL_PARTICIPANTS export_sessions=$EXPORT_SESSIONS export_participants=$EXPORT_PARTICIPANTS import_sessions=$IMPORT_SESSIONS import_participants=$IMPORT_PARTICIPANTS import_employees=$IMPORT_EMPLOYEES"
printf '    DataGen: %s\n' "$params"
start=$(date +%s)
# shellcheck disable=SC2046 # one -v per name=value
psql_ $(printf -- "-v %s " $params) -v import_dir="$IMPORT_DIR" -f "$HERE/datagen.sql" | sed "s/^/    /"
psql_ -c "comment on database \"$(psql_ -c 'select current_database()')\" is 'DataGen $params'" >/dev/null

psql_ -F ' ' -c "select 'rows: ' || string_agg(t || ' ' || n, ', ') from (values
  ('employees', (select count(*) from employees)), ('assessments', (select count(*) from assessments)),
  ('enrollments', (select count(*) from enrollments)), ('participant_scores', (select count(*) from participant_scores))) v(t, n)" \
  | sed 's/^/    /'
printf '    generated in %d s\n' $(($(date +%s) - start))
