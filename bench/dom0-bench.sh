#!/bin/sh
# bench/dom0-bench.sh — timing runs inside the rig's dom0 (started by bench/run).
#
# For each guest (test-vm.xen if present, then Debian's Linux), each as a PV and as a PVH guest
# (GUEST test-vm, test-vm-pvh, linux, linux-pvh), and each round:
#   create   time for `xl create` to return
#   ready    `xl create` started → control/feature-poweroff = 1 (the guest's readiness signal)
#   gone     `xenstore-write control/shutdown poweroff` → `xl domid` no longer finds the domain
#   boot     `xl create` returned → ready (the guest's own start-up, without the toolstack's)
# Printed as `@@bench GUEST ROUND create ready gone boot` in centiseconds (/proc/uptime's resolution);
# the polling loops do not sleep, so each figure is late by at most one xl/xenstore call.
# Then, on a second domain of the same guest (created, ready, 2 s to settle), and for test-vm also
# with 128 MiB like the Linux guest (a saved image holds every guest page, so memory dominates):
#   save     `xl save` to dom0's tmpfs returning (guest suspends, memory written, domain gone)
#   size     the saved image in bytes
#   restore  `xl restore` returning (domain rebuilt from the image and unpaused)
#   resumed  `xl restore` started → the console says "resumed in a new domain" (test-vm only; the
#            Linux guest prints nothing on resume: -1)
#   gone     after the restore, control/shutdown poweroff → domain gone (the restored guest obeys)
# Printed as `@@bench-save GUEST ROUND save size restore resumed gone` (centiseconds, bytes).
# Live migration, per guest and round, on a fresh domain (ready, 2 s to settle): the PV guests in
# the migration boot (/rig/boot-mode = migrate: bench/run's second boot, on Debian's 4.17.5
# hypervisor, which has shadow paging), the PVH guests (test-vm 16 and 128 MiB, Linux) in the
# main boot, since 4.17.7 migrates PVH with HAP:
#   migrate  `xl migrate -s "" NAME "xl migrate-receive"` (live, to localhost: sender and
#            receiver both in dom0, the stream through a pipe) returning
#   resumed  `xl migrate` started → "resumed in a new domain" on the console (test-vm only; -1)
#   gone     after the migration, control/shutdown poweroff → domain gone (the migrated guest obeys)
# Printed as `@@bench-migrate GUEST ROUND migrate resumed gone` (centiseconds).
# The balloon (issue 13), per guest and round, on a fresh domain of 128 MiB that may grow to 160
# (test-vm told `balloon:obey` on its command line; Linux's own balloon driver), ready and 2 s to
# settle:
#   down     `xl mem-set NAME 112m` started → `xl list` shows Mem ≤ 112 (16 MiB given back)
#   up       then `xl mem-set NAME 128m` started → Mem ≥ 128 (taken again)
# Each poll is one `xl list`, which costs a few tenths of a second under TCG: the figures are late
# by at most one of those. Printed as `@@bench-balloon GUEST ROUND down up` (centiseconds).
# test-vm-before.xen, when bench/run stages it (the kernel at a baseline revision, BENCH_BASE), is
# measured in the create rounds too, as guests test-vm-before and test-vm-before-pvh, next to
# test-vm in every round, so that a start-up change is seen before and after in the same run.
# BENCH_ONLY=start runs only the create rounds (no save, balloon or migration).
# Figures only: nothing here passes or fails.
. /rig/lib.sh

