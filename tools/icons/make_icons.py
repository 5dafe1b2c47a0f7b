#!/usr/bin/env python3
"""Draws SafetyBot's Teams app icons as PNGs, using only the standard library.

    python3 tools/icons/make_icons.py [OUTPUT_DIR]     (default: manifest/)

color.png   192x192: a white shield with a check mark on the accent colour (the manifest's accentColor).
outline.png  32x32:  the same shield as a white outline with a white check mark on a fully transparent
                     background (every pixel is white; only alpha varies), as Teams requires.

Shapes are tested per sub-pixel (8x8 supersampling) so edges are anti-aliased; the output is
deterministic, so regenerating gives byte-identical files.
"""
import os
import struct
import sys
import zlib

ACCENT = (0x23, 0x5E, 0x9E)  # keep equal to accentColor in manifest/manifest.json
WHITE = (255, 255, 255)
SUPERSAMPLE = 8


def shield_half_width(y, top, shoulder, bottom, half_width):
    """Half width of the shield at height y (0 = top of the icon, 1 = bottom), or None outside it."""
    if y < top or y > bottom:
        return None
    if y <= shoulder:
        return half_width
    t = (y - shoulder) / (bottom - shoulder)
    return half_width * (1 - t * t)  # narrows to a point at the bottom


def in_shield(x, y, inset=0.0):
    top, shoulder, bottom, half_width = 0.12 + inset, 0.50, 0.90 - inset * 1.6, 0.32 - inset
    hw = shield_half_width(y, top, shoulder, bottom, half_width)
    if hw is None:
        return False
    return abs(x - 0.5) <= hw


def distance_to_segment(px, py, ax, ay, bx, by):
    vx, vy, wx, wy = bx - ax, by - ay, px - ax, py - ay
    t = max(0.0, min(1.0, (wx * vx + wy * vy) / (vx * vx + vy * vy)))
    cx, cy = ax + t * vx, ay + t * vy
    return ((px - cx) ** 2 + (py - cy) ** 2) ** 0.5


CHECK = ((0.36, 0.50), (0.46, 0.61), (0.65, 0.38))


def in_check(x, y, thickness):
    (ax, ay), (bx, by), (cx, cy) = CHECK
    return min(distance_to_segment(x, y, ax, ay, bx, by), distance_to_segment(x, y, bx, by, cx, cy)) <= thickness / 2


def coverage(size, px, py, inside):
    """Fraction of pixel (px, py) of a size x size image for which inside(x, y) holds."""
    hits = 0
    for sy in range(SUPERSAMPLE):
        for sx in range(SUPERSAMPLE):
            x = (px + (sx + 0.5) / SUPERSAMPLE) / size
            y = (py + (sy + 0.5) / SUPERSAMPLE) / size
            hits += inside(x, y)
    return hits / (SUPERSAMPLE * SUPERSAMPLE)


def blend(a, b, t):
    return tuple(round(a[i] * (1 - t) + b[i] * t) for i in range(3))


def color_icon(size=192):
    """RGB rows: white shield on the accent colour, the check mark cut out in the accent colour."""
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            white = coverage(size, px, py, lambda x, y: in_shield(x, y) and not in_check(x, y, 0.075))
            row.append(blend(ACCENT, WHITE, white))
        rows.append(row)
    return rows


def outline_icon(size=32):
    """RGBA rows: white outline shield and check mark, everything else fully transparent."""
    stroke = 2.0 / size

    def inside(x, y):
        return (in_shield(x, y) and not in_shield(x, y, inset=stroke)) or in_check(x, y, stroke)

    return [[WHITE + (round(255 * coverage(size, px, py, inside)),) for px in range(size)] for py in range(size)]


def png(rows, has_alpha):
    height, width = len(rows), len(rows[0])
    color_type = 6 if has_alpha else 2
    raw = b"".join(b"\x00" + bytes(channel for pixel in row for channel in pixel) for row in rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "manifest")
    os.makedirs(out, exist_ok=True)
    for name, data in (("color.png", png(color_icon(), False)), ("outline.png", png(outline_icon(), True))):
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        print(f"wrote {os.path.join(out, name)} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
