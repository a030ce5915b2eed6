#!/bin/sh
# PID 1 of the BlueZ test VM. Brings up the kernel Bluetooth stack with three linked virtual LE
# controllers (btvirt: hci0 00:AA:01:00:00:00 for the central, hci1 00:AA:01:01:00:01 for the
# strap, hci2 for sensors the host offers through bluetoothd), the system bus (also on
# TCP 7777 for the host), bluetoothd, and BlueZ's btgatt-server as a heart-rate strap on hci1.
# Then it obeys one-line commands from the host on /dev/ttyS1 and answers "DONE <command>":
#   strap-on | strap-off | restart-bluetoothd | logs | poweroff | run <shell command> (diagnostics)
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev 2>/dev/null
mkdir -p /dev/pts && mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /run; mount -t tmpfs tmpfs /tmp
mount -t debugfs none /sys/kernel/debug 2>/dev/null
mount -o remount,rw / 2>/dev/null
hostname bluez-vm
say() { echo "[vm $(cut -d' ' -f1 /proc/uptime)] $*"; }

modprobe virtio_net 2>/dev/null
modprobe bluetooth && modprobe hci_vhci || say "FATAL: no hci_vhci"
ip link set lo up
NIC=$(ls /sys/class/net | grep -v '^lo$' | head -1)
[ -n "$NIC" ] && ip link set "$NIC" up && ip addr add 10.0.2.15/24 dev "$NIC" && ip route add default via 10.0.2.2

mkdir -p /run/dbus
dbus-daemon --config-file=/etc/dbus-1/system-tcp.conf --fork --print-address=1 > /run/dbus/address

powered() {
  dbus-send --system --print-reply --dest=org.bluez /org/bluez/$1 \
    org.freedesktop.DBus.Properties.Get string:org.bluez.Adapter1 string:Powered 2>/dev/null | grep -q "boolean true"
}
both_powered() { powered hci0 && powered hci1 && powered hci2; }
# Waits up to $1 seconds (wall time in the guest) for bluetoothd to have both adapters powered.
wait_powered() {
  local until=$(( $(cut -d. -f1 /proc/uptime) + $1 ))
  while [ "$(cut -d. -f1 /proc/uptime)" -lt $until ]; do both_powered && return 0; sleep 0.3; done
  return 1
}
start_bluetoothd() {
  bluetoothd -n -d >> /run/bluetoothd.log 2>&1 &
  echo $! > /run/bluetoothd.pid
  # bluetoothd powers its adapters itself; a racing "btmgmt power on" is refused as Busy and can
  # leave an adapter half set up, so it is only a fallback.
  wait_powered 30 && return 0
  for hci in hci0 hci1 hci2; do powered $hci || btmgmt -i $hci power on >/dev/null; done
  wait_powered 10
}
diag() {
  say "--- diagnostics"
  ls /sys/class/bluetooth
  dmesg | grep -iE "bluetooth|hci" | tail -20
  btmgmt info 2>&1 | grep -E "^hci|addr|current settings" | head -12
  grep -E "index|Adapter /org" /run/bluetoothd.log | tail -20
}
# btvirt emulates two linked controllers; on a slow or heavily loaded host the kernel's
# controller setup can time out, so the whole stack is brought up again (three tries at most).
bring_up() {
  btvirt -L -l3 >> /run/btvirt.log 2>&1 &
  echo $! > /run/btvirt.pid
  for i in $(seq 1 300); do [ -e /sys/class/bluetooth/hci0 ] && [ -e /sys/class/bluetooth/hci1 ] && [ -e /sys/class/bluetooth/hci2 ] && break; sleep 0.1; done
  say "controllers: $(ls /sys/class/bluetooth | tr '\n' ' ')"
  # The kernel announces a controller to management only once its HCI setup has worked; a starved
  # guest can time out there (dmesg: "hci0: Opcode 0x0c03 failed: -110").
  for i in $(seq 1 60); do [ "$(btmgmt info 2>/dev/null | grep -c 'addr 00:AA:01')" = 3 ] && break; sleep 0.3; done
  [ "$(btmgmt info 2>/dev/null | grep -c 'addr 00:AA:01')" = 3 ] || return 1
  start_bluetoothd
}
for attempt in 1 2 3; do
  bring_up && break
  say "attempt $attempt: the adapters did not come up"
  diag
  kill "$(cat /run/bluetoothd.pid)" "$(cat /run/btvirt.pid)" 2>/dev/null
  sleep 2
done

