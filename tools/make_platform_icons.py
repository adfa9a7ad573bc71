#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Builds the Windows and macOS app icons from the committed PNGs (resources/icons).

    tools/make_platform_icons.py            writes controltower.ico and controltower.icns
    tools/make_platform_icons.py --check    fails when the committed ones differ from what
                                            the PNGs make (CTest: packaging.platform_icons)

Both containers hold the PNGs as they are (Windows Vista and later read PNG entries in an
.ico; macOS 10.7 and later read PNG entries in an .icns), so nothing is resampled and the
output is byte-for-byte reproducible.
"""
import argparse
import pathlib
import struct
import sys

ICONS = pathlib.Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (32, 64, 128, 256)
# .icns element types whose payload is a PNG of the given edge in pixels (Apple's
# "Icon Composer" types; the @2x ones reuse a larger PNG for the smaller point size).
ICNS_TYPES = ((b"icp5", 32), (b"ic11", 32), (b"icp6", 64), (b"ic12", 64),
              (b"ic07", 128), (b"ic08", 256), (b"ic13", 256))


def png(size: int) -> bytes:
    data = (ICONS / f"controltower-{size}.png").read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{ICONS}/controltower-{size}.png: not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    if (width, height) != (size, size):
        sys.exit(f"{ICONS}/controltower-{size}.png: {width}x{height}, expected {size}x{size}")
    return data


def ico() -> bytes:
    """ICONDIR, then one ICONDIRENTRY per image, then the images (PNG payloads)."""
    images = [png(s) for s in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(SIZES, images):
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def icns() -> bytes:
    """'icns' and the file length, then (type, length including this header, payload)."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = png(size)
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed files")
    args = parser.parse_args()
    outputs = {"controltower.ico": ico(), "controltower.icns": icns()}
    stale = []
    for name, data in outputs.items():
        path = ICONS / name
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(str(path))
        else:
            path.write_bytes(data)
            print(f"wrote {path} ({len(data)} bytes)")
    if stale:
        print("stale: " + ", ".join(stale) + " (run tools/make_platform_icons.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
