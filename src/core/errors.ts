/** The human-readable message of anything thrown (an Error's message, else its string form). */
export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
