/** Which page to fetch and how long pages are, as a list call's `pagenumber` and `pagesize` arguments. */
export interface PageWindow {
    pagenumber: number;
    pagesize: number;
}
/** Invoice, quote and time lists carry this list beside their rows. */
declare const NOT_ROWS = "subtotals";
type NotRows = typeof NOT_ROWS;
/** The row type of a list envelope: the element type of its one list member named after the resource. */
export type RowOf<Envelope> = {
    [Key in keyof Envelope]-?: Key extends NotRows ? never : NonNullable<Envelope[Key]> extends ReadonlyArray<infer Row> ? Row : never;
}[keyof Envelope];
/**
 * Every row of a list call, fetched a page at a time:
 * `for await (const contact of iterateItems((page) => contactsList({ client, query: page }))) ...`.
 */
export declare function iterateItems<Envelope extends object>(fetchPage: (page: PageWindow) => Promise<{
    data: Envelope;
}>, pageSize?: number): AsyncGenerator<RowOf<Envelope>, void, undefined>;
export {};
