// The actor's card: who it is, when it was seen, what it does and with whom.
import { keyColor, keyOrder } from "./colors.js";
import { h } from "./dom.js";
import { actorName, formatDate } from "./format.js";

/** The profile card of GET /actors/{id}; `onCounterpart(actor)` opens the pair's dyad. */
export function profileCard(actor, onCounterpart) {
  const counts = Object.entries(actor.counts_by_type || {}).sort((a, b) => keyOrder(a[0]) - keyOrder(b[0]));
  const most = Math.max(1, ...counts.map(([, n]) => n));
  const facts = [
    ["Kind", actor.kind],
    ["Country", actor.country],
    ["Role", actor.role],
    ["Based in", actor.based_in ? actorName(actor.based_in) : null],
    ["First seen", actor.first_seen ? formatDate(actor.first_seen) : null],
    ["Last seen", actor.last_seen ? formatDate(actor.last_seen) : null],
    ["Events", actor.n_events],
    ["Articles", actor.n_articles],
  ].filter(([, value]) => value !== null && value !== undefined);

  return h(
    "article",
    { class: "card", "aria-label": `Profile of ${actorName(actor)}` },
    h("h2", { class: "card-name" }, actorName(actor)),
    actor.aliases?.length ? h("p", { class: "aliases" }, `also: ${actor.aliases.join(", ")}`) : null,
    h("dl", { class: "facts" }, ...facts.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, String(v))])),
    h("h3", {}, "Events by type"),
    counts.length
      ? h(
          "ul",
          { class: "type-bars" },
          ...counts.map(([type, n]) =>
            h(
              "li",
              {},
              h("span", { class: "type-name" }, type),
              h("span", { class: "bar", style: `width:${(70 * n) / most}%;background:${keyColor(type)}` }),
              h("span", { class: "type-n" }, String(n)),
            ),
          ),
        )
      : h("p", { class: "muted" }, "No events yet."),
    h("h3", {}, "Top counterparts"),
    actor.top_counterparts?.length
      ? h(
          "ul",
          { class: "counterparts" },
          ...actor.top_counterparts.map((other) =>
            h(
              "li",
              {},
              h(
                "button",
                { type: "button", class: "link", title: `Dyad view: ${actorName(actor)} and ${actorName(other)}`, onclick: () => onCounterpart(other) },
                actorName(other),
              ),
              h("span", { class: "muted" }, ` ${other.n}`),
            ),
          ),
        )
      : h("p", { class: "muted" }, "Nobody yet."),
  );
}