mkcfg() {  # FILE TYPE KERNEL MEMORY_MIB [RAMDISK EXTRA [MORE_LINE]]
  {
    echo "type = \"$2\""; echo "kernel = \"$3\""; echo "memory = $4"; echo 'vcpus = 1'
    [ -n "$5" ] && echo "ramdisk = \"$5\"" && echo "extra = \"$6\""
    [ -n "$7" ] && echo "$7"
    echo 'on_poweroff = "destroy"'; echo 'on_reboot = "restart"'; echo 'on_crash = "preserve"'
  } > "$1"
}
LINUX_ARGS="console=hvc0 quiet rdinit=/sbin/init"
mkcfg /tmp/bench-test-vm.cfg pv /rig/test-vm.xen 16
mkcfg /tmp/bench-test-vm-128.cfg pv /rig/test-vm.xen 128   # same memory as Linux, for save/restore
mkcfg /tmp/bench-linux.cfg pv /rig/vmlinux 128 /rig/guest.cpio.gz "$LINUX_ARGS"
# The same guests as PVH. Linux as PVH needs tsc_mode = "native" here: with Xen's default TSC
# emulation its first RDTSCP traps, and under QEMU's emulated SVM Xen cannot decode it ("SVM Insn
# len emulation failed", xl dmesg) and the domain crashes during boot.
mkcfg /tmp/bench-test-vm-pvh.cfg pvh /rig/test-vm.xen 16
mkcfg /tmp/bench-test-vm-before.cfg pv /rig/test-vm-before.xen 16
mkcfg /tmp/bench-test-vm-before-pvh.cfg pvh /rig/test-vm-before.xen 16
mkcfg /tmp/bench-test-vm-pvh-128.cfg pvh /rig/test-vm.xen 128
mkcfg /tmp/bench-linux-pvh.cfg pvh /rig/vmlinux 128 /rig/guest.cpio.gz "$LINUX_ARGS" 'tsc_mode = "native"'
# The balloon's guests: 128 MiB that may grow to 160; test-vm's balloon on from boot.
mkcfg /tmp/bench-balloon-test-vm.cfg pv /rig/test-vm.xen 128 "" "" 'maxmem = 160
extra = "balloon:obey"'
mkcfg /tmp/bench-balloon-test-vm-pvh.cfg pvh /rig/test-vm.xen 128 "" "" 'maxmem = 160
extra = "balloon:obey"'
mkcfg /tmp/bench-balloon-linux.cfg pv /rig/vmlinux 128 /rig/guest.cpio.gz "$LINUX_ARGS" 'maxmem = 160'
mkcfg /tmp/bench-balloon-linux-pvh.cfg pvh /rig/vmlinux 128 /rig/guest.cpio.gz "$LINUX_ARGS" 'tsc_mode = "native"
maxmem = 160'

ready_now() { [ "$(xenstore-read "/local/domain/$1/control/feature-poweroff" 2>/dev/null)" = 1 ]; }
# poll_until DEADLINE_CS COMMAND...: no sleep between tries.
poll_until() {
  local deadline=$1; shift
  while ! "$@"; do [ "$(now_cs)" -ge "$deadline" ] && return 1; done
  return 0
}

# In the create rounds readiness is stamped by a watch rather than found by polling: a poll must
# first learn the domid with `xl domid`, which under TCG takes longer (about 0.4 s) than
# test-vm's whole start-up, so polling could not tell a faster start-up from a slower one; and
# a loop of xenstore-read calls competes with xenstored and the guest for dom0's CPUs. One
# xenstore-watch on /local/domain, registered before `xl create` starts, stamps each event for a
# .../control/feature-poweroff whose value is then "1" (the stamp is taken as the event comes in,
# before that read). If the watch cannot be set up (its first event not seen within 10 s), the
# round falls back to polling.
READY_EVENTS=/tmp/bench-ready-events
start_ready_watch() {
  : > "$READY_EVENTS"
  ( xenstore-watch /local/domain 2>/dev/null & echo $! > "$READY_EVENTS.pid"; wait ) |
    while read -r p; do
      case "$p" in
        /local/domain) echo watching >> "$READY_EVENTS" ;;
        */control/feature-poweroff)
          t=$(now_cs)
          [ "$(xenstore-read "$p" 2>/dev/null)" = 1 ] && echo "$t $p" >> "$READY_EVENTS" ;;
      esac
    done &
  READY_WATCH=$!
  poll_until $(($(now_cs) + 1000)) grep -q '^watching' "$READY_EVENTS" || { stop_ready_watch; return 1; }
}
stop_ready_watch() { kill "$(cat "$READY_EVENTS.pid" 2>/dev/null)" 2>/dev/null; wait "$READY_WATCH" 2>/dev/null; }
ready_stamp() { awk -v p="/local/domain/$1/control/feature-poweroff" '$2 == p {print $1; exit}' "$READY_EVENTS"; }
ready_stamped() { [ -n "$(ready_stamp "$1")" ] && return 0; sleep 0.05; return 1; }

