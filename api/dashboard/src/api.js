// The only place that talks to the API: JSON GETs, one error type, a small response cache.

/** An API call that failed; `kind` says how: "down" (Neo4j), "http", "network". */
export class ApiError extends Error {
  constructor(kind, status, message, detail) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.detail = detail;
  }
}

// Back and forward re-render views already seen: keep their answers for a while.
const cache = new Map();
const CACHE_SIZE = 200;

/** The URL of `path` with the non-empty `params` as its query string. */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length) query.set(name, value.join(","));
    } else {
      query.set(name, String(value));
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

// Two parts of the page asking for the same URL at once share one request.
const pending = new Map();

/** GET `path` and return its JSON; raise ApiError with a message a person can act on. */
export function getJson(path, params = {}) {
  const url = apiUrl(path, params);
  if (cache.has(url)) return Promise.resolve(cache.get(url));
  if (!pending.has(url)) pending.set(url, fetchJson(url).finally(() => pending.delete(url)));
  return pending.get(url);
}

async function fetchJson(url) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" } });
  } catch (e) {
    throw new ApiError("network", 0, "Cannot reach the newsgraph API: is the server running?", String(e));
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw errorOf(response, body);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value);
  cache.set(url, body);
  return body;
}

/** Forget the cached answer of `url`, or every answer (so "retry" asks again). */
export function clearCache(url = null) {
  if (url === null) cache.clear();
  else cache.delete(url);
}

/** Percent-encode one path segment (actor ids hold colons, event ids hashes). */
export function seg(id) {
  return encodeURIComponent(id);
}

function errorOf(response, body) {
  const said = body && typeof body === "object" ? body : {};
  const detail = said.detail ?? null;
  if (response.status === 503) {
    const retry = response.headers.get("Retry-After");
    const when = retry ? ` Retry in ${retry} s.` : "";
    return new ApiError("down", 503, `Neo4j is down: the graph database is not answering.${when}`, detail);
  }
  // The API puts a short code in `error` and a sentence (or, on 422, a field list) in `detail`.
  const sentence = typeof detail === "string" ? detail : said.error;
  const message = sentence || `The API answered ${response.status} ${response.statusText}`;
  return new ApiError("http", response.status, message, detail);
}

/** Send `body` as JSON with the bearer `key` (writes); return the answer's JSON, or null. */
export async function sendJson(method, path, { body = null, key = null } = {}) {
  const headers = { Accept: "application/json" };
  if (body !== null) headers["Content-Type"] = "application/json";
  if (key) headers.Authorization = `Bearer ${key}`;
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === null ? null : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError("network", 0, "Cannot reach the newsgraph API: is the server running?", String(e));
  }
  const answer = await response.json().catch(() => null);
  if (!response.ok) throw errorOf(response, answer);
  return answer;
}
