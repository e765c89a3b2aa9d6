// The evidence panel: an event, and each article sentence that reports it.
import { keyColor } from "./colors.js";
import { h } from "./dom.js";
import { formatDate, formatDay, label, plural, whoLine } from "./format.js";

/** The panel body for GET /events/{id}; `onClose()` closes the panel. */
export function evidencePanel(event, onClose) {
  const reports = event.reports || [];
  return h(
    "div",
    { class: "evidence-body" },
    h(
      "header",
      { class: "evidence-head" },
      h("h2", {}, "Evidence"),
      h("button", { type: "button", class: "close", "aria-label": "Close evidence", onclick: onClose }, "×"),
    ),
    h(
      "p",
      { class: "evidence-what" },
      h("span", { class: "chip", style: `--chip:${keyColor(event.type)}` }, event.type),
      ` ${whoLine(event)}`,
    ),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "Date"),
      h("dd", {}, `${formatDate(event.date, event.date_precision)} (precision: ${event.date_precision})`),
      h("dt", {}, "Class"),
      h("dd", {}, label(event.quad_class)),
      h("dt", {}, "Reported"),
      h("dd", {}, `${plural(event.n_articles, "article")} from ${plural(event.n_sources, "source")}`),
      event.hypothetical || event.negated
        ? [h("dt", {}, "Caveat"), h("dd", {}, [event.hypothetical && "hypothetical", event.negated && "negated"].filter(Boolean).join(", "))]
        : null,
    ),
    h("h3", {}, plural(reports.length, "report")),
    reports.length
      ? h("ol", { class: "reports" }, ...reports.map(report))
      : h("p", { class: "muted" }, "No article sentence is stored for this event."),
  );
}

function report(r) {
  const a = r.article || {};
  const title = a.title || a.url || a.id;
  const flags = [r.hypothetical && "hypothetical", r.negated && "negated"].filter(Boolean);
  return h(
    "li",
    { class: "report" },
    h("blockquote", {}, marked(r.sentence, r.trigger)),
    h(
      "p",
      { class: "report-source" },
      a.url ? h("a", { href: a.url, target: "_blank", rel: "noopener noreferrer" }, title) : h("span", {}, title, " (no link)"),
      h("br"),
      h(
        "span",
        { class: "muted" },
        [a.source || "unknown source", `published ${formatDay(a.published_at)}`, `confidence ${Number(r.confidence).toFixed(2)}`, ...flags].join(" · "),
      ),
    ),
  );
}

// The sentence with its trigger word emphasised, when the trigger occurs in it.
function marked(sentence, trigger) {
  const at = trigger ? sentence.toLowerCase().indexOf(trigger.toLowerCase()) : -1;
  if (at < 0) return sentence;
  return [sentence.slice(0, at), h("mark", {}, sentence.slice(at, at + trigger.length)), sentence.slice(at + trigger.length)];
}
