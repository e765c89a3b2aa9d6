// Calendar periods (day, week from Monday, month) on ISO date strings, all in UTC.

function toDate(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function toIso(date) {
  return date.toISOString().slice(0, 10);
}

/** The first day of the period holding `iso`. */
export function periodStart(iso, interval) {
  const date = toDate(iso);
  if (interval === "month") date.setUTCDate(1);
  if (interval === "week") date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return toIso(date);
}

/** The first day of the period after the one starting on `start`. */
export function nextPeriod(start, interval) {
  const date = toDate(start);
  if (interval === "month") date.setUTCMonth(date.getUTCMonth() + 1);
  else date.setUTCDate(date.getUTCDate() + (interval === "week" ? 7 : 1));
  return toIso(date);
}

/** The last day of the period starting on `start`. */
export function periodEnd(start, interval) {
  const date = toDate(nextPeriod(start, interval));
  date.setUTCDate(date.getUTCDate() - 1);
  return toIso(date);
}

/** Every period start from the one holding `first` to the one holding `last`, capped. */
export function periodsBetween(first, last, interval, cap = 5000) {
  const out = [];
  const end = periodStart(last, interval);
  for (let p = periodStart(first, interval); p <= end && out.length < cap; p = nextPeriod(p, interval)) {
    out.push(p);
  }
  return out;
}

/** `periods` widened, alternately before and after, to at least `min` (a lone bar reads badly). */
export function padPeriods(periods, interval, min = 6) {
  const out = [...periods];
  while (out.length && out.length < min) {
    if (out.length % 2) out.push(nextPeriod(out[out.length - 1], interval));
    else out.unshift(previousPeriod(out[0], interval));
  }
  return out;
}

function previousPeriod(start, interval) {
  const date = toDate(start);
  date.setUTCDate(date.getUTCDate() - 1);
  return periodStart(toIso(date), interval);
}
