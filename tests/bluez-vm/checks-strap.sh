#!/bin/bash
# Checks against a strap nobody here wrote: BlueZ's btgatt-server on hci1. Sourced by run-lane.sh.

stage "strap: scan, pair, live heart rate"
scan_for "$STRAP" "Heart Rate" "$RUN/scan.log"
SCAN_RC=$?
cat "$RUN/scan.log"
check "scan finds the btgatt-server strap ($STRAP) by the heart-rate service 0x180D" eval "[ $SCAN_RC = 0 ]"

PL pair "$STRAP" --as hr --bus "$BUS" --adapter hci0 > "$RUN/pair-strap.log" 2>&1
PAIR_RC=$?
cat "$RUN/pair-strap.log"
PL sensors > "$RUN/sensors-strap.log" 2>&1
check "pair remembers the strap (sensors.json and pacelink sensors list it)" \
  eval "[ $PAIR_RC = 0 ] && grep -qi '$STRAP' '$PACELINK_CONFIG_DIR/sensors.json' && grep -qi '$STRAP' '$RUN/sensors-strap.log'"

# pair has just disconnected; the strap serves one connection at a time and needs a moment to listen again.
vm_command strap-ready 15 || echo "guest: the strap did not report ready; the session goes on"
CENTRAL --bus "$BUS" --adapter hci0 --trace "$RUN/strap-session.jsonl" --stop-after 12 --target-pace 4:00 > "$RUN/strap-session.log" 2>&1
STRAP_RC=$?
grep -E "^(link|heart-rate|summary)" "$RUN/strap-session.log" | head -20
HR_RECORDS=$(grep -c '"sensor":"hr","char":"2a37"' "$RUN/strap-session.jsonl" 2>/dev/null)
check "a live session records the strap's heart-rate notifications in the trace (${HR_RECORDS:-0} records)" \
  eval "[ $STRAP_RC = 0 ] && [ ${HR_RECORDS:-0} -ge 5 ]"
check "the engine receives the strap's heart rate" grep -Eq "^heart-rate .* [0-9]+$" "$RUN/strap-session.log"
timing "strap checks"

# The emulated pod takes hci1 next: stop the strap and make hci0 forget what it learnt about it.
vm_command strap-off 30 || fail "guest did not stop the strap"
STRAP_PATH=/org/bluez/hci0/dev_${STRAP//:/_}
gdbus call --address "$BUS" -d org.bluez -o "$STRAP_PATH" -m org.bluez.Device1.Disconnect > /dev/null 2>&1
gdbus call --address "$BUS" -d org.bluez -o /org/bluez/hci0 -m org.bluez.Adapter1.RemoveDevice "$STRAP_PATH" > /dev/null 2>&1
# hci1 advertises again only once the link to hci0 is really gone.
for _ in $(seq 1 50); do
  gdbus introspect --address "$BUS" -d org.bluez -o "$STRAP_PATH" 2>/dev/null | grep -q Device1 || break
  sleep 0.3
done
PL forget "$STRAP" --bus "$BUS" --adapter hci0 > /dev/null 2>&1
