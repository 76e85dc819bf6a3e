// Walk a `pagenumber`/`pagesize` list call page by page until `totalcount` rows have been seen.

/** Which page to fetch and how long pages are, as a list call's `pagenumber` and `pagesize` arguments. */
export interface PageWindow {
  pagenumber: number;
  pagesize: number;
}

/** Invoice, quote and time lists carry this list beside their rows. */
const NOT_ROWS = 'subtotals';
type NotRows = typeof NOT_ROWS;

/** The row type of a list envelope: the element type of its one list member named after the resource. */
export type RowOf<Envelope> = {
  [Key in keyof Envelope]-?: Key extends NotRows
    ? never
    : NonNullable<Envelope[Key]> extends ReadonlyArray<infer Row>
      ? Row
      : never;
}[keyof Envelope];

/**
 * Every row of a list call, fetched a page at a time:
 * `for await (const contact of iterateItems((page) => contactsList({ client, query: page }))) ...`.
 */
export async function* iterateItems<Envelope extends object>(
  fetchPage: (page: PageWindow) => Promise<{ data: Envelope }>,
  pageSize = 100,
): AsyncGenerator<RowOf<Envelope>, void, undefined> {
  let seen = 0;
  for (let pagenumber = 1; ; pagenumber += 1) {
    const { rows, total } = unpack((await fetchPage({ pagenumber, pagesize: pageSize })).data);
    yield* rows as RowOf<Envelope>[];
    seen += rows.length;
    if (rows.length < pageSize || (total !== null && seen >= total)) return;
  }
}

function unpack(envelope: object): { rows: unknown[]; total: number | null } {
  const lists = Object.entries(envelope)
    .filter(([key, value]) => key !== NOT_ROWS && Array.isArray(value))
    .map(([, value]) => value as unknown[]);
  if (lists.length !== 1) {
    throw new TypeError('the answer has no single list of rows: is this a list call?');
  }
  const total: unknown = (envelope as { totalcount?: unknown }).totalcount;
  return { rows: lists[0], total: typeof total === 'number' ? total : null };
}
