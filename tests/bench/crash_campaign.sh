#!/usr/bin/env bash
# Crash campaign: kill -9 at random moments while onewindow-cli writes, then look at what is left.
#
#   bash tests/bench/crash_campaign.sh [TRIALS] [BIN_DIR]
#       TRIALS   trials in total, split evenly over the kinds below (default 300)
#       BIN_DIR  folder holding onewindow-cli (default: build/app of this checkout)
#   Environment: OW_CRASH_SEED=N   seed of the random kill moments (default: from the clock; printed)
#                OW_CRASH_WORK=DIR scratch folder (default: a new /tmp/ow-crash.XXXXXX)
#
# A measurement, not a ctest test; it takes about 2-4 s per trial on 2 cores (run it with nohup).
# Kinds of trial:
#   ledger   import-ledger of a 3,000-row ledger (tests/bench/make_ledger.py, half the rows without
#            a case number) into a county database holding tests/data/ledger_sample.csv;
#   package  import of a full package exported from a township database (init --level township +
#            demo --cases 2000) into that county database (the import at least doubles the cases);
#   intake   a loop of single `intake --json -` runs (each one a process) on the county database;
#   backup   `backup` (default folder <db>-backups), only when `onewindow-cli --help` lists it.
# Each kind's uninterrupted duration is measured first (5 runs; kills fall uniformly within 1.25 × the
# median, so that the last moments — commit, checkpoint, clean-up — are hit too; a kill that comes
# after the end is counted as "not killed"); each trial copies a closed,
# checkpointed base database into a folder of its own, starts the operation with TMPDIR set to an
# empty private folder, sleeps a random time within that duration, kill -9s the process (its whole
# process group) and then counts:
#   check≠0    `onewindow-cli check` did not exit 0
#   corrupted  `PRAGMA integrity_check` (sqlite3) did not say ok
#   partial    all or nothing broken: the rows of cases, parties, case_events, milestones, import_log,
#              sites and the case-number counters are neither exactly those before nor exactly those
#              after a complete run; for the intake loop: the new cases are not the printed numbers
#              (or those plus one killed between commit and print), a number is missing, duplicated
#              or out of sequence, or a case lacks rows an intake writes;
#   leftovers  after the check run: files in the database's folder other than the database, its
#              -wal and -shm and *-backups folders, and anything in the private TMPDIR except the
#              empty runtime-onewindow-$USER folder that onewindow-cli makes there on purpose;
#   bad backup (backup kind) a finished backup file (non-hidden, in the backup folder) that fails
#              integrity_check (hidden working files left in a backup folder are counted apart);
#   failed     the operation had finished before the kill, with an exit status other than 0.
# Every trial with a non-zero figure keeps its folder (raw/ = the files as the kill left them).
set -euo pipefail

TRIALS=${1:-300}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BIN_DIR=${2:-$ROOT/build/app}
SEED=${OW_CRASH_SEED:-$(($(date +%s) % 32768))}
RANDOM=$SEED
LEDGER_ROWS=3000
DEMO_CASES=2000
LOOP_INTAKES=12
INTAKE_JSON='{"case_type":"consultation","source":"phone","category":"other","township":"150824100","summary":"咨询","received_on":"2025-06-01","parties":[{"role":"applicant","name":"孙立"}]}'

[[ -x $BIN_DIR/onewindow-cli ]] || { echo "no onewindow-cli in $BIN_DIR" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 2; }
command -v setsid >/dev/null || { echo "setsid is needed" >&2; exit 2; }

WORK=${OW_CRASH_WORK:-$(mktemp -d /tmp/ow-crash.XXXXXX)}
mkdir -p "$WORK"/{bin,base,trials}
# A private copy of the program: a rebuild meanwhile does not change it under the campaign.
cp "$BIN_DIR/onewindow-cli" "$WORK/bin/"
CLI=$WORK/bin/onewindow-cli
RESULTS=$WORK/results.tsv
: >"$RESULTS"
T0=$(date +%s)

