// The filter mini-language of list calls, spelt by small checked helpers:
// `contactsList({ client, query: { companyid: 3, lastmodifiedfrom: filters.days(-7) } })`.

/** The caller, where a contact id is asked for. */
export const ME = 'me';
/** Every status, where a list call takes one. */
export const ALL = 'all';

/** `1,2,3`: any of these ids. */
export function ids(values: Iterable<number>): string {
  return joined(values);
}

/** `!1,2`: none of these ids. */
export function notIn(values: Iterable<number>): string {
  return `!${joined(values)}`;
}

/** `!layout`: a search that must not match. */
export function excluding(text: string): string {
  if (!text || text.startsWith('!')) throw new RangeError("give the text to exclude, without a leading '!'");
  return `!${text}`;
}

/** `gte3000`: at least this much. */
export function gte(amount: number): string {
  return `gte${finite(amount)}`;
}

/** `lte3000`: at most this much. */
export function lte(amount: number): string {
  return `lte${finite(amount)}`;
}

/** `2014-01-18`: the calendar day of `day` in local time. */
export function on(day: Date): string {
  return `${day.getFullYear()}-${twoDigits(day.getMonth() + 1)}-${twoDigits(day.getDate())}`;
}

/** `2014-01-18T13:20`: a local date and time, to the minute. */
export function at(moment: Date): string {
  return `${on(moment)}T${twoDigits(moment.getHours())}:${twoDigits(moment.getMinutes())}`;
}

/** `-3d` / `+2d`: relative to today (`days(0)` is today). */
export function days(count: number): string {
  return relative(count, 'd');
}

export function weeks(count: number): string {
  return relative(count, 'w');
}

export function months(count: number): string {
  return relative(count, 'm');
}

export function years(count: number): string {
  return relative(count, 'y');
}

/** How long ago, in one unit. */
export interface Age {
  minutes?: number;
  hours?: number;
  days?: number;
  weeks?: number;
  months?: number;
}

const AGE_UNITS: Record<keyof Age, string> = { minutes: 'n', hours: 'h', days: 'd', weeks: 'w', months: 'm' };

/** `12h`: that long ago; give exactly one unit, e.g. `ago({ hours: 12 })`. */
export function ago(age: Age): string {
  const given = (Object.keys(AGE_UNITS) as (keyof Age)[]).filter((unit) => age[unit]);
  const count = given.length === 1 ? (age[given[0]] ?? 0) : 0;
  if (!(Number.isInteger(count) && count > 0)) {
    throw new RangeError('give exactly one positive whole unit, e.g. ago({ hours: 12 })');
  }
  return `${count}${AGE_UNITS[given[0]]}`;
}

/** `2,Europe||3,Industrial`: custom field id → value (use with `apifieldsmode`). */
export function apiFields(values: Record<number, string> | Map<number, string>): string {
  const pairs = values instanceof Map ? [...values] : Object.entries(values);
  if (pairs.length === 0 || pairs.some(([, value]) => !value || value.includes('|'))) {
    throw new RangeError("give at least one field, with non-empty values that contain no '|'");
  }
  return pairs.map(([field, value]) => `${field},${value}`).join('||');
}

/** `name,company`: the fields (or bundles) a list call should return. */
export function fields(...names: string[]): string {
  return names.join(',');
}

function joined(values: Iterable<number>): string {
  const items = [...values];
  if (items.length === 0 || items.some((value) => !Number.isInteger(value) || value < 0)) {
    throw new RangeError('give at least one id, each a whole number, none negative');
  }
  return items.join(',');
}

function finite(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError('give a finite amount');
  return String(amount);
}

function relative(count: number, unit: string): string {
  if (!Number.isInteger(count)) throw new RangeError('give a whole number');
  return `${count < 0 ? '' : '+'}${count}${unit}`;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}