measure() {  # GUEST CFG ROUND
  local guest="$1" cfg="$2" round="$3" name="bench-$1-$3" t0 t1 t2 t3 t4 d watching=0
  start_ready_watch && watching=1
  t0=$(now_cs)
  if ! xl_create "$cfg" "$name" >/dev/null; then echo "@@bench-error $guest $round xl create failed"; stop_ready_watch; return; fi
  t1=$(now_cs)
  d=$(domid_of "$name")
  if [ $watching = 1 ]; then
    if ! poll_until $((t0 + 12000)) ready_stamped "$d"; then echo "@@bench-error $guest $round not ready in 120 s"; stop_ready_watch; cleanup_domain "$name"; return; fi
    t2=$(ready_stamp "$d")
    stop_ready_watch
  else
    echo "@@bench-note $guest $round no watch: readiness polled"
    if ! poll_until $((t0 + 12000)) ready_now "$d"; then echo "@@bench-error $guest $round not ready in 120 s"; cleanup_domain "$name"; return; fi
    t2=$(now_cs)
  fi
  sleep 2   # let the guest settle (Linux's init is still starting) before the shutdown request
  t3=$(now_cs)
  xenstore-write "/local/domain/$d/control/shutdown" poweroff
  if ! poll_until $((t3 + 12000)) domain_gone "$name"; then echo "@@bench-error $guest $round not gone in 120 s"; cleanup_domain "$name"; return; fi
  t4=$(now_cs)
  echo "@@bench $guest $round $((t1 - t0)) $((t2 - t0)) $((t4 - t3)) $((t2 - t1))"
}

console_has_resumed() { grep -qF "resumed in a new domain" "/var/log/xen/console/guest-$1.log" 2>/dev/null; }
measure_save() {  # GUEST CFG ROUND
  local guest="$1" cfg="$2" round="$3" name="bsave-$1-$3" image="/var/lib/xen/bsave-$1-$3.save"
  local t0 t1 t2 t3 size d
  if ! xl_create "$cfg" "$name" >/dev/null; then echo "@@bench-error $guest $round save: xl create failed"; return; fi
  d=$(domid_of "$name")
  if ! poll_until $(($(now_cs) + 12000)) ready_now "$d"; then echo "@@bench-error $guest $round save: not ready in 120 s"; cleanup_domain "$name"; return; fi
  sleep 2
  t0=$(now_cs)
  if ! xl_ save "$name" "$image" >/dev/null 2>&1; then echo "@@bench-error $guest $round xl save failed"; rm -f "$image"; cleanup_domain "$name"; return; fi
  t1=$(now_cs)
  size=$(stat -c %s "$image")
  t2=$(now_cs)
  if ! xl_ restore "$image" >/dev/null 2>&1; then echo "@@bench-error $guest $round xl restore failed"; rm -f "$image"; cleanup_domain "$name"; return; fi
  t3=$(now_cs)
  rm -f "$image"
  resumed_then_gone "$guest" "$round" "$name" "$t2" console_has_resumed restore || return
  echo "@@bench-save $guest $round $((t1 - t0)) $size $((t3 - t2)) $RESUMED $GONE"
}

