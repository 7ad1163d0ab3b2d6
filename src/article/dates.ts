/** Article dates (ISO 8601 as parsed from the copy) as people write them. */

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2017-02-24T21:16" → "24 February 2017, 21:16"; anything else unchanged. */
export function humanDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  const month = m && MONTHS[Number(m[2]) - 1];
  if (!m || !month) return iso;
  const date = `${Number(m[3])} ${month} ${m[1]}`;
  return m[4] ? `${date}, ${m[4]}` : date;
}

/** "2017-02-24T21:16" → "24 Feb 2017", for citations. */
export function shortDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = m && MONTHS[Number(m[2]) - 1];
  if (!m || !month) return iso;
  return `${Number(m[3])} ${month.slice(0, 3)} ${m[1]}`;
}
