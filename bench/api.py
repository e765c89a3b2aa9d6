"""The API under load: requests/s and p50/p99 over HTTP, against the same reads in-process.

    python bench/api.py [--scale 1.0] [--port 7696] [--api-port 8796] [--workers 1]
                        [--clients 50] [--rounds 10] [--round-seconds 3] [--warm-up 15]
                        [--sweep 1,4,8,16,32] [--sweep-requests 1000] [--store DIR]
                        [--start-timeout 600] [--floor]

Loads the synthetic corpus of bench/graph.py (at scale 1 about 200k distinct events) into
its own Neo4j (started on --port in a temporary directory, stopped at the end), starts
uvicorn with --workers processes on 127.0.0.1:--api-port (1, what `newsgraph serve` and the
Docker image run), and for the actor timeline, weekly
counts and network endpoints compares the API with the same reads called directly through
one driver, in --rounds short rounds: in each, the same requests (the 200 most active
actors, shuffled; as many as the warm direct way does in --round-seconds) go through the
API from --clients concurrent kept-alive connections and through the driver from as many
threads, one way right after the other (each way first in turn, so a load that rises or
falls during a round favours none). A round's ratios (direct/API
throughput, API/direct p50, and CPU per request: API workers and Neo4j over Neo4j and the
direct caller) compare two runs of the same work a few seconds apart; the machine's load,
shared with other processes, moves much more between rounds than within one, so the median
of the rounds' ratios and its spread (interquartile range, min-max) are printed beside the
load average (1, 5 and 15 min); the wall-time ratios also count the time other processes
take the cores, the CPU ratio does not. Also printed: requests/s, p50 and p99 of all rounds
of each way, and the CPU each process spent per request (API workers, Neo4j, the load
generator or the direct caller). Each endpoint is first warmed for --warm-up
seconds both ways: the JVM's JIT compiler keeps a core busy for a while on code paths it has
not seen yet. Then the actor timeline runs --sweep-requests requests at each concurrency of
--sweep, to show up to how many clients its p99 stays under 100 ms on this machine.
Timings are printed, never asserted.
With --floor the same reads are also served, on --api-port + 1 with as many workers, by
bench/_floor.py, a bare ASGI app that calls them as the routes do (the same pool-thread hop,
the same views written to JSON) without FastAPI or the project's middleware: a third way in
every round, its ratios to the direct one printed beside the API's. It is the least the API
can cost over HTTP with these reads, and tells what is FastAPI's from what is not.
With --store DIR the Neo4j store is kept in DIR and a later run with the same DIR skips
generating and loading the corpus.
"""

import argparse
import asyncio
import importlib.util
import math
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

import _syspath  # noqa: F401  (first: bench/ must not shadow the packages)
import httpx
from pydantic import SecretStr

ROOT = Path(__file__).resolve().parents[1]
# bench/graph.py (loaded by path: its name would shadow the graph package) makes the corpus.
_spec = importlib.util.spec_from_file_location("bench_graph", ROOT / "bench" / "graph.py")
assert _spec is not None and _spec.loader is not None
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)

from graph import localserver, reads  # noqa: E402
from graph.driver import create_driver  # noqa: E402
from graph.filters import EventFilter  # noqa: E402
from graph.schema import apply_schema  # noqa: E402
from graph.settings import LocalServerSettings, Neo4jSettings  # noqa: E402

DATABASE = "neo4j"


@dataclass
class Run:
    """Latencies (ms) of one endpoint under load, the wall time it took, and the CPU (ms per
    request) each process spent on it."""

    latencies: list[float]
    seconds: float
    errors: int
    cpu: dict[str, float] = field(default_factory=dict)

    def line(self, label: str) -> str:
        s = sorted(self.latencies)
        p50 = statistics.median(s)
        p99 = s[max(0, math.ceil(0.99 * len(s)) - 1)]
        rate = len(s) / self.seconds
        cpu = "  ".join(f"{name} {ms:.1f}" for name, ms in self.cpu.items())
        return (
            f"  {label:<28} {len(s):>6} req {rate:6.0f} req/s  p50 {p50:6.1f} ms  "
            f"p99 {p99:6.1f} ms  errors {self.errors}  CPU ms/req: {cpu}"
        )


