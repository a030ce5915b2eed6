#!/bin/bash
# The BlueZ VM lane: PaceLink against the real bluetoothd, kernel Bluetooth stack and controller
# emulator, in a Debian VM under qemu. Builds (or reuses) the image, boots it with the guest's
# system bus on a host TCP port, runs the checks from the host, shuts the VM down, prints a summary.
# Exits 0 only when every check passed. Usage: tests/bluez-vm/run-lane.sh
# Environment: BLUEZ_VM_WORK (cache, default /var/tmp/pacelink-bluez-vm), BLUEZ_VM_PORT (default: a
# free port from 17700), BLUEZ_VM_MIRROR (Debian mirror), LANE_SPEED (default 2), LANE_CHECKS
# (default "strap pod").
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
WORK=${BLUEZ_VM_WORK:-/var/tmp/pacelink-bluez-vm}
export BLUEZ_VM_WORK=$WORK
RUN=$WORK/runs/$(date -u +%Y%m%d-%H%M%S)-$$
SPEED=${LANE_SPEED:-2}
WORKOUT=$HERE/lane-workout.yaml
STRAP=00:AA:01:01:00:01      # btvirt's fixed address of hci1, where BlueZ's btgatt-server plays the strap
POD_ADAPTER=hci2             # where `pacelink emulate footpod` offers the pod
mkdir -p "$RUN"
source "$HERE/vm.sh"
source "$HERE/lane-lib.sh"

LANE_T0=$(now)
trap 'cleanup' EXIT
trap 'exit 130' INT TERM

stage "VM image"
IMG=$("$HERE/build-image.sh") || fatal "the VM image could not be built (see the message above)"
timing image

stage "build PaceLink"
# Built once per version of the sources (a tree with local changes to them is always built afresh).
if [ -z "$(cd "$REPO" && git status --porcelain -- src tests/bluez-vm/LiveCentral Directory.Build.props Directory.Packages.props 2>/dev/null)" ] \
   && KEY=$(cd "$REPO" && git rev-parse HEAD:src HEAD:tests/bluez-vm/LiveCentral HEAD:Directory.Packages.props 2>/dev/null | sha256sum | cut -c1-16); then
  BIN=$WORK/bin/$KEY
else
  BIN=$RUN/bin
fi
if [ -f "$BIN/cli/pacelink.dll" ] && [ -f "$BIN/central/PaceLink.BlueZLane.LiveCentral.dll" ]; then
  echo "reusing the build of this commit in $BIN"
else
( cd "$REPO" && dotnet build src/PaceLink.Cli -f net10.0 -o "$BIN/cli" -nologo -v q -clp:ErrorsOnly \
  && dotnet build tests/bluez-vm/LiveCentral -o "$BIN/central" -nologo -v q -clp:ErrorsOnly ) \
  > "$RUN/build.log" 2>&1 || { cat "$RUN/build.log"; rm -rf "$BIN"; fatal "dotnet build failed"; }
fi
PL() { dotnet "$BIN/cli/pacelink.dll" "$@"; }
CENTRAL() { dotnet "$BIN/central/PaceLink.BlueZLane.LiveCentral.dll" "$@"; }
timing build

stage "boot"
PORT=${BLUEZ_VM_PORT:-$(free_port 17700)}
BUS=tcp:host=127.0.0.1,port=$PORT
export PACELINK_CONFIG_DIR=$RUN/config
vm_boot "$IMG" "$RUN/vm" "$PORT"
vm_wait_ready 300 || { grep -v "^bluetoothd" "$RUN/vm/console.log" | tail -40; fatal "the VM did not become ready in 300 s (console above)"; }
timing boot
echo "guest bus: $BUS (log: $RUN)"

# LANE_CHECKS chooses the stages (default all: strap pod), for working on one of them.
CHECKS=${LANE_CHECKS:-strap pod}
for c in $CHECKS; do source "$HERE/checks-$c.sh"; done

stage "shutdown"
vm_stop
timing shutdown
summary
