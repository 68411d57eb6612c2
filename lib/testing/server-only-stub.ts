// Lets server-only modules be imported by tests that run outside Next.js.
export {};
