// The dashboard: one state (mirrored in the URL), rendered into the page on every change.
import { ApiError, clearCache, getJson, seg } from "./api.js";
import { createNetworkChart, createPeriodChart } from "./charts.js";
import { QUAD_CLASSES, TYPES, keyColor } from "./colors.js";
import { renderDyad } from "./dyad.js";
import { fill, h, notice } from "./dom.js";
import { evidencePanel } from "./evidence.js";
import { actorName, label } from "./format.js";
import { renderHome } from "./home.js";
import { renderNetwork } from "./network.js";
import { renderPlaces, resizePlaces } from "./places.js";
import { periodStart } from "./periods.js";
import { profileCard } from "./profile.js";
import { createActorSearch } from "./search.js";
import { errorNotice, resetSections, section, track, whenDown } from "./sections.js";
import { formatState, parseState } from "./state.js";
import { renderTimeline, windowDates } from "./timeline.js";
import { closeWatches, renderWatches } from "./watches.js";

const $ = (id) => document.getElementById(id);
const els = {
  search: $("actor-search"),
  filters: $("filters"),
  typesGrid: $("types-grid"),
  typesSummary: $("types-summary"),
  banner: $("banner"),
  profile: $("profile"),
  welcome: $("welcome"),
  watches: $("watches"),
  dyadPicker: $("dyad-picker"),
  chartWrap: $("chart-wrap"),
  chartTitle: $("chart-title"),
  chart: $("chart"),
  chartNote: $("chart-note"),
  mapWrap: $("map-wrap"),
  mapTitle: $("map-title"),
  map: $("map"),
  mapNote: $("map-note"),
  placeList: $("place-list"),
  countryList: $("country-list"),
  networkWrap: $("network-wrap"),
  networkTitle: $("network-title"),
  network: $("network"),
  networkNote: $("network-note"),
  networkTable: $("network-table"),
  listWrap: $("list-wrap"),
  listTitle: $("list-title"),
  list: $("event-list"),
  evidence: $("evidence"),
  share: $("share"),
};

let state = parseState(location.search);
let shownView = null;
const names = new Map(); // actor id -> name, from every answer that named one
let periodChart = null;
let networkChart = null;
let down = null; // the last "Neo4j is down" error, until the analyst retries

/** Change the state, record it in the URL (a new history entry when `push`), render. */
function setState(patch, { push = false } = {}) {
  state = { ...state, ...patch };
  const url = formatState(state) || location.pathname;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
  render();
}

const ctx = {
  els,
  state: () => state,
  actorName: (id) => names.get(id) || id,
  openEvent: (event) => setState({ event: event.id }, { push: true }),
  focusActor: (id) => setState({ actor: id, other: state.other === id ? null : state.other, event: null }, { push: true }),
  openDyad: (id) => setState({ view: "dyad", other: id, event: null }, { push: true }),
  go: (patch) => setState(patch, { push: true }),
  learnName: (actor) => names.set(actor.id, actorName(actor)),
  // From the home page: an event opens in the timeline of its first actor.
  openEventOf(event) {
    const [first] = [...event.source, ...event.target, ...event.participants];
    setState({ actor: first.id, view: "timeline", other: null, event: event.id }, { push: true });
  },
  pickPlace: (id) => setState({ place: id, placeCountry: null, event: null }, { push: true }),
  pickCountry: (code) => setState({ place: null, placeCountry: code, event: null }, { push: true }),
  chartShow(cats, series, s, tooltip) {
    showChartArea(true);
    periodChart.show(cats, series, { ...zoomWindow(s), tooltip });
    els.chart.dataset.periods = String(cats.length);
  },
  chartEmpty(message) {
    showChartArea(false, notice("empty", message));
  },
  chartError(e) {
    showChartArea(false, errorNotice(e, "the chart"));
  },
  zoomChart(s) {
    const key = JSON.stringify([s.from, s.to, s.interval]);
    if (periodChart && els.chart.dataset.zoom !== key) {
      els.chart.dataset.zoom = key;
      const w = zoomWindow(s);
      periodChart.zoomTo(w.first, w.last);
    }
  },
  networkShow(nodes, edges, categories, legend, tooltip) {
    els.network.hidden = false;
    fill(els.networkNote);
    networkChart.resize();
    networkChart.show(nodes, edges, categories, legend, tooltip);
  },
  networkEmpty(node) {
    els.network.hidden = true;
    fill(els.networkTable);
    fill(els.networkNote, node);
  },
};

