// Walk an `offset`/`count` list call (projects, tasks, activities, files) page by page.
/**
 * Every item of a list call, fetched a page at a time:
 * `for await (const project of iterateItems((page) => projectsGetList({ client, query: page }))) ...`.
 */
export async function* iterateItems(fetchPage, pageSize = 100) {
    let offset = 0;
    for (;;) {
        const page = await fetchPage({ offset, count: pageSize });
        const items = page.data.data.items.item ?? [];
        yield* items;
        offset += items.length;
        if (items.length === 0 || offset >= page.data.data.total)
            return;
    }
}
