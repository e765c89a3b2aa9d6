// The map section of the timeline view: where the actor's events happened; a place or a
// country filters.
import { getJson } from "./api.js";
import { fill, h, notice } from "./dom.js";
import { countryName, createPlaceMap } from "./map.js";
import { errorNotice, section } from "./sections.js";

const MAX_PLACES = 300; // points drawn; the list under the map names the busiest
const LISTED = 12;
let map = null;

/** Draw the map of `state.actor`'s located events under the current filters. */
export function renderPlaces(state, ctx) {
  const { els } = ctx;
  map ??= createPlaceMap(els.map, (place) => ctx.pickPlace(place.id), (code) => ctx.pickCountry(code));
  section(
    "places",
    ["places", state.actor, state.from, state.to, state.types, state.hypothetical, state.place, state.placeCountry],
    async (current) => {
      const counts = await getJson("/places/counts", {
        actor: state.actor,
        from: state.from,
        to: state.to,
        type: state.types,
        include_hypothetical: state.hypothetical,
        limit: MAX_PLACES,
      });
      if (!current()) return;
      const name = ctx.actorName(state.actor);
      fill(els.mapTitle, `Where the events of ${name} happened`);
      if (!counts.places.length) {
        els.map.hidden = true;
        fill(els.placeList);
        fill(els.countryList);
        fill(els.mapNote, notice("empty", `No located events for ${name} with these filters.`));
        return;
      }
      els.map.hidden = false;
      map.resize();
      map.show(counts.places, counts.countries, state.place, state.placeCountry);
      const chosen = counts.places.find((p) => p.id === state.place);
      const where = state.place
        ? chosen
          ? chosen.name
          : "the chosen place"
        : state.placeCountry && countryName(state.placeCountry);
      fill(
        els.mapNote,
        where
          ? [
              `Only the events in ${where} are listed. `,
              h("button", { type: "button", class: "link", onclick: () => ctx.pickPlace(null) }, "all places"),
            ]
          : "Click a place or a country to list only its events.",
      );
      fill(
        els.countryList,
        ...counts.countries.slice(0, LISTED).map((c) =>
          h(
            "li",
            {},
            h(
              "button",
              {
                type: "button",
                class: "link",
                "aria-pressed": String(c.country === state.placeCountry),
                onclick: () => ctx.pickCountry(c.country),
              },
              countryName(c.country),
            ),
            ` ${c.n}`,
          ),
        ),
      );
      fill(
        els.placeList,
        ...counts.places.slice(0, LISTED).map((p) =>
          h(
            "li",
            {},
            h(
              "button",
              { type: "button", class: "link", "aria-pressed": String(p.id === state.place), onclick: () => ctx.pickPlace(p.id) },
              p.name,
            ),
            ` ${p.n}`,
          ),
        ),
      );
    },
    (e) => fill(els.mapNote, errorNotice(e, "the map")),
  );
}

/** Fit the map to its box after the layout changed. */
export function resizePlaces() {
  map?.resize();
}