now_ms() { echo $(($(date +%s%N) / 1000000)); }
rand_below() { echo $(((RANDOM * 32768 + RANDOM) % $1)); } # 0 <= n < $1 (up to 2^30)
sec() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }   # milliseconds -> "s.mmm" for sleep
q() { sqlite3 -batch -noheader "$1" "$2"; }
# Byte order for sort/comm (the program itself keeps the user's locale: its messages are checked in Chinese).
csort() { LC_ALL=C sort "$@"; }
ccomm() { LC_ALL=C comm "$@"; }

# The rows that one whole operation writes or none of: what "all or nothing" is checked on.
counts() {
    q "$1" "SELECT (SELECT count(*) FROM cases)||' '||(SELECT count(*) FROM parties)||' '||
              (SELECT count(*) FROM case_events)||' '||(SELECT count(*) FROM milestones)||' '||
              (SELECT count(*) FROM import_log)||' '||(SELECT count(*) FROM sites)||' '||
              ifnull((SELECT group_concat(year||':'||last_seq) FROM
                         (SELECT year, last_seq FROM case_numbers ORDER BY site_code, year)),'-')"
}

# A closed database: no -wal beside it (the last connection checkpointed and removed it).
settle() {
    sqlite3 "$1" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
    [[ ! -e $1-wal ]] || { echo "base $1 still has a -wal" >&2; exit 1; }
}

# ---------------------------------------------------------------- base databases and inputs
echo "campaign folder $WORK, seed $SEED, $(nproc) cores, program $BIN_DIR/onewindow-cli ($(date -r "$BIN_DIR/onewindow-cli" '+%F %T'))"
export TMPDIR=$WORK/base/tmp
mkdir -p "$TMPDIR"
# The township's secret signing key: in the campaign folder, not the account's data folder.
export ONEWINDOW_KEY_DIR=$WORK/base/keys
B=$WORK/base
"$CLI" --db "$B/county.sqlite" init --site-code 150824 --site-name 乌拉特中旗社会治理中心 --level county >/dev/null
"$CLI" --db "$B/county.sqlite" import-ledger "$ROOT/tests/data/ledger_sample.csv" >/dev/null
settle "$B/county.sqlite"
"$CLI" --db "$B/town.sqlite" init --site-code 150824100 --site-name 海流图镇社会治理中心 --level township >/dev/null
"$CLI" --db "$B/town.sqlite" demo --cases $DEMO_CASES --seed 7 >/dev/null
"$CLI" --db "$B/town.sqlite" export --out "$B/town.owpkg" >/dev/null
# The county accepts the township's packages once it registered its key.
TOWN_KEY=$("$CLI" --db "$B/town.sqlite" keys show --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["keys"][0]["public_key"])')
"$CLI" --db "$B/county.sqlite" keys add 150824100 "$TOWN_KEY" >/dev/null
settle "$B/county.sqlite"
python3 "$HERE/make_ledger.py" $LEDGER_ROWS "$B/ledger.csv" --numbers half
# The backup kind works on the county database with the township's cases in it (about 9 MB).
cp "$B/county.sqlite" "$B/county_full.sqlite"
"$CLI" --db "$B/county_full.sqlite" import "$B/town.owpkg" >/dev/null
settle "$B/county_full.sqlite"
q "$B/county.sqlite" "SELECT case_no FROM cases" | csort >"$B/county.numbers"
BASE_SEQ_2025=$(q "$B/county.sqlite" "SELECT last_seq FROM case_numbers WHERE year = 2025")
unset TMPDIR

KINDS=(ledger package intake)
BACKUP_NOTE=""
if "$CLI" --help 2>&1 | grep -Eq '^[[:space:]]*backup([[:space:]]|$)'; then
    KINDS+=(backup)
    BACKUP_ARGS=(backup)
    BACKUP_NOTE="backup: $("$CLI" --help 2>&1 | grep -E '^[[:space:]]*backup' | sed 's/^ *//')"
else
    BACKUP_NOTE="backup: skipped, this onewindow-cli has no backup command (--help does not list it)"
fi

base_of() { case $1 in backup) echo "$B/county_full.sqlite" ;; *) echo "$B/county.sqlite" ;; esac; }

