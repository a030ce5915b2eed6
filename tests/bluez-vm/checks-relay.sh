#!/bin/bash
# `pacelink relay` between real sensors and a watch nobody here wrote: PaceLink's emulated pod on
# hci2 reads 4 % long, btgatt-server on hci1 is the strap, the relay reaches both through hci0 and
# offers them on hci3 with calibration 1/1.04, and python3-bleak (watch.py, on hci0 like a second
# central) subscribes to the relayed 0x2A53 and 0x2A37. The pod drops out for a few seconds in rep 2.
# Sourced by run-lane.sh after the pod checks, which leave the pod paired.

stage "relay: a calibrated pod and the strap to a third-party watch"
RELAY_WORKOUT=$HERE/lane-relay-workout.yaml
vm_command strap-on 30 || fail "guest did not start the strap again"
vm_command strap-ready 15 || echo "guest: the strap did not report ready"
PL pair "$STRAP" --as hr --bus "$BUS" --adapter hci0 > "$RUN/pair-strap-relay.log" 2>&1 \
  || { cat "$RUN/pair-strap-relay.log"; echo "the strap could not be paired again: the relay runs without it"; }
vm_command strap-ready 15 || echo "guest: the strap did not report ready after pairing"

mkfifo "$RUN/emulate-relay.in"
exec 9<>"$RUN/emulate-relay.in"
dotnet "$BIN/cli/pacelink.dll" emulate footpod --adapter "$POD_ADAPTER" --bus "$BUS" --workout "$RELAY_WORKOUT" --speed "$SPEED" \
  --seed 11 --pod-error 4% --start-delay 2s --trace "$RUN/emulator-relay.jsonl" <&9 > "$RUN/emulate-relay.log" 2>&1 &
EMULATE_RELAY_PID=$!; OWN_PIDS+=($EMULATE_RELAY_PID)
check "emulate offers a pod that reads 4 % long on $POD_ADAPTER" wait_line "$RUN/emulate-relay.log" "^ready " 60 $EMULATE_RELAY_PID

PL relay --adapter hci3 --sensors-adapter hci0 --bus "$BUS" --calibration 0.961538 --trace "$RUN/relay.jsonl" > "$RUN/relay.log" 2>&1 &
RELAY_PID=$!; OWN_PIDS+=($RELAY_PID)
check "relay serves the pod and the strap on hci3" wait_line "$RUN/relay.log" "^relaying " 120 $RELAY_PID

WATCH_SECONDS=$(awk -v s="$SPEED" 'BEGIN { printf "%d", 240 / s + 90 }')
DBUS_SYSTEM_BUS_ADDRESS=$BUS /usr/bin/python3 "$HERE/watch.py" --bus "$BUS" --adapter hci0 --seconds "$WATCH_SECONDS" \
  > "$RUN/watch.log" 2>&1 &
WATCH_PID=$!; OWN_PIDS+=($WATCH_PID)
check "the third-party watch connects to the relay and subscribes" wait_line "$RUN/relay.log" "^watch subscribed to 0x2A53" 150 $RELAY_PID

# The pod goes away for a few seconds in the middle of rep 2 (the relay reconnects by itself).
if wait_line "$RUN/emulate-relay.log" "^event .* go: set 1 rep 2" 240 $EMULATE_RELAY_PID; then
  sleep $(awk -v s="$SPEED" 'BEGIN { print 30 / s }')
  echo off >&9; echo "pod switched off"
  sleep 5
  echo on >&9; echo "pod switched on"
else
  fail "the relay's rep 2 never started"
fi
wait_exit $EMULATE_RELAY_PID 300 || { echo stop >&9; wait_exit $EMULATE_RELAY_PID 30; fail "emulate's workout did not end in time"; }
exec 9>&-
sleep 5   # the last values reach the watch
kill -INT $RELAY_PID 2>/dev/null; wait_exit $RELAY_PID 30
kill $WATCH_PID 2>/dev/null; wait_exit $WATCH_PID 10
grep -E "^(relaying|watch|pod:|hr:|relayed)" "$RUN/relay.log"
grep -E "^(info|link|error|scan)" "$RUN/watch.log" | head -20
grep -E "^(truth|summary|sensor)" "$RUN/emulate-relay.log"

TRUTH=$(awk '/^truth distance/ { print $3 }' "$RUN/emulate-relay.log")
LAST=$(awk '/^rsc / { d = $3 } END { print d }' "$RUN/watch.log")
BACKWARDS=$(awk '/^rsc / { if (seen && $3 < last) n++; last = $3; seen = 1 } END { print n + 0 }' "$RUN/watch.log")
PODS=$(grep -c '^notify .* 2a53 ' "$RUN/watch.log")
OFF=$(awk -v t="${TRUTH:-0}" -v d="${LAST:-0}" 'BEGIN { if (t > 0) printf "%.2f", (d - t) / t * 100; else print "none" }')
check "the watch's relayed distance is within 0.5 % of the simulator's truth (watch ${LAST:-none} m, truth ${TRUTH:-none} m, ${OFF} %, $PODS values)" \
  awk -v o="$OFF" -v n="$PODS" 'BEGIN { exit !(o != "none" && (o < 0 ? -o : o) <= 0.5 && n >= 20) }'
check "the relayed distance never goes back, across the pod's dropout ($BACKWARDS steps back)" eval "[ '$BACKWARDS' = 0 ] && [ $PODS -ge 20 ]"
check "the pod's link to the relay dropped and came back" \
  eval "grep -q '^pod: lost' '$RUN/relay.log' && [ \$(grep -c '^pod: connected' '$RUN/relay.log') -ge 2 ]"
# Heart rate goes out byte for byte: every value the watch got is one the strap sent the relay.
grep '"sensor":"hr"' "$RUN/relay.jsonl" 2>/dev/null | grep '"type":"notify"' | grep -oE '"hex":"[0-9a-f]+"' | cut -d'"' -f4 | sort -u > "$RUN/hr-in.txt"
awk '/^notify .* 2a37 / { print $4 }' "$RUN/watch.log" | sort -u > "$RUN/hr-out.txt"
HR_OUT=$(wc -l < "$RUN/hr-out.txt"); HR_ALIEN=$(comm -13 "$RUN/hr-in.txt" "$RUN/hr-out.txt" | wc -l)
check "the watch's heart rate is the strap's, byte for byte ($HR_OUT distinct values, $HR_ALIEN not from the strap)" \
  eval "[ $HR_OUT -ge 3 ] && [ $HR_ALIEN = 0 ]"
timing "relay checks"
