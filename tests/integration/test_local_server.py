"""The project's own Neo4j: real server, schema bootstrap, persistence across restarts."""

import socket
from pathlib import Path

import pytest
from neo4j import Driver

from graph import localserver
from graph.driver import server_info
from graph.errors import LocalServerError
from graph.schema import apply_schema
from tests.conftest import RunningServer


def test_server_answers_with_its_version(driver: Driver, neo4j_server: RunningServer) -> None:
    info = server_info(driver, database=neo4j_server.neo4j.database)
    assert info["version"].startswith("5.26")
    assert info["edition"] == "community"


def test_schema_creates_the_id_constraints(driver: Driver, neo4j_server: RunningServer) -> None:
    apply_schema(driver, database=neo4j_server.neo4j.database)  # a second time: harmless
    records, _, _ = driver.execute_query(
        "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type "
        "WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties[0] AS property",
        database_=neo4j_server.neo4j.database,
    )
    unique = {(r["label"], r["property"]) for r in records}
    assert {("Article", "id"), ("Event", "id"), ("Actor", "id"), ("Source", "id")} <= unique


def test_start_twice_is_harmless_and_status_tells(neo4j_server: RunningServer) -> None:
    first = localserver.status(neo4j_server.server, neo4j_server.neo4j)
    again = localserver.start(neo4j_server.server, neo4j_server.neo4j)
    assert first.running and again.pid == first.pid
    assert again.version is not None and again.version.startswith("5.26")


def test_a_node_survives_stop_and_start(driver: Driver, neo4j_server: RunningServer) -> None:
    db = neo4j_server.neo4j.database
    driver.execute_query("CREATE (:Probe {name: 'persisted'})", database_=db)
    assert localserver.stop(neo4j_server.server, neo4j_server.neo4j)
    assert not localserver.stop(neo4j_server.server, neo4j_server.neo4j)  # stopped: harmless
    assert not localserver.status(neo4j_server.server, neo4j_server.neo4j).running
    localserver.start(neo4j_server.server, neo4j_server.neo4j)
    records, _, _ = driver.execute_query("MATCH (p:Probe) RETURN p.name AS name", database_=db)
    assert [r["name"] for r in records] == ["persisted"]


def test_a_running_neo4j_not_ours_is_used_as_it_is(
    neo4j_server: RunningServer, tmp_path: Path
) -> None:
    other = neo4j_server.server.model_copy(update={"home": tmp_path / "other"})
    found = localserver.start(other, neo4j_server.neo4j)
    assert found.running and found.pid is None
    assert "not started by newsgraph" in found.describe()


def test_a_port_taken_by_another_program_is_refused_clearly(
    neo4j_server: RunningServer, tmp_path: Path
) -> None:
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        port = squatter.getsockname()[1]
        settings = neo4j_server.neo4j.model_copy(update={"uri": f"bolt://127.0.0.1:{port}"})
        server = neo4j_server.server.model_copy(update={"home": tmp_path / "other"})
        with pytest.raises(LocalServerError, match=f"port {port} on 127.0.0.1 is taken"):
            localserver.start(server, settings)
