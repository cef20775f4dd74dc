# test/xen/lib.sh — the dom0-side assertion library of the real-Xen rig (busybox sh).
#
# Sourced by the scenario scripts that run inside dom0. It offers: clocks (centiseconds from
# /proc/uptime), polling with a deadline (`wait_until`), guest-console checks that look only at
# what the guest printed since the scenario began, xenstore helpers, `check` (one assertion:
# prints the failure and returns 1), and `scenario` (runs one scenario function in a subshell,
# prints `@@rig scenario/pass/fail` markers the host reads, and on failure dumps the guest
# console, `xl list` and the guest's xenstore `control/` subtree).
# It does not boot anything or decide the final verdict: the host counts the markers.
# Every external command that could block (xl, xenstore-*) runs under `timeout`.

XL_TIMEOUT=90          # seconds; libxl's own shutdown-ack timeout is 60 s
CONSOLE_DIR=/var/log/xen/console
RIG_RESULTS=/tmp/rig-results
: > "$RIG_RESULTS"

# --- clocks and polling ----------------------------------------------------------------------
# Uptime in centiseconds (the resolution /proc/uptime gives).
now_cs() { local up; read -r up _ < /proc/uptime; up="${up%.*}${up#*.}"; echo $((up)); }
# Prints a duration in centiseconds as seconds with two decimals.
cs_to_s() { printf '%d.%02d' $(($1 / 100)) $(($1 % 100)); }

# wait_until SECONDS COMMAND...: polls COMMAND every 0.05 s until it succeeds (0) or time is up (1).
wait_until() {
  local limit_cs=$(($1 * 100)) start; shift
  start=$(now_cs)
  while :; do
    "$@" && return 0
    [ $(( $(now_cs) - start )) -ge $limit_cs ] && return 1
    sleep 0.05
  done
}

# --- xl and xenstore -------------------------------------------------------------------------
xl_() { timeout -s KILL $XL_TIMEOUT xl "$@"; }
# xl_for GUEST ARGS...: xl_ ARGS with its output shown and also kept in /tmp/xl-out-GUEST, where
# `scenario` looks for xl's occasional crash (a glibc abort or a segfault, docs/rig.md) before retrying once.
xl_for() {
  local guest="$1" out status; shift
  out=$(xl_ "$@" 2>&1); status=$?
  [ -n "$out" ] && { echo "$out"; echo "$out" >> /tmp/xl-out-"$guest"; }
  [ $status != 0 ] && echo "xl $1 exited with status $status" >> /tmp/xl-out-"$guest"
  return $status
}
xs_read() { timeout -s KILL 20 xenstore-read -R "$1" 2>/dev/null; }
xs_write() { timeout -s KILL 20 xenstore-write -R -- "$1" "$2"; }   # -- : a value may start with "-"
xs_exists() { timeout -s KILL 20 xenstore-exists "$1" 2>/dev/null; }
domid_of() { xl_ domid "$1" 2>/dev/null; }
domain_gone() { ! xl_ domid "$1" >/dev/null 2>&1; }
# The state flags column of `xl list NAME` (r b p s c d), empty if the domain is gone.
domain_state() { xl_ list "$1" 2>/dev/null | awk 'NR==2 {print $5}'; }
domain_crashed() { case "$(domain_state "$1")" in *c*) return 0;; esac; return 1; }
home_of() { echo "/local/domain/$1"; }
# Ready = the guest wrote control/feature-poweroff = 1 (libxl pre-creates it empty).
domain_ready() {
  local d; d=$(domid_of "$1") || return 1
  [ "$(xs_read "$(home_of "$d")/control/feature-poweroff")" = 1 ]
}
domain_new_and_ready() {  # NAME OLD_DOMID: a different domid that is ready
  local d; d=$(domid_of "$1") || return 1
  [ "$d" != "$2" ] && domain_ready "$1"
}
xs_is() { [ "$(xs_read "$1")" = "$2" ]; }
xs_missing() { ! xs_exists "$1"; }

# --- the guest console -----------------------------------------------------------------------
console_log() { echo "$CONSOLE_DIR/guest-$1.log"; }
# Lines the guest printed since the scenario started (xenconsoled appends across domids).
console_since() {
  local log; log=$(console_log "$1")
  [ -f "$log" ] || return 0
  tail -c +"$((${CONSOLE_START:-0} + 1))" "$log" | tr -d '\r'
}
console_has() { console_since "$1" | grep -qF -- "$2"; }
console_lacks() { ! console_has "$1" "$2"; }
console_count() { console_since "$1" | grep -cF -- "$2"; }
console_count_at_least() { [ "$(console_count "$1" "$2")" -ge "$3" ]; }

