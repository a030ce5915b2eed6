#!/bin/bash
# Functions to boot, command and stop the BlueZ test VM (sourced by run-lane.sh).
# vm_boot IMG RUNDIR PORT: qemu in the background, console in RUNDIR/console.log, the guest's
#   system bus on 127.0.0.1:PORT, commands to the guest through a pipe on its second serial port.
# vm_wait_ready SECONDS, vm_command CMD SECONDS, vm_stop.

vm_boot() {
  VM_IMG=$1; VM_RUN=$2; VM_PORT=$3
  mkdir -p "$VM_RUN"
  rm -f "$VM_RUN"/ctl.in "$VM_RUN"/ctl.out "$VM_RUN"/console.log "$VM_RUN"/ctl.log
  mkfifo "$VM_RUN/ctl.in" "$VM_RUN/ctl.out"
  # No KVM on these hosts (no vmx/svm): multi-threaded TCG. snapshot=on keeps the image pristine.
  qemu-system-x86_64 -accel tcg,thread=multi -cpu max -smp 2 -m 1024 \
    -display none -monitor none -no-reboot \
    -serial file:"$VM_RUN/console.log" -serial pipe:"$VM_RUN/ctl" \
    -kernel "$VM_IMG/vmlinuz" -initrd "$VM_IMG/initrd.img" \
    -append "console=ttyS0 root=/dev/vda rw init=/sbin/pacelink-vm-init quiet loglevel=3 panic=-1" \
    -drive file="$VM_IMG/rootfs.ext4",format=raw,if=virtio,snapshot=on \
    -netdev user,id=n0,hostfwd=tcp:127.0.0.1:$VM_PORT-:7777 -device virtio-net-pci,netdev=n0 \
    > "$VM_RUN/qemu.log" 2>&1 &
  VM_PID=$!
  exec 7<>"$VM_RUN/ctl.in"
  cat "$VM_RUN/ctl.out" > "$VM_RUN/ctl.log" &
  VM_CTL_READER=$!
}

# Waits for the guest's "PACELINK-VM READY" line; false on timeout, when qemu dies or the guest reports itself broken.
vm_wait_ready() {
  local deadline=$(( $(date +%s) + $1 ))
  while [ "$(date +%s)" -lt $deadline ]; do
    grep -q "PACELINK-VM READY" "$VM_RUN/console.log" 2>/dev/null && return 0
    grep -q "PACELINK-VM BROKEN" "$VM_RUN/console.log" 2>/dev/null && return 1
    kill -0 $VM_PID 2>/dev/null || { echo "qemu exited:"; cat "$VM_RUN/qemu.log"; return 1; }
    sleep 0.5
  done
  return 1
}

# Sends one command to the guest's init and waits for its "DONE" answer.
vm_command() {
  local cmd=$1 deadline=$(( $(date +%s) + ${2:-30} )) before
  before=$(grep -c "^DONE $cmd" "$VM_RUN/ctl.log" 2>/dev/null)
  echo "$cmd" >&7
  while [ "$(date +%s)" -lt $deadline ]; do
    [ "$(grep -c "^DONE $cmd" "$VM_RUN/ctl.log" 2>/dev/null)" -gt "${before:-0}" ] && return 0
    sleep 0.2
  done
  return 1
}

# Asks the guest to power off; kills qemu if it has not gone within 20 s.
vm_stop() {
  [ -n "${VM_PID:-}" ] || return 0
  if kill -0 $VM_PID 2>/dev/null; then
    vm_command logs 10 >/dev/null || true
    echo poweroff >&7 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 $VM_PID 2>/dev/null || break; sleep 0.5; done
    kill $VM_PID 2>/dev/null && echo "qemu did not power off in time: killed"
  fi
  wait $VM_PID 2>/dev/null
  exec 7>&- 2>/dev/null
  kill $VM_CTL_READER 2>/dev/null; wait $VM_CTL_READER 2>/dev/null
  VM_PID=
}