function zoomWindow(s) {
  return {
    first: s.from ? periodStart(s.from, s.interval) : null,
    last: s.to ? periodStart(s.to, s.interval) : null,
  };
}

// The chart canvas stays in the page (ECharts keeps its size); a notice replaces it when empty.
function showChartArea(drawn, message = null) {
  els.chart.hidden = !drawn;
  if (drawn) {
    fill(els.chartNote);
    periodChart.resize();
  } else {
    fill(els.chartNote, message);
  }
}

function render() {
  syncControls();
  const view = state.actor || state.view === "watches" ? state.view : "home";
  document.body.dataset.view = view;
  if (shownView !== view) {
    // Views share the chart and the list: a new view redraws them all.
    resetSections();
    if (shownView === "watches") closeWatches();
    shownView = view;
  }
  els.watches.hidden = view !== "watches";
  periodChart ??= createPeriodChart(els.chart, onRange);
  if (view === "watches") {
    els.welcome.hidden = true;
    for (const el of [els.chartWrap, els.networkWrap, els.listWrap, els.dyadPicker, els.evidence]) el.hidden = true;
    document.title = "Watches · newsgraph";
    if (!els.watches.dataset.shown) renderWatches(els.watches, ctx);
    els.watches.dataset.shown = "1";
    return;
  }
  delete els.watches.dataset.shown;
  if (!state.actor) {
    renderHomePage();
    return;
  }
  els.welcome.hidden = true;
  els.chartWrap.hidden = state.view === "network";
  els.networkWrap.hidden = state.view !== "network";
  els.mapWrap.hidden = state.view !== "timeline";
  els.listWrap.hidden = state.view === "network";
  els.dyadPicker.hidden = state.view !== "dyad";
  networkChart ??= createNetworkChart(els.network, (id) => ctx.focusActor(id));
  renderProfile();
  renderEvidence();
  // After the evidence column opened or closed: the charts fit their new width.
  if (state.view === "network") networkChart.resize();
  else periodChart.resize();
  track(Promise.all([named(state.actor), state.other ? named(state.other) : null])).then(() => {
    if (down) {
      // Every other request would wait for the same timeout: say it once, ask nothing more.
      showChartArea(false, errorNotice(down, "the chart"));
      els.networkWrap.hidden = true;
      els.listWrap.hidden = state.view === "network";
      fill(els.list, errorNotice(down, "the events"));
      return;
    }
    if (state.view === "timeline") {
      renderTimeline(state, ctx);
      renderPlaces(state, ctx);
    }
    if (state.view === "dyad") {
      renderDyadPicker();
      renderDyad(state, ctx);
    }
    if (state.view === "network") renderNetwork(state, ctx);
    document.title = `${ctx.actorName(state.actor)} · ${state.view} · newsgraph`;
  });
}

// The chart's zoom window sets the date range the list and the network show.
function onRange(first, last) {
  const { from, to } = windowDates(first, last, state.interval);
  els.chart.dataset.zoom = JSON.stringify([from, to, state.interval]);
  setState({ from, to });
}

// Views name actors in titles: learn a name from the actor's profile (cached by getJson).
async function named(id) {
  if (names.has(id)) return;
  try {
    const actor = await getJson(`/actors/${seg(id)}`);
    names.set(id, actorName(actor));
  } catch (e) {
    if (e instanceof ApiError && e.kind === "down") down = e;
    // Otherwise the profile card says what went wrong; titles fall back to the id.
  }
}

