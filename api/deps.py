"""Typed dependencies the routes share."""

from typing import Annotated

from fastapi import Depends, Request
from neo4j import Driver

from graph.settings import Neo4jSettings, get_neo4j_settings


def _driver(request: Request) -> Driver:
    driver: Driver = request.app.state.driver
    return driver


DriverDep = Annotated[Driver, Depends(_driver)]
Neo4jSettingsDep = Annotated[Neo4jSettings, Depends(get_neo4j_settings)]
