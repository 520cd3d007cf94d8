// The day every test takes as today (BRAID_TODAY of the test app): a day of FY2026, the last fiscal year of
// seed/demo as written, so the demo loads unmoved and what is open or upcoming never depends on the calendar.
export const TEST_TODAY = '2026-01-15';
