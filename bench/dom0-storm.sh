#!/bin/sh
# bench/dom0-storm.sh — boot storms inside the rig's dom0 (started by bench/storm; issue 15).
#
# For each N in STORM_NS (in order), test-vm.xen as a PV guest of STORM_VM_MIB (default 4) MiB:
# N `xl create`s started at once (lib.sh storm_run), time until all N are ready
# (control/feature-poweroff = 1), then one control/shutdown poweroff to each (one xenstore-write)
# and the time until none is left; Xen's free memory before and with all N up (xl info
# free_memory), dom0's MemAvailable, xenstored's and xenconsoled's CPU time over the storm.
# Printed as
#   @@storm GUEST N ready_cs gone_cs created ready free_before_mib free_ready_mib mem_mib \
#           dom0_avail_before_kib dom0_avail_ready_kib xenstored_cs xenconsoled_cs elapsed_cs
# (-1: did not happen). The first N that does not complete (not all created, ready or gone, or a
# daemon died) prints `@@storm-stop GUEST N why` with what the rig saw (xl dmesg, dom0's dmesg, the
# last xl errors) as @@storm-detail lines, and ends that guest's series; so does running past the
# STORM_BUDGET_S (seconds) a guest's series may take. Then the same for Debian's Linux PV guest:
# first its smallest memory (the first of STORM_LINUX_TRY_MIB that boots to ready within 180 s),
# then STORM_LINUX_NS at that memory; and test-vm as PVH for each N of STORM_PVH_NS. Figures only:
# nothing passes or fails.
. /rig/lib.sh
. /rig/storm.env

mkcfg() {  # FILE KERNEL MEMORY_MIB [RAMDISK EXTRA [TYPE]]
  {
    echo "type = \"${6:-pv}\""; echo "kernel = \"$2\""; echo "memory = $3"; echo 'vcpus = 1'
    [ -n "$4" ] && echo "ramdisk = \"$4\"" && echo "extra = \"$5\""
    echo 'on_poweroff = "destroy"'; echo 'on_reboot = "restart"'; echo 'on_crash = "preserve"'
  } > "$1"
}
LINUX_ARGS="console=hvc0 quiet rdinit=/sbin/init"
mkcfg /tmp/storm-test-vm.cfg /rig/test-vm.xen "${STORM_VM_MIB:-4}"
mkcfg /tmp/storm-test-vm-pvh.cfg /rig/test-vm.xen "${STORM_VM_MIB:-4}" "" "" pvh

info_line() {
  echo "@@storm-info $(xl_ info 2>/dev/null | awk '/^(xen_version|total_memory|free_memory|nr_cpus) / {printf "%s=%s ", $1, $3}')dom0 MemAvailable $(dom0_avail_kib) KiB; ulimit -n $(ulimit -n)"
}
evidence() {  # GUEST N
  echo "@@storm-detail $1 $2 xl dmesg (last 8): $(xl_ dmesg 2>/dev/null | tail -n 8 | tr '\n' '|' | cut -c1-900)"
  echo "@@storm-detail $1 $2 dom0 dmesg (last 6): $(dmesg 2>/dev/null | tail -n 6 | tr '\n' '|' | cut -c1-700)"
  echo "@@storm-detail $1 $2 xl create errors: $(cat $STORM_DIR/*.out 2>/dev/null | grep -v '^\s*$' | sort | uniq -c | sort -rn | head -n 5 | tr '\n' '|' | cut -c1-700)"
  echo "@@storm-detail $1 $2 xenstored $(daemon_alive /var/run/xenstored.pid && echo alive || echo DEAD), xenconsoled $(daemon_alive /var/run/xenconsoled.pid && echo alive || echo DEAD), free_memory $(xl_free_mib) MiB, dom0 MemAvailable $(dom0_avail_kib) KiB, xl processes $(ps 2>/dev/null | grep -c '[x]l ')"
  echo "@@storm-detail $1 $2 xenconsoled fds $(ls /proc/$(cat /var/run/xenconsoled.pid)/fd 2>/dev/null | wc -l), xenstored fds $(ls /proc/$(cat /var/run/xenstored.pid)/fd 2>/dev/null | wc -l), domains listed $(xl_ list 2>/dev/null | tail -n +2 | wc -l)"
}