function renderProfile() {
  section(
    "profile",
    state.actor,
    async (current) => {
      fill(els.profile, notice("loading", "Loading the profile…"));
      const actor = await getJson(`/actors/${seg(state.actor)}`);
      names.set(actor.id, actorName(actor));
      for (const other of actor.top_counterparts || []) names.set(other.id, actorName(other));
      if (current()) fill(els.profile, profileCard(actor, (other) => ctx.openDyad(other.id)));
    },
    (e) => fill(els.profile, errorNotice(e, `the actor ${state.actor}`)),
  );
}

function renderDyadPicker() {
  section("dyad-picker", [state.actor, state.other], async () => {
    const slot = h("div", { class: "search" });
    const pair = state.other
      ? h(
          "p",
          { class: "pair" },
          h("strong", {}, ctx.actorName(state.actor)),
          " and ",
          h("strong", {}, ctx.actorName(state.other)),
          " ",
          h(
            "button",
            { type: "button", class: "link", onclick: () => setState({ actor: state.other, other: state.actor }, { push: true }) },
            "swap",
          ),
        )
      : h("p", { class: "pair" }, `Events between ${ctx.actorName(state.actor)} and…`);
    fill(els.dyadPicker, pair, h("label", { class: "picker-label" }, "Second actor ", slot));
    createActorSearch(slot, {
      label: "Second actor",
      placeholder: "Pick the other actor…",
      onPick: (actor) => {
        names.set(actor.id, actorName(actor));
        ctx.openDyad(actor.id);
      },
    });
  });
}

function renderEvidence() {
  els.evidence.hidden = !state.event;
  document.body.classList.toggle("with-evidence", Boolean(state.event));
  for (const row of document.querySelectorAll(".event-row")) {
    row.setAttribute("aria-selected", String(row.dataset.eventId === state.event));
  }
  if (!state.event) return;
  const close = () => setState({ event: null }, { push: true });
  section(
    "evidence",
    state.event,
    async (current) => {
      fill(els.evidence, notice("loading", "Loading the evidence…"));
      const event = await getJson(`/events/${seg(state.event)}`);
      if (current()) fill(els.evidence, evidencePanel(event, close));
    },
    (e) =>
      fill(
        els.evidence,
        h("button", { type: "button", class: "close", "aria-label": "Close evidence", onclick: close }, "×"),
        errorNotice(e, "the evidence"),
      ),
  );
}

function renderHomePage() {
  els.welcome.hidden = false;
  for (const el of [els.mapWrap, els.networkWrap, els.listWrap, els.dyadPicker, els.evidence]) el.hidden = true;
  document.body.classList.remove("with-evidence");
  fill(els.profile, h("p", { class: "muted" }, "No actor chosen: the home page shows the whole graph."));
  document.title = "newsgraph: analyst dashboard";
  periodChart.resize();
  renderHome(state, ctx);
}

// The form and buttons show the state, whichever way it changed (typing, zoom, back button).
function syncControls() {
  const form = els.filters;
  form.elements.from.value = state.from || "";
  form.elements.to.value = state.to || "";
  form.elements.interval.value = state.interval;
  form.elements.by.value = state.by;
  form.elements.hide_hypothetical.checked = !state.hypothetical;
  form.elements.hide_negated.checked = !state.negated;
  for (const box of els.typesGrid.querySelectorAll("input")) box.checked = state.types.includes(box.value);
  els.typesSummary.textContent = state.types.length ? state.types.join(", ") : "all";
  for (const button of document.querySelectorAll("[data-view]")) {
    button.setAttribute("aria-pressed", String(button.dataset.view === state.view));
    button.disabled = !state.actor && button.dataset.view !== "watches";
  }
}

function buildTypeFilter() {
  const groups = QUAD_CLASSES.map((quad) =>
    h(
      "fieldset",
      {},
      h("legend", {}, label(quad)),
      ...TYPES.filter(([, q]) => q === quad).map(([type]) =>
        h(
          "label",
          { class: "check" },
          h("input", { type: "checkbox", name: "types", value: type }),
          h("span", { class: "swatch", style: `background:${keyColor(type)}` }),
          ` ${type}`,
        ),
      ),
    ),
  );
  const clear = h("button", { type: "button", class: "link", onclick: () => setState({ types: [] }) }, "all types");
  fill(els.typesGrid, ...groups, clear);
}

