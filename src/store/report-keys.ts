/** The keys of one report's records in the `versions` and `decisions` stores. */
export const ofReport = (id: string) => IDBKeyRange.bound([id], [id, []]);