# After a restore or a migration that started at START (centiseconds): how long until the guest
# logged its resume (test-vm only; Linux prints no such line, -1), then how long a poweroff
# request takes to make it gone. Sets RESUMED and GONE; on failure cleans up and returns 1.
resumed_then_gone() {  # GUEST ROUND NAME START RESUME_CHECK WHAT
  local guest="$1" round="$2" name="$3" start="$4" check="$5" what="$6" d t
  RESUMED=-1
  if [ "${guest#linux}" = "$guest" ]; then
    if poll_until $((start + 12000)) "$check" "$name"; then RESUMED=$(($(now_cs) - start))
    else echo "@@bench-error $guest $round no resume line in 120 s after the $what"; fi
  fi
  sleep 1
  d=$(domid_of "$name")
  t=$(now_cs)
  xenstore-write "/local/domain/$d/control/shutdown" poweroff
  if ! poll_until $((t + 12000)) domain_gone "$name"; then echo "@@bench-error $guest $round $what guest not gone in 120 s"; cleanup_domain "$name"; return 1; fi
  GONE=$(($(now_cs) - t))
}

# The migrated domain's console may be logged under its temporary name NAME--incoming.
console_has_resumed_any() { console_has_resumed "$1" || console_has_resumed "$1--incoming"; }
measure_migrate() {  # GUEST CFG ROUND
  local guest="$1" cfg="$2" round="$3" name="bmig-$1-$3" t0 t1 d
  if ! xl_create "$cfg" "$name" >/dev/null; then echo "@@bench-error $guest $round migrate: xl create failed"; return; fi
  d=$(domid_of "$name")
  if ! poll_until $(($(now_cs) + 12000)) ready_now "$d"; then echo "@@bench-error $guest $round migrate: not ready in 120 s"; cleanup_domain "$name"; return; fi
  sleep 2
  t0=$(now_cs)
  if ! timeout -s KILL 300 xl migrate -s "" "$name" "xl migrate-receive" > /tmp/bench-migrate.out 2>&1; then
    echo "@@bench-error $guest $round xl migrate failed; its output:"
    grep -v '^\s*$' /tmp/bench-migrate.out | cut -c1-200 | sed "s/^/@@bench-error $guest $round   /"
    echo "@@bench-error $guest $round   console: $(tail -c 600 "/var/log/xen/console/guest-$name.log" | tr '\r\n' '  ')"
    echo "@@bench-error $guest $round   incoming console: $(tail -c 300 "/var/log/xen/console/guest-$name--incoming.log" 2>/dev/null | tr '\r\n' '  ')"
    echo "@@bench-error $guest $round   xl list: $(xl_ list | tr '\n' ' ')"
    cleanup_domain "$name"; return
  fi
  t1=$(now_cs)
  resumed_then_gone "$guest" "$round" "$name" "$t0" console_has_resumed_any migration || return
  echo "@@bench-migrate $guest $round $((t1 - t0)) $RESUMED $GONE"
}

mem_of() { xl list "$1" 2>/dev/null | awk 'NR == 2 {print $3}'; }
mem_at_most() { local m; m=$(mem_of "$1"); [ -n "$m" ] && [ "$m" -le "$2" ]; }
mem_at_least() { local m; m=$(mem_of "$1"); [ -n "$m" ] && [ "$m" -ge "$2" ]; }
measure_balloon() {  # GUEST CFG ROUND
  local guest="$1" cfg="$2" round="$3" name="bench-balloon-$1-$3" t0 t1 t2 d
  if ! xl_create "$cfg" "$name" >/dev/null; then echo "@@bench-error $guest $round balloon: xl create failed"; return; fi
  d=$(domid_of "$name")
  if ! poll_until $(($(now_cs) + 12000)) ready_now "$d"; then echo "@@bench-error $guest $round balloon: not ready in 120 s"; cleanup_domain "$name"; return; fi
  sleep 2
  t0=$(now_cs)
  xl mem-set "$name" 112m
  if ! poll_until $((t0 + 6000)) mem_at_most "$name" 112; then echo "@@bench-error $guest $round balloon: Mem $(mem_of "$name") after 60 s, not 112"; cleanup_domain "$name"; return; fi
  t1=$(now_cs)
  xl mem-set "$name" 128m
  if ! poll_until $((t1 + 6000)) mem_at_least "$name" 128; then echo "@@bench-error $guest $round balloon: Mem $(mem_of "$name") after 60 s, not 128"; cleanup_domain "$name"; return; fi
  t2=$(now_cs)
  echo "@@bench-balloon $guest $round $((t1 - t0)) $((t2 - t1))"
  cleanup_domain "$name"
}

