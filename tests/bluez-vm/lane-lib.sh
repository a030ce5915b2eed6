#!/bin/bash
# Small helpers for run-lane.sh: timing, check bookkeeping, waiting on log lines, cleanup.
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
STAGE_T0=$(now); TIMINGS=(); PASSED=(); FAILED=(); OWN_PIDS=()

stage() { STAGE_T0=$(now); echo; echo "=== $* ($(date -u +%T))"; }
timing() { TIMINGS+=("$1 $(secs "$STAGE_T0" "$(now)") s"); echo "--- $1 took $(secs "$STAGE_T0" "$(now)") s"; }

pass() { PASSED+=("$1"); echo "PASS  $1"; }
fail() { FAILED+=("$1${2:+: $2}"); echo "FAIL  $1${2:+: $2}"; }
check() { local name=$1; shift; if "$@"; then pass "$name"; else fail "$name"; fi; }

fatal() {
  echo
  echo "################################################################"
  echo "# BLUEZ VM LANE ABORTED: $*"
  echo "################################################################"
  FAILED+=("lane aborted: $*")
  exit 1
}

# Waits until FILE has a line matching the extended regex, or SECONDS pass, or process PID (optional) ends.
wait_line() {
  local file=$1 pattern=$2 deadline=$(( $(date +%s) + $3 )) pid=${4:-}
  until grep -Eq -- "$pattern" "$file" 2>/dev/null; do
    [ "$(date +%s)" -ge $deadline ] && return 1
    [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null && { grep -Eq -- "$pattern" "$file" 2>/dev/null; return; }
    sleep 0.3
  done
}

# Waits until PID exits, or SECONDS pass.
wait_exit() {
  local pid=$1 deadline=$(( $(date +%s) + $2 ))
  while kill -0 "$pid" 2>/dev/null; do
    [ "$(date +%s)" -ge $deadline ] && return 1
    sleep 0.3
  done
}

# Scans from hci0 until ADDRESS shows up with SERVICE (a name in pacelink's scan table), at most
# three times; the output of the last scan is in FILE. Under software emulation the virtual controller
# often reports nothing in the kernel's first LE discovery window (10.24 s); bluetoothd starts a
# new window by itself, so each scan lasts 25 s to span two.
scan_for() {
  local address=$1 service=$2 file=$3 attempt
  for attempt in 1 2 3; do
    PL scan --bus "$BUS" --adapter hci0 --timeout 25s > "$file" 2>&1
    grep -i "$address" "$file" | grep -q "$service" && return 0
    echo "scan $attempt did not see $address"
  done
  return 1
}

free_port() {
  local p=$1
  while (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; do p=$((p + 1)); done
  echo $p
}

# Epoch seconds (with fraction) of an ISO-8601 UTC time.
epoch() { date -u -d "$1" +%s.%N; }

cleanup() {
  local pid
  for pid in "${OWN_PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
  vm_stop >/dev/null 2>&1
  if [ -z "${SUMMARY_DONE:-}" ]; then summary; fi
}

summary() {
  SUMMARY_DONE=1
  echo
  echo "================ BlueZ VM lane summary ================"
  local t; for t in "${TIMINGS[@]}"; do echo "  time  $t"; done
  echo "  time  whole lane $(secs "$LANE_T0" "$(now)") s"
  for t in "${PASSED[@]}"; do echo "  PASS  $t"; done
  for t in "${FAILED[@]}"; do echo "  FAIL  $t"; done
  echo "  logs  ${RUN:-?}"
  if [ ${#FAILED[@]} -eq 0 ] && [ ${#PASSED[@]} -gt 0 ]; then
    echo "RESULT: PASS (${#PASSED[@]} checks)"
  else
    echo "RESULT: FAIL (${#FAILED[@]} of $(( ${#PASSED[@]} + ${#FAILED[@]} )) checks failed)"
    exit 1
  fi
}
