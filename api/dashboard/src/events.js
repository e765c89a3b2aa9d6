// The event list under the chart: one row per event, click a row for its evidence.
import { keyColor } from "./colors.js";
import { h } from "./dom.js";
import { counterparts, formatDate, label, names, whoLine } from "./format.js";

/**
 * A table of events. `focus` is the actor whose counterparts the list names (null in a dyad,
 * where `direction(event)` names the side instead); `onOpen(event)` opens its evidence.
 */
export function eventTable(events, { focus = null, direction = null, selected = null, onOpen }) {
  const rows = events.map((event) => {
    const open = () => onOpen(event);
    const who = direction ? direction(event) : names(counterparts(event, focus)) || "(alone)";
    return h(
      "tr",
      {
        class: "event-row",
        tabindex: "0",
        "aria-selected": String(event.id === selected),
        dataset: { eventId: event.id },
        onclick: open,
        onkeydown: (e) => (e.key === "Enter" || e.key === " ") && (e.preventDefault(), open()),
      },
      h(
        "td",
        { class: "when" },
        formatDate(event.date, event.date_precision),
        event.date_precision !== "day" ? h("span", { class: "precision" }, ` (${event.date_precision})`) : null,
      ),
      h(
        "td",
        {},
        h("span", { class: "chip", style: `--chip:${keyColor(event.type)}`, title: label(event.quad_class) }, event.type),
      ),
      h("td", { class: "who", title: whoLine(event) }, who),
      h(
        "td",
        { class: "summary" },
        event.summary || h("span", { class: "muted" }, "(no sentence)"),
        event.hypothetical ? h("span", { class: "flag" }, "hypothetical") : null,
        event.negated ? h("span", { class: "flag" }, "negated") : null,
      ),
      h("td", { class: "num", title: `${event.n_articles} articles from ${event.n_sources} sources` }, `${event.n_articles}/${event.n_sources}`),
    );
  });
  return h(
    "table",
    { class: "events" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, "Date"),
        h("th", { scope: "col" }, "Type"),
        h("th", { scope: "col" }, direction ? "Direction" : "Counterpart"),
        h("th", { scope: "col" }, "Summary"),
        h("th", { scope: "col", title: "articles / sources" }, "Art./src."),
      ),
    ),
    h("tbody", {}, ...rows),
  );
}
