#!/bin/bash
# Checks with PaceLink's own emulated foot pod on hci2 and PaceLink's central on hci0: a short
# workout over the real stack, with the pod switched off mid-rep and bluetoothd restarted.
# Sourced by run-lane.sh.

stage "emulated foot pod: workout with faults"
POD=$(gdbus call --address "$BUS" -d org.bluez -o /org/bluez/$POD_ADAPTER -m org.freedesktop.DBus.Properties.Get org.bluez.Adapter1 Address 2>/dev/null \
  | grep -oE '([0-9A-F]{2}:){5}[0-9A-F]{2}')
[ -n "$POD" ] || fatal "the guest has no adapter $POD_ADAPTER for the emulated pod"
echo "emulated pod on $POD_ADAPTER ($POD)"
mkfifo "$RUN/emulate.in"
exec 8<>"$RUN/emulate.in"
dotnet "$BIN/cli/pacelink.dll" emulate footpod --adapter "$POD_ADAPTER" --bus "$BUS" --workout "$WORKOUT" --speed "$SPEED" --seed 7 \
  --start-delay 1s --trace "$RUN/emulator-session.jsonl" <&8 > "$RUN/emulate.log" 2>&1 &
EMULATE_PID=$!; OWN_PIDS+=($EMULATE_PID)
check "emulate registers the GATT application and advertisement on $POD_ADAPTER" wait_line "$RUN/emulate.log" "^ready " 60 $EMULATE_PID

scan_for "$POD" "Running Speed and Cadence" "$RUN/scan-pod.log"
POD_SCAN_RC=$?
cat "$RUN/scan-pod.log"
check "scan finds the emulated pod by the running speed and cadence service 0x1814" eval "[ $POD_SCAN_RC = 0 ]"
PL pair "$POD" --as footpod --bus "$BUS" --adapter hci0 > "$RUN/pair-pod.log" 2>&1
POD_PAIR_RC=$?
cat "$RUN/pair-pod.log"
check "pair finds and remembers the emulated pod" eval "[ $POD_PAIR_RC = 0 ] && grep -qi '\"rsc\"' '$PACELINK_CONFIG_DIR/sensors.json'"

dotnet "$BIN/central/PaceLink.BlueZLane.LiveCentral.dll" --bus "$BUS" --adapter hci0 --workout "$WORKOUT" --speed "$SPEED" --trace "$RUN/pod-session.jsonl" \
  > "$RUN/central.log" 2>&1 &
CENTRAL_PID=$!; OWN_PIDS+=($CENTRAL_PID)
check "PaceLink's central on hci0 connects to the emulated pod and starts the workout" wait_line "$RUN/central.log" "^started " 180 $CENTRAL_PID

# Fault 1: the pod goes away for a few seconds in the middle of rep 2.
if wait_line "$RUN/central.log" '"kind":"phase","phase":"rep","set":1,"rep":2' 180 $CENTRAL_PID; then
  sleep $(awk -v s="$SPEED" 'BEGIN { print 24 / s }')
  echo off >&8; echo "pod switched off"
  sleep 5
  echo on >&8; echo "pod switched on"
else
  fail "rep 2 never started"
fi

# Fault 2: bluetoothd restarts early in rep 3.
if wait_line "$RUN/central.log" '"kind":"phase","phase":"rep","set":1,"rep":3' 180 $CENTRAL_PID; then
  sleep $(awk -v s="$SPEED" 'BEGIN { print 6 / s }')
  RESTART_T0=$(now)
  vm_command restart-bluetoothd 60 && echo "bluetoothd restarted in $(secs "$RESTART_T0" "$(now)") s" || fail "guest did not restart bluetoothd"
else
  fail "rep 3 never started"
fi

wait_exit $CENTRAL_PID 300 || fail "the central's workout did not end in time"
echo stop >&8
wait_exit $EMULATE_PID 30 || fail "emulate did not stop when asked"
exec 8>&-
grep -E "^(started|link|summary)|rep_complete" "$RUN/central.log"
grep -E "^(truth|summary|sensor|log bluetoothd)" "$RUN/emulate.log"

check "the workout completes over the real stack with 4 reps" grep -q "^summary completed reps 4 " "$RUN/central.log"
check "the pod's link dropped and came back after each fault" \
  eval "[ \$(grep -c '^link .* pod Lost' '$RUN/central.log') -ge 2 ] && [ \$(grep -c '^link .* pod Connected' '$RUN/central.log') -ge 3 ]"
# The engine bridges short gaps on its own, so a completed workout alone does not prove the pod's
# data came back: after every reconnection the trace must hold fresh pod notifications.
GAPS=$(awk '/"type":"link"/ && /"sensor":"pod"/ { if (seen && n < 3) bad++; seen = /"connected"/; n = 0; next }
            /"type":"notify"/ && /"sensor":"pod"/ { n++ }
            END { if (seen && n < 3) bad++; print bad + 0 }' "$RUN/pod-session.jsonl" 2>/dev/null)
check "pod notifications arrive again after every reconnection (${GAPS:-?} link periods without data)" eval "[ '${GAPS:-1}' = 0 ]"
check "emulate re-registered by itself after bluetoothd restarted" grep -q "registered again" "$RUN/emulate.log"

# Every rep ends where the simulator says: the central's rep-done cue (wall clock) against the
# runner's true crossing of 400 m, within TOLERANCE session seconds; no rep is short of distance.
TOLERANCE=${LANE_REP_TOLERANCE_S:-2.5}
for rep in 1 2 3 4; do
  cue=$(grep "\"kind\":\"rep_complete\",\"set\":1,\"rep\":$rep," "$RUN/central.log" | head -1)
  truth=$(grep "^truth set 1 rep $rep " "$RUN/emulate.log" | head -1)
  if [ -z "$cue" ] || [ -z "$truth" ]; then fail "rep $rep ends where the simulator says" "missing rep cue or truth"; continue; fi
  cue_at=$(epoch "$(echo "$cue" | cut -d' ' -f2)")
  true_at=$(echo "$truth" | awk '{ for (i = 1; i < NF; i++) if ($i == "crossing") print $(i + 1) }')
  [ "$true_at" = none ] && { fail "rep $rep ends where the simulator says" "the runner never crossed"; continue; }
  true_at=$(epoch "$true_at")
  metres=$(echo "$cue" | grep -o '"distance_m":[0-9.]*' | cut -d: -f2)
  off=$(awk -v a="$cue_at" -v b="$true_at" -v s="$SPEED" 'BEGIN { printf "%.2f", (a - b) * s }')
  check "rep $rep ends where the simulator says (cue - truth = $off s, $metres m)" \
    awk -v d="$off" -v t="$TOLERANCE" -v m="${metres:-0}" 'BEGIN { exit !((d < 0 ? -d : d) <= t && m >= 399) }'
done
timing "pod checks"