# A restart must really be one: the old daemon gone (it powers the adapters down on its way out,
# which can take long in a starved guest; after 20 s it is killed) before the new one starts, or
# the new one cannot take the org.bluez name.
stop_bluetoothd() {
  local pid; pid=$(cat /run/bluetoothd.pid)
  kill "$pid" 2>/dev/null
  for i in $(seq 1 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && { say "bluetoothd did not stop in 20 s: killed"; kill -9 "$pid"; sleep 0.5; }
  say "bluetoothd stopped"
}

# The strap must start after bluetoothd has registered hci1: bluetoothd clears advertising when it
# starts, and the newest ATT listener on hci1 takes incoming connections. btgatt-server needs a
# pollable stdin (a FIFO held open) and serves a single connection, so it is respawned. Its output
# is line-buffered so the log shows when it listens again (strap_ready reads that).
strap_on() {
  [ -f /run/strap.pid ] && return
  btmgmt -i hci1 name "Fake HRM" >/dev/null
  [ -p /run/strap.in ] || mkfifo /run/strap.in
  ( exec 3<>/run/strap.in
    while [ ! -f /run/strap.off ]; do
      stdbuf -oL btgatt-server -i hci1 -r -v <&3 >> /run/btgatt-server.log 2>&1
      sleep 0.2
    done ) &
  echo $! > /run/strap.pid
  sleep 0.5
  btmgmt -i hci1 add-adv -c -g -n -u 180d 1 >/dev/null
  # The emulated controller reports an advertiser to a scanner once, at the instant scanning is
  # enabled, which can be before the kernel counts its discovery as started: then the report is
  # dropped and that discovery never sees the strap. Advertising anew every 2 s (while no central
  # is connected) makes the emulated strap behave like a real one, which advertises many times a
  # second. Observed with btmon: reports before "Discovering", no Device Found.
  ( while [ ! -f /run/strap.off ]; do
      sleep 2
      [ -f /run/strap.off ] && break
      btmgmt -i hci1 con 2>/dev/null | grep -q "00:AA:01" && continue
      btmgmt -i hci1 rm-adv 1 >/dev/null; btmgmt -i hci1 add-adv -c -g -n -u 180d 1 >/dev/null
    done ) &
  echo $! > /run/strap-pulse.pid
}
# Between one central's disconnect and the respawned btgatt-server's listen, bluetoothd's own GATT
# server on hci1 answers a connection (as "BlueZ 5.66", with no heart-rate service). A check that
# connects right after another one waits here: no link on hci1 and btgatt-server listening.
strap_ready() {
  for i in $(seq 1 100); do
    if ! btmgmt -i hci1 con 2>/dev/null | grep -q "00:AA:01" \
       && pgrep -x btgatt-server >/dev/null \
       && grep -E "Waiting for connections|Shutting down" /run/btgatt-server.log | tail -n 1 | grep -q Waiting; then
      return 0
    fi
    sleep 0.1
  done
  say "strap not ready after 10 s"; return 1
}
strap_off() {
  [ -f /run/strap.pid ] || return
  touch /run/strap.off
  kill "$(cat /run/strap-pulse.pid)" 2>/dev/null
  btmgmt -i hci1 rm-adv 1 >/dev/null
  kill "$(cat /run/strap.pid)" 2>/dev/null
  pkill -x btgatt-server
  for i in $(seq 1 30); do pgrep -x btgatt-server >/dev/null || break; sleep 0.1; done
  rm -f /run/strap.pid /run/strap.off /run/strap-pulse.pid
}

# Ready when hci0 can see the strap advertising. bluetoothd may still be setting hci1 up after it
# reports it powered, and that can drop an advertisement added too early: add it again until an LE
# discovery from hci0 finds it.
strap_visible() { timeout 25 btmgmt -i hci0 find -l 2>/dev/null | grep -qi "00:AA:01:01:00:01"; }
strap_on
for attempt in 1 2 3 4; do
  strap_visible && break
  say "strap not seen from hci0 (attempt $attempt): advertising again"
  btmgmt -i hci1 rm-adv 1 >/dev/null; sleep 1
  btmgmt -i hci1 add-adv -c -g -n -u 180d 1 >/dev/null
done
# btmgmt is cut off in the middle of its discovery above, which leaves hci0's LE scanning stuck:
# later discoveries through bluetoothd start but never report anything. Power-cycling hci0 clears it.
btmgmt -i hci0 power off >/dev/null; btmgmt -i hci0 power on >/dev/null
wait_powered 15
if both_powered; then say "PACELINK-VM READY"; else diag; say "PACELINK-VM BROKEN: the adapters are not all powered"; fi

stty -F /dev/ttyS1 raw -echo 2>/dev/null
exec 3<>/dev/ttyS1
while read -r cmd <&3; do
  cmd=$(echo "$cmd" | tr -d '\r')
  say "command: $cmd"
  case $cmd in
    strap-on) strap_on ;;
    strap-off) strap_off ;;
    strap-ready) strap_ready ;;
    restart-bluetoothd) stop_bluetoothd; start_bluetoothd || diag; say "bluetoothd running again: $(pgrep -x bluetoothd | tr '\n' ' ')" ;;
    run\ *) sh -c "${cmd#run }" 2>&1 | sed 's/^/[run] /' ;;
    logs) diag; for f in bluetoothd btgatt-server btvirt; do say "--- $f (tail)"; tail -n 40 /run/$f.log; done ;;
    poweroff) echo "DONE poweroff" >&3; break ;;
    *) say "unknown command: $cmd" ;;
  esac
  echo "DONE $cmd" >&3
done
sync
echo o > /proc/sysrq-trigger
sleep 10