# --- JSON the host parses -----------------------------------------------------------------------
# dom0 has no JSON parser, so a value that must be JSON (issue 12: data/test-vm/status) is handed to
# the host whole: `@@rig json SCENARIO LABEL BASE64 EXPECT`, BASE64 being FILE's bytes exactly as read
# (`xenstore-read -R` adds no newline, so FILE is the value itself). test/xen/rig decodes it,
# JSON.parse-s it with node, checks the contract's members and EXPECT (`field=value` pairs separated
# by `|`, see test/xen/rig), and turns the scenario into a failure if any of it does not hold.
json_marker() {  # SCENARIO LABEL EXPECT FILE
  echo "@@rig json $1 $2 $(base64 -w 0 < "$4") $3"
}

# --- assertions -------------------------------------------------------------------------------
# check DESCRIPTION COMMAND...: one assertion. Prints the failure (as @@rig detail) and returns 1.
check() {
  local what="$1"; shift
  if "$@"; then return 0; fi
  echo "@@rig detail failed: $what"
  return 1
}
# expect_within SECONDS DESCRIPTION COMMAND...: the assertion must hold within SECONDS.
expect_within() {
  local secs="$1" what="$2"; shift 2
  if wait_until "$secs" "$@"; then return 0; fi
  echo "@@rig detail failed within ${secs}s: $what"
  return 1
}
# expect_console NAME TEXT [SECONDS]: the guest printed a line containing TEXT.
expect_console() { expect_within "${3:-10}" "console shows \"$2\"" console_has "$1" "$2"; }

# --- scenarios --------------------------------------------------------------------------------
# scenario NAME FUNCTION [GUEST]: runs FUNCTION GUEST in a subshell with a deadline, prints the
# verdict marker, and on failure dumps what a reader needs. GUEST defaults to NAME.
SCENARIO_TIMEOUT=240
# /rig/only (from RIG_ONLY on the host): an extended regular expression; scenarios whose names do
# not match are not run at all (neither passed nor failed). For iterating on a few scenarios.
RIG_ONLY=$(cat /rig/only 2>/dev/null)
scenario() {
  local name="$1" fn="$2" guest="${3:-$1}" status
  [ -n "$RIG_ONLY" ] && ! echo "$name" | grep -qE -- "$RIG_ONLY" && return 0
  echo "@@rig scenario $name"
  local fault_before why
  fault_before=$(dom0_fault_last)
  run_scenario_once "$fn" "$guest"; status=$?
  why=""
  if [ $status != 0 ] && xl_crash_seen "$guest"; then
    why="xl crashed ($(xl_crash_seen_line "$guest"))"
  elif [ $status != 0 ] && [ "$(dom0_fault_last)" != "$fault_before" ]; then
    why="a dom0 process died of a fault while it ran ($(dom0_fault_last | cut -c1-160))"
  fi
  if [ -n "$why" ]; then
    # Known, rare, cause unknown (docs/rig.md): an xl process for this domain crashed (glibc
    # abort or SIGSEGV; its monitor child then never handles on_reboot), or one of dom0's own
    # programs did (busybox, under TCG). Neither is the guest's doing. One retry, said out loud.
    echo "@@rig note $name: $why; retrying the scenario once"
    dump_state "$guest"
    cleanup_domain "$guest"
    rm -f /var/log/xen/xl-"$guest".log /tmp/xl-out-"$guest"
    run_scenario_once "$fn" "$guest"; status=$?
  fi
  if [ $status = 0 ]; then
    echo "@@rig pass $name"; echo "pass $name" >> "$RIG_RESULTS"
  else
    echo "@@rig fail $name"; echo "fail $name" >> "$RIG_RESULTS"
    dump_state "$guest"
  fi
  cleanup_domain "$guest"
  return 0
}

