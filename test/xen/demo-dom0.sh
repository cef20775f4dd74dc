#!/bin/sh
# test/xen/demo-dom0.sh — the dom0 side of `make demo`: one test-vm driven through a few
# commands while its console and xl's view are streamed to the person at the terminal
# (`@@show` lines, printed by test/xen/boot as they arrive). A demonstration, not a test:
# it narrates what it sees and does not count verdicts.
. /rig/lib.sh
NAME=demo
cat > /tmp/demo.cfg <<CFG
type = "pv"
kernel = "/rig/test-vm.xen"
memory = 16
on_poweroff = "destroy"
on_reboot = "restart"
on_crash = "restart"
CFG
show() { echo "@@show $*"; }
narrate() { show ""; show "=== $* ==="; }
show_xl() { xl_ list 2>&1 | sed 's/^/@@show   xl list | /'; }
ready() { domain_ready "$NAME"; }
wait_ready() {
  if wait_until 30 ready; then show "(ready: domid $(domid_of "$NAME"), control/feature-poweroff = 1)"
  else show "(not ready after 30 s)"; fi
}
writable_testing() {
  local d; d=$(domid_of "$NAME")
  xs_write "/local/domain/$d/control/testing" ""
  timeout 20 xenstore-chmod "/local/domain/$d/control/testing" n0 "b$d"
}

# Stream the guest console as xenconsoled writes it (all domids of the name, in order).
mkdir -p "$CONSOLE_DIR"; : > "$(console_log $NAME)"
tail -f "$(console_log $NAME)" 2>/dev/null | tr -d '\r' | while IFS= read -r line; do
  echo "@@show   console | $line"
done &
tail_pid=$!

narrate "xl create: a 16 MiB PV domain running test-vm.xen"
xl_create /tmp/demo.cfg "$NAME"
wait_ready; sleep 3; show_xl

narrate "xenstore-write control/testing now:reboot  (the guest reboots at once)"
old=$(domid_of "$NAME"); writable_testing
xs_write "/local/domain/$old/control/testing" now:reboot
wait_until 30 domain_new_and_ready "$NAME" "$old"; wait_ready; sleep 2; show_xl

narrate "xenstore-write control/testing next:crash, then xl shutdown  (it crashes instead; on_crash=restart)"
old=$(domid_of "$NAME"); writable_testing
xs_write "/local/domain/$old/control/testing" next:crash
sleep 3
show "\$ xl shutdown $NAME"; xl_ shutdown "$NAME" 2>&1 | sed 's/^/@@show   /'
wait_until 30 domain_new_and_ready "$NAME" "$old"; wait_ready; sleep 2; show_xl

narrate "xl shutdown -w: an ordinary poweroff"
show "\$ xl shutdown -w $NAME"; xl_ shutdown -w "$NAME" 2>&1 | sed 's/^/@@show   /'
sleep 2; show_xl
narrate "done"
kill $tail_pid 2>/dev/null
echo "@@rig done 0 0"
