// How dates, actors and events read on screen.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const SEASONS = { 3: "spring", 6: "summer", 9: "autumn", 12: "winter" };

/** An event date at its precision: "8 May 2025", "week of 5 May 2025", "May 2025", "Q2 2025",
 * "summer 2025", "2025". */
export function formatDate(iso, precision = "day") {
  if (!iso) return "undated";
  const [y, m, d] = iso.split("-").map(Number);
  if (precision === "year") return String(y);
  if (precision === "month") return `${MONTHS[m - 1]} ${y}`;
  if (precision === "quarter") return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
  if (precision === "season") return `${SEASONS[m]} ${y}`;
  if (precision === "week") return `week of ${d} ${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A timestamp's day, for "published" and "first reported" lines. */
export function formatDay(timestamp) {
  return timestamp ? formatDate(String(timestamp).slice(0, 10)) : "unknown date";
}

/** An actor's display name (the id when the graph knows no name). */
export function actorName(actor) {
  return actor ? actor.name || actor.id : "?";
}

/** Names joined for a sentence: "A", "A and B", "A, B and C". */
export function names(actors) {
  const list = actors.map(actorName);
  if (list.length <= 1) return list.join("");
  return `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
}

/** "verbal_cooperation" -> "verbal cooperation". */
export function label(key) {
  return String(key).replaceAll("_", " ");
}

/** Who did what to whom, in short: "United States → Russia", "Putin + Xi". */
export function whoLine(event) {
  if (event.source.length || event.target.length) {
    const from = event.source.length ? names(event.source) : "?";
    return event.target.length ? `${from} → ${names(event.target)}` : from;
  }
  return event.participants.map(actorName).join(" + ");
}

/** The actors of an event other than `actorId`: its counterparts from that actor's side. */
export function counterparts(event, actorId) {
  const all = [...event.source, ...event.target, ...event.participants];
  const seen = new Set([actorId]);
  return all.filter((a) => !seen.has(a.id) && seen.add(a.id));
}

/** Text made safe for the HTML of chart tooltips. */
export function escapeHtml(text) {
  const map = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  return String(text).replace(/[&<>"']/g, (c) => map[c]);
}

/** "1 event", "3 events". */
export function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
