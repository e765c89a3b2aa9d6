// Watches: saved filters the API delivers new matching events for. Each watch shown here
// listens to its live stream (Server-Sent Events) from the analyst's last visit on, so its
// count says what is new since then. Listing, creating and deleting need the write key,
// kept in this browser's local storage.
import { ApiError, seg, sendJson } from "./api.js";
import { QUAD_CLASSES } from "./colors.js";
import { fill, h, notice } from "./dom.js";
import { eventTable } from "./events.js";
import { formatDay, label, plural } from "./format.js";
import { errorNotice } from "./sections.js";

const KEY = "newsgraph.writeKey";
const seenKey = (id) => `newsgraph.watch.${id}.seen`;
const streams = new Map(); // watch id -> { source, events }

/** Draw the watches page into `el`. */
export async function renderWatches(el, ctx) {
  const key = localStorage.getItem(KEY) || "";
  const keyForm = h(
    "form",
    {
      class: "watch-key",
      onsubmit: (e) => {
        e.preventDefault();
        localStorage.setItem(KEY, e.target.elements.key.value.trim());
        renderWatches(el, ctx);
      },
    },
    h("label", {}, "Write key ", h("input", { type: "password", name: "key", value: key, autocomplete: "off" })),
    h("button", { type: "submit" }, "Use key"),
  );
  if (!key) {
    fill(el, h("h2", {}, "Watches"), keyForm, notice("info", "Watches need the API's write key", "Enter the key of NEWSGRAPH_API_WRITE_KEY above."));
    return;
  }
  fill(el, h("h2", {}, "Watches"), keyForm, notice("loading", "Loading watches…"));
  let watches;
  try {
    watches = await sendJson("GET", "/watches", { key });
  } catch (e) {
    fill(el, h("h2", {}, "Watches"), keyForm, errorNotice(e, "the watches"));
    return;
  }
  closeWatches();
  const cards = watches.map((w) => watchCard(w, key, el, ctx));
  fill(
    el,
    h("h2", {}, "Watches"),
    keyForm,
    cards.length ? h("div", { class: "watch-list" }, ...cards) : notice("empty", "No watch yet", "Save a filter below to hear of its new events."),
    createForm(key, el, ctx),
  );
}

/** Stop listening (the page moved to another view). */
export function closeWatches() {
  for (const { source } of streams.values()) source.close();
  streams.clear();
}

function describe(w) {
  const parts = [];
  if (w.actor) parts.push(w.counterpart ? `between ${w.actor} and ${w.counterpart}` : `involving ${w.actor}`);
  if (w.country) parts.push(`of country ${w.country}`);
  if (w.types.length) parts.push(`of type ${w.types.join(", ")}`);
  if (w.quad_classes.length) parts.push(w.quad_classes.map(label).join(", "));
  if (w.min_sources > 1) parts.push(`from ${w.min_sources} sources on`);
  return `Events ${parts.join(", ")}`;
}

function watchCard(w, key, el, ctx) {
  const count = h("span", { class: "new-count" });
  const list = h("div", { class: "watch-events" });
  const hook = w.webhook_url
    ? h(
        "p",
        { class: w.failures ? "watch-hook failing" : "watch-hook" },
        `Webhook ${w.webhook_url}: `,
        w.failures ? `${plural(w.failures, "failed attempt")}, last ${w.last_error} on ${formatDay(w.last_error_at)}` : "no failure",
        w.last_sent_at ? `; last sent ${formatDay(w.last_sent_at)}` : "",
      )
    : null;
  const remove = h(
    "button",
    {
      type: "button",
      class: "link",
      onclick: async () => {
        try {
          await sendJson("DELETE", `/watches/${seg(w.id)}`, { key });
          localStorage.removeItem(seenKey(w.id));
          renderWatches(el, ctx);
        } catch (e) {
          list.replaceChildren(errorNotice(e, "the deletion"));
        }
      },
    },
    "Delete",
  );
  const card = h(
    "section",
    { class: "watch-card", "aria-label": `Watch ${w.name}` },
    h("h3", {}, w.name, " ", count),
    h("p", { class: "muted" }, describe(w), `. ${plural(w.delivered, "event")} delivered so far. `, remove),
    hook,
    list,
  );
  listen(w, count, list, ctx);
  return card;
}

function listen(w, count, list, ctx) {
  const since = localStorage.getItem(seenKey(w.id)) || w.created_at;
  const source = new EventSource(`/watches/${seg(w.id)}/events?since=${encodeURIComponent(since)}`);
  const entry = { source, events: [] };
  streams.set(w.id, entry);
  const draw = () => {
    count.textContent = `${entry.events.length} new since your last visit`;
    fill(list, entry.events.length ? eventTable([...entry.events].reverse(), { onOpen: (event) => ctx.openEventOf(event) }) : null);
  };
  source.addEventListener("delivery", (message) => {
    const delivery = JSON.parse(message.data);
    entry.events.push(delivery.event);
    localStorage.setItem(seenKey(w.id), delivery.created_at);
    draw();
  });
  draw();
}

function createForm(key, el, ctx) {
  const said = h("div");
  const field = (name, text, attrs = {}) => h("label", {}, `${text} `, h("input", { name, ...attrs }));
  const form = h(
    "form",
    {
      class: "watch-form",
      "aria-label": "New watch",
      onsubmit: async (e) => {
        e.preventDefault();
        const f = e.target.elements;
        const list = (text) => text.split(",").map((t) => t.trim().toUpperCase()).filter(Boolean);
        const body = { name: f.name.value.trim(), min_sources: Number(f.min_sources.value) || 1 };
        for (const name of ["actor", "counterpart", "webhook_url"]) if (f[name].value.trim()) body[name] = f[name].value.trim();
        if (f.country.value.trim()) body.country = f.country.value.trim().toUpperCase();
        if (f.types.value.trim()) body.types = list(f.types.value);
        if (f.quad_class.value) body.quad_classes = [f.quad_class.value];
        try {
          await sendJson("POST", "/watches", { body, key });
          renderWatches(el, ctx);
        } catch (err) {
          fill(said, notice("error", "The watch was not saved", reason(err)));
        }
      },
    },
    h("h3", {}, "New watch"),
    field("name", "Name", { required: true, placeholder: "Russia and China" }),
    field("actor", "Actor id", { placeholder: "country:RUS" }),
    field("counterpart", "Counterpart id", { placeholder: "country:CHN" }),
    field("country", "Country", { placeholder: "RUS", size: 4 }),
    field("types", "Event types", { placeholder: "SANCTION, ASSAULT" }),
    h(
      "label",
      {},
      "Quad class ",
      h("select", { name: "quad_class" }, h("option", { value: "" }, "any"), ...QUAD_CLASSES.map((q) => h("option", { value: q }, label(q)))),
    ),
    field("min_sources", "Min. sources", { type: "number", min: 1, value: 1, size: 3 }),
    field("webhook_url", "Webhook URL", { type: "url", placeholder: "optional" }),
    h("button", { type: "submit" }, "Save watch"),
    said,
  );
  return form;
}

// The API's 422 detail is a list of fields: say which and why.
function reason(e) {
  if (e instanceof ApiError && Array.isArray(e.detail)) {
    return e.detail.map((d) => `${d.loc.slice(1).join(".") || "watch"}: ${d.msg}`).join("; ");
  }
  return e.message;
}