function bindControls() {
  const form = els.filters;
  form.addEventListener("submit", (e) => e.preventDefault());
  form.addEventListener("change", (e) => {
    const el = e.target;
    if (el.name === "from" || el.name === "to") setState({ [el.name]: el.value || null });
    if (el.name === "interval" || el.name === "by") setState({ [el.name]: el.value });
    if (el.name === "hide_hypothetical") setState({ hypothetical: !el.checked });
    if (el.name === "hide_negated") setState({ negated: !el.checked });
    if (el.name === "types") {
      const types = [...els.typesGrid.querySelectorAll("input:checked")].map((b) => b.value);
      setState({ types });
    }
  });
  $("reset-range").addEventListener("click", () => setState({ from: null, to: null }));
  // The type list floats over the page: a click elsewhere folds it away.
  const types = els.typesGrid.closest("details");
  document.addEventListener("click", (e) => {
    if (types.open && !types.contains(e.target)) types.open = false;
  });
  for (const button of document.querySelectorAll("[data-view]")) {
    button.addEventListener("click", () => setState({ view: button.dataset.view, event: null }, { push: true }));
  }
  els.share.addEventListener("click", share);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && state.event) setState({ event: null }, { push: true });
  });
  window.addEventListener("popstate", () => {
    state = parseState(location.search);
    render();
  });
  window.addEventListener("resize", () => {
    periodChart?.resize();
    networkChart?.resize();
    resizePlaces();
  });
  createActorSearch(els.search, {
    label: "Search an actor",
    placeholder: "Search an actor: person, organisation, country…",
    onPick: (actor) => {
      names.set(actor.id, actorName(actor));
      const view = ["dyad", "watches"].includes(state.view) ? "timeline" : state.view;
      setState({ actor: actor.id, view, other: null, event: null }, { push: true });
    },
  });
}

// The URL already holds the view; copy it, or show it to copy by hand where the clipboard is shut.
async function share() {
  const url = location.href;
  try {
    await navigator.clipboard.writeText(url);
    flash("Link copied");
  } catch {
    const field = h("input", { class: "share-url", value: url, readonly: true, "aria-label": "Link to this view" });
    showBanner("info", "Copy this link to share the view:", field);
    field.select();
  }
}

function flash(text) {
  const before = els.share.textContent;
  els.share.textContent = text;
  setTimeout(() => (els.share.textContent = before), 1500);
}

function showBanner(kind, ...content) {
  els.banner.className = `banner banner-${kind}`;
  fill(els.banner, ...content, h("button", { type: "button", class: "link", onclick: () => (els.banner.hidden = true) }, "dismiss"));
  els.banner.hidden = false;
}

function retry() {
  down = null;
  els.banner.hidden = true;
  clearCache();
  resetSections();
  render();
}

// One banner for the whole page when Neo4j is down, whichever section noticed first.
function neo4jDown(e) {
  down = e;
  showBanner("error", h("strong", {}, "Neo4j is down. "), `${e.message} `, h("button", { type: "button", onclick: retry }, "Retry"));
}
whenDown(neo4jDown);

async function checkHealth() {
  try {
    await getJson("/health");
  } catch (e) {
    if (e instanceof ApiError && e.kind === "down") {
      neo4jDown(e);
    } else if (e instanceof ApiError && e.kind === "network") {
      showBanner("error", h("strong", {}, "The API does not answer. "), e.message);
    }
  }
  clearCache("/health"); // asked afresh next time
}

// A handle on the charts for the console and the browser tests (to find a node's pixel).
window.newsgraph = { periodChart: () => periodChart?.chart, networkChart: () => networkChart?.chart };
document.body.dataset.busy = "0";
buildTypeFilter();
bindControls();
checkHealth();
render();
