#!/bin/sh
# test/xen/scenarios.sh — the real-Xen scenarios for test-vm.xen, run inside dom0 by the rig.
#
# Each scenario creates its own domain (named after the scenario, so its console log
# /var/log/xen/console/guest-<name>.log holds only its own story), drives it with the real xl and
# xenstore-write/-chmod, and asserts on `xl list` / domids (the shutdown reason shows through the
# on_* settings: poweroff → destroy (gone), reboot → restart (new domid), crash → preserve (state
# c)), on xenstore values (readiness, acks) and on the guest console (docs/design.md, "Console
# lines"). Behaviour expected: docs/usage.md (the behaviour specification) and suspend (issue 5: xl save /
# restore, save -c, suspend requests through control/shutdown and control/testing). Each scenario
# runs in one guest mode, PV or PVH (issue 9; section 10: the verdict is named pv/NAME or pvh/NAME),
# and nearly all run in both. PV live migration to localhost (issue 10) runs in a boot of its own
# (/rig/boot-mode = migrate) on a hypervisor with shadow paging, which PV log-dirty needs (section
# 8; test/xen/setup, docs/rig.md); PVH live migration runs in the main boot (HAP log-dirty).
# It does not test the Node simulation (test/kernel does) nor XenServer's xenopsd.
. /rig/lib.sh

# One config per mode, the same but for `type`: MODE (pv or pvh, set by in_mode below for each
# scenario) picks one. The guest prints its mode in the banner (" PV, domid" / " PVH, domid").
for mode in pv pvh; do
  cat > /tmp/test-vm-$mode.cfg <<CFG
type = "$mode"
kernel = "/rig/test-vm.xen"
memory = 16
vcpus = 1
on_poweroff = "destroy"
on_reboot = "restart"
on_crash = "preserve"
CFG
done
MODE=pv
banner_mode() { [ "$MODE" = pvh ] && echo PVH || echo PV; }

READY_S=30      # create → ready; the kernel is tiny, but TCG is slow
ACT_S=20        # command → domain gone / crashed / restarted

# DOMID: the scenario's current domain id (each scenario runs in its own subshell). Asking xl
# costs a process and libxl start-up (0.2–0.5 s under TCG), so it is asked once per domain.
DOMID=
ctl() { echo "/local/domain/$DOMID/control"; }
# start NAME [key=value …]: create the domain, wait for readiness and the console banner.
start() {
  local name="$1"; shift
  xl_create /tmp/test-vm-$MODE.cfg "$name" "$@" || return 1
  # `xl domid` right after a successful create has failed once (pv/shutdown-suspend, no output
  # kept): keep what it says where the xl-crash retry looks, say so, and ask once more.
  if ! DOMID=$(xl_ domid "$name" 2>/tmp/xl-domid-err); then
    echo "@@rig note xl domid $name failed after xl create ($(head -c 200 /tmp/xl-domid-err | tr '\n' ' ')); asking again"
    { echo "xl domid:"; cat /tmp/xl-domid-err; } >> /tmp/xl-out-"$name"
    DOMID=$(domid_of "$name") || { echo "@@rig detail no domid for $name after xl create"; return 1; }
  fi
  expect_within $READY_S "control/feature-poweroff = 1 (ready)" xs_is "$(ctl "$name")/feature-poweroff" 1 || return 1
  expect_console "$name" "xen-test-vm " 5 || return 1
  check "the banner says $(banner_mode): \"$(console_since "$name" | grep -m1 -F 'xen-test-vm ')\"" \
    console_has "$name" " $(banner_mode), domid " || return 1
  expect_console "$name" "ready" 5
}
# Make control/testing a node the guest may write (spec 5: dom0-created nodes under xl's
# read-only control/ are not): create it empty, then owner dom0 with read/write for the guest.
testing_writable() {
  xs_write "$(ctl "$1")/testing" "" || return 1
  check "xenstore-chmod control/testing" timeout 20 xenstore-chmod "$(ctl "$1")/testing" n0 "b$DOMID"
}
testing() { check "xenstore-write control/testing $2" xs_write "$(ctl "$1")/testing" "$2"; }
shutdown_key() { check "xenstore-write control/shutdown $2" xs_write "$(ctl "$1")/shutdown" "$2"; }
expect_acked() {  # NAME KEY: the guest wrote "" to control/KEY
  expect_within 10 "control/$2 acknowledged (\"\")" xs_is "$(ctl "$1")/$2" ""
}
xs_not() { [ "$(xs_read "$1")" != "$2" ]; }
domain_shut_or_gone() { domain_gone "$1" && return 0; case "$(domain_state "$1")" in *s*) return 0;; esac; return 1; }
expect_gone() { expect_within $ACT_S "domain $1 gone" domain_gone "$1"; }
# Suspended = shut down (state s) with Xen's shutdown reason SHUTDOWN_suspend (sched.h: 2), which
# `xl list -v` prints in hex in its Reason-code column (8th; "-" while running). Nobody resumes
# such a domain here.
shutdown_reason_of() { xl_ list -v "$1" 2>/dev/null | awk 'NR==2 {print $8}'; }
SHUTDOWN_REASON_SUSPEND=2
domain_shut_with() {  # NAME CODE: shut down (state s) with Xen's shutdown reason CODE
  case "$(domain_state "$1")" in *s*) ;; *) return 1;; esac
  [ "$(shutdown_reason_of "$1")" = "$2" ]
}
domain_suspended() { domain_shut_with "$1" $SHUTDOWN_REASON_SUSPEND; }
expect_suspended() {
  expect_within $ACT_S "domain $1 suspended (state s, Reason-code $SHUTDOWN_REASON_SUSPEND)" domain_suspended "$1" && return 0
  echo "@@rig detail xl list -v: $(xl_ list -v "$1" 2>&1 | tail -n 1)"
  return 1
}
# The guest's side of a suspend it was asked for, then the domain left suspended, then xl destroy.
expect_suspend_then_destroy() {  # NAME
  expect_console "$1" "action: suspend" || return 1
  expect_console "$1" "suspending" || return 1
  expect_suspended "$1" || return 1
  check "no resume logged (nobody restored it)" console_lacks "$1" "resumed in a new domain" || return 1
  check "xl destroy returns 0" xl_for "$1" destroy "$1" || return 1
  expect_within 10 "domain gone after xl destroy" domain_gone "$1"
}
# After xl restore: the new domain is ready and the guest says it resumed (COUNT times so far).
expect_restored() {  # NAME COUNT
  expect_within $((ACT_S + READY_S)) "console shows \"resumed in a new domain\" $2 time(s)" \
    console_count_at_least "$1" "resumed in a new domain" "$2" || return 1
  DOMID=$(domid_of "$1") || { echo "@@rig detail no domid for $1 after xl restore"; return 1; }
  expect_within $READY_S "control/feature-poweroff = 1 in the restored domain $DOMID" xs_is "$(ctl "$1")/feature-poweroff" 1
}
expect_crashed() { expect_within $ACT_S "domain $1 crashed (state c, preserved)" domain_crashed "$1"; }
expect_rebooted() {  # NAME OLD_DOMID
  expect_within $((ACT_S + READY_S)) "a new domid, ready again" domain_new_and_ready "$1" "$2" || return 1
  DOMID=$(domid_of "$1")
  expect_within 10 "a second banner on the console" console_count_at_least "$1" "xen-test-vm " 2
}
# Alive and well: same domid, not shut down, and the liveness tick keeps coming.
expect_alive() {  # NAME DOMID
  local ticks
  check "same domid $2" [ "$(domid_of "$1")" = "$2" ] || return 1
  case "$(domain_state "$1")" in *s*|*c*) echo "@@rig detail domain state $(domain_state "$1")"; return 1;; esac
  ticks=$(console_count "$1" " tick ")
  expect_within 5 "the tick line still advancing" console_count_at_least "$1" " tick " $((ticks + 1))
}

# --- 1. boot ----------------------------------------------------------------------------------
s_boot() {
  local d; start "$1" || return 1; d=$DOMID
  check "banner names domid $d" console_has "$1" "domid $d" || return 1
  check "feature-reboot = 1" xs_is "$(ctl "$1")/feature-reboot" 1 || return 1
  check "feature-suspend = 1" xs_is "$(ctl "$1")/feature-suspend" 1 || return 1
  expect_console "$1" "domain $d tick " 5
}
s_boot_4mib() { start "$1" memory=4; }   # PV's floor
# PVH's floor: the smallest `memory` (whole MiB, as xl takes it) at which a PVH test-vm reaches
# ready. One size below is tried first and what happens is printed as a note (on 4.17.7: xl
# cannot build a 0 MiB domain); then the guest boots at the floor, says so in its banner, ticks,
# and obeys `xl shutdown -w`. 1 MiB is the least xl can express that builds, so the floor is the
# toolstack's; a kernel that needed more would fail here. (Were the size below ever to boot, the
# note says so, and PVH_FLOOR_MIB, which names the scenario, should come down.)
PVH_FLOOR_MIB=1
s_boot_pvh_floor() {
  local below=$((PVH_FLOOR_MIB - 1)) out status what
  out=$(xl_ create /tmp/test-vm-pvh.cfg "name=\"$1-below\"" memory=$below 2>&1); status=$?
  if [ $status != 0 ]; then
    what="xl create fails (status $status: $(echo "$out" | grep -m1 'error' | cut -c1-120))"
  elif wait_until 15 domain_ready "$1-below"; then
    what="boots and is ready: the floor is lower than PVH_FLOOR_MIB"
  else
    what="created, not ready within 15 s (state $(domain_state "$1-below"))"
  fi
  cleanup_domain "$1-below"
  echo "@@rig note pvh/boot-${PVH_FLOOR_MIB}mib: memory = $below: $what"
  start "$1" memory=$PVH_FLOOR_MIB || return 1
  check "the banner says memory $PVH_FLOOR_MIB MiB" console_has "$1" "memory $PVH_FLOOR_MIB MiB" || return 1
  expect_console "$1" "domain $DOMID tick " 5 || return 1
  echo "@@rig note smallest PVH memory: $PVH_FLOOR_MIB MiB (PV's: 4 MiB, pv/boot-4mib)"
  check "xl shutdown -w returns 0" xl_for "$1" shutdown -w "$1" || return 1
  expect_gone "$1"
}

# --- 2. the toolstack's own requests ------------------------------------------------------------
s_xl_shutdown() {
  start "$1" || return 1
  check "xl shutdown -w returns 0" xl_for "$1" shutdown -w "$1" || return 1
  check "domain gone" domain_gone "$1" || return 1
  expect_console "$1" "action: poweroff"
}
s_xl_reboot() {
  local d; start "$1" || return 1; d=$DOMID
  check "xl reboot returns 0" xl_for "$1" reboot "$1" || return 1
  expect_rebooted "$1" "$d" || return 1
  expect_console "$1" "action: reboot"
}
s_shutdown_halt() {
  start "$1" || return 1
  shutdown_key "$1" halt || return 1
  expect_gone "$1" || return 1
  expect_console "$1" 'control/shutdown = "halt"' && expect_console "$1" "action: halt"
}
s_shutdown_crash() {
  start "$1" || return 1
  shutdown_key "$1" crash || return 1
  expect_crashed "$1" || return 1
  check "control/shutdown acknowledged" xs_is "$(ctl "$1")/shutdown" "" || return 1
  expect_console "$1" "action: crash"
}
s_shutdown_unknown() {
  local d; start "$1" || return 1; d=$DOMID
  shutdown_key "$1" frobnicate || return 1
  expect_acked "$1" shutdown || return 1
  expect_console "$1" "unknown shutdown request" || return 1
  expect_alive "$1" "$d" || return 1
  check "then xl shutdown -w returns 0" xl_for "$1" shutdown -w "$1" || return 1
  expect_gone "$1"
}
s_destroy() {
  start "$1" || return 1
  check "xl destroy returns 0" xl_for "$1" destroy "$1" || return 1
  expect_within 10 "domain gone" domain_gone "$1" || return 1
  check "no action logged" console_lacks "$1" "action: "
}

# --- 3. control/testing, text protocol -----------------------------------------------------------
s_now_poweroff() { start "$1" && testing_writable "$1" && testing "$1" now:poweroff && expect_gone "$1" \
  && expect_console "$1" 'control/testing = "now:poweroff"' && expect_console "$1" "action: poweroff"; }
s_now_halt() { start "$1" && testing_writable "$1" && testing "$1" now:halt && expect_gone "$1" \
  && expect_console "$1" "action: halt"; }
s_now_reboot() {
  local d; start "$1" || return 1; d=$DOMID
  testing_writable "$1" && testing "$1" now:reboot && expect_rebooted "$1" "$d" && expect_console "$1" "action: reboot"
}
s_now_crash() {
  start "$1" && testing_writable "$1" && testing "$1" now:crash && expect_crashed "$1" || return 1
  check "control/testing acknowledged before the crash" xs_is "$(ctl "$1")/testing" "" || return 1
  check "no ack failure logged" console_lacks "$1" "ack failed" || return 1
  expect_console "$1" "action: crash"
}
s_next_reboot() {
  local d; start "$1" || return 1; d=$DOMID
  testing_writable "$1" && testing "$1" next:reboot && expect_acked "$1" testing || return 1
  expect_console "$1" "override set: reboot" || return 1
  expect_console "$1" "override reboot is active" 5 || return 1
  check "xl shutdown returns 0" xl_for "$1" shutdown "$1" || return 1
  expect_rebooted "$1" "$d" && expect_console "$1" "action: reboot"
}
s_next_ignore() {
  local d; start "$1" || return 1; d=$DOMID
  testing_writable "$1" && testing "$1" next:ignore && expect_acked "$1" testing || return 1
  expect_console "$1" "override set: ignore" || return 1
  check "xl shutdown returns 0" xl_for "$1" shutdown "$1" || return 1
  expect_console "$1" "action: ignore" || return 1
  expect_alive "$1" "$d" || return 1
  check "a second xl shutdown -w returns 0" xl_for "$1" shutdown -w "$1" || return 1
  expect_gone "$1" && expect_console "$1" "action: poweroff"
}
s_next_replaced() {  # a later next: replaces an earlier one; the override ignores the word itself
  start "$1" && testing_writable "$1" || return 1
  testing "$1" next:reboot && expect_acked "$1" testing || return 1
  testing "$1" next:crash && expect_acked "$1" testing || return 1
  expect_console "$1" "override set: crash" || return 1
  shutdown_key "$1" frobnicate && expect_crashed "$1" || return 1
  check "control/shutdown acknowledged" xs_is "$(ctl "$1")/shutdown" "" || return 1
  expect_console "$1" "action: crash"
}

