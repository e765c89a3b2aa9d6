"""The views' JSON: what the API answers and documents."""

from datetime import date
from enum import StrEnum

import pytest
from pydantic import BaseModel, TypeAdapter

from graph import models
from graph.models import ActorKind, DatePrecision, EventType, QuadClass
from graph.views import ActorRef, EventPage, EventSummary

ENUMS = [
    models.ActorKind,
    models.EventType,
    models.QuadClass,
    models.DatePrecision,
    models.DateSource,
    models.LocationPrecision,
]


@pytest.mark.parametrize("enum", ENUMS)
def test_every_member_is_written_as_its_value(enum: type[StrEnum]) -> None:
    values = TypeAdapter(list[enum | None])  # type: ignore[valid-type]
    members = [*enum, None]
    assert values.dump_json(members) == TypeAdapter(list[str | None]).dump_json(
        [None if m is None else m.value for m in members]
    )
    assert values.dump_python(members) == members  # Python keeps the members
    assert all(type(m) is enum for m in values.dump_python(members)[:-1])


@pytest.mark.parametrize("enum", ENUMS)
def test_the_json_schema_still_names_the_enum(enum: type[StrEnum]) -> None:
    class Holder(BaseModel):
        value: enum  # type: ignore[valid-type]

    for mode in ("validation", "serialization"):
        schema = Holder.model_json_schema(mode=mode)
        assert schema["properties"]["value"] == {"$ref": f"#/$defs/{enum.__name__}"}
        assert schema["$defs"][enum.__name__]["enum"] == [m.value for m in enum]


def test_an_event_page_is_written_with_its_enums_as_strings() -> None:
    mayor = ActorRef(id="person:ada-obi", name="Ada Obi", kind=ActorKind.PERSON)
    event = EventSummary(
        id="e1",
        type=EventType.ACCUSE,
        quad_class=QuadClass.VERBAL_CONFLICT,
        date=date(2024, 5, 1),
        date_precision=DatePrecision.MONTH,
        summary="The mayor accused the contractor of delays.",
        source=[mayor],
        target=[],
        participants=[],
        n_articles=1,
        n_sources=1,
        negated=False,
        hypothetical=False,
    )
    page = EventPage(items=[event]).model_dump(mode="json")
    item = page["items"][0]
    assert (item["type"], item["quad_class"], item["date_precision"]) == (
        "ACCUSE",
        "verbal_conflict",
        "month",
    )
    assert item["source"][0]["kind"] == "person"
    assert EventPage.model_validate_json(EventPage(items=[event]).model_dump_json()).items == [
        event
    ]
