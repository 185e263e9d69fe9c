package org.csptransition.eligibility;

import org.csptransition.infra.Infrastructure;

import java.util.UUID;

/**
 * The program operator of the tests: role ProgramOperator from the program owner's tenant, the only tenant whose
 * ProgramOperator role platform-http counts in dev and tests ({@code csp.security.operator-tenants}, suite-infra's
 * {@code Jwts.OPERATOR_TENANT}); the same role claimed from any other tenant is no operator.
 */
public final class Operator {

    public static final UUID TENANT = UUID.fromString("9ab6671b-3bd1-491a-8f74-dbfc455adfc0");

    private Operator() {
    }

    public static String bearer(Infrastructure infra) {
        return "Bearer " + infra.jwts().token(TENANT, "ProgramOperator");
    }
}