# --- 4. control/testing, JSON protocol -----------------------------------------------------------
# json_ack NAME ACK EXPECT: override "ignore" with this ack; after a control/shutdown request the
# key must hold EXPECT ("<missing>" = removed); then the domain must still obey a poweroff.
json_ack() {
  local name="$1" ack="$2" expect="$3" d key
  start "$name" || return 1; d=$DOMID; key="$(ctl "$name")/shutdown"
  testing_writable "$name" && testing "$name" "{\"when\":\"onshutdown\",\"ack\":\"$ack\",\"action\":\"ignore\"}" \
    && expect_acked "$name" testing || return 1
  expect_console "$name" "override set: ignore" || return 1
  shutdown_key "$name" poweroff && expect_console "$name" "action: ignore" || return 1
  sleep 1
  if [ "$expect" = "<missing>" ]; then
    check "control/shutdown removed (ack delete)" xs_missing "$key" || return 1
  else
    check "control/shutdown = \"$expect\" (ack $ack); it is \"$(xs_read "$key")\"" xs_is "$key" "$expect" || return 1
  fi
  expect_alive "$name" "$d" || return 1
  shutdown_key "$name" poweroff && expect_gone "$name"
}
s_json_ack_ok() { json_ack "$1" ok ""; }
s_json_ack_none() { json_ack "$1" none poweroff; }
s_json_ack_delete() { json_ack "$1" delete "<missing>"; }
s_json_ack_custom() { json_ack "$1" "custom ack 42" "custom ack 42"; }
s_json_onshutdown_reboot() {
  local d; start "$1" || return 1; d=$DOMID
  testing_writable "$1" && testing "$1" '{ "action" : "reboot", "extra": "ignored", "ack":"ok" ,
 "when": "onshutdown" }' && expect_acked "$1" testing || return 1
  expect_console "$1" "override set: reboot" || return 1
  check "xl shutdown returns 0" xl_for "$1" shutdown "$1" || return 1
  expect_rebooted "$1" "$d" && expect_console "$1" "action: reboot"
}
s_json_now_crash() {
  start "$1" && testing_writable "$1" && testing "$1" '{"when":"now","ack":"none","action":"\u0063rash"}' \
    && expect_crashed "$1" && expect_console "$1" "action: crash"
}

