/** The key of what provider billing holds beyond the part telemetry attributes, in every blended breakdown. */
export const unattributedKey = '(unattributed)'

/** A breakdown key as people read it: the unattributed bucket by name, an empty key as the view's blank label. */
export const breakdownLabel = (key: string, blank: string) => (key === unattributedKey ? 'Unattributed' : key || blank)