def _combined(runs: list[Run]) -> Run:
    """The rounds of one way as one run: latencies and times added, CPU per request averaged
    over all requests."""
    total = Run([ms for run in runs for ms in run.latencies], 0.0, 0)
    for run in runs:
        total.seconds += run.seconds
        total.errors += run.errors
        for key, ms in run.cpu.items():
            total.cpu[key] = total.cpu.get(key, 0.0) + ms * len(run.latencies)
    total.cpu = {key: ms / max(1, len(total.latencies)) for key, ms in total.cpu.items()}
    return total


def _cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds the processes have used so far (Linux /proc)."""
    ticks = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def _servers(pid: int) -> list[int]:
    """The processes that serve requests for uvicorn started as `pid`: its workers, or itself
    where it runs one worker and serves in its own process."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile
    return found or [pid]


def _measured(load: Callable[[], Run], processes: dict[str, list[int]], *, client_cpu: bool) -> Run:
    """Run `load`, recording the CPU each named process group and this process spent."""
    before = {name: _cpu_seconds(pids) for name, pids in processes.items()}
    own = time.process_time()
    run = load()
    n = max(1, len(run.latencies))
    for name, pids in processes.items():
        run.cpu[name] = (_cpu_seconds(pids) - before[name]) * 1000 / n
    run.cpu["client" if client_cpu else "caller"] = (time.process_time() - own) * 1000 / n
    return run