# --- 5. junk never wedges the guest -------------------------------------------------------------
s_junk() {
  local d name="$1" value bogus=0 junk_len path
  start "$name" || return 1; d=$DOMID
  testing_writable "$name" || return 1
  for value in dance now:dance next: 'now:' '{"when":' '{"when":"now","action":"poweroff"}' \
      '{"when":"now","ack":"ok","action":1}' '{"when":"later","ack":"ok","action":"reboot"}' \
      '[1,2,3]' '{"when":"now","ack":"ok","action":"crash"} trailing'; do
    testing "$name" "$value" && expect_acked "$name" testing || return 1
    bogus=$((bogus + 1))
    expect_within 10 "bogus command #$bogus logged for '$value'" console_count_at_least "$name" "bogus command: " $bogus || return 1
  done
  # Random bytes (no NUL: xenstore values are counted, but argv is not) as long as xenstored
  # takes: its 4096-byte payload holds the path, a NUL and the value.
  path="$(ctl "$name")/testing"
  junk_len=$((4096 - ${#path} - 1))
  head -c 20000 /dev/urandom | tr -d '\000' | head -c $junk_len > /tmp/junk
  check "xenstore-write of $junk_len random bytes" xs_write "$path" "$(cat /tmp/junk)" || return 1
  expect_acked "$name" testing || return 1
  expect_within 10 "the random bytes logged as bogus" console_count_at_least "$name" "bogus command: " $((bogus + 1)) || return 1
  check "shutdown junk too: $((junk_len - 2)) random bytes to control/shutdown" \
    xs_write "$(ctl "$name")/shutdown" "$(head -c $((junk_len - 2)) /tmp/junk)" || return 1
  expect_acked "$name" shutdown || return 1
  expect_console "$name" "unknown shutdown request" || return 1
  expect_alive "$name" "$d" || return 1
  testing "$name" now:poweroff && expect_gone "$name"
}

# --- 6. control/testing under xl's read-only control/ (spec 5) -----------------------------------
s_testing_readonly() {
  start "$1" || return 1
  testing "$1" now:crash && expect_crashed "$1" || return 1
  expect_console "$1" "ack failed: " || return 1
  check "the ack failure names EACCES" console_has "$1" "EACCES" || return 1
  check "control/testing still holds the command" xs_is "$(ctl "$1")/testing" "now:crash" || return 1
  expect_console "$1" "action: crash"
}
s_testing_writable() {
  start "$1" && testing_writable "$1" && testing "$1" now:crash && expect_crashed "$1" || return 1
  check "acknowledged" xs_is "$(ctl "$1")/testing" "" || return 1
  check "no ack failure logged" console_lacks "$1" "ack failed"
}

# --- 7. suspend (issue 5): xl save/restore, save -c, suspend requests ---------------------------------
# Saved images go to /var/lib/xen (dom0's tmpfs, i.e. RAM): each is deleted right after its restore.
s_save_restore() {
  start "$1" || return 1
  check "xl save returns 0" xl_for "$1" save "$1" /var/lib/xen/"$1".save || return 1
  check "domain gone after save" domain_gone "$1" || return 1
  expect_console "$1" "suspending" || return 1
  check "xl restore returns 0" xl_for "$1" restore /var/lib/xen/"$1".save || return 1
  rm -f /var/lib/xen/"$1".save
  expect_console "$1" "resumed in a new domain" 20 || return 1
  check "xl shutdown -w after restore returns 0" xl_for "$1" shutdown -w "$1" || return 1
  expect_gone "$1"
}
s_save_checkpoint() {
  local d; start "$1" || return 1; d=$DOMID
  check "xl save -c returns 0" xl_for "$1" save -c "$1" /var/lib/xen/"$1".save || return 1
  rm -f /var/lib/xen/"$1".save
  expect_console "$1" "suspend cancelled" 20 || return 1
  expect_alive "$1" "$d" || return 1
  check "xl shutdown -w returns 0" xl_for "$1" shutdown -w "$1" || return 1
  # xl's monitor child exits when it sees the domain suspend ("Domain has suspended"), so after
  # save -c nobody applies on_poweroff: the domain stays shut down (state s) until destroyed.
  expect_within $ACT_S "domain shut down (gone, or state s)" domain_shut_or_gone "$1" || return 1
  expect_console "$1" "action: poweroff"
}
# SAVE_CYCLES save/restore cycles in a row on one VM (ten in the rig; SOAK_SAVES in the soak); after
# each restore the guest must obey a control/testing command (`cancel`: the status counts it and
# says "nothing was pending"), then it still obeys a control/testing poweroff and never trapped.
SAVE_CYCLES=10
s_save_restore_cycles() {
  local name="$1" image="/var/lib/xen/$1.save" i=1 old t0 f=/tmp/soak-saves-$1
  : > $f
  start "$name" || return 1
  while [ $i -le $SAVE_CYCLES ]; do
    old=$DOMID
    t0=$(now_cs)
    check "cycle $i: xl save returns 0" xl_for "$1" save "$name" "$image" || return 1
    check "cycle $i: domain gone after save" domain_gone "$name" || return 1
    expect_within 10 "cycle $i: console shows \"suspending\" $i time(s)" console_count_at_least "$name" "suspending" $i || return 1
    check "cycle $i: xl restore returns 0" xl_for "$1" restore "$image" || { rm -f "$image"; return 1; }
    rm -f "$image"
    expect_restored "$name" $i || return 1
    echo $(( $(now_cs) - t0 )) >> $f
    check "cycle $i: a new domid ($old → $DOMID)" [ "$DOMID" != "$old" ] || return 1
    testing_writable "$name" && testing "$name" cancel && expect_acked "$name" testing || return 1
    expect_within 10 "cycle $i: the restored guest counted the command: status holds \"commands\":$i and \"nothing was pending\"" \
      status_holds_all "\"commands\":$i," '"result":"nothing was pending"' "\"resumes\":$i," ||
      { echo "@@rig detail status is: $(head -c 400 $STATUS_FILE)"; return 1; }
    i=$((i + 1))
  done
  check "exactly $SAVE_CYCLES resumes logged" [ "$(console_count "$name" "resumed in a new domain")" = $SAVE_CYCLES ] || return 1
  soak_figure "$MODE save + restore → ready (s)" $f
  expect_alive "$name" "$DOMID" || return 1
  soak_end "$name"
}
# After a restore the guest's re-registered watches work: next:reboot + xl shutdown reboots it.
s_save_restore_obeys() {
  local name="$1" image="/var/lib/xen/$1.save" d
  start "$name" || return 1
  check "xl save returns 0" xl_for "$1" save "$name" "$image" || return 1
  check "xl restore returns 0" xl_for "$1" restore "$image" || { rm -f "$image"; return 1; }
  rm -f "$image"
  expect_restored "$name" 1 || return 1; d=$DOMID
  testing_writable "$name" && testing "$name" next:reboot && expect_acked "$name" testing || return 1
  expect_console "$name" "override set: reboot" || return 1
  check "xl shutdown returns 0" xl_for "$1" shutdown "$name" || return 1
  expect_rebooted "$name" "$d" || return 1
  expect_console "$name" "action: reboot" || return 1
  check "xl shutdown -w after the reboot returns 0" xl_for "$1" shutdown -w "$name" || return 1
  expect_gone "$name" && expect_console "$name" "action: poweroff"
}
# Suspend requests without a save in progress: the guest acks and suspends; nobody saves or
# resumes it, so it stays shut down with reason suspend until destroyed.
s_next_suspend() {
  start "$1" && testing_writable "$1" && testing "$1" next:suspend && expect_acked "$1" testing || return 1
  expect_console "$1" "override set: suspend" || return 1
  check "xl shutdown returns 0" xl_for "$1" shutdown "$1" || return 1
  expect_suspend_then_destroy "$1"
}
s_now_suspend() {
  start "$1" && testing_writable "$1" && testing "$1" '{"when":"now","ack":"ok","action":"suspend"}' || return 1
  expect_acked "$1" testing || return 1
  expect_suspend_then_destroy "$1"
}
s_shutdown_suspend() {  # what libxl writes for a save, without the save
  start "$1" || return 1
  shutdown_key "$1" suspend || return 1
  expect_within 10 "control/shutdown acknowledged (no longer \"suspend\")" xs_not "$(ctl "$1")/shutdown" suspend || return 1
  expect_console "$1" 'control/shutdown = "suspend"' || return 1
  expect_suspend_then_destroy "$1"
}
# --- 8. live migration to localhost (issue 10; only in the migration boot) -------------------------
# `xl migrate -s "" DOM "xl migrate-receive"`: with an empty ssh command xl runs the "host"
# argument itself as the receiver's command line (through /bin/sh), so the receiver runs here in
# dom0, no ssh. During the migration the new domain is "NAME--incoming" and the old one
# "NAME--migratedaway"; on success the new one is renamed NAME and the old one destroyed.
# The guest console of the incoming domain: xenconsoled names a log after the domain's name when
# it first connects, so the new domain's lines may land in guest-NAME--incoming.log; console_all
# reads both, the migrated-to log after the original.
console_all() {
  { console_since "$1"
    [ -f "$(console_log "$1--incoming")" ] && tr -d '\r' < "$(console_log "$1--incoming")"
  } 2>/dev/null
}
console_all_count() { console_all "$1" | grep -cF -- "$2"; }
console_all_count_at_least() { [ "$(console_all_count "$1" "$2")" -ge "$3" ]; }
console_all_has() { console_all "$1" | grep -qF -- "$2"; }
# The tick count of the last "domain N tick N" line, and the N of its domain.
last_tick() { console_all "$1" | sed -n 's/.*domain [0-9]* tick \([0-9]*\).*/\1/p' | tail -n 1; }
last_tick_domain() { console_all "$1" | sed -n 's/.*domain \([0-9]*\) tick [0-9]*.*/\1/p' | tail -n 1; }
tick_beyond() { local t; t=$(last_tick "$1"); [ -n "$t" ] && [ "$t" -gt "$2" ]; }
# The first tick count printed after the Nth "resumed in a new domain" line.
first_tick_after_resume() {  # NAME N
  console_all "$1" | awk -v n="$2" '/resumed in a new domain/ {r++; next}
    r == n && match($0, /domain [0-9]+ tick [0-9]+/) { split(substr($0, RSTART, RLENGTH), w, " "); print w[4]; exit }'
}
has_first_tick_after_resume() { [ -n "$(first_tick_after_resume "$1" "$2")" ]; }
# The last tick count printed before the Nth "suspending" line.
last_tick_before_suspend() {  # NAME N
  console_all "$1" | awk -v n="$2" '/suspending/ {s++; if (s == n) { print t; exit } }
    match($0, /domain [0-9]+ tick [0-9]+/) { split(substr($0, RSTART, RLENGTH), w, " "); t = w[4] }'
}
counts_carry_on() { [ -n "$1" ] && [ -n "$2" ] && [ "$2" -gt "$1" ]; }
MIGRATE_S=240   # one xl migrate of a 16 MiB test-vm: PV about 2 s quiet, PVH 4.5 s quiet, 25 s loaded
migrate_cmd() {  # NAME: migrate NAME to localhost; its output kept (xl_for) and in /tmp/migrate-out
  local out status
  out=$(timeout -s KILL $MIGRATE_S xl migrate -s "" "$1" "xl migrate-receive" 2>&1); status=$?
  echo "$out" > /tmp/migrate-out
  echo "$out" >> /tmp/xl-out-"$1"
  [ $status != 0 ] && echo "xl migrate exited with status $status" >> /tmp/xl-out-"$1"
  return $status
}
migrate_fails() { ! migrate_cmd "$1"; }
# xl's own words, for a reader (the spoiling scenarios record them): each line a note.
note_xl_output() {  # LABEL FILE
  grep -v '^\s*$' "$2" | cut -c1-200 | while IFS= read -r line; do echo "@@rig note $1: $line"; done
}
# One migration that must succeed: xl returns 0, the domain has a new domid and is ready, the
# guest logged one more "suspending" and "resumed in a new domain", and its tick count carries on
# (the first tick after the resume continues from the last one before the suspend). Prints the
# time xl migrate took. Sets DOMID to the new domain.
migrate_ok() {  # NAME I
  local name="$1" i="$2" old=$DOMID t0 t1 before after
  t0=$(now_cs)
  check "migration $i: xl migrate returns 0" migrate_cmd "$name" || { note_xl_output "migration $i" /tmp/migrate-out; return 1; }
  t1=$(now_cs)
  check "migration $i: the old domain $old is gone" [ -z "$(xl_ list 2>/dev/null | awk -v d="$old" '$2 == d')" ] || return 1
  DOMID=$(domid_of "$name") || { echo "@@rig detail migration $i: no domain named $name afterwards"; return 1; }
  check "migration $i: a new domid ($old → $DOMID)" [ "$DOMID" != "$old" ] || return 1
  expect_within $READY_S "migration $i: control/feature-poweroff = 1 in domain $DOMID" xs_is "$(ctl "$name")/feature-poweroff" 1 || return 1
  expect_within 10 "migration $i: console shows \"resumed in a new domain\" $i time(s)" \
    console_all_count_at_least "$name" "resumed in a new domain" "$i" || return 1
  check "migration $i: console shows \"suspending\" $i time(s)" console_all_count_at_least "$name" "suspending" "$i" || return 1
  expect_within 10 "migration $i: a tick line after the resume" has_first_tick_after_resume "$name" "$i" || return 1
  before=$(last_tick_before_suspend "$name" "$i"); after=$(first_tick_after_resume "$name" "$i")
  check "migration $i: the tick count carries on (last before the suspend '$before', first after the resume '$after')" \
    counts_carry_on "$before" "$after" || return 1
  check "migration $i: the tick lines name the new domain $DOMID" [ "$(last_tick_domain "$name")" = "$DOMID" ] || return 1
  echo "@@rig note migration $i: $(cs_to_s $((t1 - t0))) s, domid $old → $DOMID, ticks $before → $after"
  echo $((t1 - t0)) >> /tmp/migrate-times-"$name"
  [ "$i" = 1 ] && echo "@@rig note console logs now: $(ls "$CONSOLE_DIR" | grep -F -- "$name" | tr '\n' ' ')"
  return 0
}

# COUNT migrations in a row (PV: ten, in the migration boot; PVH: three, on 4.17.7), the tick
# count carrying on through each; then an override set after the migrations fires on the next
# request (next:reboot + xl shutdown → rebooted), and the VM obeys xl shutdown -w.
s_migrate_ten() { migrate_many "$1" 10; }
s_migrate_three() { migrate_many "$1" 3; }
migrate_many() {  # NAME COUNT
  local name="$1" MIGRATIONS="$2" i=1 d
  rm -f /tmp/migrate-times-"$name"
  start "$name" || return 1
  expect_within 10 "a first tick" tick_beyond "$name" 0 || return 1
  while [ $i -le $MIGRATIONS ]; do
    migrate_ok "$name" $i || return 1
    i=$((i + 1))
  done
  check "exactly $MIGRATIONS resumes logged" [ "$(console_all_count "$name" "resumed in a new domain")" = $MIGRATIONS ] || return 1
  check "no suspend cancelled or failed" [ "$(console_all_count "$name" "suspend cancelled")$(console_all_count "$name" "suspend failed")" = 00 ] || return 1
  soak_figure "$MODE xl migrate (s)" /tmp/migrate-times-"$name"
  check "no 'trap:' on the console" [ "$(console_all_count "$name" "trap:")" = 0 ] || return 1
  d=$DOMID
  testing_writable "$name" && testing "$name" next:reboot && expect_acked "$name" testing || return 1
  expect_within 10 "console shows \"override set: reboot\"" console_all_has "$name" "override set: reboot" || return 1
  check "xl shutdown returns 0" xl_for "$name" shutdown "$name" || return 1
  expect_within $((ACT_S + READY_S)) "rebooted: a new domid, ready" domain_new_and_ready "$name" "$d" || return 1
  DOMID=$(domid_of "$name")
  expect_within 10 "console shows \"action: reboot\"" console_all_has "$name" "action: reboot" || return 1
  check "xl shutdown -w after the reboot returns 0" xl_for "$name" shutdown -w "$name" || return 1
  expect_gone "$name" || return 1
  expect_within 10 "console shows \"action: poweroff\"" console_all_has "$name" "action: poweroff"
}

# An override that survives: next:suspend set before the migration is the one override that lets
# it finish, because it takes the migration's own suspend request (and is used up by it). After
# the migration no override is active: xl shutdown -w powers the VM off.
s_migrate_next_suspend() {
  local name="$1"
  start "$name" && testing_writable "$name" && testing "$name" next:suspend && expect_acked "$name" testing || return 1
  expect_console "$name" "override suspend is active" 5 || return 1
  migrate_ok "$name" 1 || return 1
  check "the override took the request (\"action: suspend\")" console_all_has "$name" "action: suspend" || return 1
  sleep 2
  check "no override active after the resume" [ "$(console_all | sed -n '/resumed in a new domain/,$p' | grep -c 'override suspend is active')" = 0 ] || return 1
  check "xl shutdown -w returns 0" xl_for "$name" shutdown -w "$name" || return 1
  expect_gone "$name"
}

# xl save -c (checkpoint: the guest suspends, xl saves, the guest carries on in the same domain)
# and then a live migration.
s_migrate_after_checkpoint() {
  local name="$1" d
  start "$name" || return 1; d=$DOMID
  check "xl save -c returns 0" xl_for "$name" save -c "$name" /var/lib/xen/"$name".save || return 1
  rm -f /var/lib/xen/"$name".save
  expect_console "$name" "suspend cancelled" 20 || return 1
  expect_alive "$name" "$d" || return 1
  # The checkpoint's suspend counts as the first "suspending"; the migration's is the second.
  migrate_ok_after_checkpoint "$name" || return 1
  check "xl shutdown -w returns 0" xl_for "$name" shutdown -w "$name" || return 1
  expect_within $ACT_S "domain shut down (gone, or state s)" domain_shut_or_gone "$name" || return 1
  expect_within 10 "console shows \"action: poweroff\"" console_all_has "$name" "action: poweroff" || return 1
  domain_gone "$name" || echo "@@rig note $MODE/migrate-after-checkpoint: after the poweroff the domain is left in state $(domain_state "$name") (nobody applied on_poweroff)"
}
migrate_ok_after_checkpoint() {
  local name="$1" old=$DOMID t0 t1
  t0=$(now_cs)
  check "xl migrate returns 0" migrate_cmd "$name" || { note_xl_output "migrate after save -c" /tmp/migrate-out; return 1; }
  t1=$(now_cs)
  DOMID=$(domid_of "$name") || { echo "@@rig detail no domain named $name after the migration"; return 1; }
  check "a new domid ($old → $DOMID)" [ "$DOMID" != "$old" ] || return 1
  expect_within $READY_S "ready in domain $DOMID" xs_is "$(ctl "$name")/feature-poweroff" 1 || return 1
  expect_within 10 "console shows \"resumed in a new domain\"" console_all_has "$name" "resumed in a new domain" || return 1
  check "two suspends logged (checkpoint, migration)" console_all_count_at_least "$name" "suspending" 2 || return 1
  echo "@@rig note $MODE/migrate-after-checkpoint: $(cs_to_s $((t1 - t0))) s, domid $old → $DOMID"
}

# The two ways a guest spoils a migration. Each records what xl says and does, then checks that
# wherever the VM is left running it still obeys. xl's exit status is recorded, not required.
where_is() {  # NAME: one line: the domains whose names start with NAME, with domid and state
  xl_ list 2>/dev/null | awk -v n="$1" 'index($1, n) == 1 {printf "%s(domid %s, state %s) ", $1, $2, $5}'
}
spoil_report() {  # LABEL STATUS SECONDS NAME
  echo "@@rig note $1: xl migrate exit status $2 after $3 s"
  note_xl_output "$1: xl" /tmp/migrate-out
  echo "@@rig note $1: afterwards: $(where_is "$4")"
}
# next:reboot pending when the migration starts: the override takes the migration's suspend
# request, so the guest acknowledges it and reboots instead of suspending.
s_migrate_spoil_reboot() {
  local name="$1" d t0 t1 status=0
  start "$name" && testing_writable "$name" && testing "$name" next:reboot && expect_acked "$name" testing || return 1
  expect_console "$name" "override reboot is active" 5 || return 1
  d=$DOMID
  t0=$(now_cs); migrate_cmd "$name" || status=$?; t1=$(now_cs)
  spoil_report $MODE/migrate-spoil-reboot $status "$(cs_to_s $((t1 - t0)))" "$name"
  check "xl migrate fails (the guest did not suspend)" [ $status != 0 ] || return 1
  expect_console "$name" 'control/shutdown = "suspend"' || return 1
  expect_console "$name" "action: reboot" || return 1
  check "no \"suspending\"" console_lacks "$name" "suspending" || return 1
  # Let xl's monitor act on the reboot, then see where the VM is.
  expect_within $((ACT_S + READY_S)) "a domain named $name running and ready" domain_ready "$name" || return 1
  sleep 2
  echo "@@rig note $MODE/migrate-spoil-reboot: settled: $(where_is "$name")"
  check "no --incoming domain left behind" [ -z "$(xl_ list 2>/dev/null | awk -v n="$name--incoming" '$1 == n')" ] || return 1
  DOMID=$(domid_of "$name")
  [ "$DOMID" = "$d" ] && echo "@@rig note $MODE/migrate-spoil-reboot: same domid $d (xl resumed it)" \
    || echo "@@rig note $MODE/migrate-spoil-reboot: new domid $d → $DOMID (rebooted by on_reboot)"
  expect_alive "$name" "$DOMID" || return 1
  check "then xl shutdown -w returns 0" xl_for "$name" shutdown -w "$name" || return 1
  expect_gone "$name"
}
# next:ignore pending: the guest acknowledges the migration's suspend request and never suspends.
s_migrate_spoil_ignore() {
  local name="$1" d t0 t1 status=0
  start "$name" && testing_writable "$name" && testing "$name" next:ignore && expect_acked "$name" testing || return 1
  expect_console "$name" "override ignore is active" 5 || return 1
  d=$DOMID
  t0=$(now_cs); migrate_cmd "$name" || status=$?; t1=$(now_cs)
  spoil_report $MODE/migrate-spoil-ignore $status "$(cs_to_s $((t1 - t0)))" "$name"
  check "xl migrate fails (the guest did not suspend)" [ $status != 0 ] || return 1
  expect_console "$name" "action: ignore" || return 1
  check "no \"suspending\"" console_lacks "$name" "suspending" || return 1
  check "no --incoming domain left behind" [ -z "$(xl_ list 2>/dev/null | awk -v n="$name--incoming" '$1 == n')" ] || return 1
  expect_alive "$name" "$d" || return 1
  check "then xl shutdown -w returns 0" xl_for "$name" shutdown -w "$name" || return 1
  expect_gone "$name"
}

# On this boot's hypervisor (Debian's 4.17.7, no shadow paging) a PV live migration is refused
# before the guest is asked anything: xl reports that log-dirty mode failed with EOPNOTSUPP (95)
# and the VM carries on untouched in the same domain (the migration boot shows the other side).
s_logdirty_refused() {
  local d; start "$1" || return 1; d=$DOMID
  check "xl migrate fails" migrate_fails "$1" || return 1
  check "xl says \"Failed to enable logdirty: 95\"" grep -qF "Failed to enable logdirty: 95" /tmp/migrate-out || { note_xl_output $MODE/logdirty-refused /tmp/migrate-out; return 1; }
  check "no --incoming domain left behind" [ -z "$(xl_ list 2>/dev/null | awk -v n="$1--incoming" '$1 == n')" ] || return 1
  check "the guest was never asked to suspend" console_lacks "$1" "suspending" || return 1
  expect_alive "$1" "$d" || return 1
  check "then xl shutdown -w returns 0" xl_for "$1" shutdown -w "$1" || return 1
  expect_gone "$1"
}

# --- issue 12: what the VM publishes ---------------------------------------------------------------
# data/test-vm/status (one JSON object, always valid JSON; spec §9), the guest agent's keys,
# feature keys and data/cant_suspend_reason. dom0 has no JSON parser: every status value a scenario
# reads goes to the host whole (json_marker, lib.sh) with the fields it must hold, and test/xen/rig
# parses it with node and checks them; here the status is only waited for, by a plain substring of
# its text ("commands":N after the Nth command), so that the value handed on is the one after the
# event. A status that fails on the host fails the scenario in the final count.
data_of() { echo "/local/domain/$DOMID/data"; }
STATUS_FILE=/tmp/test-vm-status
status_holds() {  # TEXT: read the status into $STATUS_FILE; does it contain TEXT?
  timeout -s KILL 20 xenstore-read -R "$(data_of)/test-vm/status" > $STATUS_FILE 2>/dev/null &&
    grep -qF -- "$1" $STATUS_FILE
}
# status_json NAME LABEL TEXT EXPECT: wait for a status holding TEXT, then hand it to the host
# with EXPECT (field=value|field=value…; test/xen/rig says what a value may be).
status_json() {
  : > $STATUS_FILE
  expect_within 10 "data/test-vm/status holds '$3' ($2)" status_holds "$3" ||
    { echo "@@rig detail status is: $(head -c 400 $STATUS_FILE)"; return 1; }
  json_marker "$MODE/${1#"$MODE"-}" "$2" "$4" $STATUS_FILE
}
# After the Nth command: its console line, then the status counting it.
command_status() {  # NAME N CONSOLE LABEL EXPECT
  expect_console "$1" "$3" || return 1
  status_json "$1" "$4" "\"commands\":$2," "commands=$2|$5"
}
xs_fails() { ! timeout -s KILL 20 xenstore-read "$1" >/dev/null 2>&1; }
obeys_shutdown() {
  check "xl shutdown -w returns 0" xl_for "$1" shutdown -w "$1" || return 1
  expect_gone "$1" && expect_console "$1" "action: poweroff"
}

s_status_boot() {
  start "$1" || return 1
  check "data/test-vm/status exists" xs_exists "$(data_of)/test-vm/status" || return 1
  status_json "$1" boot '"state":"running"' \
    "mode=$MODE|state=running|override=null|timer=null|response=null|agent=false|resumes=0|commands=0|last=null|result=null"
}

# Bytes no shell quoting survives: quotes, backslashes, control bytes, DEL, Latin-1 (no NUL, no
# newline at the end: argv and $(…) would lose them).
BOGUS_BYTES='say "hi" \\ back\\slash\001\002\t\n\r\033[31m\177\200\302\251\377 {"x":"\\u0000"}|'
s_status_transitions() {
  local name="$1" n=0 i b b64
  start "$name" && testing_writable "$name" || return 1
  testing "$name" next:crash && command_status "$name" 1 "override set: crash" next-crash \
    "state=running|override=crash|timer=null|last=next:crash|result=override set: crash" || return 1
  testing "$name" after:30:reboot && command_status "$name" 2 "timer set: reboot in 30 s" after-30-reboot \
    "override=crash|timer=reboot in 30|last=after:30:reboot|result=timer set: reboot" || return 1
  testing "$name" cancel && command_status "$name" 3 "timer cancelled: reboot" cancel \
    "override=null|timer=null|last=cancel|result=cancelled" || return 1
  # A bogus command, once short (shown whole, every byte escaped) and once 10 times as long (the
  # status shows its first 200 bytes and "...").
  printf "$BOGUS_BYTES" > /tmp/bogus-short
  i=0; while [ $i -lt 10 ]; do printf "$BOGUS_BYTES"; i=$((i + 1)); done > /tmp/bogus-long
  n=3
  for b in short long; do
    n=$((n + 1))
    b64=$(base64 -w 0 < /tmp/bogus-$b)
    check "xenstore-write of the $b bogus command ($(wc -c < /tmp/bogus-$b) bytes)" \
      xs_write "$(ctl "$name")/testing" "$(cat /tmp/bogus-$b)" || return 1
    expect_within 10 "bogus command #$((n - 3)) logged" console_count_at_least "$name" "bogus command: " $((n - 3)) || return 1
    status_json "$name" bogus-$b "\"commands\":$n," "commands=$n|state=running|last=@bytes:$b64|result^=bogus command: " || return 1
  done
  check "xl save returns 0" xl_for "$name" save "$name" /var/lib/xen/"$name".save || return 1
  check "xl restore returns 0" xl_for "$name" restore /var/lib/xen/"$name".save || { rm -f /var/lib/xen/"$name".save; return 1; }
  rm -f /var/lib/xen/"$name".save
  expect_restored "$name" 1 || return 1
  status_json "$name" restored '"resumes":1,' "state=running|resumes=1|commands=5|override=null|timer=null" || return 1
  obeys_shutdown "$name"
}

is_version() { echo "$1" | grep -qE '^[0-9]+\.[0-9]+\.[0-9]+$'; }
AGENT_KEYS="attr/PVAddons/MajorVersion attr/PVAddons/MinorVersion attr/PVAddons/MicroVersion
  attr/PVAddons/BuildVersion attr/PVAddons/Installed data/os_name data/os_uname data/os_distro
  data/meminfo_total data/meminfo_free data/updated"
s_agent() {
  local name="$1" home version mib total free key memory_ok=0
  start "$name" && testing_writable "$name" || return 1
  home="/local/domain/$DOMID"
  version=$(console_since "$name" | sed -n 's/.*xen-test-vm \([0-9][0-9.]*\) PVH\{0,1\}, domid.*/\1/p' | head -n 1)
  check "the banner gives a version X.Y.Z ('$version')" is_version "$version" || return 1
  testing "$name" agent:on && command_status "$name" 1 "agent: on" agent-on "agent=true|last=agent:on|result=agent: on" || return 1
  check "MajorVersion = ${version%%.*}" xs_is "$home/attr/PVAddons/MajorVersion" "${version%%.*}" || return 1
  check "MinorVersion = $(echo "$version" | cut -d. -f2)" xs_is "$home/attr/PVAddons/MinorVersion" "$(echo "$version" | cut -d. -f2)" || return 1
  check "MicroVersion = ${version##*.}" xs_is "$home/attr/PVAddons/MicroVersion" "${version##*.}" || return 1
  check "BuildVersion = 0" xs_is "$home/attr/PVAddons/BuildVersion" 0 || return 1
  check "Installed = 1" xs_is "$home/attr/PVAddons/Installed" 1 || return 1
  check "data/os_name = xen-test-vm $version" xs_is "$home/data/os_name" "xen-test-vm $version" || return 1
  check "data/os_uname = $version" xs_is "$home/data/os_uname" "$version" || return 1
  check "data/os_distro = xen-test-vm" xs_is "$home/data/os_distro" xen-test-vm || return 1
  check "data/updated = 1" xs_is "$home/data/updated" 1 || return 1
  mib=$(xl_ list "$name" | awk 'NR == 2 {print $3}')
  total=$(xs_read "$home/data/meminfo_total"); free=$(xs_read "$home/data/meminfo_free")
  echo "@@rig note $MODE/agent: xl list Mem $mib MiB, memory/target $(xs_read "$home/memory/target") KiB, memory/static-max $(xs_read "$home/memory/static-max") KiB; meminfo_total $total KiB, meminfo_free $free KiB"
  # A wrong figure fails the scenario, but agent:off is still tried, so one run shows both.
  # meminfo_total is what Xen says the domain holds; xl list shows that in whole MiB, rounded
  # down (a PVH domain holds a few pages more than its RAM: the builder's special pages).
  check "meminfo_total ($total KiB) is in xl list's Mem ($mib MiB)" \
    [ "$total" -ge $((mib * 1024)) -a "$total" -lt $(((mib + 1) * 1024)) ] || memory_ok=1
  check "0 < meminfo_free ($free) < meminfo_total ($total)" [ "$free" -gt 0 -a "$free" -lt "$total" ] || memory_ok=1
  testing "$name" agent:off && command_status "$name" 2 "agent: off" agent-off "agent=false|last=agent:off|result=agent: off" || return 1
  for key in $AGENT_KEYS attr/PVAddons; do
    check "$key removed (xenstore-read fails)" xs_fails "$home/$key" || return 1
  done
  check "no write or remove failed" console_lacks "$name" "agent: cannot" || return 1
  obeys_shutdown "$name" || return 1
  return $memory_ok
}

s_features() {
  local name="$1"
  start "$name" && testing_writable "$name" || return 1
  testing "$name" feature:suspend:off && command_status "$name" 1 "feature-suspend: 0" suspend-off \
    "last=feature:suspend:off|result=feature-suspend: 0" || return 1
  check "control/feature-suspend = 0" xs_is "$(ctl "$name")/feature-suspend" 0 || return 1
  testing "$name" feature:suspend:on && command_status "$name" 2 "feature-suspend: 1" suspend-on \
    "last=feature:suspend:on|result=feature-suspend: 1" || return 1
  check "control/feature-suspend = 1" xs_is "$(ctl "$name")/feature-suspend" 1 || return 1
  # xl's control/ is read-only to the guest but for the keys libxl pre-created (spec 5).
  testing "$name" feature:balloon:on && command_status "$name" 3 "feature-balloon: cannot write: EACCES" balloon-on \
    "last=feature:balloon:on|result=feature-balloon: cannot write: EACCES" || return 1
  check "control/feature-balloon not created" xs_fails "$(ctl "$name")/feature-balloon" || return 1
  obeys_shutdown "$name"
}

s_cant_suspend() {
  local name="$1" key
  start "$name" && testing_writable "$name" || return 1
  key="$(data_of)/cant_suspend_reason"
  testing "$name" "cant-suspend:busy testing" && command_status "$name" 1 "cant-suspend: set" set \
    "last=cant-suspend:busy testing|result=cant-suspend: set" || return 1
  check "data/cant_suspend_reason = \"busy testing\"" xs_is "$key" "busy testing" || return 1
  testing "$name" cant-suspend: && command_status "$name" 2 "cant-suspend: removed" removed \
    "last=cant-suspend:|result=cant-suspend: removed" || return 1
  check "data/cant_suspend_reason removed (xenstore-read fails)" xs_fails "$key" || return 1
  obeys_shutdown "$name"
}

# --- 9. misbehaviours (issue 11): timed actions, delayed responses, hang, spin, watchdog, soft
# reset, xl sysrq, the suspend event channel, commands on the kernel command line ----------------
# The console lines are the contract's (spec 8). Timings are measured from a now_cs stamp taken
# just before the command (so the guest saw it later, never earlier) and printed as notes.
since_s() { cs_to_s $(( $(now_cs) - $1 )); }
# holds_until T0 SECONDS DESCRIPTION COMMAND...: COMMAND holds at every poll from now until SECONDS
# after T0 (a now_cs stamp); it fails at the first poll that ends before then and finds it false.
# (A poll that ends later says nothing about the time before: under TCG one `xl domid` can take a
# second.)
holds_until() {
  local t0="$1" secs="$2" what="$3"; shift 3
  while :; do
    if ! "$@"; then
      [ $(( $(now_cs) - t0 )) -gt $((secs * 100)) ] && return 0
      echo "@@rig detail failed $(since_s "$t0") s after the command (must hold for ${secs} s): $what"
      return 1
    fi
    [ $(( $(now_cs) - t0 )) -ge $((secs * 100)) ] && return 0
    sleep 0.2
  done
}
# expect_by T0 SECONDS DESCRIPTION COMMAND...: COMMAND holds by SECONDS after T0 (a now_cs stamp).
expect_by() {
  local t0="$1" secs="$2" what="$3" left; shift 3
  left=$(( (t0 + secs * 100 - $(now_cs) + 99) / 100 )); [ $left -lt 0 ] && left=0
  wait_until "$left" "$@" && return 0
  echo "@@rig detail failed within ${secs}s ($(since_s "$t0") s had passed): $what"
  return 1
}
# tell NAME VALUE: write control/testing and wait for the guest's ack, so that the next write
# cannot race the ack of this one.
tell() { testing "$1" "$2" && expect_acked "$1" testing; }
domain_present() { ! domain_gone "$1"; }
present_and_lacks() { console_lacks "$1" "$2" && domain_present "$1"; }  # NAME TEXT
in_domain_and_lacks() { console_lacks "$1" "$3" && [ "$(domid_of "$1")" = "$2" ]; }  # NAME DOMID TEXT
console_bytes() { local log; log=$(console_log "$1"); [ -f "$log" ] && wc -c < "$log" || echo 0; }  # the whole log's size
cpu_time_of() { xl_ list "$1" 2>/dev/null | awk 'NR==2 {print $6}'; }  # xl list's Time(s)
destroy_and_gone() {
  check "xl destroy returns 0" xl_for "$1" destroy "$1" || return 1
  expect_within 10 "domain gone after xl destroy" domain_gone "$1"
}

# after:N:X fires between N and N+1 s after it is set: not before N-1 s after the command, and
# "timer fired" within N+3 s of "timer set" showing on the console (the set itself came 0.3 s after
# the command on a quiet host, 3.1 s on a loaded one, where "fired" came 6.7 s after "set": the
# guest and xenconsoled both wait for a CPU); then xl's monitor destroys the domain (gone
# by N+3 s when quiet; bounded by ACT_S, since that part is the toolstack's speed, not the guest's).
AFTER_S=4
s_after_fires() {
  local t0 t_set set fired
  start "$1" && testing_writable "$1" || return 1
  t0=$(now_cs); tell "$1" after:$AFTER_S:poweroff || return 1
  expect_console "$1" "timer set: poweroff in $AFTER_S s" 5 || return 1
  t_set=$(now_cs); set=$(since_s "$t0")
  holds_until "$t0" $((AFTER_S - 1)) "still there, \"timer fired\" not logged" present_and_lacks "$1" "timer fired" || return 1
  check "the ticks say \"timer: poweroff in K s\"" console_has "$1" "timer: poweroff in " || return 1
  expect_by "$t_set" $((AFTER_S + 3)) "console shows \"timer fired: poweroff\" (counted from \"timer set\")" console_has "$1" "timer fired: poweroff" || return 1
  fired=$(since_s "$t0")
  expect_by "$t0" $((AFTER_S + 2 + ACT_S)) "domain $1 gone" domain_gone "$1" || return 1
  echo "@@rig note $MODE/after-fires: after:$AFTER_S:poweroff: seconds after the command: \"timer set\" seen at $set, \"timer fired\" at $fired, domain gone at $(since_s "$t0")"
  expect_console "$1" "action: poweroff"
}
# cancel drops a timed action and an override; with nothing pending it says so.
s_cancel() {
  local d t0
  start "$1" && testing_writable "$1" || return 1; d=$DOMID
  t0=$(now_cs); tell "$1" after:$AFTER_S:reboot && expect_console "$1" "timer set: reboot in $AFTER_S s" 5 || return 1
  tell "$1" cancel && expect_console "$1" "timer cancelled: reboot" || return 1
  holds_until "$t0" $((AFTER_S + 3)) "still in domain $d, no \"timer fired\"" in_domain_and_lacks "$1" "$d" "timer fired" || return 1
  expect_alive "$1" "$d" || return 1
  tell "$1" next:crash && expect_console "$1" "override set: crash" || return 1
  tell "$1" cancel && expect_console "$1" "override cancelled: crash" || return 1
  tell "$1" cancel && expect_console "$1" "cancel: nothing was pending" || return 1
  check "xl shutdown -w returns 0" xl_for "$1" shutdown -w "$1" || return 1
  expect_gone "$1" && expect_console "$1" "action: poweroff" || return 1
  check "no crash (the override was cancelled)" console_lacks "$1" "action: crash"
}
# ackDelay: the request stays unacknowledged for N s, so `xl shutdown -w` returns only after.
ACK_DELAY_S=5
s_ack_delay() {
  local t0 t1 pid rc=/tmp/$1.shutdown-rc
  start "$1" && testing_writable "$1" || return 1
  tell "$1" "{\"when\":\"onshutdown\",\"ack\":\"ok\",\"action\":\"poweroff\",\"ackDelay\":$ACK_DELAY_S}" || return 1
  expect_console "$1" "override set: poweroff" || return 1
  rm -f "$rc"; t0=$(now_cs)
  ( xl_for "$1" shutdown -w "$1" >/dev/null; echo $? > "$rc" ) &
  pid=$!
  expect_within 10 "control/shutdown = \"poweroff\" (xl's request)" xs_is "$(ctl "$1")/shutdown" poweroff || return 1
  holds_until "$t0" $((ACK_DELAY_S - 1)) "control/shutdown still \"poweroff\" (unacknowledged)" xs_is "$(ctl "$1")/shutdown" poweroff || return 1
  expect_console "$1" "acknowledging in $ACK_DELAY_S s" 2 || return 1
  wait $pid; t1=$(now_cs)   # xl_ is under timeout: this wait has a deadline
  echo "@@rig note $MODE/ack-delay: ackDelay $ACK_DELAY_S: xl shutdown -w returned after $(cs_to_s $((t1 - t0))) s"
  check "xl shutdown -w returns 0 (status $(cat "$rc" 2>/dev/null))" [ "$(cat "$rc" 2>/dev/null)" = 0 ] || return 1
  check "xl shutdown -w took at least $ACK_DELAY_S s" [ $((t1 - t0)) -ge $((ACK_DELAY_S * 100)) ] || return 1
  check "domain gone" domain_gone "$1" || return 1
  expect_console "$1" "action: poweroff"
}
# delay: acknowledged at once, still alive for N s, then the action.
DELAY_S=6
s_delay() {
  local t0
  start "$1" && testing_writable "$1" || return 1
  tell "$1" "{\"when\":\"onshutdown\",\"ack\":\"ok\",\"action\":\"poweroff\",\"delay\":$DELAY_S}" || return 1
  expect_console "$1" "override set: poweroff" || return 1
  t0=$(now_cs); check "xl shutdown returns 0" xl_for "$1" shutdown "$1" || return 1
  # "At once": well before the delay ends (an ack after the delay would come at 6 s or later).
  expect_within 4 "control/shutdown acknowledged at once (\"\")" xs_is "$(ctl "$1")/shutdown" "" || return 1
  expect_console "$1" "acting in $DELAY_S s" 4 || return 1
  holds_until "$t0" $((DELAY_S - 1)) "still there, no \"action: poweroff\" yet" present_and_lacks "$1" "action: poweroff" || return 1
  check "the ticks say \"response: poweroff in K s\"" console_has "$1" "response: poweroff in " || return 1
  expect_by "$t0" $((DELAY_S + ACT_S)) "domain $1 gone" domain_gone "$1" || return 1
  echo "@@rig note $MODE/delay: delay $DELAY_S: gone $(since_s "$t0") s after xl shutdown"
  expect_console "$1" "action: poweroff"
}
# hang: nothing more on the console, CPU time flat, requests never acknowledged; xl destroy works.
s_hang() {
  local t0 b0 b1 c0 c1
  start "$1" && testing_writable "$1" && testing "$1" now:hang || return 1
  expect_console "$1" "action: hang" || return 1
  sleep 1
  b0=$(console_bytes "$1"); c0=$(cpu_time_of "$1")
  t0=$(now_cs); shutdown_key "$1" poweroff || return 1
  holds_until "$t0" 5 "control/shutdown still \"poweroff\" (never acknowledged)" xs_is "$(ctl "$1")/shutdown" poweroff || return 1
  b1=$(console_bytes "$1"); c1=$(cpu_time_of "$1")
  echo "@@rig note $MODE/hang: xl list Time(s) $c0 → $c1 over $(since_s "$t0") s; console $b0 → $b1 bytes"
  check "no console output after \"action: hang\" ($b0 → $b1 bytes)" [ "$b0" = "$b1" ] || return 1
  # xl prints tenths: a difference of 0.1 shown may be 0.1000…01 in awk's floating point.
  check "CPU time flat within 0.1 s ($c0 → $c1)" awk -v a="$c0" -v b="$c1" 'BEGIN { exit !(a != "" && b - a < 0.15 && a - b < 0.15) }' || return 1
  destroy_and_gone "$1"
}
# spin: nothing more on the console, CPU time grows about 1 s per s (TCG: at least 0.5).
s_spin() {
  local t0 t1 b0 b1 c0 c1 rate
  start "$1" && testing_writable "$1" && testing "$1" now:spin || return 1
  expect_console "$1" "action: spin" || return 1
  sleep 1
  b0=$(console_bytes "$1"); c0=$(cpu_time_of "$1"); t0=$(now_cs)
  sleep 5
  b1=$(console_bytes "$1"); c1=$(cpu_time_of "$1"); t1=$(now_cs)
  rate=$(awk -v a="$c0" -v b="$c1" -v t=$((t1 - t0)) 'BEGIN { printf "%.2f", (b - a) * 100 / t }')
  echo "@@rig note $MODE/spin: xl list Time(s) $c0 → $c1 over $(cs_to_s $((t1 - t0))) s: $rate s of CPU per s"
  check "CPU time grows at least 0.5 s per s ($rate)" awk -v r="$rate" -v a="$c0" 'BEGIN { exit !(a != "" && r >= 0.5) }' || return 1
  check "no console output after \"action: spin\" ($b0 → $b1 bytes)" [ "$b0" = "$b1" ] || return 1
  destroy_and_gone "$1"
}
# watchdog / soft-reset: Xen shuts the domain down with reason 4 / 5; "preserve" keeps it listed.
SHUTDOWN_REASON_WATCHDOG=4
SHUTDOWN_REASON_SOFT_RESET=5
expect_shut_with() {  # NAME CODE WHAT
  local ok=0
  expect_within $ACT_S "domain $1 shut down with reason $3 (state s, Reason-code $2)" domain_shut_with "$1" "$2" || ok=1
  echo "@@rig note $MODE/$3: xl list -v: $(xl_ list -v "$1" 2>&1 | tail -n 1 | tr -s ' ')"
  return $ok
}
s_watchdog() {
  start "$1" 'on_watchdog="preserve"' && testing_writable "$1" && testing "$1" now:watchdog || return 1
  expect_console "$1" "watchdog armed: 1 s, never fed" || return 1
  expect_shut_with "$1" $SHUTDOWN_REASON_WATCHDOG watchdog
}
s_soft_reset() {
  start "$1" 'on_soft_reset="preserve"' && testing_writable "$1" && testing "$1" now:soft-reset || return 1
  expect_console "$1" "action: soft-reset" || return 1
  expect_shut_with "$1" $SHUTDOWN_REASON_SOFT_RESET soft-reset
}
# xl sysrq: always acknowledged; x is only logged, several keys at once are bogus, c crashes,
# b reboots, o powers off.
sysrq() { check "xl sysrq $1 $2 returns 0" xl_for "$1" sysrq "$1" "$2" && expect_console "$1" "sysrq: $2"; }
s_sysrq() {
  local d; start "$1" || return 1; d=$DOMID
  sysrq "$1" x && expect_console "$1" "sysrq: x (no action)" && expect_acked "$1" sysrq || return 1
  check "xenstore-write control/sysrq xy" xs_write "$(ctl "$1")/sysrq" xy || return 1
  expect_console "$1" "bogus command: control/sysrq must be one key" && expect_acked "$1" sysrq || return 1
  expect_alive "$1" "$d" || return 1
  sysrq "$1" c && expect_crashed "$1" && expect_console "$1" "action: crash"
}
s_sysrq_reboot() {
  local d; start "$1" || return 1; d=$DOMID
  sysrq "$1" b && expect_rebooted "$1" "$d" && expect_console "$1" "action: reboot"
}
s_sysrq_poweroff() { start "$1" && sysrq "$1" o && expect_gone "$1" && expect_console "$1" "action: poweroff"; }

# The suspend event channel: libxl notifies the offered port instead of writing
# control/shutdown = "suspend" (libxl_dom_suspend.c: "issuing PV suspend request via event
# channel", "PVH/HVM" for PVH; "... via XenBus control node" otherwise; "guest did not suspend,
# timed out" after 60 s).
evtchn_key() { echo "/local/domain/$DOMID/device/suspend/event-channel"; }
last_port_offered() { console_since "$1" | sed -n 's/.*suspend channel: port \([0-9]*\) offered.*/\1/p' | tail -n 1; }
# Withdrawn: "" (what test-vm writes: xl leaves device/ read-only to the guest, so a removed key
# could not be offered again) or removed.
evtchn_key_withdrawn() { local v; v=$(xs_read "$(evtchn_key)") || return 0; [ -z "$v" ]; }
# xl_vvv NAME ARGS...: `xl -vvv ARGS`, its (long) output in /tmp/NAME.xl-vvv, not on the console.
xl_vvv() {
  local name="$1" status; shift
  xl_ -vvv "$@" > /tmp/"$name".xl-vvv 2>&1; status=$?
  cat /tmp/"$name".xl-vvv >> /tmp/xl-out-"$name"
  [ $status != 0 ] && echo "xl $1 exited with status $status" >> /tmp/xl-out-"$name"
  return $status
}
xl_said() { grep -qF -- "$2" /tmp/"$1".xl-vvv; }  # NAME TEXT
note_xl_said() { echo "@@rig note $MODE/$2: xl -vvv: $(grep -m1 -F -- "$3" /tmp/"$1".xl-vvv | cut -c1-160)"; }  # NAME LABEL TEXT
offer_channel() {  # NAME MODE: the port offered and written to device/suspend/event-channel
  local p
  tell "$1" "suspend-channel:$2" && expect_console "$1" "suspend channel: port " || return 1
  p=$(last_port_offered "$1")
  check "a port number in \"suspend channel: port P offered\"" [ -n "$p" ] || return 1
  expect_within 5 "device/suspend/event-channel = $p" xs_is "$(evtchn_key)" "$p"
}
s_suspend_channel_on() {
  local name="$1" image=/var/lib/xen/$1.save
  start "$name" && testing_writable "$name" && offer_channel "$name" on || return 1
  check "xl -vvv save returns 0" xl_vvv "$name" save "$name" "$image" || { rm -f "$image"; return 1; }
  check "xl says it used the event channel" xl_said "$name" "suspend request via event channel" || return 1
  note_xl_said "$name" suspend-channel-on "suspend request via"
  check "domain gone after save" domain_gone "$name" || return 1
  expect_console "$name" "suspend channel: notified" && expect_console "$name" "suspending" || return 1
  check "control/shutdown was never \"suspend\"" console_lacks "$name" 'control/shutdown = "suspend"' || return 1
  check "xl restore returns 0" xl_for "$name" restore "$image" || { rm -f "$image"; return 1; }
  rm -f "$image"
  expect_restored "$name" 1 || return 1
  expect_within 10 "a fresh port offered after the resume" console_count_at_least "$name" "suspend channel: port " 2 || return 1
  expect_within 5 "device/suspend/event-channel = $(last_port_offered "$name") in domain $DOMID" xs_is "$(evtchn_key)" "$(last_port_offered "$name")" || return 1
  check "xl shutdown -w returns 0" xl_for "$name" shutdown -w "$name" || return 1
  expect_gone "$name"
}
s_suspend_channel_ignore() {
  local name="$1" d t0 status=0 took
  start "$name" && testing_writable "$name" && offer_channel "$name" ignore || return 1
  expect_console "$name" "(notifications ignored)" || return 1
  d=$DOMID
  t0=$(now_cs); xl_vvv "$name" save "$name" /var/lib/xen/"$name".save || status=$?; took=$(since_s "$t0")
  rm -f /var/lib/xen/"$name".save
  echo "@@rig note $MODE/suspend-channel-ignore: xl save exit status $status after $took s"
  check "xl save fails" [ $status != 0 ] || return 1
  check "xl save took at least libxl's 60 s ($took s)" [ $(( $(now_cs) - t0 )) -ge 6000 ] || return 1
  check "xl says it used the event channel" xl_said "$name" "suspend request via event channel" || return 1
  check "xl says \"guest did not suspend, timed out\"" xl_said "$name" "guest did not suspend, timed out" || return 1
  expect_console "$name" "suspend channel: notification ignored" || return 1
  check "no \"suspending\"" console_lacks "$name" "suspending" || return 1
  check "control/shutdown was never \"suspend\"" console_lacks "$name" 'control/shutdown = "suspend"' || return 1
  expect_alive "$name" "$d" || return 1
  check "then xl shutdown -w returns 0" xl_for "$name" shutdown -w "$name" || return 1
  expect_gone "$name"
}
s_suspend_channel_off() {
  local name="$1" image=/var/lib/xen/$1.save
  start "$name" && testing_writable "$name" && offer_channel "$name" on || return 1
  tell "$name" suspend-channel:off && expect_console "$name" "suspend channel: withdrawn" || return 1
  expect_within 5 "device/suspend/event-channel emptied (or removed)" evtchn_key_withdrawn || return 1
  check "xl -vvv save returns 0" xl_vvv "$name" save "$name" "$image" || { rm -f "$image"; return 1; }
  check "xl used control/shutdown" xl_said "$name" "suspend request via XenBus control node" || return 1
  expect_console "$name" 'control/shutdown = "suspend"' && expect_console "$name" "suspending" || return 1
  check "xl restore returns 0" xl_for "$name" restore "$image" || { rm -f "$image"; return 1; }
  rm -f "$image"
  expect_restored "$name" 1 || return 1
  check "no port offered again after the resume" [ "$(console_count "$name" "suspend channel: port ")" = 1 ] || return 1
  check "xl shutdown -w returns 0" xl_for "$name" shutdown -w "$name" || return 1
  expect_gone "$name"
}

# Commands on the kernel command line (xl `extra`), applied at every boot before "ready"; each word
# is logged quoted (contract-11's changes: `command line: "after:4:reboot"`).
s_cmdline_reboot_loop() {
  local d
  start "$1" 'extra="after:4:reboot"' || return 1; d=$DOMID
  check "console shows 'command line: \"after:4:reboot\"'" console_has "$1" 'command line: "after:4:reboot"' || return 1
  expect_console "$1" "timer set: reboot in 4 s" || return 1
  expect_rebooted "$1" "$d" || return 1; d=$DOMID
  expect_within $((ACT_S + READY_S)) "rebooted a second time: a new domid, ready" domain_new_and_ready "$1" "$d" || return 1
  expect_within 10 "'command line: \"after:4:reboot\"' on each of three boots" \
    console_count_at_least "$1" 'command line: "after:4:reboot"' 3 || return 1
  check "two \"timer fired: reboot\"" console_count_at_least "$1" "timer fired: reboot" 2 || return 1
  destroy_and_gone "$1" || return 1
  sleep 2
  check "still gone 2 s later (not restarted)" domain_gone "$1"
}
s_cmdline_bogus() {
  local d w
  start "$1" 'extra="after:x:crash now:bogus next:reboot"' || return 1; d=$DOMID
  for w in after:x:crash now:bogus next:reboot; do
    check "console shows 'command line: \"$w\"'" console_has "$1" "command line: \"$w\"" || return 1
  done
  check "after:x:crash is bogus (seconds)" console_has "$1" "bogus command: seconds must be a whole number from 0 to 86400" || return 1
  check "now:bogus is bogus (unknown action)" console_has "$1" "bogus command: unknown action" || return 1
  check "no timer set" console_lacks "$1" "timer set" || return 1
  check "next:reboot took effect" console_has "$1" "override set: reboot" || return 1
  check "xl shutdown returns 0" xl_for "$1" shutdown "$1" || return 1
  expect_rebooted "$1" "$d" && expect_console "$1" "action: reboot" || return 1
  expect_within 10 "the new boot applies the command line again" console_count_at_least "$1" 'command line: "next:reboot"' 2 || return 1
  destroy_and_gone "$1"
}
# Bad timed input (and a bad suspend-channel mode) is logged as bogus and changes nothing.
s_timed_bogus() {
  local d value reason n=0
  start "$1" && testing_writable "$1" || return 1; d=$DOMID
  while IFS='|' read -r value reason; do
    tell "$1" "$value" || return 1
    n=$((n + 1))
    expect_within 10 "bogus command #$n logged for '$value'" console_count_at_least "$1" "bogus command: " $n || return 1
    check "'$value': \"bogus command: $reason\"" console_has "$1" "bogus command: $reason" || return 1
  done <<'FORMS'
after:-1:poweroff|seconds must be a whole number from 0 to 86400
after:1.5:poweroff|seconds must be a whole number from 0 to 86400
after:86401:poweroff|seconds must be a whole number from 0 to 86400
after:5|after: expects after:<seconds>:<action>
after:5:fly|unknown action
{"when":"now","ack":"ok","action":"poweroff","delay":"5"}|member "delay" is not a whole number of seconds from 0 to 86400
{"when":"now","ack":"ok","action":"poweroff","delay":1.5}|member "delay" is not a whole number of seconds from 0 to 86400
{"when":"onshutdown","ack":"ok","action":"reboot","ackDelay":-1}|member "ackDelay" is not a whole number of seconds from 0 to 86400
{"when":"now","ack":"ok","action":"poweroff","ackDelay":3}|"ackDelay" needs "when":"onshutdown"
suspend-channel:maybe|unknown suspend-channel mode
FORMS
  check "no timer set" console_lacks "$1" "timer set" || return 1
  check "no override set" console_lacks "$1" "override set" || return 1
  expect_alive "$1" "$d" || return 1
  check "xl shutdown -w returns 0" xl_for "$1" shutdown -w "$1" || return 1
  expect_gone "$1" && expect_console "$1" "action: poweroff"
}
# A pending after: across xl save + restore keeps the seconds it had left: the guest's clock
# stops while it is saved (here for longer than those seconds), and it fires after the restore.
timer_left_before_suspend() {
  console_since "$1" | awk '/suspending/ {print k; exit}
    match($0, /timer: poweroff in [0-9]+ s/) { split(substr($0, RSTART, RLENGTH), w, " "); k = w[4] }'
}
first_timer_line_after_resume() { console_since "$1" | awk '/resumed in a new domain/ {r = 1; next} r && /timer/ {print; exit}'; }
s_after_save_restore() {
  local name="$1" image=/var/lib/xen/$1.save k t0
  start "$name" && testing_writable "$name" || return 1
  tell "$name" after:8:poweroff && expect_console "$name" "timer set: poweroff in 8 s" 5 || return 1
  expect_console "$name" "timer: poweroff in 5 s" 10 || return 1
  check "xl save returns 0" xl_for "$name" save "$name" "$image" || { rm -f "$image"; return 1; }
  check "domain gone after save" domain_gone "$name" || return 1
  k=$(timer_left_before_suspend "$name")
  check "a \"timer: poweroff in K s\" line before \"suspending\" (K = '$k')" [ -n "$k" ] || return 1
  check "not fired before the save" console_lacks "$name" "timer fired" || return 1
  sleep $((k + 2))
  t0=$(now_cs)
  check "xl restore returns 0" xl_for "$name" restore "$image" || { rm -f "$image"; return 1; }
  rm -f "$image"
  expect_restored "$name" 1 || return 1
  expect_within 5 "a timer line after the resume" has_timer_line_after_resume "$name" || return 1
  check "the first timer line after the resume is a countdown, not \"timer fired\": '$(first_timer_line_after_resume "$name")'" \
    first_timer_line_after_resume_counts "$name" || return 1
  expect_within $((k + ACT_S)) "domain $name gone (the timer fired after the restore)" domain_gone "$name" || return 1
  echo "@@rig note $MODE/after-save-restore: $k s left at the save, saved for $((k + 2)) s; gone $(since_s "$t0") s after xl restore began"
  expect_console "$name" "timer fired: poweroff" && expect_console "$name" "action: poweroff"
}
has_timer_line_after_resume() { [ -n "$(first_timer_line_after_resume "$1")" ]; }
first_timer_line_after_resume_counts() { first_timer_line_after_resume "$1" | grep -qF "timer: poweroff in "; }

# --- issue 13: the balloon ---------------------------------------------------------------------------
# The balloon (spec §10; docs/usage.md, "The balloon"): with balloon:obey|refuse|slow:N|partial:P|off
# the guest follows, refuses, crawls towards or goes part of the way to memory/target, which
# `xl mem-set` writes (after setting Xen's limit for the domain to the target + 1 MiB). Every
# domain here has memory = 32, maxmem = 64, so it can shrink below and grow above its boot size.
# What counts is what Xen says the domain holds: `xl list`'s Mem (whole MiB, rounded down; a PVH
# domain holds a few builder pages beyond its RAM, which the rounding hides) and `xl info`'s
# free_memory; the console lines say what the guest did.
BALLOON_SIZE="memory=32 maxmem=64"
mem_of() { xl_ list "$1" 2>/dev/null | awk 'NR == 2 {print $3}'; }
mem_between() { local m; m=$(mem_of "$1"); [ -n "$m" ] && [ "$m" -ge "$2" ] && [ "$m" -le "$3" ]; }
balloon_lines() { console_all "$1" | grep -F 'balloon:' | tail -n "${2:-3}" | tr '\n' '|'; }
expect_mem() {  # NAME LO HI SECONDS WHAT: xl list's Mem comes to LO…HI MiB within SECONDS
  expect_within "$4" "$5: xl list Mem $2…$3 MiB" mem_between "$1" "$2" "$3" && return 0
  echo "@@rig detail xl list Mem is '$(mem_of "$1")' MiB; last balloon lines: $(balloon_lines "$1")"
  return 1
}
mem_stays() {  # NAME LO HI SECONDS WHAT: Mem stays within LO…HI MiB for SECONDS (polled)
  local end=$(($(now_cs) + $4 * 100)) m
  while [ "$(now_cs)" -lt $end ]; do
    m=$(mem_of "$1")
    if [ -z "$m" ] || [ "$m" -lt "$2" ] || [ "$m" -gt "$3" ]; then
      echo "@@rig detail failed: $5: xl list Mem is '$m' MiB, expected $2…$3 MiB for $4 s; last balloon lines: $(balloon_lines "$1")"
      return 1
    fi
    sleep 0.5
  done
}
mem_set() { check "xl mem-set $1 $2 returns 0" xl_for "$1" mem-set "$1" "$2"; }
free_mib() { xl_ info 2>/dev/null | awk '/^free_memory/ {print $NF}'; }
FREE_NOW=
free_moved() {  # BEFORE LO HI: free_memory − BEFORE is within LO…HI MiB (FREE_NOW keeps the reading)
  FREE_NOW=$(free_mib)
  [ -n "$FREE_NOW" ] && [ $((FREE_NOW - $1)) -ge "$2" ] && [ $((FREE_NOW - $1)) -le "$3" ]
}
# The status carries the balloon's mode and memoryKiB (what the domain holds, pages × 4). They are
# checked here as text: test/xen/rig's JSON checker knows issue 12's members only.
status_kib() { sed -n 's/.*"memoryKiB":\([0-9]*\).*/\1/p' $STATUS_FILE; }
status_balloon_is() {  # MODE LO HI
  local k
  status_holds "\"balloon\":\"$1\"" || return 1
  k=$(status_kib)
  [ -n "$k" ] && [ "$k" -ge "$2" ] && [ "$k" -le "$3" ]
}
balloon_status() {  # NAME MODE LO HI
  : > $STATUS_FILE
  expect_within 10 "data/test-vm/status holds \"balloon\":\"$2\" and memoryKiB $3…$4" status_balloon_is "$2" "$3" "$4" ||
    { echo "@@rig detail status is: $(head -c 500 $STATUS_FILE)"; return 1; }
  echo "@@rig note $MODE/${1#"$MODE"-}: status \"balloon\":\"$2\", memoryKiB $(status_kib)"
}
balloon_word() {  # a balloon: command → its console line's text after "balloon: "
  case "$1" in
    slow:*) echo "slow, ${1#slow:} pages a second" ;;
    partial:*) echo "partial, ${1#partial:} %" ;;
    *) echo "$1" ;;
  esac
}
# balloon_boot NAME WORD: NAME at 32 MiB (maxmem 64) with its balloon in mode WORD (obey, refuse,
# slow:N, partial:P), holding its boot size. PV boots with balloon:WORD on the command line. PVH
# boots with balloon:obey and then gets WORD through control/testing: with memory below maxmem xl
# builds a PVH domain in populate-on-demand mode (a 64 MiB memory map, 32 MiB of it backed), and
# the balloon's first target (32768 KiB) has it give back the unbacked top half; a balloon that
# refused or went half way there would start each scenario from a different place.
balloon_boot() {
  local name="$1" word="$2" boot="$2"
  [ "$MODE" = pvh ] && boot=obey
  start "$name" $BALLOON_SIZE "extra=\"balloon:$boot\"" || return 1
  expect_console "$name" "balloon: $(balloon_word "$boot")" || return 1
  if [ "$boot" = refuse ]; then
    expect_console "$name" "balloon: target 32768 KiB; refusing" || return 1
  else
    [ "$MODE" = pvh ] && { expect_console "$name" "balloon: from 65536 KiB to 32768 KiB" || return 1; }
    expect_console "$name" "balloon: reached 32768 KiB" 30 || return 1
  fi
  if [ "$word" != "$boot" ]; then
    testing_writable "$name" && testing "$name" "balloon:$word" && expect_acked "$name" testing || return 1
    expect_console "$name" "balloon: $(balloon_word "$word")" || return 1
  fi
  expect_mem "$name" 32 32 10 "at boot"
}

