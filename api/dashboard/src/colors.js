// One colour per event type, shaded by its quad class, so a stacked chart reads at a glance:
// greens and teals cooperate, oranges and reds conflict; verbal is lighter than material.

export const QUAD_CLASSES = [
  "verbal_cooperation",
  "material_cooperation",
  "verbal_conflict",
  "material_conflict",
];

export const QUAD_COLOR = {
  verbal_cooperation: "#74c476",
  material_cooperation: "#1b7837",
  verbal_conflict: "#fdae6b",
  material_conflict: "#c0392b",
};

// PLOVER types in ontology order, with their quad class.
export const TYPES = [
  ["AGREE", "verbal_cooperation", "#a1d99b"],
  ["CONSULT", "verbal_cooperation", "#74c476"],
  ["SUPPORT", "verbal_cooperation", "#41ab5d"],
  ["CONCEDE", "material_cooperation", "#66c2a4"],
  ["COOPERATE", "material_cooperation", "#2ca25f"],
  ["AID", "material_cooperation", "#1b7837"],
  ["RETREAT", "material_cooperation", "#00441b"],
  ["REQUEST", "verbal_conflict", "#fdd0a2"],
  ["ACCUSE", "verbal_conflict", "#fdae6b"],
  ["REJECT", "verbal_conflict", "#fd8d3c"],
  ["THREATEN", "verbal_conflict", "#e6550d"],
  ["PROTEST", "material_conflict", "#fc9272"],
  ["SANCTION", "material_conflict", "#ef3b2c"],
  ["MOBILIZE", "material_conflict", "#cb181d"],
  ["COERCE", "material_conflict", "#a50f15"],
  ["ASSAULT", "material_conflict", "#67000d"],
];

const TYPE_COLOR = Object.fromEntries(TYPES.map(([type, , color]) => [type, color]));

/** The colour of a chart key: an event type or a quad class. */
export function keyColor(key) {
  return TYPE_COLOR[key] || QUAD_COLOR[key] || "#888";
}

/** The order keys stack in: cooperation at the bottom, the hardest conflict on top. */
export function keyOrder(key) {
  const t = TYPES.findIndex(([type]) => type === key);
  return t >= 0 ? t : QUAD_CLASSES.indexOf(key);
}

export const KIND_COLOR = {
  person: "#5470c6",
  organisation: "#9a60b4",
  country: "#3ba272",
  government: "#73c0de",
  group: "#fc8452",
  location: "#91a3b0",
};

/** An edge's colour from its share of cooperation: green (all) through grey to red (none). */
export function cooperationColor(share) {
  const green = [27, 120, 55];
  const grey = [150, 150, 150];
  const red = [192, 57, 43];
  const [a, b, t] = share >= 0.5 ? [grey, green, (share - 0.5) * 2] : [red, grey, share * 2];
  const mix = a.map((v, i) => Math.round(v + (b[i] - v) * t));
  return `rgb(${mix.join(",")})`;
}
