// The whole view lives in the URL's query string, so a copied link opens the same view.

export const VIEWS = ["timeline", "dyad", "network", "watches"];
export const INTERVALS = ["day", "week", "month"];
export const STACKS = ["type", "quad_class"];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ALPHA3 = /^[A-Z]{3}$/;

/** The default view: nothing chosen, hypothetical and negated events hidden. */
export function emptyState() {
  return {
    actor: null,
    view: "timeline",
    other: null,
    from: null,
    to: null,
    types: [],
    interval: "week",
    by: "type",
    hypothetical: false,
    negated: false,
    event: null,
    place: null,
    placeCountry: null, // ISO alpha-3: events located in that country
  };
}

/** Read a state from a query string, ignoring values the dashboard does not know. */
export function parseState(search) {
  const q = new URLSearchParams(search);
  const state = emptyState();
  state.actor = q.get("actor") || null;
  state.view = oneOf(q.get("view"), VIEWS, state.view);
  state.other = q.get("with") || null;
  state.from = day(q.get("from"));
  state.to = day(q.get("to"));
  state.types = (q.get("types") || "")
    .split(",")
    .map((t) => t.trim().toUpperCase())
    .filter(Boolean);
  state.interval = oneOf(q.get("interval"), INTERVALS, state.interval);
  state.by = oneOf(q.get("by"), STACKS, state.by);
  state.hypothetical = q.get("hypothetical") === "1";
  state.negated = q.get("negated") === "1";
  state.event = q.get("event") || null;
  state.place = q.get("place") || null;
  state.placeCountry = ALPHA3.test(q.get("place_country") || "") ? q.get("place_country") : null;
  return state;
}

/** The query string of a state, defaults left out so links stay short. */
export function formatState(state) {
  const base = emptyState();
  const q = new URLSearchParams();
  if (state.actor) q.set("actor", state.actor);
  if (state.view !== base.view) q.set("view", state.view);
  if (state.other) q.set("with", state.other);
  if (state.from) q.set("from", state.from);
  if (state.to) q.set("to", state.to);
  if (state.types.length) q.set("types", state.types.join(","));
  if (state.interval !== base.interval) q.set("interval", state.interval);
  if (state.by !== base.by) q.set("by", state.by);
  if (state.hypothetical) q.set("hypothetical", "1");
  if (state.negated) q.set("negated", "1");
  if (state.event) q.set("event", state.event);
  if (state.place) q.set("place", state.place);
  if (state.placeCountry) q.set("place_country", state.placeCountry);
  const text = q.toString();
  return text ? `?${text}` : "";
}

function oneOf(value, allowed, fallback) {
  return allowed.includes(value) ? value : fallback;
}

function day(value) {
  return value && ISO_DAY.test(value) ? value : null;
}
