#!/usr/bin/env bash
# Concurrency: short writes beside a long one on the same database file. 4 processes each run a loop of
# 50 single intakes (`onewindow-cli intake --json -`, one process per intake) while another process
# imports a 100,000-row ledger (`import-ledger`) into the same file; then it measures what the clerks
# at the window would see:
#   errors         intakes that exited non-zero; stderr lines with raw SQLite or Qt SQL text
#                  ("database is locked", "UNIQUE constraint failed", …; must be 0); other stderr
#                  lines (the notice "另一个…正在写入…等待" is counted apart: it is the intended one)
#   numbers        printed case numbers duplicated; numbers of the sequence skipped (per year, the
#                  allocated numbers must be 1..max with none missing); lost writes (printed but not
#                  in the database); all must be 0
#   import         its exit status, its message, its wall time; the database's case count and
#                  `check` / `PRAGMA integrity_check` afterwards
#   waits          the longest and the median wall time of one intake (the longest wait of a short
#                  write), and how many intakes ran while the import was running
#   baselines      the same intakes without the import (4 workers × 10) and the import alone, for comparison
# Two variants: (A) every ledger row carries its own case number; (B) no row does, so the import
# numbers 100,000 cases from the same per-year sequence the intakes take theirs from.
#
#   bash tests/bench/concurrency.sh [BIN_DIR]
#       BIN_DIR  folder holding onewindow-cli (default: build/app of this checkout)
#   Environment: OW_CONC_ROWS (100000), OW_CONC_WORKERS (4), OW_CONC_INTAKES (50 per worker),
#                OW_CONC_VARIANTS ("A B"), OW_CONC_WORK (scratch folder; default a new /tmp/ow-conc.XXXXXX)
# A measurement, not a ctest test: about 3-5 minutes on 2 cores. The scratch folder is removed
# unless something was found.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BIN_DIR=${1:-$ROOT/build/app}
ROWS=${OW_CONC_ROWS:-100000}
WORKERS=${OW_CONC_WORKERS:-4}
INTAKES=${OW_CONC_INTAKES:-50}
VARIANTS=${OW_CONC_VARIANTS:-A B}
INTAKE_JSON='{"case_type":"consultation","source":"phone","category":"other","township":"150824100","summary":"咨询","received_on":"2025-06-01","parties":[{"role":"applicant","name":"孙立"}]}'
# Raw text of SQLite or of Qt's SQL driver: a clerk must never see it.
RAW='database is locked|database table is locked|constraint failed|SQLITE_|disk I/O error|no such (table|column|savepoint)|malformed|unable to open database|readonly database|QSql|Parameter count mismatch|Driver not loaded|cannot (commit|rollback|start a transaction)|SQL logic error|out of memory|Error code|not an error'
WAIT_NOTICE='正在写入.*等待|is writing to .*waiting'

[[ -x $BIN_DIR/onewindow-cli ]] || { echo "no onewindow-cli in $BIN_DIR" >&2; exit 2; }
for tool in sqlite3 python3; do command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 2; }; done

WORK=${OW_CONC_WORK:-$(mktemp -d /tmp/ow-conc.XXXXXX)}
mkdir -p "$WORK/bin"
cp "$BIN_DIR/onewindow-cli" "$WORK/bin/" # a private copy: a rebuild meanwhile does not change it
CLI=$WORK/bin/onewindow-cli
T0=$(date +%s)
FOUND=0
now_ms() { echo $(($(date +%s%N) / 1000000)); }
q() { sqlite3 -batch -noheader "$1" "$2"; }
csort() { LC_ALL=C sort; }
ccomm() { LC_ALL=C comm "$@"; }

echo "scratch $WORK; $(nproc) cores; program $BIN_DIR/onewindow-cli ($(date -r "$BIN_DIR/onewindow-cli" '+%F %T'))"
echo "$WORKERS workers × $INTAKES intakes beside an import of $ROWS ledger rows; variants: $VARIANTS"

# One worker: $INTAKES intakes one after the other; per intake a line "rc ms start_ms end_ms number" in w$1.tsv,
# its stderr appended to w$1.err.
worker() {
    local w=$1 dir=$2 i rc t1 t2 out
    for ((i = 1; i <= INTAKES; i++)); do
        t1=$(now_ms)
        rc=0
        out=$(printf '%s' "$INTAKE_JSON" | "$CLI" --db "$dir/center.sqlite" intake --json - 2>>"$dir/w$w.err") || rc=$?
        t2=$(now_ms)
        printf '%d\t%d\t%d\t%d\t%s\n' "$rc" $((t2 - t1)) "$t1" "$t2" "$(echo "$out" | tr '\n' ' ' | sed 's/ $//')" >>"$dir/w$w.tsv"
    done
}

new_db() { "$CLI" --db "$1" init --site-code 150824 --site-name 乌拉特中旗社会治理中心 --level county >/dev/null; }

