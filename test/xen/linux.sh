#!/bin/sh
# test/xen/linux.sh — the rig's self-check (`test/xen/rig --linux`): the same dom0, xl and
# assertion library, driving Debian's own 6.1 kernel as a PV guest (ELF vmlinux extracted from
# the dom0 kernel, a busybox initramfs that prints "linux-guest ready"). If these pass, a test-vm
# failure is about test-vm, not about the rig. It does not test test-vm.xen.
. /rig/lib.sh

cat > /tmp/linux.cfg <<CFG
type = "pv"
kernel = "/rig/vmlinux"
ramdisk = "/rig/guest.cpio.gz"
extra = "console=hvc0 quiet rdinit=/sbin/init"
memory = 128
vcpus = 1
on_poweroff = "destroy"
on_reboot = "restart"
on_crash = "preserve"
CFG

create_ready() {  # NAME
  xl_create /tmp/linux.cfg "$1" || return 1
  expect_within 90 "control/feature-poweroff = 1" domain_ready "$1" || return 1
  expect_console "$1" "linux-guest ready" 60
}

linux_boot() {
  create_ready "$1" || return 1
  check "feature-reboot = 1" xs_is "/local/domain/$(domid_of "$1")/control/feature-reboot" 1
}
linux_shutdown() {
  create_ready "$1" || return 1
  check "xl shutdown -w returns 0" xl_ shutdown -w "$1" || return 1
  check "domain gone" domain_gone "$1"
}
linux_reboot() {
  local old
  create_ready "$1" || return 1
  old=$(domid_of "$1")
  check "xl reboot returns 0" xl_ reboot "$1" || return 1
  expect_within 90 "a new domid, ready" domain_new_and_ready "$1" "$old" || return 1
  expect_within 60 "console shows a second readiness line" console_count_at_least "$1" "linux-guest ready" 2
}
# The suspend path on a known-good guest: xl save, xl restore, then the restored Linux obeys.
linux_save_restore() {
  local image="/var/lib/xen/$1.save" old
  create_ready "$1" || return 1
  old=$(domid_of "$1")
  check "xl save returns 0" xl_for "$1" save "$1" "$image" || return 1
  check "domain gone after save" domain_gone "$1" || return 1
  check "xl restore returns 0" xl_for "$1" restore "$image" || { rm -f "$image"; return 1; }
  rm -f "$image"
  check "a new domid after restore" [ "$(domid_of "$1")" != "$old" ] || return 1
  check "xl shutdown -w after restore returns 0" xl_for "$1" shutdown -w "$1" || return 1
  check "domain gone" domain_gone "$1"
}
linux_destroy() {
  create_ready "$1" || return 1
  check "xl destroy returns 0" xl_ destroy "$1" || return 1
  expect_within 10 "domain gone" domain_gone "$1"
}

scenario linux-boot linux_boot
scenario linux-shutdown linux_shutdown
scenario linux-reboot linux_reboot
scenario linux-save-restore linux_save_restore
scenario linux-destroy linux_destroy
rig_summary
