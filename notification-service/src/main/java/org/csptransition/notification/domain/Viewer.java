package org.csptransition.notification.domain;

import java.util.UUID;

/**
 * N3 who reads the log: a recipient tenant sees its own e-mails and its own recipient, the operator sees all. To anyone
 * else they do not exist.
 */
public record Viewer(UUID tenantId, boolean operator) {

    public static Viewer ofOperator() {
        return new Viewer(null, true);
    }

    public static Viewer ofTenant(UUID tenantId) {
        return new Viewer(tenantId, false);
    }

    /** Whether what concerns {@code recipientTenantId} is visible to this viewer. */
    public boolean sees(UUID recipientTenantId) {
        return operator || tenantId.equals(recipientTenantId);
    }

    /** The only recipient whose e-mails this viewer may list; {@code null}: every recipient. */
    public UUID recipientFilter() {
        return operator ? null : tenantId;
    }
}
