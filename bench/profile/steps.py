#!/usr/bin/env python3
"""Splits a `perf script` of the host (perf record -g, DOTNET_PerfMapEnabled=1) into the steps of an acknowledgement.

  perf script -i perf.data -F comm,ip,sym,dso | python3 bench/profile/steps.py [REQUESTS CPU_US_PER_REQUEST]

Each sample goes to the first step, in the order below, that one of its frames (leaf to root) or its thread belongs
to; given the requests served while perf recorded and the measured CPU per request, each step's share is also shown in
microseconds per request.

A second column ("nearest frame") gives each sample to the step of the frame nearest its leaf that belongs to any
step (the thread's name first). The first column's order puts a whole stack under its deepest step, and an async
continuation runs on its awaiter's stack: writing the response after the inbox answered shows under the Slack bridge's
frame, so the first column counts it as "payload". Both columns are printed, so profiles of earlier builds compare.
"""
import re
import sys

# (step, pattern over "comm|frames"), first match wins: the deeper, more specific steps first.
STEPS = [
    ("JIT (tiered compilation)", r"libclrjit\.so|^\.NET Tiered Com"),
    ("log sync (fsync) and checkpoint", r"WalSync|^ChatOps ledger"),
    # SQLite is built without frame pointers, so its system calls (WAL frame writes, file locks) often show without
    # their callers: those calls are SQLite's (the host writes no other files while serving).
    ("inbox commit (SQLite insert + commit)", r"SqliteInboxWriter|InsertRequestsAsync|libe_sqlite3|Microsoft\.Data\.Sqlite|SQLitePCL|pwrite|fcntl|ext4_|pread"),
    ("signature (HMAC-SHA256)", r"SlackRequestVerifier|SlackSignature|HMACSHA256|libcrypto"),
    ("payload (build + serialise the inbox row)", r"ConversationInbox::EnqueueAsync.*JsonSerializer|SlackInboxBridge|TeamsInboxBridge|JsonSerializer::Serialize|Utf8JsonWriter|WriteStack"),
    ("parse (JSON envelope / activity)", r"JsonSerializer::Deserialize|Utf8JsonReader|ReadStack|SlackEventReader|SlackEventEnvelopeReader|ActivityParser|MentionText"),
    ("de-duplication", r"DeliveryLog|Deduplicator"),
    ("group commit hand-off (queue, wake, complete)", r"ConversationInbox|SlackInboxDispatcher"),
    ("endpoint (routing, minimal API, results)", r"SlackEndpointRouteBuilderExtensions|TeamsEndpointRouteBuilderExtensions|SlackEventsEndpoint|SlackSignedRequestReader|TeamsMessagesHandler|TeamsRequestAuthenticator|Microsoft\.AspNetCore\.Routing|Microsoft\.AspNetCore\.Http\.(RequestDelegateFactory|Result)|HttpResults|EndpointMiddleware"),
    ("HTTP server (Kestrel, sockets, TCP)", r"Kestrel|System\.Net\.Sockets|SocketAsyncEngine|tcp_|sock_|__sys_(send|recv)|__libc_recv|__send|epoll|^\.NET Sockets|libSystem\.Native"),
    ("garbage collection", r"^\.NET (BGC|Server GC)|GCHeap|gc_heap|WKS::|SVR::"),
    ("thread pool, scheduling, locks", r"ThreadPool|PortableThreadPool|LowLevelLifoSemaphore|futex|sched_yield|schedule|Lock::|SemaphoreSlim|TaskCompletionSource|AsyncTaskMethodBuilder"),
]
COMPILED = [(name, re.compile(pattern)) for name, pattern in STEPS]


def samples(lines):
    comm, frames = None, []
    for line in lines:
        if not line.strip():
            if comm is not None:
                yield comm, frames
            comm, frames = None, []
        elif not line[0].isspace():
            comm = line.rsplit(None, 1)[0] if re.search(r"\s\d+\s*$", line) else line.strip()
        else:
            frames.append(line.strip())
    if comm is not None:
        yield comm, frames


OTHER = "other (runtime, kernel, libc)"


def nearest(comm, frames):
    for text in [comm + "|"] + frames:
        step = next((name for name, pattern in COMPILED if pattern.search(text)), None)
        if step is not None:
            return step
    return OTHER


def main():
    counts, near, total = {}, {}, 0
    for comm, frames in samples(sys.stdin):
        text = comm + "|" + "|".join(frames)
        step = next((name for name, pattern in COMPILED if pattern.search(text)), OTHER)
        counts[step] = counts.get(step, 0) + 1
        by_frame = nearest(comm, frames)
        near[by_frame] = near.get(by_frame, 0) + 1
        total += 1
    per_request = float(sys.argv[2]) if len(sys.argv) > 2 else None
    print(f"samples: {total}  (share by step order, µs/request; share by nearest frame, µs/request)")
    for name, _ in STEPS + [(OTHER, None)]:
        share = counts.get(name, 0) / total if total else 0
        share_near = near.get(name, 0) / total if total else 0
        extra = f"  {share * per_request:7.1f} µs" if per_request else ""
        extra_near = f"  {share_near * per_request:7.1f} µs" if per_request else ""
        print(f"{share * 100:6.1f}%{extra}  {share_near * 100:6.1f}%{extra_near}  {name}")


if __name__ == "__main__":
    main()