# Median and longest of the intake wall times in the files given (column 2 of the worker files).
intake_times() {
    cut -f2 "$@" | sort -n | awk '{ t[NR] = $1 } END { printf "median %d ms, longest %d ms", t[int((NR + 1) / 2)], t[NR] }'
}

# Baseline: the workers' intakes with no import beside them.
baseline_intakes() {
    local dir=$WORK/alone w pids=()
    mkdir -p "$dir/tmp"
    export TMPDIR=$dir/tmp
    new_db "$dir/center.sqlite"
    local INTAKES=10
    for ((w = 1; w <= WORKERS; w++)); do
        worker "$w" "$dir" &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do wait "$pid"; done
    echo "baseline, no import: $WORKERS workers × $INTAKES intakes: $(intake_times "$dir"/w*.tsv)," \
        "$(cat "$dir"/w*.tsv | awk -F'\t' '$1 != 0' | grep -c . || true) exit≠0"
    unset TMPDIR
    rm -rf "$dir"
}

run_variant() {
    local v=$1 dir=$WORK/$1 numbers
    case $v in A) numbers=all ;; B) numbers=none ;; *) echo "unknown variant $v" >&2; exit 2 ;; esac
    mkdir -p "$dir/tmp"
    export TMPDIR=$dir/tmp
    python3 "$HERE/make_ledger.py" "$ROWS" "$dir/ledger.csv" --numbers $numbers
    # Baseline: the same import with nothing beside it.
    local alone_t1 alone_ms alone_rc=0
    new_db "$dir/alone.sqlite"
    sync
    alone_t1=$(now_ms)
    "$CLI" --db "$dir/alone.sqlite" import-ledger "$dir/ledger.csv" --timing >"$dir/alone.out" 2>&1 || alone_rc=$?
    alone_ms=$(($(now_ms) - alone_t1))
    rm -f "$dir"/alone.sqlite*
    new_db "$dir/center.sqlite"
    sync

    # The import and the workers start together: the import parses and checks first, then holds the
    # write lock for its one transaction; the workers' intakes fall before, into and after it.
    local imp_t1 imp_t2 imp_rc=0
    imp_t1=$(now_ms)
    "$CLI" --db "$dir/center.sqlite" import-ledger "$dir/ledger.csv" --timing >"$dir/import.out" 2>"$dir/import.err" &
    local imp_pid=$!
    local pids=() w
    for ((w = 1; w <= WORKERS; w++)); do
        : >"$dir/w$w.tsv"
        : >"$dir/w$w.err"
        worker "$w" "$dir" &
        pids+=($!)
    done
    wait "$imp_pid" || imp_rc=$?
    imp_t2=$(now_ms)
    for pid in "${pids[@]}"; do wait "$pid"; done
    local all_t2
    all_t2=$(now_ms)

    # ---- figures
    cat "$dir"/w*.tsv >"$dir/intakes.tsv"
    cat "$dir"/w*.err >"$dir/intakes.err"
    local n failed raw waited other times max med p90 overlapped
    n=$(grep -c . "$dir/intakes.tsv" || true)
    failed=$(awk -F'\t' '$1 != 0' "$dir/intakes.tsv" | grep -c . || true)
    raw=$(grep -Eic "$RAW" "$dir/intakes.err" || true)
    waited=$(grep -Ec "$WAIT_NOTICE" "$dir/intakes.err" || true)
    other=$(grep -Ev "$WAIT_NOTICE" "$dir/intakes.err" | grep -Eiv "$RAW" | grep -c . || true)
    times=$(cut -f2 "$dir/intakes.tsv" | sort -n)
    max=$(tail -1 <<<"$times")
    med=$(sed -n "$(((n + 1) / 2))p" <<<"$times")
    p90=$(sed -n "$(((n * 9 + 9) / 10))p" <<<"$times")
    overlapped=$(awk -F'\t' -v s="$imp_t1" -v e="$imp_t2" '$3 < e && $4 > s' "$dir/intakes.tsv" | grep -c . || true)
    # The import's write phase (its last "写入 N 毫秒" of --timing): the time it holds the write lock, about.
    local write_ms in_write
    write_ms=$(grep -oE '(写入|write) [0-9]+' "$dir/import.out" | grep -oE '[0-9]+' | tail -1 || true)
    write_ms=${write_ms:-0}
    in_write=$(awk -F'\t' -v s="$((imp_t2 - write_ms))" -v e="$imp_t2" '$3 < e && $4 > s' "$dir/intakes.tsv" | grep -c . || true)

    # Printed numbers: duplicates, and those not in the database (lost writes).
    awk -F'\t' '$1 == 0 { print $5 }' "$dir/intakes.tsv" | csort >"$dir/printed"
    q "$dir/center.sqlite" "SELECT case_no FROM cases" | csort >"$dir/db.numbers"
    local printed dup lost db_dup skipped per_year cases check_rc=0 integrity
    printed=$(grep -c . "$dir/printed" || true)
    dup=$(uniq -d "$dir/printed" | grep -c . || true)
    lost=$(ccomm -23 "$dir/printed" "$dir/db.numbers" | grep -c . || true)
    db_dup=$(uniq -d "$dir/db.numbers" | grep -c . || true)
    # The sequence: numbers the program allocated (every number in the database that the ledger did
    # not bring) must run 1, 2, 3 … per year. The one jump allowed: past the largest number the
    # ledger brought for that year (the import moves the counter there, so that none is taken twice).
    cut -d, -f1 "$dir/ledger.csv" | sed -n 's/^（\([0-9]\{4\}\)）乌中矛调字第\([0-9]*\)号$/g \1 \2/p' >"$dir/seq"
    ccomm -13 <(cut -d, -f1 "$dir/ledger.csv" | csort) "$dir/db.numbers" |
        sed -n 's/^（\([0-9]\{4\}\)）乌中矛调字第\([0-9]*\)号$/a \1 \2/p' >>"$dir/seq"
    read -r skipped per_year < <(sort -k1,1r -k2,2n -k3,3n "$dir/seq" | awk '
        $1 == "g" { s = $3 + 0; if (s > maxg[$2]) maxg[$2] = s; next }
        { y = $2; s = $3 + 0; n[y]++
          if (s != prev[y] + 1 && !(maxg[y] > prev[y] && s == maxg[y] + 1)) miss += (s > prev[y] ? s - prev[y] - 1 : 1)
          prev[y] = s }
        END { line = ""; for (y in n) line = line sprintf("%s: %d allocated, last %d, the ledger'"'"'s largest %d; ", y, n[y], prev[y], maxg[y])
              print miss + 0, line }')
    cases=$(q "$dir/center.sqlite" "SELECT count(*) FROM cases")
    "$CLI" --db "$dir/center.sqlite" check >"$dir/check.out" 2>&1 || check_rc=$?
    integrity=$(q "$dir/center.sqlite" "PRAGMA integrity_check" | head -3 | tr '\n' ' ' | sed 's/ $//')
    local imp_raw imported
    imp_raw=$(cat "$dir/import.err" "$dir/import.out" | grep -Eic "$RAW" || true)
    imported=$(grep -E '导入|imported' "$dir/import.out" | tail -1 || true)
    local expected=$(( (imp_rc == 0 ? ROWS : 0) + printed ))
    unset TMPDIR

    {
        echo "--- variant $v: ledger rows $([[ $v == A ]] && echo 'WITH' || echo 'WITHOUT') case numbers"
        echo "import: exit $imp_rc, wall $((imp_t2 - imp_t1)) ms, \"$imported\"; $(grep -E '解析|parse' "$dir/import.out" | tail -1)"
        echo "import alone (baseline): exit $alone_rc, wall $alone_ms ms; $(grep -E '解析|parse' "$dir/alone.out" | tail -1)"
        [[ ! -s $dir/import.err ]] || echo "import stderr: $(head -3 "$dir/import.err" | tr '\n' ' ')"
        echo "import raw SQLite/Qt text lines: $imp_raw"
        echo "intakes: $n run, $failed exit≠0, $raw stderr lines with raw SQLite/Qt text, $other other stderr lines, $waited waiting notices"
        echo "intake wall time: median $med ms, 90th percentile $p90 ms, longest $max ms; $overlapped of $n ran while the import ran, $in_write of them during its write phase (the last $write_ms ms)"
        echo "numbers: $printed printed, $dup printed twice, $lost printed but not in the database (lost), $db_dup duplicated in the database, $skipped skipped in the sequence"
        echo "sequence: $per_year"
        echo "database: $cases cases (expected $expected = import + printed numbers), check exit $check_rc, integrity_check $integrity"
        echo "variant wall time: $((all_t2 - imp_t1)) ms"
    } | tee "$dir/summary"
    if ((failed + raw + other + dup + lost + db_dup + skipped + imp_raw > 0)) || [[ $imp_rc != 0 || $alone_rc != 0 || $check_rc != 0 ||
        $integrity != ok || $cases != "$expected" ]]; then
        FOUND=1
        echo "examples:"
        awk -F'\t' '$1 != 0' "$dir/intakes.tsv" | head -3 | sed 's/^/  intake exit /'
        grep -Ev "$WAIT_NOTICE" "$dir/intakes.err" | sort | uniq -c | sort -rn | head -5 | sed 's/^/  stderr: /'
        uniq -d "$dir/printed" | head -3 | sed 's/^/  printed twice: /'
        ccomm -23 "$dir/printed" "$dir/db.numbers" | head -3 | sed 's/^/  lost: /'
        echo "  files kept in $dir"
    else
        rm -f "$dir/ledger.csv"
    fi
}

baseline_intakes
for v in $VARIANTS; do
    run_variant "$v"
done
echo "=== concurrency: $(($(date +%s) - T0)) s in all; $([[ $FOUND == 0 ]] && echo 'nothing wrong found' || echo "something found: see above, files in $WORK") ==="
[[ $FOUND != 0 ]] || rm -rf "$WORK"
exit 0
