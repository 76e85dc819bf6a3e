/** What a list call answers: one page of items and how many there are in all. */
interface ListResult<T> {
    data: {
        data: {
            items: {
                item?: T[];
            };
            total: number;
        };
    };
}
/** Where a page starts and how long it is, as a list call's `offset` and `count` arguments. */
export interface PageWindow {
    offset: number;
    count: number;
}
/**
 * Every item of a list call, fetched a page at a time:
 * `for await (const project of iterateItems((page) => projectsGetList({ client, query: page }))) ...`.
 */
export declare function iterateItems<T>(fetchPage: (page: PageWindow) => Promise<ListResult<T>>, pageSize?: number): AsyncGenerator<T, void, undefined>;
export {};