# run_scenario_once FUNCTION GUEST: the function in a subshell with a deadline; its status.
run_scenario_once() {
  local fn="$1" guest="$2" log pid watchdog status
  log=$(console_log "$guest")
  CONSOLE_START=0; [ -f "$log" ] && CONSOLE_START=$(wc -c < "$log")
  export CONSOLE_START
  ( "$fn" "$guest" ) &
  pid=$!
  # The watchdog ends a scenario that outlives its deadline; `wait` returns as soon as it ends.
  ( sleep $SCENARIO_TIMEOUT; echo "@@rig detail scenario took longer than ${SCENARIO_TIMEOUT}s: stopped"
    kill -9 $pid ) 2>/dev/null &
  watchdog=$!
  wait $pid; status=$?
  kill $watchdog 2>/dev/null; wait $watchdog 2>/dev/null
  return $status
}

# What xl prints when it or its monitor child crashes: glibc's abort messages, or libxl reporting a
# child killed by a signal ("died due to fatal signal Segmentation fault", seen once in xl create).
XL_CRASH_PATTERN='Assertion .* failed|malloc\(\)|Fatal glibc error|double free|corrupted|robust|died due to fatal signal'
xl_crash_seen_line() {
  grep -hE "$XL_CRASH_PATTERN" /var/log/xen/xl-"$1".log /tmp/xl-out-"$1" 2>/dev/null | head -n 1 | cut -c1-160
}
xl_crash_seen() { [ -n "$(xl_crash_seen_line "$1")" ]; }
# The last line in which dom0's kernel reports a user process killed by a fault ("NAME[PID]:
# segfault at …", "traps: NAME[PID] general protection fault …"), timestamp included, or nothing:
# a scenario that ends with a different one than it started with saw a dom0 process crash.
dom0_fault_last() { dmesg 2>/dev/null | grep -E 'segfault at|general protection fault' | tail -n 1; }

# What a reader needs to understand a failure, as `@@rig dump` lines (the host prints them).
dump_state() {
  dump_state_text "$1" 2>&1 | tr -d '\r' | while IFS= read -r line; do echo "@@rig dump $line"; done
}
dump_state_text() {
  local guest="$1" d
  echo "----- guest console of $guest (this scenario, last 60 lines) -----"
  console_since "$guest" | tail -n 60
  echo "----- xl list -----"
  xl_ list
  d=$(domid_of "$guest") && { echo "----- xenstore-ls -p $(home_of "$d")/control -----"; timeout 20 xenstore-ls -p "$(home_of "$d")/control" | cut -c1-200; }
  echo "----- xl monitor log for $guest (last 10 lines) -----"
  tail -n 10 /var/log/xen/xl-"$guest".log 2>/dev/null
  echo "-----"
}

# Destroys the guest and what a failed migration may leave of it (NAME--incoming, the receiver's
# half-made domain; NAME--migratedaway, the sender's renamed original): one xl list, not a call per name.
# xl's monitors for the guest (the `xl create` / `xl restore` children that apply on_reboot etc.)
# are stopped first, by the pids their log names: a guest that reboots itself in a loop (issue 11,
# `extra = "after:4:reboot"`) would otherwise be re-created by its monitor while it is destroyed.
cleanup_domain() {
  local guest="$1" n pid
  for pid in $(sed -n 's/.* to die \[pid \([0-9]*\)\].*/\1/p' /var/log/xen/xl-"$guest".log 2>/dev/null | sort -u); do
    pid_gone "$pid" || { kill "$pid" 2>/dev/null && wait_until 5 pid_gone "$pid"; }
  done
  for n in $(xl_ list 2>/dev/null | awk -v g="$guest" '$1 == g || $1 == g "--incoming" || $1 == g "--migratedaway" {print $1}'); do
    xl_ destroy "$n" >/dev/null 2>&1
  done
  wait_until 10 domain_gone "$guest" || true
}

pid_gone() { ! grep -q xl /proc/"$1"/cmdline 2>/dev/null; }  # exited (a zombie has no cmdline)

# xl's occasional crash in create/restore (see docs/rig.md): an abort or fatal-signal message in
# its output, or xl itself dying of SIGABRT (status 134) or SIGSEGV (status 139).
xl_create() {  # CONFIG NAME [key=value ...]
  local cfg="$1" name="$2" out status; shift 2
  out=$(xl_ create "$cfg" "name=\"$name\"" "$@" 2>&1); status=$?
  echo "$out" >> /tmp/xl-out-"$name"
  if [ $status = 134 ] || [ $status = 139 ] || echo "$out" | grep -qE "$XL_CRASH_PATTERN"; then
    echo "@@rig note xl create of $name: xl crashed (status $status); retrying once: $(echo "$out" | tail -n 2 | tr '\n' ' ')"
    cleanup_domain "$name"
    out=$(xl_ create "$cfg" "name=\"$name\"" "$@" 2>&1); status=$?
  fi
  [ $status = 0 ] || { echo "@@rig detail xl create $name failed (status $status): $(echo "$out" | tail -n 3 | tr '\n' ' ')"; return 1; }
  return 0
}

