// Walk a `pagenumber`/`pagesize` list call page by page until `totalcount` rows have been seen.
/** Invoice, quote and time lists carry this list beside their rows. */
const NOT_ROWS = 'subtotals';
/**
 * Every row of a list call, fetched a page at a time:
 * `for await (const contact of iterateItems((page) => contactsList({ client, query: page }))) ...`.
 */
export async function* iterateItems(fetchPage, pageSize = 100) {
    let seen = 0;
    for (let pagenumber = 1;; pagenumber += 1) {
        const { rows, total } = unpack((await fetchPage({ pagenumber, pagesize: pageSize })).data);
        yield* rows;
        seen += rows.length;
        if (rows.length < pageSize || (total !== null && seen >= total))
            return;
    }
}
function unpack(envelope) {
    const lists = Object.entries(envelope)
        .filter(([key, value]) => key !== NOT_ROWS && Array.isArray(value))
        .map(([, value]) => value);
    if (lists.length !== 1) {
        throw new TypeError('the answer has no single list of rows: is this a list call?');
    }
    const total = envelope.totalcount;
    return { rows: lists[0], total: typeof total === 'number' ? total : null };
}
