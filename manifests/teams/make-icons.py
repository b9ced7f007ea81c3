#!/usr/bin/env python3
"""Draws the Teams app icons (no downloads, standard library only): color.png 192x192 and outline.png 32x32.

The mark is a speech bubble with a check in it: ChatOps drafts in chat, people approve.
Run from anywhere: python3 manifests/teams/make-icons.py
"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ACCENT = (0x4B, 0x53, 0xBC)
WHITE = (255, 255, 255)


def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def in_mark(u, v):
    """u, v in [0, 1): a bubble (rounded box plus tail) minus a check stroke."""
    bubble = 0.12 <= u <= 0.88 and 0.16 <= v <= 0.70
    tail = 0.22 <= u <= 0.40 and 0.70 <= v <= 0.86 and (v - 0.70) <= (0.40 - u)
    on_check = near_segment(u, v, (0.32, 0.44), (0.45, 0.57)) or near_segment(u, v, (0.45, 0.57), (0.70, 0.30))
    return (bubble or tail) and not on_check


def near_segment(u, v, a, b, width=0.055):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((u - ax) * dx + (v - ay) * dy) / (dx * dx + dy * dy)))
    return (u - ax - t * dx) ** 2 + (v - ay - t * dy) ** 2 <= width * width


def color(x, y, size):
    u, v = (x + 0.5) / size, (y + 0.5) / size
    return (*WHITE, 255) if in_mark(u, v) else (*ACCENT, 255)


def outline(x, y, size):
    u, v = (x + 0.5) / size, (y + 0.5) / size
    return (*WHITE, 255) if in_mark(u, v) else (0, 0, 0, 0)


if __name__ == "__main__":
    png(os.path.join(HERE, "color.png"), 192, color)
    png(os.path.join(HERE, "outline.png"), 32, outline)