# obey: mem-set 16m shrinks the domain (free_memory grows by as much), mem-set 48m grows it above
# its boot size; the console and the status follow; then it obeys xl shutdown -w.
s_balloon_obey() {
  local name="$1" f0 t0 t1
  balloon_boot "$name" obey && balloon_status "$name" obey 32768 33791 || return 1
  f0=$(free_mib); t0=$(now_cs)
  mem_set "$name" 16m && expect_mem "$name" 0 17 10 "mem-set 16m" || return 1
  t1=$(now_cs)
  expect_console "$name" 'memory/target = "16384"' && expect_console "$name" "balloon: from 32768 KiB to 16384 KiB" &&
    expect_console "$name" "balloon: gave back 512 pages, now 30720 KiB" && expect_console "$name" "balloon: reached 16384 KiB" || return 1
  expect_mem "$name" 16 16 5 "mem-set 16m, settled" || return 1
  expect_within 10 "xl info free_memory grows by 14…18 MiB (from $f0)" free_moved "$f0" 14 18 ||
    { echo "@@rig detail free_memory $f0 → $FREE_NOW MiB"; return 1; }
  echo "@@rig note $MODE/balloon-obey: mem-set 16m: Mem ≤ 17 after $(cs_to_s $((t1 - t0))) s; free_memory $f0 → $FREE_NOW MiB (+$((FREE_NOW - f0)))"
  balloon_status "$name" obey 16384 17407 || return 1
  f0=$FREE_NOW; t0=$(now_cs)
  mem_set "$name" 48m && expect_mem "$name" 47 48 10 "mem-set 48m" || return 1
  t1=$(now_cs)
  expect_console "$name" "balloon: from 16384 KiB to 49152 KiB" && expect_console "$name" "balloon: took 512 pages, now 18432 KiB" &&
    expect_console "$name" "balloon: reached 49152 KiB" || return 1
  expect_within 10 "xl info free_memory falls by 30…34 MiB (from $f0)" free_moved "$f0" -34 -30 ||
    { echo "@@rig detail free_memory $f0 → $FREE_NOW MiB"; return 1; }
  echo "@@rig note $MODE/balloon-obey: mem-set 48m: Mem ≥ 47 after $(cs_to_s $((t1 - t0))) s; free_memory $f0 → $FREE_NOW MiB ($((FREE_NOW - f0)))"
  balloon_status "$name" obey 49152 50175 || return 1
  obeys_shutdown "$name"
}

