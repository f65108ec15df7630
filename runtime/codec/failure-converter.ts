import { DefaultFailureConverter } from '@temporalio/common';

/**
 * Failure messages and stack traces go into an encoded payload, so the codec seals them too (they may quote
 * personal data). Loaded by path: the workflow bundle uses it as well as clients and activity workers.
 */
export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
