// The network view: who the actor dealt with in the window, edges coloured by cooperation.
import { getJson, seg } from "./api.js";
import { KIND_COLOR, QUAD_CLASSES, cooperationColor } from "./colors.js";
import { fill, h, notice } from "./dom.js";
import { actorName, escapeHtml, label } from "./format.js";
import { errorNotice, section } from "./sections.js";
import { rangeText } from "./timeline.js";

const KINDS = Object.keys(KIND_COLOR);

/** The share of an edge's events that are cooperation, from its counts by quad class. */
export function cooperationShare(edge) {
  const q = edge.by_quad_class || {};
  const coop = (q.verbal_cooperation || 0) + (q.material_cooperation || 0);
  const all = QUAD_CLASSES.reduce((n, k) => n + (q[k] || 0), 0);
  return all ? coop / all : 0.5;
}

/** Draw the network around `state.actor` in the chosen window. */
export function renderNetwork(state, ctx) {
  const { els } = ctx;
  const name = ctx.actorName(state.actor);
  section(
    "network",
    ["network", state.actor, state.from, state.to],
    async (current) => {
      fill(els.networkTitle, `Interactions of ${name} ${rangeText(state)}`);
      const net = await getJson(`/actors/${seg(state.actor)}/network`, { from: state.from, to: state.to, min_weight: 1, limit: 50 });
      if (!current()) return;
      if (!net.edges.length) {
        ctx.networkEmpty(
          notice("empty", `No interactions for ${name} ${rangeText(state)}.`, "Widen the date range to see more of the network."),
        );
        return;
      }
      drawNetwork(ctx, net, state);
    },
    (e) => ctx.networkEmpty(errorNotice(e, "the network")),
  );
}

function drawNetwork(ctx, net, state) {
  const byId = new Map(net.nodes.map((n) => [n.id, n]));
  const maxWeight = Math.max(1, ...net.nodes.map((n) => n.weight || 0));
  const maxEdge = Math.max(1, ...net.edges.map((e) => e.weight));
  const categories = KINDS.map((kind) => ({ name: kind, itemStyle: { color: KIND_COLOR[kind] } }));
  const nodes = net.nodes.map((n) => ({
    id: n.id,
    name: actorName(n),
    value: n.weight || 0,
    category: Math.max(0, KINDS.indexOf(n.kind)),
    size: 14 + 30 * Math.sqrt((n.weight || 0) / maxWeight),
    focus: n.id === state.actor,
  }));
  const edges = net.edges.map((e) => ({
    source: e.source,
    target: e.target,
    value: e.weight,
    by: e.by_quad_class,
    width: 1.5 + 7 * Math.sqrt(e.weight / maxEdge),
    color: cooperationColor(cooperationShare(e)),
  }));
  const tooltip = (p) => {
    if (p.dataType === "edge") {
      const d = p.data;
      const parts = QUAD_CLASSES.filter((k) => d.by?.[k]).map((k) => `${label(k)}: ${d.by[k]}`);
      const pair = `${actorName(byId.get(d.source))} — ${actorName(byId.get(d.target))}`;
      return `${escapeHtml(pair)}<br>${d.value} events<br>${parts.join("<br>")}`;
    }
    const n = byId.get(p.data.id);
    return `${escapeHtml(actorName(n))} (${escapeHtml(n.kind || "actor")})<br>weight ${n.weight ?? 0}<br>click to focus`;
  };
  const present = KINDS.filter((kind) => net.nodes.some((n) => n.kind === kind));
  ctx.networkShow(nodes, edges, categories, present, tooltip);
  fill(
    ctx.els.networkNote,
    "Edge width: number of events. Colour: green when the pair mostly cooperates, red when it mostly conflicts, grey when mixed. Click a node to focus it; drag to move, scroll to zoom.",
  );
  const neighbours = net.edges
    .filter((e) => e.source === state.actor || e.target === state.actor)
    .map((e) => ({ edge: e, other: byId.get(e.source === state.actor ? e.target : e.source) }))
    .filter((x) => x.other)
    .sort((x, y) => y.edge.weight - x.edge.weight);
  fill(
    ctx.els.networkTable,
    neighbours.length
      ? h(
          "table",
          { class: "neighbours" },
          h(
            "thead",
            {},
            h("tr", {}, h("th", { scope: "col" }, "Counterpart"), h("th", { scope: "col" }, "Events"), h("th", { scope: "col" }, "Cooperation"), h("th", {}, "")),
          ),
          h(
            "tbody",
            {},
            ...neighbours.map(({ edge, other }) =>
              h(
                "tr",
                {},
                h("td", {}, h("button", { type: "button", class: "link", onclick: () => ctx.focusActor(other.id) }, actorName(other))),
                h("td", { class: "num" }, String(edge.weight)),
                h("td", {}, h("span", { class: "swatch", style: `background:${cooperationColor(cooperationShare(edge))}` }), ` ${Math.round(100 * cooperationShare(edge))}%`),
                h("td", {}, h("button", { type: "button", class: "link", onclick: () => ctx.openDyad(other.id) }, "dyad")),
              ),
            ),
          ),
        )
      : null,
  );
}