async def _get(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str, path: str
) -> int:
    """One HTTP/1.1 GET on a kept-alive connection; return the status, body read and dropped."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    status_line, *lines = head.split(b"\r\n")
    headers = dict(line.lower().split(b":", 1) for line in lines if b":" in line)
    await reader.readexactly(int(headers[b"content-length"]))  # KeyError: not benchmarked
    return int(status_line.split(b" ", 2)[1])


async def _load_http(host: str, port: int, paths: list[str], clients: int, cap: float) -> Run:
    """Fire `paths` (in order) from `clients` kept-alive connections until done or `cap` s.

    A bare asyncio client rather than httpx: the load generator shares the machine's cores
    with the API and Neo4j, and httpx spent more CPU per request than the API itself."""
    latencies: list[float] = []
    errors = 0
    next_index = 0
    started = time.perf_counter()

    async def worker() -> None:
        nonlocal next_index, errors
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while next_index < len(paths) and time.perf_counter() - started < cap:
                path = paths[next_index]
                next_index += 1
                t = time.perf_counter()
                try:
                    status = await _get(reader, writer, host, path)
                except (OSError, asyncio.IncompleteReadError):
                    errors += 1
                    reader, writer = await asyncio.open_connection(host, port)
                    continue
                latencies.append((time.perf_counter() - t) * 1000)
                errors += status != 200
        finally:
            writer.close()

    await asyncio.gather(*(worker() for _ in range(clients)))
    return Run(latencies, time.perf_counter() - started, errors)


def _load_direct(calls: list[Callable[[], object]], clients: int, cap: float) -> Run:
    """The same number of reads through the driver from `clients` threads."""
    started = time.perf_counter()

    def one(call: Callable[[], object]) -> float:
        if time.perf_counter() - started > cap:
            return -1.0
        t = time.perf_counter()
        call()
        return (time.perf_counter() - t) * 1000

    with ThreadPoolExecutor(clients) as pool:
        samples = [ms for ms in pool.map(one, calls) if ms >= 0]
    return Run(samples, time.perf_counter() - started, 0)


def _load() -> str:
    """The machine's load average (1, 5, 15 min): other processes share the cores the ratios
    are timed on."""
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _start_api(
    neo4j: Neo4jSettings, port: int, workers: int, timeout: float, app: str = "api.main:app"
) -> subprocess.Popen[bytes]:
    """Start uvicorn serving `app` and wait until /health answers 200 (up to `timeout` s): on
    a loaded machine each worker takes a while to import spaCy's and the API's modules."""
    env = os.environ | {
        "NEO4J_URI": neo4j.uri,
        "NEO4J_PASSWORD": neo4j.password.get_secret_value(),
        "NEO4J_DATABASE": neo4j.database,
    }
    command = [sys.executable, "-m", "uvicorn", app, "--host", "127.0.0.1"]
    command += ["--port", str(port), "--workers", str(workers), "--log-level", "warning"]
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if process.poll() is not None:
            raise SystemExit(f"the API exited with status {process.returncode} while starting")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=5).status_code == 200:
                print(f"API up in {time.monotonic() - started:.0f} s")
                return process
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    process.terminate()
    raise SystemExit(f"the API did not answer /health within {timeout:.0f} s (--start-timeout)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--port", type=int, default=7696)
    parser.add_argument("--api-port", type=int, default=8796)
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=10, help="API/direct pairs per endpoint")
    parser.add_argument("--round-seconds", type=float, default=3.0, help="each way, about")
    parser.add_argument("--warm-up", type=float, default=15.0, help="seconds per endpoint")
    parser.add_argument(
        "--sweep", default="1,4,8,16,32", help="client counts for the timeline sweep"
    )
    parser.add_argument("--sweep-requests", type=int, default=1000, help="per client count")
    parser.add_argument("--store", type=Path, help="keep the loaded store here, reuse it")
    parser.add_argument(
        "--start-timeout", type=float, default=600.0, help="seconds the API may take to start"
    )
    parser.add_argument(
        "--floor",
        action="store_true",
        help="also serve the reads from bench/_floor.py (no FastAPI) on --api-port + 1",
    )
    args = parser.parse_args()

    home = args.store or Path(tempfile.mkdtemp(prefix="newsgraph-bench-api-"))
    marker = home / "bench-corpus-loaded"  # written once the whole corpus is in
    loaded = marker.exists()
    neo4j = Neo4jSettings(
        uri=f"bolt://127.0.0.1:{args.port}",
        password=SecretStr("newsgraph-bench"),
        database=DATABASE,
    )
    server = LocalServerSettings(home=home, heap="2g", pagecache_mb=2048)
    neo4j_pid = localserver.start(server, neo4j).pid
    assert neo4j_pid is not None, f"a Neo4j not started here answers on port {args.port}"
    driver = create_driver(neo4j, retry_seconds=60)
    apis: list[subprocess.Popen[bytes]] = []
    try:
        apply_schema(driver, database=DATABASE)
        if not loaded:
            t0 = time.perf_counter()
            articles, _ = corpus.make_corpus(args.scale)
            print(f"corpus: {len(articles)} articles generated in {time.perf_counter() - t0:.0f} s")
            seconds = corpus.write_batched(driver, articles, 500)
            print(f"loaded in {seconds:.0f} s")
            marker.write_text(f"scale {args.scale}\n")
        stats = reads.graph_stats(driver, database=DATABASE)
        print(f"graph: {stats.events} events, {stats.actors} actors")
        apps = {"api": "api.main:app"} | ({"floor": "bench._floor:app"} if args.floor else {})
        for port, app in enumerate(apps.values(), start=args.api_port):
            apis.append(_start_api(neo4j, port, args.workers, args.start_timeout, app))
        ways = {way: _servers(api.pid) for way, api in zip(apps, apis, strict=True)}
        _compare(driver, args, ways, neo4j_pid)
    finally:
        for api in apis:
            api.terminate()
            api.wait(timeout=30)
        driver.close()
        localserver.stop(server, neo4j)
        if args.store is None:
            shutil.rmtree(home, ignore_errors=True)


def _spread(ratios: list[float]) -> str:
    """The median of the rounds' ratios, its interquartile range and its min-max."""
    q1, median, q3 = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else ratios * 3
    return f"x{median:.2f} (IQR {q1:.2f}-{q3:.2f}, min-max {min(ratios):.2f}-{max(ratios):.2f})"