series() {  # GUEST CFG LIMIT_S NS…
  local guest="$1" cfg="$2" limit="$3" n t0 started
  shift 3
  started=$(now_cs)
  for n in "$@"; do
    if [ $(( ($(now_cs) - started) / 100 )) -ge "${STORM_BUDGET_S:-1500}" ]; then
      echo "@@storm-stop $guest $n not started: the series' time budget (STORM_BUDGET_S=${STORM_BUDGET_S:-1500} s) is used up"; return
    fi
    echo "@@rig step storm $guest N=$n"
    t0=$(now_cs)
    storm_run "storm-$guest" "$n" "$cfg" "$limit"; ok=$?
    echo "@@storm $guest $n $STORM_READY_CS $STORM_GONE_CS $STORM_CREATED $STORM_READY $STORM_FREE_BEFORE $STORM_FREE_READY ${STORM_MEM:--} $STORM_DOM0_BEFORE $STORM_DOM0_READY $STORM_XS_TICKS $STORM_XC_TICKS $(( $(now_cs) - t0 ))"
    if [ $ok != 0 ]; then
      echo "@@storm-stop $guest $n $STORM_WHY"
      evidence "$guest" "$n"
      storm_cleanup "storm-$guest"; wait_until 60 storm_none_left "storm-$guest"
      return
    fi
    sleep 2
  done
}
linux_try_settled() { domain_ready linux-try || domain_gone linux-try || case "$(domain_state linux-try)" in *c*|*s*) true;; *) false;; esac; }
storm_none_left() { [ "$(storm_count_listed "$1")" = 0 ]; }

info_line
if [ -f /rig/test-vm.xen ] && [ -n "$STORM_NS" ]; then
  # shellcheck disable=SC2086
  series test-vm /tmp/storm-test-vm.cfg "${STORM_LIMIT_S:-900}" $STORM_NS
  info_line
fi
if [ -f /rig/test-vm.xen ] && [ -n "$STORM_PVH_NS" ]; then
  # shellcheck disable=SC2086
  series test-vm-pvh /tmp/storm-test-vm-pvh.cfg "${STORM_LIMIT_S:-900}" $STORM_PVH_NS
fi
if [ -n "$STORM_LINUX_NS" ]; then
  mib=""
  for m in $STORM_LINUX_TRY_MIB; do
    mkcfg /tmp/storm-linux-try.cfg /rig/vmlinux "$m" /rig/guest.cpio.gz "$LINUX_ARGS"
    if xl_create /tmp/storm-linux-try.cfg linux-try >/dev/null && wait_until 180 linux_try_settled && domain_ready linux-try; then
      echo "@@storm-linux-floor $m boots to ready"; mib=$m
    else
      echo "@@storm-linux-floor $m does not reach ready (state '$(domain_state linux-try)'): $(tail -c 300 /var/log/xen/console/guest-linux-try.log 2>/dev/null | tr '\r\n' '  ')"
    fi
    cleanup_domain linux-try; rm -f /var/log/xen/console/guest-linux-try.log
    [ -n "$mib" ] && break
  done
  if [ -n "$mib" ]; then
    mkcfg /tmp/storm-linux.cfg /rig/vmlinux "$mib" /rig/guest.cpio.gz "$LINUX_ARGS"
    # shellcheck disable=SC2086
    series linux /tmp/storm-linux.cfg "${STORM_LIMIT_S:-900}" $STORM_LINUX_NS
    info_line
  fi
fi
echo "@@rig done 0 0"
