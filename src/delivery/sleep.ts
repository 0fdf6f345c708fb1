/**
 * The dispatcher waits (rate-limit slots, idle polls, DB retries) only through an injected
 * `Sleep`, so tests run it on virtual time. The production one is runtime/real-sleep.ts.
 */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;
