"""The project's own Neo4j Community server, for machines without Docker.

The engine's jars come from Maven Central (resolved once into a cache shared by every
checkout), a small Java launcher opens one Bolt connector on the host and port of NEO4J_URI,
and the server runs detached with its pid and version in `<home>/server.json`.
"""

import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from graph.driver import create_driver, server_info
from graph.errors import LocalServerError, Neo4jUnavailable
from graph.settings import LocalServerSettings, Neo4jSettings

_LAUNCHER = "NewsgraphNeo4j"
_LAUNCHER_DIR = Path(__file__).parent / "launcher"
# Servers this process started, kept so they are reaped on stop (and not warned about as
# still running when a Popen object is collected).
_started: dict[int, "subprocess.Popen[bytes]"] = {}


@dataclass(frozen=True)
class ServerStatus:
    """Whether the local server runs, and where."""

    running: bool
    pid: int | None = None
    uri: str | None = None
    version: str | None = None
    home: Path | None = None

    def describe(self) -> str:
        """One line for a person."""
        if not self.running:
            return f"neo4j stopped (data in {self.home})"
        if self.pid is None:
            return f"neo4j {self.version} answering on {self.uri} (not started by newsgraph)"
        return f"neo4j {self.version} running on {self.uri} (pid {self.pid}, data in {self.home})"


def status(server: LocalServerSettings, neo4j: Neo4jSettings) -> ServerStatus:
    """Tell whether the server recorded in the data directory is running."""
    home = server.home.resolve()
    try:
        state = json.loads((home / "server.json").read_text())
    except (OSError, ValueError):
        return ServerStatus(running=False, home=home)
    if not _alive(state["pid"]):
        return ServerStatus(running=False, home=home)
    return ServerStatus(True, state["pid"], state["uri"], state["version"], home)


def start(server: LocalServerSettings, neo4j: Neo4jSettings) -> ServerStatus:
    """Start the server and return once Bolt accepts connections; harmless when running."""
    current = status(server, neo4j)
    if current.running:
        return current
    _require_java_17()
    if _port_taken(neo4j.host, neo4j.port):
        version = _answering_version(neo4j)
        if version is not None:  # a Neo4j of the user's (Docker, a service) already answers
            return ServerStatus(True, None, neo4j.uri, version, None)
        raise LocalServerError(
            f"port {neo4j.port} on {neo4j.host} is taken by another program: "
            "stop it or point NEO4J_URI at another port"
        )
    classpath = _classpath(server)
    home = server.home.resolve()
    home.mkdir(parents=True, exist_ok=True)
    log_path = home / "launcher.log"
    command = [
        "java",
        f"-Xmx{server.heap}",
        "-XX:+UseG1GC",
        "-cp",
        classpath,
        _LAUNCHER,
        str(home),
        neo4j.host,
        str(neo4j.port),
        str(server.pagecache_mb),
    ]
    env = {**os.environ, "NEO4J_PASSWORD": neo4j.password.get_secret_value()}
    with log_path.open("wb") as log:  # fresh, so "ready" below is this run's
        process = subprocess.Popen(command, stdout=log, stderr=log, env=env, start_new_session=True)
    _started[process.pid] = process
    _wait_for_bolt(process, neo4j, timeout=server.start_timeout, log_path=log_path)
    state = {"pid": process.pid, "uri": neo4j.uri, "version": server.version}
    (home / "server.json").write_text(json.dumps(state))
    return ServerStatus(True, process.pid, neo4j.uri, server.version, home)


def stop(server: LocalServerSettings, neo4j: Neo4jSettings, *, timeout: float = 60.0) -> bool:
    """Shut the server down cleanly; return False when it was not running."""
    current = status(server, neo4j)
    if not current.running or current.pid is None:
        return False
    os.kill(current.pid, signal.SIGTERM)  # the launcher's shutdown hook checkpoints the store
    deadline = time.monotonic() + timeout
    while _alive(current.pid):
        if time.monotonic() > deadline:
            raise LocalServerError(f"neo4j (pid {current.pid}) did not stop within {timeout:.0f}s")
        time.sleep(0.2)
    if (process := _started.pop(current.pid, None)) is not None:
        process.wait()
    (server.home.resolve() / "server.json").unlink(missing_ok=True)
    return True


def _classpath(server: LocalServerSettings) -> str:
    """Resolve the jars (first time only) and compile the launcher; return the classpath."""
    cache = server.jar_cache.expanduser() / f"neo4j-{server.version}"
    lib = cache / "lib"
    if not (cache / "resolved").exists():
        if shutil.which("mvn") is None:
            raise LocalServerError(
                "Maven (mvn) is needed once to fetch Neo4j from Maven Central: install it "
                "(e.g. apt-get install maven), or use docker-compose.yml"
            )
        _run(
            [
                "mvn",
                "-q",
                "-B",
                "-f",
                str(_LAUNCHER_DIR / "pom.xml"),
                "dependency:copy-dependencies",
                f"-DoutputDirectory={lib}",
                f"-Dneo4j.version={server.version}",
            ],
            what=f"resolving Neo4j {server.version} with Maven",
        )
        (cache / "resolved").touch()
    source = _LAUNCHER_DIR / f"{_LAUNCHER}.java"
    code = source.read_bytes()
    classes = cache / "classes" / hashlib.sha256(code).hexdigest()[:12]
    if not (classes / f"{_LAUNCHER}.class").exists():
        classes.mkdir(parents=True, exist_ok=True)
        _run(
            ["javac", "-cp", f"{lib}/*", "-d", str(classes), str(source)],
            what="compiling the Neo4j launcher",
        )
    return f"{classes}{os.pathsep}{lib}/*"


def _run(command: list[str], *, what: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        tail = (result.stdout + result.stderr).strip()[-2000:]
        raise LocalServerError(f"{what} failed:\n{tail}")


def _require_java_17() -> None:
    if shutil.which("java") is None or shutil.which("javac") is None:
        raise LocalServerError(
            "Java 17+ (a JDK, with javac) is needed to run Neo4j without Docker: install one "
            "(e.g. apt-get install openjdk-17-jdk-headless), or use docker-compose.yml"
        )
    banner = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr
    found = re.search(r'version "(\d+)', banner)
    if found is None or int(found.group(1)) < 17:
        raise LocalServerError(f"Neo4j 5.26 needs Java 17 or newer; `java -version` says: {banner}")


def _answering_version(neo4j: Neo4jSettings) -> str | None:
    driver = create_driver(neo4j, retry_seconds=0)
    try:
        return str(server_info(driver, database="system")["version"])
    except Neo4jUnavailable:
        return None
    finally:
        driver.close()


def _port_taken(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return True
    return False


def _wait_for_bolt(
    process: subprocess.Popen[bytes], neo4j: Neo4jSettings, *, timeout: float, log_path: Path
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise LocalServerError(
                f"neo4j exited with code {process.returncode} while starting; "
                f"last lines of {log_path}:\n{_tail(log_path)}"
            )
        try:
            with socket.create_connection((neo4j.host, neo4j.port), timeout=1):
                pass
        except OSError:
            time.sleep(0.3)
            continue
        if "ready on" in _tail(log_path):  # Bolt listens before the password is set
            return
        time.sleep(0.3)
    process.terminate()
    raise LocalServerError(
        f"neo4j did not accept Bolt connections within {timeout:.0f}s; see {log_path}"
    )


def _tail(path: Path, lines: int = 20) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (exited, not yet reaped) is not a server.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return True