# refuse: the target is read and refused; the domain keeps its size.
s_balloon_refuse() {
  local name="$1"
  balloon_boot "$name" refuse || return 1
  mem_set "$name" 16m && expect_console "$name" "balloon: target 16384 KiB; refusing" || return 1
  mem_stays "$name" 32 32 6 "refused mem-set 16m" || return 1
  check "no \"balloon: from\" line" console_lacks "$name" "balloon: from 32768 KiB to 16384 KiB" || return 1
  balloon_status "$name" refuse 32768 33791 || return 1
  obeys_shutdown "$name"
}

# slow:1024 (4 MiB a second): 16 MiB takes four ticks, so at least 3 s from mem-set to Mem 16
# (balloon-obey's note has the same shrink at full speed).
s_balloon_slow() {
  local name="$1" t0 t1 lines
  balloon_boot "$name" slow:1024 || return 1
  lines=$(console_count "$name" "balloon: gave back ")
  t0=$(now_cs)
  mem_set "$name" 16m && expect_mem "$name" 0 16 30 "slow mem-set 16m" || return 1
  t1=$(now_cs)
  echo "@@rig note $MODE/balloon-slow: mem-set 16m at 1024 pages a second: Mem 16 after $(cs_to_s $((t1 - t0))) s; $(($(console_count "$name" "balloon: gave back ") - lines)) \"gave back\" lines"
  check "it took at least 3 s ($(cs_to_s $((t1 - t0))) s)" [ $((t1 - t0)) -ge 300 ] || return 1
  expect_console "$name" "balloon: from 32768 KiB to 16384 KiB" && expect_console "$name" "balloon: reached 16384 KiB" || return 1
  balloon_status "$name" slow 16384 17407 || return 1
  obeys_shutdown "$name"
}

