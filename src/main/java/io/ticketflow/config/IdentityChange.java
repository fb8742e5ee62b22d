package io.ticketflow.config;

import io.ticketflow.audit.AuditAction;

/**
 * A change to users, groups, tenants, memberships or authorizations, as the audit trail records it.
 *
 * @param targetType {@code USER}, {@code GROUP}, {@code TENANT} or {@code AUTHORIZATION}
 * @param targetId the id of the user, group, tenant or authorization
 * @param detail what changed, e.g. {@code added to group managers}
 */
record IdentityChange(AuditAction action, String targetType, String targetId, String detail) {}