rig_summary() {
  local passed failed
  passed=$(grep -c '^pass ' "$RIG_RESULTS"); failed=$(grep -c '^fail ' "$RIG_RESULTS")
  echo "@@rig done $passed $failed"
}

# --- boot storms (issue 15: scenarios.sh's storm, bench/dom0-storm.sh) ------------------------------
# CPU time (user + system, in clock ticks of 1/100 s) of the daemon whose pid file is given.
daemon_ticks() {  # PIDFILE
  local pid; pid=$(cat "$1" 2>/dev/null) || { echo -1; return; }
  awk '{print $14 + $15}' /proc/"$pid"/stat 2>/dev/null || echo -1
}
daemon_alive() { local pid; pid=$(cat "$1" 2>/dev/null) && [ -d /proc/"$pid" ]; }
xl_free_mib() { xl_ info 2>/dev/null | awk -F': *' '/^free_memory/ {print $2}'; }
dom0_avail_kib() { awk '/^MemAvailable:/ {print $2}' /proc/meminfo; }
# The domids of the domains whose names start with PREFIX- and whether each is ready
# (control/feature-poweroff = 1): prints "DOMID READY(0|1)" lines. Cheap for xenstored: one
# directory listing and one xenstore-read of two keys a domain (a `xenstore-ls` of /local/domain
# would walk every node of every domain, and its cost would show in xenstored's CPU figure); if a
# domain is half-built or half-gone that read fails, and then the domains are read one at a time.
storm_domains() {  # PREFIX
  local ds d paths n f
  ds=$(timeout -s KILL 60 xenstore-list /local/domain 2>/dev/null | grep -vx 0 | tr '\n' ' ')
  [ -n "${ds% }" ] || return 0
  paths=""; for d in $ds; do paths="$paths /local/domain/$d/name /local/domain/$d/control/feature-poweroff"; done
  # shellcheck disable=SC2086
  if timeout -s KILL 60 xenstore-read $paths > /tmp/storm-read 2>/dev/null; then
    awk -v ds="$ds" -v p="$1-" 'BEGIN { n = split(ds, d, " ") } { v[NR] = $0 }
      END { for (i = 1; i <= n; i++) if (index(v[2 * i - 1], p) == 1) print d[i], (v[2 * i] == "1") ? 1 : 0 }' /tmp/storm-read
  else
    for d in $ds; do
      n=$(timeout -s KILL 20 xenstore-read /local/domain/$d/name 2>/dev/null) || continue
      case "$n" in "$1-"*) ;; *) continue ;; esac
      f=$(timeout -s KILL 20 xenstore-read /local/domain/$d/control/feature-poweroff 2>/dev/null)
      [ "$f" = 1 ] && echo "$d 1" || echo "$d 0"
    done
  fi
}
storm_count_ready() { storm_domains "$1" | awk '$2 == 1' | wc -l; }
# How many domains named PREFIX-… Xen still has (xl list: shut-down ones included).
storm_count_listed() { xl_ list 2>/dev/null | awk -v p="$1-" 'index($1, p) == 1' | wc -l; }