# partial:50: from 32 MiB towards 16, it goes half way, to 24, and stays there.
s_balloon_partial() {
  local name="$1"
  balloon_boot "$name" partial:50 || return 1
  mem_set "$name" 16m && expect_console "$name" "balloon: partial: aiming for 24576 KiB" || return 1
  expect_console "$name" "balloon: reached 24576 KiB" && expect_mem "$name" 23 25 10 "partial mem-set 16m" || return 1
  mem_stays "$name" 23 25 4 "stopped half way" || return 1
  echo "@@rig note $MODE/balloon-partial: stopped at Mem $(mem_of "$name") MiB"
  balloon_status "$name" partial 24576 25599 || return 1
  obeys_shutdown "$name"
}

# A ballooned domain keeps its size through xl save + xl restore, then obeys mem-set again.
s_balloon_save_restore() {
  local name="$1" image="/var/lib/xen/$1.save"
  balloon_boot "$name" obey || return 1
  mem_set "$name" 20m && expect_console "$name" "balloon: reached 20480 KiB" && expect_mem "$name" 20 20 10 "mem-set 20m" || return 1
  check "xl save returns 0" xl_for "$name" save "$name" "$image" || return 1
  check "domain gone after save" domain_gone "$name" || return 1
  check "xl restore returns 0" xl_for "$name" restore "$image" || { rm -f "$image"; return 1; }
  rm -f "$image"
  expect_restored "$name" 1 || return 1
  expect_mem "$name" 20 20 10 "restored" || return 1
  echo "@@rig note $MODE/balloon-save-restore: restored domain $DOMID: Mem $(mem_of "$name") MiB, memory/target $(xs_read "/local/domain/$DOMID/memory/target") KiB"
  mem_set "$name" 28m && expect_mem "$name" 28 28 10 "mem-set 28m after the restore" || return 1
  expect_console "$name" "balloon: reached 28672 KiB" || return 1
  balloon_status "$name" obey 28672 29695 || return 1
  obeys_shutdown "$name"
}

