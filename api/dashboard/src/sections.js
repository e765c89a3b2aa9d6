// Load each part of the page only when what it shows has changed, and say when it fails.
import { ApiError } from "./api.js";
import { notice } from "./dom.js";

const loaded = new Map();
let busy = 0;
const onDown = new Set();

/** Run `load()` for section `name` unless it already shows `key`; errors go to `onError`. */
export async function section(name, key, load, onError) {
  const text = JSON.stringify(key);
  if (loaded.get(name) === text) return;
  loaded.set(name, text);
  setBusy(+1);
  try {
    // `current()` tells a slow answer whether the page has moved on since it was asked.
    await load(() => loaded.get(name) === text);
  } catch (e) {
    loaded.delete(name); // so the next render (or Retry) asks again
    if (!(e instanceof ApiError)) console.error(e);
    if (e instanceof ApiError && e.kind === "down") for (const listener of onDown) listener(e);
    onError(e);
  } finally {
    setBusy(-1);
  }
}

/** Forget what every section shows, so the next render loads all again. */
export function resetSections() {
  loaded.clear();
}

/** Forget what one section shows. */
export function resetSection(name) {
  loaded.delete(name);
}

/** Call `listener(error)` whenever a section finds Neo4j down. */
export function whenDown(listener) {
  onDown.add(listener);
}

/** The notice for a failed load: what happened and what to try. */
export function errorNotice(e, what) {
  if (e instanceof ApiError && e.kind === "down") {
    return notice("error", "Neo4j is down", `Could not load ${what}: the graph database does not answer.`, "Start Neo4j (newsgraph neo4j start), then press Retry.");
  }
  if (e instanceof ApiError && e.status === 404) return notice("empty", "Not found", e.message);
  if (e instanceof ApiError) return notice("error", `Could not load ${what}`, e.message);
  return notice("error", `Could not show ${what}`, String(e));
}

/** Count `promise` as pending work until it settles (see `busy` below). */
export function track(promise) {
  setBusy(+1);
  return promise.finally(() => setBusy(-1));
}

// Tests and the curious can wait for `document.body.dataset.busy === "0"`.
function setBusy(step) {
  busy += step;
  document.body.dataset.busy = String(busy);
}
