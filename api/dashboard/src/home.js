// The home page: what happened in the period in view (default: the 12 weeks to the latest
// event) against the period before; every item links into the actor, dyad or event views.
import { getJson } from "./api.js";
import { fill, h, notice } from "./dom.js";
import { eventTable } from "./events.js";
import { actorName, formatDate, label } from "./format.js";
import { errorNotice, section } from "./sections.js";
import { formatState } from "./state.js";
import { drawCounts } from "./timeline.js";

/** Draw the home page into the welcome area and the chart. */
export function renderHome(state, ctx) {
  const { els } = ctx;
  section(
    "home",
    ["home", state.from, state.to],
    async (current) => {
      fill(els.welcome, notice("loading", "Loading what happened…"));
      const [stats, o] = await Promise.all([getJson("/stats"), getJson("/overview", { from: state.from, to: state.to })]);
      if (!current()) return;
      if (!stats.events) {
        els.chartWrap.hidden = true;
        fill(els.welcome, notice("empty", "The graph is empty", "No events are stored yet: ingest some articles (make demo), then reload."));
        return;
      }
      for (const a of [...o.actors, ...o.changes]) ctx.learnName(a.actor);
      for (const d of o.dyads) [d.a, d.b].forEach(ctx.learnName);
      const span = `${formatDate(stats.first_event_date)} to ${formatDate(stats.last_event_date)}`;
      fill(
        els.welcome,
        h("h2", { class: "home-title" }, `What happened from ${formatDate(o.date_from)} to ${formatDate(o.date_to)}`),
        h(
          "p",
          { class: "muted" },
          `The graph holds ${stats.events} events about ${stats.actors} actors, read from ${stats.articles} articles from ${span}. `,
          `“Before” counts as many days before the period, from ${formatDate(o.previous_from)}. Search an actor above, or follow a link.`,
        ),
        h(
          "div",
          { class: "home-grid" },
          card("Most active actors", o.actors, ["Actor", "Events", "Before"], (a) => [actorLink(ctx, a.actor), a.n, a.previous]),
          card("Most active pairs", o.dyads, ["Pair", "Events"], (d) => [dyadLink(ctx, d.a, d.b), d.n]),
          card("Biggest changes", o.changes, ["Actor", "Quad class", "Before", "Now"], (c) => [
            actorLink(ctx, c.actor),
            label(c.quad_class),
            c.previous,
            h("span", { class: c.n > c.previous ? "up" : "down" }, `${c.n} ${c.n > c.previous ? "▲" : "▼"}`),
          ]),
        ),
        h("h3", { class: "home-subtitle" }, "Latest events reported by several sources"),
        o.reported.length
          ? eventTable(o.reported, { onOpen: (event) => ctx.openEventOf(event) })
          : notice("empty", "No event in this period is reported by more than one source."),
      );
      els.chartWrap.hidden = false;
      const series = [];
      for (const b of o.weeks) {
        let s = series.find((x) => x.key === b.key);
        if (!s) series.push((s = { key: b.key, points: [] }));
        s.points.push({ period: b.bucket, count: b.n });
      }
      const view = { ...state, interval: "week", from: o.date_from, to: o.date_to };
      if (series.length) drawCounts(ctx, series, view, "Events per week, by quad class");
      else ctx.chartEmpty("No events in this period.");
    },
    (e) => fill(els.welcome, errorNotice(e, "the home page")),
  );
}

function card(title, items, columns, cells) {
  const body = items.length
    ? h(
        "table",
        { class: "home-table" },
        h("thead", {}, h("tr", {}, ...columns.map((c) => h("th", { scope: "col" }, c)))),
        h("tbody", {}, ...items.map((item) => h("tr", {}, ...cells(item).map((c) => h("td", {}, c))))),
      )
    : h("p", { class: "muted" }, "Nothing in this period.");
  return h("section", { class: "home-card", "aria-label": title }, h("h3", {}, title), body);
}

function link(ctx, patch, text) {
  const target = { ...ctx.state(), ...patch };
  return h(
    "a",
    {
      href: formatState(target) || "./",
      onclick: (e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey) return; // a new tab follows the href
        e.preventDefault();
        ctx.go(patch);
      },
    },
    text,
  );
}

function actorLink(ctx, actor) {
  return link(ctx, { actor: actor.id, view: "timeline", other: null, event: null }, actorName(actor));
}

function dyadLink(ctx, a, b) {
  return link(ctx, { actor: a.id, view: "dyad", other: b.id, event: null }, `${actorName(a)} and ${actorName(b)}`);
}
