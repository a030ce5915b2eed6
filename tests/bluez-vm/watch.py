#!/usr/bin/python3
"""The lane's watch: a third-party BLE central (python3-bleak, Debian's package) that finds the
relayed foot pod and heart-rate service, reads what a watch reads when it pairs, subscribes to
0x2A53 and 0x2A37 and prints one line per notification until the time is up:

    info <name> <uuid> <hex>          read once after each connection
    notify <unix time> <uuid> <hex>   every notification, as it arrives
    link up|down <unix time>
    rsc <unix time> <total distance m> <speed m/s>   the RSC measurement as a watch decodes it

It runs on the host and reaches the guest's bluetoothd over the lane's TCP bus, so bleak's D-Bus
connection is made with ANONYMOUS auth and without fd passing (which TCP cannot carry); nothing
else of bleak is changed. Usage: watch.py --bus tcp:host=…,port=… --adapter hci4 --seconds N
"""
import argparse
import asyncio
import struct
import sys
import time

from dbus_fast.aio import MessageBus
from dbus_fast.auth import AuthAnnonymous
from bleak import BleakClient, BleakScanner
from bleak.backends.bluezdbus import client as bluez_client, manager as bluez_manager

RSC_SERVICE = "00001814-0000-1000-8000-00805f9b34fb"
RSC_MEASUREMENT = "00002a53-0000-1000-8000-00805f9b34fb"
HR_MEASUREMENT = "00002a37-0000-1000-8000-00805f9b34fb"
READS = {
    "features": "00002a54-0000-1000-8000-00805f9b34fb",
    "location": "00002a5d-0000-1000-8000-00805f9b34fb",
    "battery": "00002a19-0000-1000-8000-00805f9b34fb",
}


def use_tcp_bus(address):
    def tcp_bus(*args, **kwargs):
        kwargs.pop("bus_type", None)
        kwargs.update(auth=AuthAnnonymous(), negotiate_unix_fd=False)
        return MessageBus(bus_address=address, **kwargs)
    bluez_client.MessageBus = tcp_bus
    bluez_manager.MessageBus = tcp_bus


def say(*words):
    print(*words, flush=True)


def rsc(data):
    """RSC Measurement (GATT Specification Supplement 3.204): flags, speed 1/256 m/s, cadence,
    then stride length (0.01 m) when bit 0 is set and total distance (0.1 m) when bit 1 is set."""
    flags, speed, _cadence = struct.unpack_from("<BHB", data, 0)
    offset = 4 + (2 if flags & 1 else 0)
    total = struct.unpack_from("<I", data, offset)[0] / 10 if flags & 2 else None
    return total, speed / 256


async def session(args, deadline):
    device = await BleakScanner.find_device_by_filter(
        lambda d, ad: RSC_SERVICE in [u.lower() for u in ad.service_uuids],
        timeout=min(30, max(1, deadline - time.time())), adapter=args.adapter)
    if device is None:
        say("scan found no relayed pod")
        return
    lost = asyncio.Event()
    async with BleakClient(device, adapter=args.adapter, disconnected_callback=lambda _: lost.set(), timeout=30) as client:
        say("link up", f"{time.time():.3f}", device.address, device.name)
        for name, uuid in READS.items():
            try:
                say("info", name, uuid[4:8], (await client.read_gatt_char(uuid)).hex())
            except Exception as e:  # a relay without a battery to pass on, for example
                say("info", name, uuid[4:8], "unreadable", type(e).__name__)

        def on(uuid):
            def handler(_, data):
                now = time.time()
                say("notify", f"{now:.3f}", uuid, bytes(data).hex())
                if uuid == "2a53":
                    total, speed = rsc(bytes(data))
                    if total is not None:
                        say("rsc", f"{now:.3f}", f"{total:.1f}", f"{speed:.3f}")
            return handler

        await client.start_notify(RSC_MEASUREMENT, on("2a53"))
        if any(c.uuid == HR_MEASUREMENT for s in client.services for c in s.characteristics):
            await client.start_notify(HR_MEASUREMENT, on("2a37"))
        else:
            say("info heart-rate 2a37 absent")
        try:
            await asyncio.wait_for(lost.wait(), timeout=max(0.1, deadline - time.time()))
        except asyncio.TimeoutError:
            return
    say("link down", f"{time.time():.3f}")


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bus", required=True)
    parser.add_argument("--adapter", required=True)
    parser.add_argument("--seconds", type=float, required=True)
    args = parser.parse_args()
    use_tcp_bus(args.bus)
    deadline = time.time() + args.seconds
    # A watch keeps looking for its sensor: after a lost link it scans and connects again.
    while time.time() < deadline:
        try:
            await session(args, deadline)
        except Exception as e:
            say("error", type(e).__name__, str(e).replace("\n", " "))
            await asyncio.sleep(1)
    say("done")


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
