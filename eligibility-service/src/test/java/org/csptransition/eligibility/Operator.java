package org.csptransition.eligibility;

import org.csptransition.infra.Infrastructure;
import org.csptransition.infra.Jwts;

import java.util.UUID;

/**
 * The program operator of the tests: role ProgramOperator from the program owner's tenant, the only tenant whose
 * ProgramOperator role platform-http counts in dev and tests ({@code csp.security.operator-tenants}, suite-infra's
 * {@link Jwts#OPERATOR_TENANT}); the same role claimed from any other tenant is no operator.
 */
public final class Operator {

    public static final UUID TENANT = Jwts.OPERATOR_TENANT;

    private Operator() {
    }

    public static String bearer(Infrastructure infra) {
        return "Bearer " + infra.jwts().operatorToken();
    }
}
