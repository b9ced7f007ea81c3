#!/usr/bin/env python3
"""How many WAL frames a commit of accepted requests writes into ledger_jobs, by what the table carries.

  python3 bench/profile/wal-frames.py

Replays batches of rows shaped like the inbox's (a 610-byte payload, keys like the benchmark's or random like real
Slack event ids) into a throwaway SQLite file in WAL mode without checkpoints, and counts the frames each commit adds
to the log (each frame is a page, written by SQLite with two pwrite calls: its header and the page).
"""
import os
import random
import sqlite3
import tempfile

PAYLOAD = "x" * 610
TABLE = ("CREATE TABLE ledger_jobs (id INTEGER PRIMARY KEY {auto}, kind TEXT NOT NULL, workflow TEXT NOT NULL, "
         "draft_id TEXT NULL, idempotency_key TEXT NOT NULL {unique}, payload TEXT NOT NULL, due_at TEXT NOT NULL, "
         "attempts INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT 'pending', locked_until TEXT NULL, "
         "last_error TEXT NULL, done_at TEXT NULL)")
DUE_INDEX = "CREATE INDEX ix_ledger_jobs_due ON ledger_jobs (state, due_at)"


def bench_key(t):
    return f"slack:event:Ev998x{1 + t % 2}x{t // 2}"


def random_key(_):
    return f"slack:event:Ev{random.getrandbits(40):010X}"


# Since 5 December evening the key is event:<message ts>:<event id>: the benchmark's ts per wrk thread, and for real
# traffic a clock (500 events a second) in front of a random id.
def bench_ts_key(t):
    return f"slack:event:{1700000000 + 16 * 998 + 1 + t % 2}.{t // 2:06d}:Ev998x{1 + t % 2}x{t // 2}"


def random_ts_key(t):
    return f"slack:event:{1764950000 + t // 500}.{(t % 500) * 2000:06d}:Ev{random.getrandbits(40):010X}"


def run(name, auto, unique, due_index, key, batch=12):
    folder = tempfile.mkdtemp(prefix="wal-frames-")
    path = os.path.join(folder, "jobs.db")
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA wal_autocheckpoint=0")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute(TABLE.format(auto="AUTOINCREMENT" if auto else "", unique="UNIQUE" if unique else ""))
    if due_index:
        db.execute(DUE_INDEX)
    conflict = "ON CONFLICT (idempotency_key) DO NOTHING" if unique else ""

    def commit(start):
        db.execute("BEGIN IMMEDIATE")
        for t in range(start, start + batch):
            db.execute("INSERT INTO ledger_jobs (kind, workflow, draft_id, idempotency_key, payload, due_at) "
                       f"VALUES ('run-request', '', NULL, ?, ?, ?) {conflict}",
                       (key(t), PAYLOAD, f"2026-12-05T17:16:26.{t:07d}Z"))
        db.execute("COMMIT")

    for k in range(300):
        commit(k * batch)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = os.path.getsize(path + "-wal")
    for k in range(100):
        commit(100_000 + k * batch)
    grown = os.path.getsize(path + "-wal") - before
    db.close()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    os.rmdir(folder)
    print(f"{name:58s} batch {batch:2d}: {grown / 4120 / 100:5.2f} frames per commit, {grown / (100 * batch):6.0f} bytes per request")


if __name__ == "__main__":
    print(f"SQLite {sqlite3.sqlite_version}, 4 KB pages")
    run("table alone", False, False, False, bench_key)
    run("+ unique idempotency_key", False, True, False, bench_key)
    run("+ (state, due_at) index", False, True, True, bench_key)
    run("no AUTOINCREMENT, benchmark keys (event:<id>)", False, True, True, bench_key)
    run("+ AUTOINCREMENT (the table until 5 December), event:<id>", True, True, True, bench_key)
    run("the table until 5 December, random ids (event:<id>)", True, True, True, random_key)
    run("no AUTOINCREMENT, random ids (event:<id>)", False, True, True, random_key)
    run("shipped: no AUTOINCREMENT, benchmark, event:<ts>:<id>", False, True, True, bench_ts_key)
    run("shipped: no AUTOINCREMENT, random ids, event:<ts>:<id>", False, True, True, random_ts_key)
    run("shipped, benchmark, event:<ts>:<id>", False, True, True, bench_ts_key, batch=24)
    # 5 December, night: Slack events go to ledger_intake (no unique key, no index; the claim moves them).
    run("intake: table alone, benchmark, event:<ts>:<id>", False, False, False, bench_ts_key)
    run("intake: table alone, random ids, event:<ts>:<id>", False, False, False, random_ts_key)
