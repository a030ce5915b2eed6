#!/usr/bin/env bash
# Garmin's TrainingCenterDatabase v2 schema, as Debian's pytrainer package ships it: the package is
# downloaded and unpacked here (not installed: it pulls in a desktop stack) and only the schema kept.
set -euo pipefail
cd "$(dirname "$0")"
[ -f GarminTrainingCenterDatabase_v2.xsd ] && exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download pytrainer >/dev/null && dpkg-deb -x pytrainer_*.deb unpacked)
cp "$work"/unpacked/usr/share/pytrainer/schemas/GarminTrainingCenterDatabase_v2.xsd .