# Starts kind $1 on database $2 in the background in a process group of its own; sets PID.
start_op() {
    local kind=$1 db=$2 dir
    dir=$(dirname "$(dirname "$db")")
    case $kind in
    ledger) setsid "$CLI" --db "$db" import-ledger "$B/ledger.csv" >"$dir/op.out" 2>"$dir/op.err" & ;;
    package) setsid "$CLI" --db "$db" import "$B/town.owpkg" >"$dir/op.out" 2>"$dir/op.err" & ;;
    intake)
        # Every number the loop prints is appended to numbers.txt by the intake itself.
        setsid bash -c 'for ((i = 0; i < $1; i++)); do
                            printf "%s" "$2" | "$3" --db "$4" intake --json - >>"$5/numbers.txt" 2>>"$5/op.err" ||
                                { echo "intake exit $?" >>"$5/op.err"; exit 1; }
                        done' loop $LOOP_INTAKES "$INTAKE_JSON" "$CLI" "$db" "$dir" >"$dir/op.out" 2>>"$dir/op.err" &
        ;;
    backup) setsid "$CLI" --db "$db" "${BACKUP_ARGS[@]}" >"$dir/op.out" 2>"$dir/op.err" & ;;
    esac
    PID=$!
}

# A fresh trial folder: db/center.sqlite (a copy of the base), tmp/ (its TMPDIR), raw/ (the files after the kill).
new_trial() {
    local dir=$1 kind=$2
    rm -rf "$dir"
    mkdir -p "$dir"/{db,tmp,raw}
    cp "$(base_of "$kind")" "$dir/db/center.sqlite"
    : >"$dir/numbers.txt"
}

# ---------------------------------------------------------------- typical durations, complete results
declare -A DURATION FULL PER_INTAKE
for kind in "${KINDS[@]}"; do
    times=()
    for r in 1 2 3 4 5; do
        dir=$WORK/trials/measure-$kind-$r
        new_trial "$dir" "$kind"
        t=$(now_ms)
        TMPDIR=$dir/tmp start_op "$kind" "$dir/db/center.sqlite"
        rc=0
        wait "$PID" || rc=$?
        times+=($(($(now_ms) - t)))
        [[ $rc == 0 ]] || { echo "uninterrupted $kind run failed (exit $rc):" >&2; cat "$dir/op.err" >&2; exit 1; }
        full=$(counts "$dir/db/center.sqlite")
        # An uninterrupted run must not leave files behind either (said here, not counted below).
        extra_files=$( (cd "$dir" && find db tmp -mindepth 1 ! -name 'center.sqlite*' ! -path 'db/*backups*' \
            ! \( -type d -name 'runtime-onewindow-*' -empty \)) | tr '\n' ' ')
        [[ -z $extra_files ]] || echo "  note: an uninterrupted $kind run left $extra_files"
        [[ -z ${FULL[$kind]:-} || ${FULL[$kind]} == "$full" ]] || { echo "$kind: two complete runs differ" >&2; exit 1; }
        FULL[$kind]=$full
        rm -rf "$dir"
    done
    DURATION[$kind]=$(($(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p) * 5 / 4))
    echo "$kind: uninterrupted runs ${times[*]} ms (kills within 1.25 × the median: ${DURATION[$kind]} ms); rows before: $(counts "$(base_of "$kind")"); after: ${FULL[$kind]}"
done
# What one intake adds (the loop's complete result divided by its length).
if [[ " ${KINDS[*]} " == *" intake "* ]]; then
    read -r -a before <<<"$(counts "$B/county.sqlite")"
    read -r -a after <<<"${FULL[intake]}"
    for i in 0 1 2 3 4 5; do
        PER_INTAKE[$i]=$(((after[i] - before[i]) / LOOP_INTAKES))
    done
fi