# The same through a live migration to localhost (PVH in boot 1, PV in the migration boot).
s_balloon_migrate() {
  local name="$1"
  balloon_boot "$name" obey || return 1
  mem_set "$name" 20m && expect_console "$name" "balloon: reached 20480 KiB" && expect_mem "$name" 20 20 10 "mem-set 20m" || return 1
  migrate_ok "$name" 1 || return 1
  expect_mem "$name" 20 20 10 "after the migration" || return 1
  echo "@@rig note $MODE/balloon-migrate: domain $DOMID after the migration: Mem $(mem_of "$name") MiB"
  mem_set "$name" 24m && expect_mem "$name" 24 24 10 "mem-set 24m after the migration" || return 1
  expect_within 10 "console shows \"balloon: reached 24576 KiB\"" console_all_has "$name" "balloon: reached 24576 KiB" || return 1
  check "xl shutdown -w returns 0" xl_for "$name" shutdown -w "$name" || return 1
  expect_gone "$name"
}

# Hostile targets written by dom0 (the guest cannot write its memory/): not numbers, negative,
# zero, empty and too long are ignored with one line each; below the kernel's floor and above
# Xen's limit are clamped. Each is logged, the VM lives, and it still obeys mem-set and shutdown.
target_write() {  # NAME VALUE ("--": a value may start with "-")
  check "xenstore-write memory/target '$2'" timeout -s KILL 20 xenstore-write -R -- "/local/domain/$DOMID/memory/target" "$2"
}
s_balloon_bad_targets() {
  local name="$1" d v reads ignored at floor ceiling bad=0
  balloon_boot "$name" obey || return 1; d=$DOMID
  # A value the guest does not log as the contract says fails the scenario, but the rest is still
  # tried, so one run shows every value's fate.
  for v in abc -5 0 "" 99999999999999; do
    reads=$(console_count "$name" "memory/target = \"$v\"")
    ignored=$(console_count "$name" "balloon: target ignored: not a positive number of KiB")
    at=$(wc -c < "$(console_log "$name")")
    target_write "$name" "$v" || return 1
    expect_within 10 "target '$v' read: console shows memory/target = \"$v\"" \
      console_count_at_least "$name" "memory/target = \"$v\"" $((reads + 1)) &&
    expect_within 5 "target '$v' ignored: console shows \"balloon: target ignored: not a positive number of KiB\"" \
      console_count_at_least "$name" "balloon: target ignored: not a positive number of KiB" $((ignored + 1)) ||
      { bad=1; echo "@@rig detail memory/target holds '$(xs_read "/local/domain/$DOMID/memory/target")'; the console after writing it, ticks left out: $(tail -c +$((at + 1)) "$(console_log "$name")" | tr -d '\r' | grep -v ' tick ' | head -n 5 | tr '\n' '|')"; }
  done
  expect_mem "$name" 32 32 5 "after the ignored targets" || return 1
  target_write "$name" 4 && expect_console "$name" "balloon: target 4 KiB is below what the kernel needs (" || return 1
  floor=$(console_since "$name" | sed -n 's/.*below what the kernel needs (\([0-9]*\) KiB).*/\1/p' | head -n 1)
  expect_console "$name" "balloon: reached $floor KiB" 20 || return 1
  expect_mem "$name" $((floor / 1024)) $((floor / 1024 + 1)) 10 "down at the floor ($floor KiB)" || return 1
  echo "@@rig note $MODE/balloon-bad-targets: target 4: the floor is $floor KiB, Mem $(mem_of "$name") MiB"
  target_write "$name" 10000000 && expect_console "$name" "balloon: target 10000000 KiB is above the most this domain may hold (" || return 1
  ceiling=$(console_since "$name" | sed -n 's/.*the most this domain may hold (\([0-9]*\) KiB).*/\1/p' | head -n 1)
  expect_within 20 "the balloon stops at or near the ceiling ($ceiling KiB)" console_has_either "$name" \
    "balloon: reached $ceiling KiB" "balloon: Xen gave only " || return 1
  echo "@@rig note $MODE/balloon-bad-targets: target 10000000: the ceiling is $ceiling KiB; $(balloon_lines "$name" 1) Mem $(mem_of "$name") MiB"
  expect_alive "$name" "$d" || return 1
  mem_set "$name" 24m && expect_mem "$name" 24 24 10 "mem-set 24m after the bad targets" || return 1
  expect_console "$name" "balloon: reached 24576 KiB" || return 1
  obeys_shutdown "$name" || return 1
  return $bad
}
console_has_either() { console_has "$1" "$2" || console_has "$1" "$3"; }

# off after obey: the watch is gone, so mem-set is not even read and the size stays.
s_balloon_off() {
  local name="$1"
  balloon_boot "$name" obey || return 1
  testing_writable "$name" && testing "$name" balloon:off && expect_acked "$name" testing || return 1
  expect_console "$name" "balloon: off" || return 1
  mem_set "$name" 16m && mem_stays "$name" 32 32 6 "balloon off, mem-set 16m" || return 1
  check "no memory/target = line after \"balloon: off\"" \
    [ "$(console_since "$name" | sed -n '/balloon: off/,$p' | grep -c 'memory/target =')" = 0 ] || return 1
  balloon_status "$name" off 32768 33791 || return 1
  obeys_shutdown "$name"
}

# --- 15. soak and storm (issue 15) ------------------------------------------------------------------
# The same behaviours many times in a row. Counts are settings: the rig (CI) runs the short version
# with the defaults below; `make soak` (test/xen/rig --soak) boots with /rig/soak.env, which sets
# SOAK_REBOOTS, SOAK_SAVES, SOAK_MIGRATIONS, SOAK_HOSTILE and SOAK_MODES from the host's environment.
# SOAK_MODES: the guest modes the reboots, saves and hostile values run in (each with the full
# counts); the migrations run as PVH in the soak's first boot and as PV in its second, whatever it says.
# The rig's storm is 10 domains: in bench/storm's runs 10 at once came up and went every time,
# while at 50 at once one xl create timed out waiting for xenconsoled and shells in dom0 crashed
# (docs/bench.md, 2026-11-28).
SOAK_REBOOTS=10; SOAK_SAVES=5; SOAK_MIGRATIONS=3; SOAK_HOSTILE=100; SOAK_STORM=10; SOAK_MODES=pv
SOAK_CHECK_EVERY=30   # a valid command, whose effect is checked, after every this many hostile values
[ -f /rig/soak.env ] && . /rig/soak.env
# soak_figure LABEL FILE: count, median, min, max and total of the centisecond durations in FILE,
# as a note the host collects (`soak figure` lines).
soak_figure() {
  sort -n "$2" 2>/dev/null | awk -v l="$1" '{ v[NR] = $1; t += $1 }
    END { if (NR == 0) { print "@@rig note soak figure " l ": none"; exit }
          printf "@@rig note soak figure %s: %d, median %.2f, min %.2f, max %.2f, total %.1f\n", l, NR, v[int((NR + 1) / 2)] / 100, v[1] / 100, v[NR] / 100, t / 100 }'
}
# The end of every soak scenario: nothing trapped, and the VM still obeys a control/testing poweroff.
soak_end() {  # NAME
  check "no 'trap:' on the console" console_lacks "$1" "trap:" || return 1
  testing_writable "$1" && testing "$1" now:poweroff && expect_gone "$1" && expect_console "$1" "action: poweroff"
}
status_holds_all() {  # TEXT…: the status (read once) contains every TEXT
  local t
  timeout -s KILL 20 xenstore-read -R "$(data_of)/test-vm/status" > $STATUS_FILE 2>/dev/null || return 1
  for t in "$@"; do grep -qF -- "$t" $STATUS_FILE || return 1; done
}

# SOAK_REBOOTS reboots through control/testing now:reboot; each new domain must be ready (a new
# domid, feature-poweroff = 1) and print its banner; then it obeys a poweroff.
s_soak_reboots() {
  local name="$1" i=1 old t0 f=/tmp/soak-reboots-$1
  : > $f
  start "$name" || return 1
  while [ $i -le $SOAK_REBOOTS ]; do
    old=$DOMID
    testing_writable "$name" || return 1
    t0=$(now_cs)
    testing "$name" now:reboot || return 1
    expect_within $((ACT_S + READY_S)) "reboot $i: a new domid, ready" domain_new_and_ready "$name" "$old" || return 1
    echo $(( $(now_cs) - t0 )) >> $f
    DOMID=$(domid_of "$name") || { echo "@@rig detail reboot $i: no domid"; return 1; }
    expect_within 10 "reboot $i: banner $((i + 1)) on the console" console_count_at_least "$name" "xen-test-vm " $((i + 1)) || return 1
    i=$((i + 1))
  done
  check "exactly $SOAK_REBOOTS \"action: reboot\" lines" [ "$(console_count "$name" "action: reboot")" = "$SOAK_REBOOTS" ] || return 1
  soak_figure "$MODE now:reboot → new domain ready (s)" $f
  soak_end "$name"
}

# SOAK_MIGRATIONS live migrations to localhost in a row (migrate_many: each checked), then obeys.
s_soak_migrations() { migrate_many "$1" "$SOAK_MIGRATIONS"; }

