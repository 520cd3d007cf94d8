// One definition of "today" for the server, the seed and the tests. Tests and demos pin it (BRAID_TODAY) so
// that what is open, upcoming or closed does not depend on the calendar.

/** Today as YYYY-MM-DD: the pinned day when one is given, else the system clock's UTC date. */
export const todayOf = (pinned?: string): string => pinned ?? new Date().toISOString().slice(0, 10);