# ---------------------------------------------------------------- checks of one trial
# Prints the reasons why a trial is not in good order (nothing when it is) into $dir/verdict,
# and the figures into $dir/figures: check corrupted partial leftovers badbackup outcome, where outcome is
# none / all (an import or backup: nothing of it or all of it is there) or, for the intake loop,
# as-printed / one-unprinted (the kill fell between an intake's commit and its printing the number).
judge() {
    local kind=$1 dir=$2 db=$2/db/center.sqlite
    local check_rc=0 integrity got base_counts partial=0 corrupted=0 leftovers=0 badbackup=0 outcome=- btemp=0 bchecked=0
    : >"$dir/verdict"
    TMPDIR=$dir/tmp "$CLI" --db "$db" check >"$dir/check.out" 2>&1 || check_rc=$?
    [[ $check_rc == 0 ]] || echo "check exit $check_rc: $(grep -v '节假日\|^$' "$dir/check.out" | tail -3 | tr '\n' ' ')" >>"$dir/verdict"

    # Leftovers, right after the check run.
    (cd "$dir/db" && find . -mindepth 1 -maxdepth 1 ! -name center.sqlite ! -name center.sqlite-wal \
        ! -name center.sqlite-shm ! \( -type d -name '*backups' \) -printf 'db/%P (%s bytes)\n') >"$dir/leftovers"
    (cd "$dir/tmp" && find . -mindepth 1 ! \( -type d -name "runtime-onewindow-*" -empty \) -printf 'tmp/%P (%s bytes)\n') >>"$dir/leftovers"
    leftovers=$(grep -c . "$dir/leftovers" || true)
    [[ $leftovers == 0 ]] || echo "leftovers: $(tr '\n' ' ' <"$dir/leftovers")" >>"$dir/verdict"

    integrity=$(q "$db" 'PRAGMA integrity_check' 2>&1 | head -5 | tr '\n' ' ' | sed 's/ $//') || true
    if [[ $integrity != ok ]]; then
        corrupted=1
        echo "integrity_check: $integrity" >>"$dir/verdict"
    fi

    if [[ $corrupted == 0 ]]; then
        got=$(counts "$db")
        base_counts=$(counts "$(base_of "$kind")")
        case $kind in
        ledger | package | backup)
            local want_after=${FULL[$kind]}
            [[ $kind == backup ]] && want_after=$base_counts # a backup changes no record
            if [[ $got == "$base_counts" ]]; then
                outcome=$([[ $kind == backup ]] && echo unchanged || echo none)
            elif [[ $got == "$want_after" ]]; then
                outcome=all
            else
                partial=1
                echo "partial: rows $got, before $base_counts, complete $want_after" >>"$dir/verdict"
            fi
            ;;
        intake)
            judge_intake "$dir" "$got" "$base_counts" || partial=1
            outcome=$(cat "$dir/outcome")
            ;;
        esac
    fi

    # Hidden working files in the backup folder after the check run (not counted as leftovers above:
    # said apart in the summary).
    find "$dir/db" -mindepth 2 -path '*backups/.*' -type f -printf '%P\n' >"$dir/backup-temp" 2>/dev/null || true
    btemp=$(grep -c . "$dir/backup-temp" || true)
    if [[ $kind == backup ]]; then
        local f
        while IFS= read -r f; do
            [[ -n $f ]] || continue
            bchecked=$((bchecked + 1))
            if [[ $(q "$f" 'PRAGMA integrity_check' 2>&1 | head -1) != ok ]]; then
                badbackup=$((badbackup + 1))
                echo "bad backup: $f" >>"$dir/verdict"
            fi
        done < <(find "$dir/db" -mindepth 2 -type f ! -name '.*' 2>/dev/null)
    fi
    echo "$check_rc $corrupted $partial $leftovers $badbackup $outcome $btemp $bchecked" >"$dir/figures"
}