# Hostile values: the Ith (0-based) of a cycle of kinds, on stdout (no NUL: argv cannot carry one;
# random bytes may end in newlines, which $(…) drops: the caller makes an empty value "x"). Every
# one must be acknowledged and logged as a bogus command, and change nothing.
HOSTILE_KINDS=16
rand() { echo $(( (RANDOM * 32768 + RANDOM) % $1 )); }   # busybox ash has $RANDOM (15 bits)
hostile_value() {  # I MAXLEN
  local i="$1" max="$2" len k
  case $((i % HOSTILE_KINDS)) in
    0) len=$(( $(rand "$max") + 1 ))   # random bytes of a random length
       head -c $((len * 2 + 64)) /dev/urandom | tr -d '\000' | head -c "$len" ;;
    1) head -c $((max * 2)) /dev/urandom | tr -d '\000' | head -c "$max" ;;   # as long as xenstored takes
    2) printf 'now:'; head -c $((max - 4)) /dev/zero | tr '\000' x ;;          # a 4 KiB action name
    3) k=$(( $(rand $((max - 1))) + 1 )); head -c "$k" /dev/zero | tr '\000' '[' ;;   # deep nesting
    4) k=$(( $(rand $((max / 6))) + 1 )); i=0; while [ $i -lt "$k" ]; do printf '{"a":'; i=$((i + 1)); done ;;
    5) set -- '{' '{"when":' '{"when":"now"' '{"when":"now","ack":"ok","action":"reboot"' '{"when":"now",,}' \
         '{"when":"now" "ack":"ok" "action":"reboot"}' "{'when':'now','ack':'ok','action':'reboot'}" \
         '{"when":"now","ack":"ok","action":"reboot"}}' '{"when":"now","ack":"ok","action":"reboot"' '"now:reboot"' \
         '{"when":"now","ack":"ok","action":"reboot",}' '{"when":"now","ack":"ok","action":"re\qboot"}' \
         'null' 'true' '12345' '[]' '{}' '{"when":"now","ack":"ok","action":"\u0072eboot\u"}'
       k=$(( $(rand $#) + 1 )); eval "printf '%s' \"\${$k}\"" ;;                   # malformed JSON
    6) printf 'now:frobnicate%d' "$i" ;;                                           # unknown actions
    7) printf '{"when":"now","ack":"ok","action":"explode-%d"}' "$i" ;;
    8) printf '{"when":"later","ack":"ok","action":"reboot"}' ;;                   # unknown when
    9) printf '{"when":"now","ack":"ok","action":1}' ;;                            # wrong types
    10) printf '{"when":"now","ack":["ok"],"action":"reboot"}' ;;
    11) set -- 'after:-1:reboot' 'after:1e3:reboot' 'after:86401:reboot' 'after:99999999999999999999:crash' \
          'after::reboot' 'after:5' 'after:5:' '{"when":"now","ack":"ok","action":"crash","delay":"5"}' \
          '{"when":"now","ack":"ok","action":"crash","delay":1.5}' '{"when":"now","ack":"ok","action":"crash","ackDelay":1}'
        k=$(( $(rand $#) + 1 )); eval "printf '%s' \"\${$k}\"" ;;                  # bad numbers
    12) printf 'now:reb\001oot' ;;                                                 # control bytes
    13) printf 'next:\377\376crash' ;;                                             # bytes >= 0x80
    14) set -- 'feature::on' 'feature:x:maybe' 'balloon:slow:0' 'balloon:partial:101' 'agent:maybe' \
          'suspend-channel:sometimes' 'nowreboot' 'NOW:REBOOT' 'now;reboot' 'now:' 'next:' 'cancel!'
        k=$(( $(rand $#) + 1 )); eval "printf '%s' \"\${$k}\"" ;;                  # near misses
    15) printf '{"when":"now","ack":"ok","action":"ignore","x":'; k=$(( $(rand $((max / 2 - 60))) + 2 ))
        head -c "$k" /dev/zero | tr '\000' '['; head -c $((k - 1)) /dev/zero | tr '\000' ']'; printf '}' ;;  # deep, one ] short
  esac
}
# SOAK_HOSTILE hostile values to control/testing through real xenstore, each acknowledged (the
# guest wrote ""); after every SOAK_CHECK_EVERY a valid command (alternately next:ignore and cancel)
# whose effect must show in data/test-vm/status (override, result, and `commands` counting every
# value written so far: none lost); then the VM still ticks, never trapped, and obeys a poweroff.
s_soak_hostile() {
  local name="$1" path max i=0 sent=0 checks=0 lost=0 t0 t1 t2 gen=0 acked=0 cmd result override value ack
  start "$name" || return 1
  testing_writable "$name" || return 1
  path="$(ctl "$name")/testing"
  max=$((4096 - ${#path} - 1))   # xenstored's payload: the path, a NUL and the value
  t0=$(now_cs)
  while [ $i -lt "$SOAK_HOSTILE" ]; do
    t1=$(now_cs)
    value=$(hostile_value $i $max); [ -n "$value" ] || value=x   # ($(…) drops trailing newlines)
    t2=$(now_cs); gen=$((gen + t2 - t1))
    check "hostile value $i (${#value} characters, kind $((i % HOSTILE_KINDS))) written" xs_write "$path" "$value" || return 1
    sent=$((sent + 1)); i=$((i + 1))
    # Acknowledged: polled without a pause (each xenstore-read takes a while under TCG), 10 s at most.
    while :; do
      ack=$(timeout -s KILL 20 xenstore-read -R "$path" 2>/dev/null) && [ -z "$ack" ] && break
      [ $(( $(now_cs) - t2 )) -ge 1000 ] || continue
      echo "@@rig detail hostile value $((i - 1)) not acknowledged within 10 s: $(printf '%s' "$value" | head -c 120 | od -An -c | head -n 3 | tr '\n' ' ')"
      return 1
    done
    acked=$((acked + $(now_cs) - t2))
    if [ $((i % SOAK_CHECK_EVERY)) = 0 ] || [ $i = "$SOAK_HOSTILE" ]; then
      checks=$((checks + 1))
      if [ $((checks % 2)) = 1 ]; then cmd=next:ignore; result='override set: ignore'; override='"ignore"'
      else cmd=cancel; result=cancelled; override=null; fi
      testing "$name" $cmd && expect_acked "$name" testing || return 1
      sent=$((sent + 1))
      if ! wait_until 10 status_holds_all "\"commands\":$sent," "\"result\":\"$result\"" "\"override\":$override,"; then
        lost=$((lost + 1))
        echo "@@rig detail check $checks after $i hostile values: $cmd not seen; status: $(head -c 400 $STATUS_FILE)"
        sent=$(sed -n 's/.*"commands":\([0-9]*\),.*/\1/p' $STATUS_FILE)   # carry on from what the guest counted
        [ -n "$sent" ] || return 1
      else
        json_marker "$MODE/${name#"$MODE"-}" check$checks "commands=$sent|result=$result" $STATUS_FILE
      fi
    fi
  done
  echo "@@rig note soak figure $MODE hostile: $SOAK_HOSTILE values and $checks checked commands in $(cs_to_s $(( $(now_cs) - t0 ))) s (making the values $(cs_to_s $gen) s, write → acknowledged $(cs_to_s $acked) s), $lost lost"
  check "every hostile value logged as a bogus command" [ "$(console_count "$name" "bogus command: ")" = "$SOAK_HOSTILE" ] || return 1
  check "no checked command lost ($lost lost)" [ $lost = 0 ] || return 1
  expect_alive "$name" "$DOMID" || return 1
  soak_end "$name"
}

# A boot storm: SOAK_STORM (10) domains of 4 MiB created at once, all ready, then one poweroff request
# each (control/shutdown) and all gone (lib.sh storm_run; bench/storm measures larger storms).
s_storm() {
  local name="$1"
  storm_run "$name" "$SOAK_STORM" /tmp/test-vm-$MODE.cfg 300 memory=4 ||
    { echo "@@rig detail storm of $SOAK_STORM: $STORM_WHY"; storm_cleanup "$name"; return 1; }
  echo "@@rig note soak figure $MODE storm of $SOAK_STORM: all ready in $(cs_to_s $STORM_READY_CS) s, all gone $(cs_to_s $STORM_GONE_CS) s after the poweroff requests; free_memory $STORM_FREE_BEFORE → $STORM_FREE_READY MiB; xenstored $STORM_XS_TICKS, xenconsoled $STORM_XC_TICKS cs of CPU"
}

# --- 10. the scenario list -------------------------------------------------------------------------
# Every scenario runs in one mode, pv or pvh, set in MODE for its subshell: its verdict is named
# MODE/NAME (pv/xl-shutdown, pvh/xl-shutdown) and its guest MODE-NAME (so each console log is
# still one scenario's story). `both NAME FN` runs pv/NAME then pvh/NAME; `pv_only` and
# `pvh_only` run one mode and print a note saying why the other one is not run. test/xen/rig reads
# these lines to know which boot runs what (the migration boot's are indented).
in_mode() { MODE="$1"; scenario "$1/$2" "$3" "$1-$2"; MODE=pv; }  # MODE NAME FN
both() { in_mode pv "$1" "$2"; in_mode pvh "$1" "$2"; }
pv_only() { in_mode pv "$1" "$2"; not_run pvh "$1" "$3"; }         # NAME FN WHY
pvh_only() { not_run pv "$1" "$3"; in_mode pvh "$1" "$2"; }        # NAME FN WHY
not_run() {  # MODE NAME WHY (printed only if there is a WHY and RIG_ONLY would select MODE/NAME)
  [ -z "$3" ] && return 0
  [ -n "$RIG_ONLY" ] && ! echo "$1/$2" | grep -qE -- "$RIG_ONLY" && return 0
  echo "@@rig note $1/$2 not run: $3"
}

# The migration boot (test/xen/rig's second, on a hypervisor with shadow paging) runs only these:
# PV live migration. (PVH migrates on 4.17.7, in the first boot.)
# `make soak` (test/xen/rig --soak): only the soak, with /rig/soak.env's counts. Its names are not
# in the rig's lists (four spaces of indentation), so the rig's boots never run them this way.
case "$(cat /rig/boot-mode 2>/dev/null)" in
  soak)
    echo "@@rig note soak: $SOAK_REBOOTS reboots, $SOAK_SAVES saves, $SOAK_MIGRATIONS PVH migrations, $SOAK_HOSTILE hostile values, modes $SOAK_MODES; $(xl_ info 2>/dev/null | awk -F': ' '/^xen_version/ {print "Xen " $2}')"
    for m in $SOAK_MODES; do
      SCENARIO_TIMEOUT=$((SOAK_REBOOTS * 60 + 120)); in_mode "$m" soak-reboots s_soak_reboots
      SCENARIO_TIMEOUT=$((SOAK_SAVES * 120 + 120)); SAVE_CYCLES=$SOAK_SAVES; in_mode "$m" soak-saves s_save_restore_cycles
      SCENARIO_TIMEOUT=$((SOAK_HOSTILE * 6 + 120)); in_mode "$m" soak-hostile s_soak_hostile
    done
    # PVH migrates on this Xen (HAP); PV's migrations are the second boot's (soak-migrate).
    [ "$SOAK_MIGRATIONS" -gt 0 ] && { SCENARIO_TIMEOUT=$((SOAK_MIGRATIONS * 240 + 120)); in_mode pvh soak-migrations s_soak_migrations; }
    rig_summary; exit 0 ;;
  soak-migrate)   # PV live migration needs the shadow-paging hypervisor: a boot of its own
    echo "@@rig note soak: $SOAK_MIGRATIONS PV migrations; $(xl_ info 2>/dev/null | awk -F': ' '/^xen_version/ {print "Xen " $2}')"
    SCENARIO_TIMEOUT=$((SOAK_MIGRATIONS * 120 + 120)); in_mode pv soak-migrations s_soak_migrations
    rig_summary; exit 0 ;;
esac
if [ "$(cat /rig/boot-mode 2>/dev/null)" = migrate ]; then
  echo "@@rig note hypervisor: $(xl_ info 2>/dev/null | awk -F': ' '/^xen_version/ {print $2}'), dom0 xl from Debian's 4.17.7"
  SCENARIO_TIMEOUT=720   # ten migrations: 2–4 s each quiet, 35 s seen at load average 14
  in_mode pv migrate-ten s_migrate_ten
  SCENARIO_TIMEOUT=240
  in_mode pv migrate-next-suspend s_migrate_next_suspend
  in_mode pv migrate-after-checkpoint s_migrate_after_checkpoint
  in_mode pv migrate-spoil-reboot s_migrate_spoil_reboot
  in_mode pv migrate-spoil-ignore s_migrate_spoil_ignore
  # issue 13
  in_mode pv balloon-migrate s_balloon_migrate
  rig_summary
  exit 0
fi
echo "@@rig note hypervisor: $(xl_ info 2>/dev/null | awk -F': ' '/^xen_version/ {print $2}'), virt_caps: $(xl_ info 2>/dev/null | awk -F': ' '/^virt_caps/ {print $2}')"
both boot s_boot
pv_only boot-4mib s_boot_4mib "PV's smallest memory; PVH's is pvh/boot-${PVH_FLOOR_MIB}mib"
pvh_only boot-${PVH_FLOOR_MIB}mib s_boot_pvh_floor "PVH's smallest memory; PV's is pv/boot-4mib"
both xl-shutdown s_xl_shutdown
both xl-reboot s_xl_reboot
both shutdown-halt s_shutdown_halt
both shutdown-crash s_shutdown_crash
both shutdown-unknown s_shutdown_unknown
both testing-now-poweroff s_now_poweroff
both testing-now-reboot s_now_reboot
both testing-now-halt s_now_halt
both testing-now-crash s_now_crash
both testing-next-reboot s_next_reboot
both testing-next-ignore s_next_ignore
both testing-next-replaced s_next_replaced
both json-ack-ok s_json_ack_ok
both json-ack-none s_json_ack_none
both json-ack-delete s_json_ack_delete
both json-ack-custom s_json_ack_custom
both json-onshutdown-reboot s_json_onshutdown_reboot
both json-now-crash s_json_now_crash
both junk s_junk
both testing-readonly s_testing_readonly
both testing-writable s_testing_writable
both save-restore s_save_restore
both save-checkpoint s_save_checkpoint
SCENARIO_TIMEOUT=900   # ten saves and restores: PV about 1 min quiet, PVH several; more under load
both save-restore-cycles s_save_restore_cycles
SCENARIO_TIMEOUT=240
both save-restore-obeys s_save_restore_obeys
both next-suspend s_next_suspend
both now-suspend s_now_suspend
both shutdown-suspend s_shutdown_suspend
pv_only logdirty-refused s_logdirty_refused "PV migration needs shadow paging, which this Xen lacks; PVH migrates here with HAP (pvh/migrate-*)"
# PVH live migration on this boot's Xen (HAP log-dirty): the migration boot's scenarios, with
# three migrations in a row instead of ten. A PVH migration of test-vm takes about 4.5 s under TCG
# on a quiet host but 25 s with another QEMU running (the save stream walks the guest's physical
# address space up to Xen's special pages just below 4 GiB, ~1M frames, in each pass), hence the
# longer watchdogs.
SCENARIO_TIMEOUT=720
pvh_only migrate-three s_migrate_three "PV migrates in the migration boot (pv/migrate-ten, Xen with shadow paging)"
SCENARIO_TIMEOUT=480
pvh_only migrate-next-suspend s_migrate_next_suspend
pvh_only migrate-after-checkpoint s_migrate_after_checkpoint
pvh_only migrate-spoil-reboot s_migrate_spoil_reboot
pvh_only migrate-spoil-ignore s_migrate_spoil_ignore
SCENARIO_TIMEOUT=240
# Misbehaviours (issue 11).
both after-fires s_after_fires
both cancel s_cancel
both ack-delay s_ack_delay
both delay s_delay
both hang s_hang
both spin s_spin
both watchdog s_watchdog
both soft-reset s_soft_reset
both sysrq s_sysrq
both sysrq-reboot s_sysrq_reboot
both sysrq-poweroff s_sysrq_poweroff
both suspend-channel-on s_suspend_channel_on
both suspend-channel-ignore s_suspend_channel_ignore   # xl save gives up after libxl's 60 s
both suspend-channel-off s_suspend_channel_off
both cmdline-reboot-loop s_cmdline_reboot_loop
both cmdline-bogus s_cmdline_bogus
both timed-bogus s_timed_bogus
both after-save-restore s_after_save_restore
both destroy s_destroy
# issue 12
both status-boot s_status_boot
both status-transitions s_status_transitions
both agent s_agent
both features s_features
both cant-suspend s_cant_suspend
# issue 13
both balloon-obey s_balloon_obey
both balloon-refuse s_balloon_refuse
both balloon-slow s_balloon_slow
both balloon-partial s_balloon_partial
both balloon-save-restore s_balloon_save_restore
both balloon-bad-targets s_balloon_bad_targets
both balloon-off s_balloon_off
SCENARIO_TIMEOUT=480   # a PVH migration walks ~1M frames per pass (above)
pvh_only balloon-migrate s_balloon_migrate "PV migrates in the migration boot (pv/balloon-migrate)"
SCENARIO_TIMEOUT=240
# issue 15: the soak's short version (make soak runs the long one; the save/restore cycles are
# save-restore-cycles above, each restored guest obeying a command)
SCENARIO_TIMEOUT=$((SOAK_REBOOTS * 60 + 120))
both soak-reboots s_soak_reboots
SCENARIO_TIMEOUT=$((SOAK_HOSTILE * 6 + 120))
pv_only soak-hostile s_soak_hostile "the hostile values run as PV only here, to keep CI short; SOAK_MODES=pvh make soak runs them as PVH"
SCENARIO_TIMEOUT=600
both storm s_storm
SCENARIO_TIMEOUT=240
rig_summary