echo "@@rig step benchmark rounds: ${BENCH_ROUNDS:=5}"
if [ "$(cat /rig/boot-mode 2>/dev/null)" = migrate ]; then
  r=1
  while [ $r -le $BENCH_ROUNDS ]; do
    [ -f /rig/test-vm.xen ] && measure_migrate test-vm /tmp/bench-test-vm.cfg $r
    [ -f /rig/test-vm.xen ] && measure_migrate test-vm-128 /tmp/bench-test-vm-128.cfg $r
    measure_migrate linux /tmp/bench-linux.cfg $r
    r=$((r + 1))
  done
  echo "@@rig done 0 0"
  exit 0
fi
# Rounds alternate between the guests so that a load change on the host (other builds) lands
# on both columns alike.
# PVH guests migrate on this boot's Xen (4.17.7: HAP log-dirty), so their migrations are here.
r=1
while [ $r -le $BENCH_ROUNDS ]; do
  # test-vm and its baseline take turns at going first, so neither is always the one created
  # right after the Linux guests of the previous round were destroyed.
  if [ $((r % 2)) = 1 ]; then pair="test-vm test-vm-before"; else pair="test-vm-before test-vm"; fi
  for g in $pair; do [ -f "/rig/$g.xen" ] && measure "$g" "/tmp/bench-$g.cfg" $r; done
  for g in $pair; do [ -f "/rig/$g.xen" ] && measure "$g-pvh" "/tmp/bench-$g-pvh.cfg" $r; done
  measure linux /tmp/bench-linux.cfg $r
  measure linux-pvh /tmp/bench-linux-pvh.cfg $r
  if [ "${BENCH_ONLY:-}" = start ]; then r=$((r + 1)); continue; fi
  [ -f /rig/test-vm.xen ] && measure_save test-vm /tmp/bench-test-vm.cfg $r
  [ -f /rig/test-vm.xen ] && measure_save test-vm-128 /tmp/bench-test-vm-128.cfg $r
  [ -f /rig/test-vm.xen ] && measure_save test-vm-pvh /tmp/bench-test-vm-pvh.cfg $r
  [ -f /rig/test-vm.xen ] && measure_save test-vm-pvh-128 /tmp/bench-test-vm-pvh-128.cfg $r
  measure_save linux /tmp/bench-linux.cfg $r
  measure_save linux-pvh /tmp/bench-linux-pvh.cfg $r
  [ -f /rig/test-vm.xen ] && measure_balloon test-vm /tmp/bench-balloon-test-vm.cfg $r
  [ -f /rig/test-vm.xen ] && measure_balloon test-vm-pvh /tmp/bench-balloon-test-vm-pvh.cfg $r
  measure_balloon linux /tmp/bench-balloon-linux.cfg $r
  measure_balloon linux-pvh /tmp/bench-balloon-linux-pvh.cfg $r
  [ -f /rig/test-vm.xen ] && measure_migrate test-vm-pvh /tmp/bench-test-vm-pvh.cfg $r
  [ -f /rig/test-vm.xen ] && measure_migrate test-vm-pvh-128 /tmp/bench-test-vm-pvh-128.cfg $r
  measure_migrate linux-pvh /tmp/bench-linux-pvh.cfg $r
  r=$((r + 1))
done
echo "@@rig done 0 0"