def _compare(
    driver: Any, args: argparse.Namespace, servers: dict[str, list[int]], neo4j_pid: int
) -> None:
    """Each endpoint through each server in `servers` (way: its worker pids, on --api-port
    and the ports after) and directly, in rounds; then the API's timeline by clients."""
    actors = [actor_id for actor_id, _ in corpus.actor_degrees(driver)[:200]]
    to = corpus.START + timedelta(days=corpus.DAYS)
    since = to - timedelta(days=365)
    cases: dict[str, tuple[Callable[[str], str], Callable[[str], Callable[[], object]]]] = {
        "actor timeline (50)": (
            lambda a: f"/actors/{a}/timeline?limit=50",
            lambda a: partial(reads.actor_timeline, driver, a, database=DATABASE, limit=50),
        ),
        "weekly counts (1 year)": (
            lambda a: f"/timeline/counts?actor={a}&interval=week&from={since}&to={to}",
            lambda a: partial(
                reads.count_series,
                driver,
                EventFilter(actor=a, date_from=since, date_to=to),
                database=DATABASE,
                interval="week",
            ),
        ),
        "network (1 year)": (
            lambda a: f"/actors/{a}/network?from={since}&to={to}",
            lambda a: partial(
                reads.actor_network,
                driver,
                a,
                database=DATABASE,
                date_from=since,
                date_to=to,
                max_edges=50,  # the API's default limit
            ),
        ),
    }
    print(
        f"\n{args.clients} concurrent clients, {args.rounds} rounds each way per endpoint, "
        f"200 most active actors, uvicorn --workers {args.workers}:"
    )
    print("  (CPU ms/req: each process's CPU over the run per request; the client is this")
    print("   load generator, sharing the machine's cores with the API and Neo4j)")
    if "floor" in servers:
        print("  (floor: the same reads on a bare ASGI app, bench/_floor.py: no FastAPI)")
    ports = {way: args.api_port + i for i, way in enumerate(servers)}
    shuffle = random.Random(19)
    for name, (path, call) in cases.items():
        # Warm every way first: Neo4j's JIT, its plan cache and page cache, the API workers.
        _load_direct([call(a) for a in actors] * 10, args.clients, args.warm_up / 2)
        for port in ports.values():
            warm = [path(a) for a in actors] * 10
            asyncio.run(_load_http("127.0.0.1", port, warm, args.clients, args.warm_up / 2))
        # A round's size: what the direct way does in --round-seconds, once warm.
        probe = _load_direct([call(a) for a in actors], args.clients, math.inf)
        n = max(args.clients, round(len(probe.latencies) / probe.seconds * args.round_seconds))
        ways = [*servers, "direct"]
        runs: dict[str, list[Run]] = {way: [] for way in ways}
        started = _load()
        for r in range(args.rounds):
            picks = [actors[i % len(actors)] for i in range(n)]
            shuffle.shuffle(picks)
            # Each way leads in turn, so a load that rises or falls in a round favours none.
            for way in ways[r % len(ways) :] + ways[: r % len(ways)]:
                if way == "direct":
                    calls = [call(a) for a in picks]
                    load = partial(_load_direct, calls, args.clients, math.inf)
                    runs[way].append(_measured(load, {"neo4j": [neo4j_pid]}, client_cpu=False))
                else:
                    requests = _load_http(
                        "127.0.0.1", ports[way], [path(a) for a in picks], args.clients, math.inf
                    )
                    processes = {way: servers[way], "neo4j": [neo4j_pid]}
                    load = partial(asyncio.run, requests)
                    runs[way].append(_measured(load, processes, client_cpu=True))
        print(f"  {name}: {n} requests per round")
        for way in ways:
            print(_combined(runs[way]).line(f"{name} {way}"))
        for way in servers:
            _print_ratios(way, runs[way], runs["direct"])
        print(f"  {'':<30} (load average {started} at the first round, {_load()} at the last)")
    paths = [
        f"/actors/{actors[i % len(actors)]}/timeline?limit=50" for i in range(args.sweep_requests)
    ]
    print("\nactor timeline (50) API by concurrent clients:")
    for clients in (int(c) for c in args.sweep.split(",")):
        requests = _load_http("127.0.0.1", ports["api"], paths, clients, math.inf)
        processes = {"api": servers["api"], "neo4j": [neo4j_pid]}
        run = _measured(partial(asyncio.run, requests), processes, client_cpu=True)
        print(run.line(f"{clients} clients"), f" (load average {_load()})")


def _print_ratios(way: str, served: list[Run], direct: list[Run]) -> None:
    """The medians of the rounds' ratios of a server's way to the direct one."""
    pairs = list(zip(served, direct, strict=True))
    rate = [h.seconds / d.seconds for h, d in pairs]
    p50 = [statistics.median(h.latencies) / statistics.median(d.latencies) for h, d in pairs]
    cpu = [(h.cpu[way] + h.cpu["neo4j"]) / (d.cpu["neo4j"] + d.cpu["caller"]) for h, d in pairs]
    label = "API" if way == "api" else way
    print(f"  {'':<28} {label} overhead, median of {len(pairs)} rounds:")
    print(f"  {'':<30} throughput direct/{label} {_spread(rate)}")
    print(f"  {'':<30} p50 {label}/direct {_spread(p50)}")
    print(f"  {'':<30} CPU per request ({label} + Neo4j)/(Neo4j + caller) {_spread(cpu)}")


if __name__ == "__main__":
    main()
