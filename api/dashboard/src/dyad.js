// The dyad view: the events between two actors, each direction drawn apart.
import { getJson, seg } from "./api.js";
import { keyColor, keyOrder } from "./colors.js";
import { fill, h, notice } from "./dom.js";
import { eventTable } from "./events.js";
import { escapeHtml, label, plural, whoLine } from "./format.js";
import { padPeriods, periodStart, periodsBetween } from "./periods.js";
import { errorNotice, section } from "./sections.js";
import { rangeText } from "./timeline.js";

// Enough for a pair's whole history on the demo data and far beyond; counted client-side.
const PAGE = 500;
const MAX_PAGES = 6;

// Each direction is its own bar stack; the pattern tells them apart beside the colour.
const SIDES = {
  ab: { stack: "ab", pattern: null },
  ba: { stack: "ba", pattern: { symbol: "rect", dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: Math.PI / 4, color: "rgba(255,255,255,0.55)" } },
  joint: { stack: "joint", pattern: { symbol: "circle", symbolSize: 0.6, dashArrayX: [[4, 4]], dashArrayY: [4, 4], color: "rgba(255,255,255,0.6)" } },
};

/** Which side of the pair acted: "ab" (a on b), "ba" (b on a) or "joint". */
export function sideOf(event, a, b) {
  const has = (list, id) => list.some((x) => x.id === id);
  if (has(event.source, a) && has(event.target, b)) return "ab";
  if (has(event.source, b) && has(event.target, a)) return "ba";
  return "joint";
}

/** Draw the dyad view of `state.actor` and `state.other`. */
export function renderDyad(state, ctx) {
  const { els } = ctx;
  const a = state.actor;
  const b = state.other;
  if (!b) {
    ctx.chartEmpty("Pick a second actor above (or a counterpart in the profile) to see the pair's events.");
    fill(els.listTitle, "");
    fill(els.list);
    return;
  }
  const nameA = ctx.actorName(a);
  const nameB = ctx.actorName(b);
  const sideName = { ab: `${nameA} → ${nameB}`, ba: `${nameB} → ${nameA}`, joint: `${nameA} + ${nameB} (joint)` };
  const key = JSON.stringify([a, b, state.types, state.hypothetical, state.negated]);
  // Interval, stacking and range change the drawing, not the data: redraw from memory.
  if (ctx.dyad?.key === key) {
    redraw(ctx, ctx.dyad.events, state, sideName);
    return;
  }
  section(
    "dyad",
    key,
    async (current) => {
      fill(els.list, notice("loading", "Loading the pair's events…"));
      const events = await allEvents(a, b, state);
      ctx.dyad = { key, events };
      if (current()) redraw(ctx, events, ctx.state(), sideName);
    },
    (e) => {
      ctx.chartError(e);
      fill(els.list, errorNotice(e, "the pair's events"));
    },
  );
}

function redraw(ctx, events, s, sideName) {
  const { els } = ctx;
  const [a, b] = [s.actor, s.other];
  section("dyad-chart", [a, b, s.interval, s.by, events.length], async () => drawDyad(ctx, events, s, sideName));
  ctx.zoomChart(s);
  const shown = events.filter((e) => (!s.from || e.date >= s.from) && (!s.to || e.date <= s.to));
  fill(els.listTitle, `Events between ${sideName.ab.replace(" → ", " and ")} ${rangeText(s)}`);
  if (!shown.length) {
    fill(
      els.list,
      notice("empty", `No events between ${sideName.ab.replace(" → ", " and ")} ${rangeText(s)}.`, "Widen the date range or the filters, or pick another pair."),
    );
    return;
  }
  fill(
    els.list,
    eventTable(shown, {
      direction: (event) => h("span", { class: `side side-${sideOf(event, a, b)}`, title: whoLine(event) }, sideName[sideOf(event, a, b)]),
      selected: s.event,
      onOpen: ctx.openEvent,
    }),
    h("p", { class: "muted" }, `${plural(shown.length, "event")} shown, newest first${events.truncated ? " (the pair has more: narrow the filters)" : ""}.`),
  );
}

async function allEvents(a, b, state) {
  const params = {
    types: state.types,
    include_hypothetical: state.hypothetical,
    include_negated: state.negated,
    limit: PAGE,
  };
  const events = [];
  let cursor = null;
  for (let n = 0; n < MAX_PAGES; n++) {
    const page = await getJson(`/dyads/${seg(a)}/${seg(b)}/timeline`, { ...params, cursor });
    events.push(...page.items);
    cursor = page.next_cursor;
    if (!cursor) break;
  }
  events.truncated = Boolean(cursor);
  return events;
}

function drawDyad(ctx, events, state, sideName) {
  fill(ctx.els.chartTitle, `Events per ${state.interval}, by ${label(state.by)}: ${sideName.ab} | ${sideName.ba} | joint`);
  if (!events.length) {
    ctx.chartEmpty(`No events between ${sideName.ab.replace(" → ", " and ")} with these filters.`);
    return;
  }
  const a = state.actor;
  const b = state.other;
  const days = events.map((e) => e.date);
  const bounds = [...days, state.from, state.to].filter(Boolean).sort();
  const cats = padPeriods(periodsBetween(bounds[0], bounds[bounds.length - 1], state.interval), state.interval);
  const index = new Map(cats.map((c, i) => [c, i]));
  const counts = new Map(); // "side|key" -> values per period
  for (const e of events) {
    const id = `${sideOf(e, a, b)}|${state.by === "type" ? e.type : e.quad_class}`;
    if (!counts.has(id)) counts.set(id, cats.map(() => 0));
    counts.get(id)[index.get(periodStart(e.date, state.interval))] += 1;
  }
  const series = [...counts.entries()]
    .map(([id, values]) => {
      const [side, key] = id.split("|");
      return { name: key, side, stack: SIDES[side].stack, pattern: SIDES[side].pattern, color: keyColor(key), values };
    })
    .sort((x, y) => x.side.localeCompare(y.side) || keyOrder(x.name) - keyOrder(y.name));
  const tooltip = (items) => {
    const lines = items.filter((i) => i.value).map((i) => `${i.marker}${escapeHtml(sideName[series[i.seriesIndex].side])}: ${i.seriesName} ${i.value}`);
    return [items[0]?.axisValue, ...lines].join("<br>");
  };
  ctx.chartShow(cats, series, state, tooltip);
  fill(
    ctx.els.chartNote,
    "Bars per period, left to right: ",
    h("span", { class: "side side-ab" }, sideName.ab),
    ", ",
    h("span", { class: "side side-ba" }, sideName.ba),
    " (striped), ",
    h("span", { class: "side side-joint" }, sideName.joint),
    " (dotted).",
  );
}