# storm_run PREFIX N CFG LIMIT_S [key=value …]: N `xl create`s of CFG started at once (named PREFIX-1
# … PREFIX-N); waits until all are ready (or every create has returned and the rest stay unready
# past LIMIT_S); then one xenstore-write puts `poweroff` in every ready domain's control/shutdown,
# and it waits until none is left (LIMIT_S). Sets: STORM_CREATED (xl create returned 0),
# STORM_READY (domains ready), STORM_READY_CS (start → the last ready, centiseconds; -1 if not all
# were), STORM_GONE_CS (poweroff → none left; -1 if some stayed), STORM_FREE_BEFORE/_READY (xl info
# free_memory, MiB), STORM_DOM0_BEFORE/_READY (dom0 MemAvailable, KiB), STORM_XS_TICKS and
# STORM_XC_TICKS (xenstored's and xenconsoled's CPU in 1/100 s over the whole run), STORM_MEM (Mem of
# PREFIX-1 in xl list, MiB), STORM_WHY (empty, or what went wrong).
STORM_DIR=/tmp/storm
storm_run() {
  local prefix="$1" n="$2" cfg="$3" limit="$4" i t0 t1 t2 xs0 xc0 ready done_creates args d r
  shift 4
  rm -rf $STORM_DIR; mkdir -p $STORM_DIR
  STORM_WHY=""; STORM_READY_CS=-1; STORM_GONE_CS=-1; STORM_MEM=-
  STORM_FREE_BEFORE=$(xl_free_mib); STORM_DOM0_BEFORE=$(dom0_avail_kib)
  xs0=$(daemon_ticks /var/run/xenstored.pid); xc0=$(daemon_ticks /var/run/xenconsoled.pid)
  t0=$(now_cs)
  i=1
  while [ $i -le "$n" ]; do
    ( timeout -s KILL 600 xl create "$cfg" "name=\"$prefix-$i\"" "$@" > $STORM_DIR/$i.out 2>&1
      echo $? > $STORM_DIR/$i.rc ) &
    i=$((i + 1))
  done
  # Until every create has returned and every domain that exists is ready, or the limit.
  while :; do
    ready=$(storm_count_ready "$prefix")
    done_creates=$(ls $STORM_DIR | grep -c '\.rc$')
    [ "$ready" = "$n" ] && { STORM_READY_CS=$(( $(now_cs) - t0 )); break; }
    [ $(( $(now_cs) - t0 )) -ge $((limit * 100)) ] && { STORM_WHY="only $ready of $n ready after ${limit}s ($done_creates creates returned)"; break; }
    sleep 1   # (each poll costs xenstored 2N reads: figures are late by up to a second and a poll)
  done
  t1=$(now_cs)
  # every xl create has returned (each does once its domain is built; the monitors stay as daemons)
  wait_until "$limit" storm_creates_done "$n" || STORM_WHY="${STORM_WHY:+$STORM_WHY; }xl create still running"
  STORM_CREATED=$(cat $STORM_DIR/*.rc 2>/dev/null | grep -c '^0$')
  [ "$STORM_CREATED" = "$n" ] || STORM_WHY="${STORM_WHY:+$STORM_WHY; }$((n - STORM_CREATED)) xl create(s) failed: $(cat $STORM_DIR/*.out | grep -iE 'error|fail|cannot' | sort | uniq -c | sort -rn | head -n 3 | tr '\n' ' ' | cut -c1-300)"
  STORM_READY=$(storm_count_ready "$prefix")
  STORM_FREE_READY=$(xl_free_mib); STORM_DOM0_READY=$(dom0_avail_kib)
  STORM_MEM=$(xl_ list "$prefix-1" 2>/dev/null | awk 'NR == 2 {print $3}')
  # One poweroff request to each domain that exists, in one xenstore-write.
  args=""
  for d in $(storm_domains "$prefix" | awk '{print $1}'); do args="$args /local/domain/$d/control/shutdown poweroff"; done
  t2=$(now_cs)
  # shellcheck disable=SC2086
  [ -n "$args" ] && timeout -s KILL 120 xenstore-write $args
  while :; do
    r=$(storm_count_listed "$prefix")
    [ "$r" = 0 ] && { STORM_GONE_CS=$(( $(now_cs) - t2 )); break; }
    [ $(( $(now_cs) - t2 )) -ge $((limit * 100)) ] && { STORM_WHY="${STORM_WHY:+$STORM_WHY; }$r of $n still listed ${limit}s after the poweroff requests"; break; }
    sleep 1
  done
  STORM_XS_TICKS=$(( $(daemon_ticks /var/run/xenstored.pid) - xs0 ))
  STORM_XC_TICKS=$(( $(daemon_ticks /var/run/xenconsoled.pid) - xc0 ))
  daemon_alive /var/run/xenstored.pid || STORM_WHY="${STORM_WHY:+$STORM_WHY; }xenstored has died"
  daemon_alive /var/run/xenconsoled.pid || STORM_WHY="${STORM_WHY:+$STORM_WHY; }xenconsoled has died"
  [ -z "$STORM_WHY" ]
}
storm_creates_done() { [ "$(ls $STORM_DIR | grep -c '\.rc$')" -ge "$1" ]; }
# Whatever a storm left: destroy every PREFIX-… domain (and stop nothing else).
storm_cleanup() {  # PREFIX
  local n
  for n in $(xl_ list 2>/dev/null | awk -v p="$1-" 'index($1, p) == 1 {print $1}'); do xl_ destroy "$n" >/dev/null 2>&1; done
}