# The intake loop: new cases = printed numbers (or one more), a gap-free run of the 2025 sequence,
# each with exactly the rows of one intake.
judge_intake() {
    local dir=$1 got=$2 base=$3 db=$1/db/center.sqlite bad=0 printed new k i
    if grep -vq '^（2025）乌中矛调字第[0-9]\{4,5\}号$' "$dir/numbers.txt"; then
        grep -v '^（2025）乌中矛调字第[0-9]\{4,5\}号$' "$dir/numbers.txt" | sed 's/^/printed line not a case number: /' >>"$dir/verdict"
        bad=1
    fi
    printed=$(grep -c . "$dir/numbers.txt" || true)
    q "$db" "SELECT case_no FROM cases" | csort | ccomm -13 "$B/county.numbers" - >"$dir/new.numbers"
    new=$(grep -c . "$dir/new.numbers" || true)
    if [[ $new == "$printed" ]]; then echo as-printed; elif [[ $new == $((printed + 1)) ]]; then echo one-unprinted; else echo other; fi >"$dir/outcome"
    if [[ $new != "$printed" && $new != $((printed + 1)) ]]; then
        echo "partial: $new new cases, $printed numbers printed" >>"$dir/verdict"
        bad=1
    fi
    if [[ -n $(csort "$dir/numbers.txt" | uniq -d) ]]; then
        echo "duplicate printed number: $(csort "$dir/numbers.txt" | uniq -d | head -3 | tr '\n' ' ')" >>"$dir/verdict"
        bad=1
    fi
    if [[ -n $(csort "$dir/numbers.txt" | ccomm -23 - "$dir/new.numbers") ]]; then
        echo "printed but not in the database: $(csort "$dir/numbers.txt" | ccomm -23 - "$dir/new.numbers" | head -3 | tr '\n' ' ')" >>"$dir/verdict"
        bad=1
    fi
    # The new numbers must be exactly BASE_SEQ+1 .. BASE_SEQ+new (no gap, no duplicate).
    local expect
    expect=$(for ((k = 1; k <= new; k++)); do printf '（2025）乌中矛调字第%04d号\n' $((BASE_SEQ_2025 + k)); done | csort)
    if [[ $expect != "$(cat "$dir/new.numbers")" ]]; then
        echo "numbers not the next $new of the sequence after $BASE_SEQ_2025: $(head -5 "$dir/new.numbers" | tr '\n' ' ')" >>"$dir/verdict"
        bad=1
    fi
    # Rows: base + new × one intake's rows (cases, parties, events, milestones; import_log and sites unchanged).
    local -a g b
    read -r -a g <<<"$got"
    read -r -a b <<<"$base"
    for i in 0 1 2 3 4 5; do
        if [[ ${g[i]} != $((b[i] + new * PER_INTAKE[$i])) ]]; then
            echo "partial: rows $got for $new new cases (before $base)" >>"$dir/verdict"
            bad=1
            break
        fi
    done
    [[ ${g[6]} == "2025:$((BASE_SEQ_2025 + new))" || ( $new == 0 && ${g[6]} == "${b[6]}" ) ]] ||
        { echo "case-number counter ${g[6]} after $new new cases (before ${b[6]})" >>"$dir/verdict"; bad=1; }
    return $bad
}

