// The timeline view: counts per period for one actor, and the events of the chosen range.
import { getJson, seg } from "./api.js";
import { keyColor, keyOrder } from "./colors.js";
import { fill, h, notice } from "./dom.js";
import { eventTable } from "./events.js";
import { formatDate, label, plural } from "./format.js";
import { padPeriods, periodEnd, periodsBetween, periodStart } from "./periods.js";
import { errorNotice, section } from "./sections.js";

const PAGE = 50;

/** Draw the chart and list of the timeline view for `state.actor`. */
export function renderTimeline(state, ctx) {
  const { els } = ctx;
  const name = ctx.actorName(state.actor);
  section(
    "counts",
    ["timeline", state.actor, state.interval, state.by, state.types, state.hypothetical, state.place, state.placeCountry],
    async (current) => {
      const counts = await getJson("/timeline/counts", {
        actor: state.actor,
        place: state.place,
        place_country: state.placeCountry,
        interval: state.interval,
        by: state.by,
        type: state.types,
        include_hypothetical: state.hypothetical,
      });
      if (!current()) return;
      drawCounts(ctx, counts.series, state, `Events of ${name} per ${state.interval}, by ${label(state.by)}`);
    },
    (e) => ctx.chartError(e),
  );
  ctx.zoomChart(state);

  section(
    "list",
    ["timeline", state.actor, state.from, state.to, state.types, state.hypothetical, state.negated, state.place, state.placeCountry],
    async (current) => {
      fill(els.listTitle, `Events of ${name} ${rangeText(state)}`);
      fill(els.list, notice("loading", "Loading events…"));
      const params = {
        from: state.from,
        to: state.to,
        types: state.types,
        include_hypothetical: state.hypothetical,
        include_negated: state.negated,
        place: state.place,
        place_country: state.placeCountry,
        limit: PAGE,
      };
      const page = await getJson(`/actors/${seg(state.actor)}/timeline`, params);
      if (!current()) return;
      showList(ctx, state, page, params, current);
    },
    (e) => fill(els.list, errorNotice(e, "the events")),
  );
}

/** Turn API series into chart series over every period, empty ones included. */
export function drawCounts(ctx, series, state, title) {
  const points = series.flatMap((s) => s.points.map((p) => p.period));
  fill(ctx.els.chartTitle, title);
  if (!points.length) {
    ctx.chartEmpty(`No events for ${ctx.actorName(state.actor)} with these filters.`);
    return;
  }
  const bounds = [...points, state.from, state.to].filter(Boolean).sort();
  const cats = padPeriods(periodsBetween(bounds[0], bounds[bounds.length - 1], state.interval), state.interval);
  const index = new Map(cats.map((c, i) => [c, i]));
  const drawn = [...series]
    .sort((a, b) => keyOrder(a.key) - keyOrder(b.key))
    .map((s) => {
      const values = cats.map(() => 0);
      for (const p of s.points) values[index.get(periodStart(p.period, state.interval))] += p.count;
      return { name: s.key, stack: "all", color: keyColor(s.key), values };
    });
  ctx.chartShow(cats, drawn, state);
}

function showList(ctx, state, page, params, current) {
  const events = [...page.items];
  const { els } = ctx;
  const name = ctx.actorName(state.actor);
  if (!events.length) {
    fill(
      els.list,
      notice(
        "empty",
        `No events for ${name} ${rangeText(state)}.`,
        "Widen the date range, clear the event-type filter, or show hypothetical and negated events.",
      ),
    );
    return;
  }
  let cursor = page.next_cursor;
  const draw = () => {
    const more = cursor
      ? h(
          "button",
          {
            type: "button",
            class: "more",
            onclick: async (e) => {
              e.target.disabled = true;
              const next = await getJson(`/actors/${seg(state.actor)}/timeline`, { ...params, cursor }).catch((err) => {
                e.target.replaceWith(errorNotice(err, "more events"));
                return null;
              });
              if (!next || !current()) return;
              events.push(...next.items);
              cursor = next.next_cursor;
              draw();
            },
          },
          "Load more",
        )
      : null;
    fill(
      els.list,
      eventTable(events, { focus: state.actor, selected: ctx.state().event, onOpen: ctx.openEvent }),
      h("p", { class: "muted" }, `${plural(events.length, "event")} shown, newest first${cursor ? "; more below" : ""}.`),
      more,
    );
  };
  draw();
}

/** "from 5 May 2025 to 1 Jun 2025", or "over the whole period". */
export function rangeText(state) {
  if (state.from && state.to) return `from ${formatDate(state.from)} to ${formatDate(state.to)}`;
  if (state.from) return `since ${formatDate(state.from)}`;
  if (state.to) return `until ${formatDate(state.to)}`;
  return "over the whole period";
}

/** The dates a zoom window of periods `first`..`last` stands for. */
export function windowDates(first, last, interval) {
  return { from: first, to: last ? periodEnd(last, interval) : null };
}
