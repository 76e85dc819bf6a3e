import type { Client } from '../gen/client/index.js';
import { BeeboleError } from './errors.js';
/** The most calls one request takes (the service's limit is not documented; the spec assumes 20). */
export declare const MAX_CALLS = 20;
/** One call: the body its service takes on its own, with the service named. */
export interface ServiceCall {
    service: string;
    [field: string]: unknown;
}
/** One call's answer: its success body, or its error envelope. */
export declare class BatchAnswer {
    readonly service: string;
    readonly body: unknown;
    constructor(service: string, body: unknown);
    /** The service's refusal of this call, or null when it succeeded. */
    get error(): BeeboleError | null;
    /**
     * The answer as `T`, the generated type of the service's answer (`GroupTreeOk`): a type the
     * caller names, not checked at run time. Throws the call's `BeeboleError` when it was refused.
     */
    parsed<T>(): T;
}
/** Runs `calls` in one request, in order; one answer per call, in the same order. */
export declare function runServices(client: Client, calls: readonly ServiceCall[]): Promise<BatchAnswer[]>;
