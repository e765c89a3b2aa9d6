"""The home page's data: what happened in a period, against the period before."""

from typing import Annotated

from fastapi import Query

from api.deps import DatabaseDep, read_router
from api.params import DateFrom, DateTo, check_window
from graph import reads
from graph.views import Overview

router = read_router("home")


@router.get("/overview", response_model=Overview)
def overview(
    db: DatabaseDep,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    min_sources: Annotated[
        int, Query(ge=1, le=100, description="Sources an event needs to be in `reported`")
    ] = 2,
    limit: Annotated[int, Query(ge=1, le=50, description="Items per list")] = 10,
) -> Overview:
    """Events per week by quad class, most active actors and pairs, biggest changes against
    the period before, latest events reported by several sources. The period defaults to
    the 12 weeks (from a Monday) to the latest event."""
    check_window(date_from, date_to)
    return reads.home_overview(
        db.driver,
        database=db.name,
        date_from=date_from,
        date_to=date_to,
        min_sources=min_sources,
        limit=limit,
    )
