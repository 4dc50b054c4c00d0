export const roles = ['member', 'admin', 'owner'] as const

/** Only owners may make someone an owner; the API enforces the same rule. */
export const assignableRoles = (canManageOwners: boolean) =>
  canManageOwners ? roles : roles.filter((role) => role !== 'owner')
