#!/bin/bash
# Builds (or reuses) the BlueZ test VM image: Debian bookworm, its kernel, bluetoothd, btvirt and
# BlueZ's sample btgatt-server. Two cached stages under $BLUEZ_VM_WORK:
#   base/    debootstrapped + trimmed root file system (slow: the Debian mirror, ~2 min)
#   img-KEY/ kernel, initrd and ext4 image with our guest files (fast; KEY hashes those files)
# Prints the image directory on stdout. Any failure is loud and exits non-zero.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=${BLUEZ_VM_WORK:-/var/tmp/pacelink-bluez-vm}
# The mirror this machine's own apt uses (a CI host may reach only that one), else deb.debian.org.
host_mirror() {
  grep -hE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
    | grep -oE 'https?://[^ ]+/debian/?( |$)' | head -1 | tr -d ' ' || true
}
MIRROR=${BLUEZ_VM_MIRROR:-$(host_mirror)}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
MIRROR=${MIRROR%/}
SUITE=bookworm
PACKAGES=linux-image-amd64,bluez,bluez-test-tools,dbus,kmod,udev,iproute2,procps,coreutils
BASE=$WORK/base
log() { echo "[build-image $(date +%T)] $*" >&2; }
die() {
  echo "" >&2
  echo "################################################################" >&2
  echo "# BLUEZ VM IMAGE BUILD FAILED: $*" >&2
  echo "################################################################" >&2
  exit 1
}
mkdir -p "$WORK"

need_host_tools() {
  local missing=()
  for t in qemu-system-x86_64 debootstrap mkfs.ext4 dpkg-deb apt-get gdbus curl; do
    command -v $t >/dev/null || missing+=($t)
  done
  [ ${#missing[@]} = 0 ] && return
  [ "$(id -u)" = 0 ] || die "missing host tools (${missing[*]}); install: apt-get install qemu-system-x86 debootstrap e2fsprogs libglib2.0-bin curl"
  log "installing host packages for: ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    qemu-system-x86 debootstrap e2fsprogs libglib2.0-bin curl >/dev/null || die "apt-get could not install qemu-system-x86 debootstrap e2fsprogs libglib2.0-bin curl"
}

check_mirror() {
  curl -fsS --max-time 20 -o /dev/null "$MIRROR/dists/$SUITE/Release" \
    || die "the Debian mirror $MIRROR is unreachable (set BLUEZ_VM_MIRROR to another mirror)"
}

# btgatt-server ships in no Debian binary package; bluez-source carries a built tree (libc only).
fetch_strap() {
  local tmp; tmp=$(mktemp -d)
  ( cd "$tmp" && apt-get download -qq bluez-source ) || { rm -rf "$tmp"; die "apt-get download bluez-source failed"; }
  dpkg-deb -x "$tmp"/bluez-source_*.deb "$tmp/x"
  tar -xjf "$tmp/x/usr/src/bluez.tar.bz2" -C "$tmp" bluez-source/tools/btgatt-server \
    || { rm -rf "$tmp"; die "bluez-source has no tools/btgatt-server"; }
  install -m755 "$tmp/bluez-source/tools/btgatt-server" "$BASE/rootfs/usr/local/bin/btgatt-server"
  rm -rf "$tmp"
}

# Only the modules the guest loads after the initramfs are kept: the image shrinks by ~300 MB.
trim() {
  local root=$BASE/rootfs kv m keep
  kv=$(ls "$root/usr/lib/modules" | head -1); m=$root/usr/lib/modules/$kv; keep=$(mktemp -d)
  for p in kernel/net/bluetooth kernel/drivers/bluetooth kernel/crypto kernel/lib kernel/net/rfkill \
           kernel/drivers/net/virtio_net.ko kernel/drivers/net/net_failover.ko kernel/net/core/failover.ko; do
    [ -e "$m/$p" ] && mkdir -p "$keep/$(dirname $p)" && cp -a "$m/$p" "$keep/$(dirname $p)/"
  done
  rm -rf "$m/kernel" && mv "$keep/kernel" "$m/kernel" && rmdir "$keep"
  chroot "$root" depmod -a "$kv"
  rm -rf "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/locale/* \
         "$root"/var/cache/apt/* "$root"/var/lib/apt/lists/*
}

build_base() {
  check_mirror
  log "debootstrap $SUITE from $MIRROR (log: $WORK/debootstrap.log)"
  # An interrupted debootstrap leaves the target's /proc mounted, and rm cannot remove a mount's files.
  { findmnt -rn -o TARGET | grep -F "$BASE.new/" || true; } | sort -r | while read -r m; do umount -l "$m" || true; done
  rm -rf "$BASE.new" && mkdir -p "$BASE.new"
  debootstrap --variant=minbase --include=$PACKAGES $SUITE "$BASE.new/rootfs" "$MIRROR" \
    > "$WORK/debootstrap.log" 2>&1 || { tail -20 "$WORK/debootstrap.log" >&2; die "debootstrap failed (see $WORK/debootstrap.log)"; }
  rm -rf "$BASE" && mv "$BASE.new" "$BASE"
  fetch_strap
  trim
  echo "$PACKAGES" > "$BASE/packages"
}

build_image() {
  local out=$1 root=$BASE/rootfs size
  log "making image $out"
  rm -rf "$out.new" && mkdir -p "$out.new"
  install -m755 "$HERE/guest/init.sh" "$root/sbin/pacelink-vm-init"
  install -m644 "$HERE/guest/system-tcp.conf" "$root/etc/dbus-1/system-tcp.conf"
  echo bluez-vm > "$root/etc/hostname"
  cp "$root"/boot/vmlinuz-* "$out.new/vmlinuz"
  cp "$root"/boot/initrd.img-* "$out.new/initrd.img"
  size=$(( $(du -sm --exclude=boot "$root" | cut -f1) + 200 ))
  truncate -s ${size}M "$out.new/rootfs.ext4"
  mkfs.ext4 -q -F -L pacelinkvm -d "$root" "$out.new/rootfs.ext4" || die "mkfs.ext4 failed"
  rm -rf "$out" && mv "$out.new" "$out"
}

need_host_tools
if [ ! -f "$BASE/packages" ] || [ "$(cat "$BASE/packages")" != "$PACKAGES" ]; then
  build_base
else
  log "reusing base root file system $BASE"
fi
KEY=$(cat "$HERE/guest/init.sh" "$HERE/guest/system-tcp.conf" "$BASE/packages" | sha256sum | cut -c1-12)
IMG=$WORK/img-$KEY
if [ -f "$IMG/rootfs.ext4" ]; then
  log "reusing image $IMG"
else
  build_image "$IMG"
  # Images of older guest files are of no further use.
  for old in "$WORK"/img-*; do [ "$old" = "$IMG" ] || rm -rf "$old"; done
fi
echo "$IMG"
