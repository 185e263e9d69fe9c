package org.csptransition.platform.http;

import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;

/**
 * Optimistic concurrency on the wire: a resource's {@code ETag} is its version; a state change that sends
 * {@code If-Match} with an older one is refused with 412, so two clients never overwrite each other unknowingly.
 * Without {@code If-Match} the change goes ahead (the database's version check still guards concurrent writes).
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw new RefusedException(Refusal.stale("PRECONDITION_FAILED",
                "The resource has changed since you read it (its ETag is now " + current + "); read it again and retry")
                .with("currentETag", current));
    }
}
