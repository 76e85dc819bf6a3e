// Several services in one request: each call's answer comes back in its place, and reads as the
// generated type of that service's answer.
//
//   const [tree, fields] = await runServices(client, [{ service: 'group.tree' }, { service: 'custom_field.list' }]);
//   const groups = tree.parsed<GroupTreeOk>().groups;
//
// A call the service refuses does not throw: its answer holds the error (`answer.error`), and
// `parsed` throws it. A request refused as a whole (a wrong token, too many calls) throws
// `BeeboleError` as any other call does.

import type { Client } from '../gen/client/index.js';
import { batchRun } from '../gen/sdk.gen.js';
import { BeeboleError, envelopeError } from './errors.js';

/** The most calls one request takes (the service's limit is not documented; the spec assumes 20). */
export const MAX_CALLS = 20;

/** One call: the body its service takes on its own, with the service named. */
export interface ServiceCall {
  service: string;
  [field: string]: unknown;
}

/** One call's answer: its success body, or its error envelope. */
export class BatchAnswer {
  readonly service: string;
  readonly body: unknown;

  constructor(service: string, body: unknown) {
    this.service = service;
    this.body = body;
  }

  /** The service's refusal of this call, or null when it succeeded. */
  get error(): BeeboleError | null {
    return envelopeError(this.body, this.service);
  }

  /**
   * The answer as `T`, the generated type of the service's answer (`GroupTreeOk`): a type the
   * caller names, not checked at run time. Throws the call's `BeeboleError` when it was refused.
   */
  parsed<T>(): T {
    const error = this.error;
    if (error !== null) throw error;
    return this.body as T;
  }
}

/** Runs `calls` in one request, in order; one answer per call, in the same order. */
export async function runServices(client: Client, calls: readonly ServiceCall[]): Promise<BatchAnswer[]> {
  if (calls.length < 1 || calls.length > MAX_CALLS) {
    throw new RangeError(`a batch holds 1 to ${MAX_CALLS} calls, not ${calls.length}`);
  }
  const { data: answers } = await batchRun({ client, body: { services: [...calls] } });
  if (!Array.isArray(answers) || answers.length !== calls.length) {
    throw new BeeboleError(200, 'the batch was not answered with one answer per call');
  }
  return calls.map((call, index) => new BatchAnswer(call.service, answers[index]));
}