# ---------------------------------------------------------------- the campaign
per_kind=$((TRIALS / ${#KINDS[@]}))
extra=$((TRIALS % ${#KINDS[@]}))
echo "$TRIALS trials: ${KINDS[*]} ($per_kind each, the first $extra one more); $BACKUP_NOTE"
n=0
for ki in "${!KINDS[@]}"; do
    kind=${KINDS[$ki]}
    count=$((per_kind + (ki < extra ? 1 : 0)))
    for ((t = 1; t <= count; t++)); do
        n=$((n + 1))
        dir=$WORK/trials/$kind-$t
        new_trial "$dir" "$kind"
        delay=$(rand_below "${DURATION[$kind]}")
        TMPDIR=$dir/tmp start_op "$kind" "$dir/db/center.sqlite"
        sleep "$(sec "$delay")"
        kill -9 -- "-$PID" 2>/dev/null || true
        rc=0
        wait "$PID" 2>/dev/null || rc=$? # (2>/dev/null: no "Killed" notice from bash)
        killed=$([[ $rc == 137 ]] && echo 1 || echo 0)
        # The files as the kill left them, for a look should the trial fail.
        for f in "$dir"/db/center.sqlite*; do cp "$f" "$dir/raw/"; done
        judge "$kind" "$dir"
        # Finished before the kill: it must have succeeded (an intake loop that was killed exits 137 too).
        [[ $rc == 0 || $rc == 137 ]] || echo "finished before the kill with exit $rc: $(tail -2 "$dir/op.err" | tr '\n' ' ')" >>"$dir/verdict"
        read -r check_rc corrupted partial leftovers badbackup outcome btemp bchecked <"$dir/figures"
        # A hidden working file in the backup folder is not a leftover of the count above, but the trial is kept.
        [[ $btemp == 0 ]] || echo "backup folder still holds: $(tr '\n' ' ' <"$dir/backup-temp")" >>"$dir/verdict"
        printf '%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t%d\t%d\n' "$kind" "$t" "$delay" "$killed" "$check_rc" "$corrupted" \
            "$partial" "$leftovers" "$badbackup" "$(tr '\n' ' ' <"$dir/verdict")" "$outcome" "$rc" "$btemp" "$bchecked" >>"$RESULTS"
        if [[ -s $dir/verdict ]]; then
            echo "  $kind #$t (kill after $delay ms): $(tr '\n' ' ' <"$dir/verdict")— kept in $dir"
        else
            rm -rf "$dir"
        fi
        if ((n % 25 == 0)); then echo "  ... $n of $TRIALS trials, $(($(date +%s) - T0)) s"; fi
    done
done

# ---------------------------------------------------------------- summary
ELAPSED=$(($(date +%s) - T0))
echo
echo "=== crash campaign: $TRIALS trials in $ELAPSED s (seed $SEED, program $BIN_DIR/onewindow-cli) ==="
printf '%-8s %6s %6s %8s %7s %8s %9s %7s %9s %10s  %s\n' kind trials killed 'kill<ms' 'failed' 'check≠0' corrupted partial leftovers 'bad backup' outcomes
for kind in "${KINDS[@]}"; do
    awk -F'\t' -v k="$kind" -v d="${DURATION[$kind]}" '
        $1 == k { n++; killed += $4; failed += ($12 != 0 && $12 != 137); chk += ($5 != 0); cor += $6; par += $7; left += ($8 > 0); bb += $9; bc += $14; out[$11]++ }
        END { o = ""; for (x in out) o = o x " " out[x] ", "
              printf "%-8s %6d %6d %8d %7d %8d %9d %7d %9d %10s  %s\n", k, n, killed, d, failed, chk, cor, par, left, (k == "backup" ? bb "/" bc : "-"), substr(o, 1, length(o) - 2) }' "$RESULTS"
done
echo "(killed: trials whose process was still running at the kill, the others had finished first; failed: those"
echo " that had finished with an exit status other than 0 (they must not); kill<ms: the"
echo " kill moments were uniform below this; leftovers: trials that left at least one file (examples name them);"
echo " outcomes: none/all = nothing or all of the operation is in the database; as-printed/one-unprinted = the"
echo " intake loop's new cases are its printed numbers, or those and one committed but killed before printing;"
echo " bad backup: finished backup files that fail integrity_check / finished backup files checked)"
echo "$BACKUP_NOTE"
awk -F'\t' '$13 > 0 { n[$1]++ } END { o = ""; for (k in n) o = o " " k " " n[k]; print "trials with hidden working files left in a *-backups folder after the check (not counted as leftovers):" (o == "" ? " none" : o) }' "$RESULTS"
if awk -F'\t' '$5 != 0 || $6 || $7 || $8 || $9 || ($12 != 0 && $12 != 137) { bad = 1 } END { exit !bad }' "$RESULTS"; then
    echo "examples (up to 3 per kind and figure; folders kept under $WORK/trials):"
    awk -F'\t' '{ v[1] = ($5 != 0); v[2] = $6; v[3] = $7; v[4] = $8; v[5] = $9; v[6] = ($12 != 0 && $12 != 137)
                  for (i = 1; i <= 6; i++) if (v[i] && seen[$1 "/" i]++ < 3)
                      printf "  %s #%s (kill after %s ms): %s\n", $1, $2, $3, $10 }' "$RESULTS"
    echo "results per trial: $RESULTS"
elif awk -F'\t' '$13 > 0 { found = 1 } END { exit !found }' "$RESULTS"; then
    echo "no trial found anything wrong; the trials with working files in a backup folder are kept under $WORK/trials"
else
    echo "no trial found anything wrong"
    rm -rf "$WORK"
fi
exit 0
