/** The caller, where a contact id is asked for. */
export declare const ME = "me";
/** Every status, where a list call takes one. */
export declare const ALL = "all";
/** `1,2,3`: any of these ids. */
export declare function ids(values: Iterable<number>): string;
/** `!1,2`: none of these ids. */
export declare function notIn(values: Iterable<number>): string;
/** `!layout`: a search that must not match. */
export declare function excluding(text: string): string;
/** `gte3000`: at least this much. */
export declare function gte(amount: number): string;
/** `lte3000`: at most this much. */
export declare function lte(amount: number): string;
/** `2014-01-18`: the calendar day of `day` in local time. */
export declare function on(day: Date): string;
/** `2014-01-18T13:20`: a local date and time, to the minute. */
export declare function at(moment: Date): string;
/** `-3d` / `+2d`: relative to today (`days(0)` is today). */
export declare function days(count: number): string;
export declare function weeks(count: number): string;
export declare function months(count: number): string;
export declare function years(count: number): string;
/** How long ago, in one unit. */
export interface Age {
    minutes?: number;
    hours?: number;
    days?: number;
    weeks?: number;
    months?: number;
}
/** `12h`: that long ago; give exactly one unit, e.g. `ago({ hours: 12 })`. */
export declare function ago(age: Age): string;
/** `2,Europe||3,Industrial`: custom field id → value (use with `apifieldsmode`). */
export declare function apiFields(values: Record<number, string> | Map<number, string>): string;
/** `name,company`: the fields (or bundles) a list call should return. */
export declare function fields(...names: string[]): string;
