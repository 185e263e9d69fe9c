package org.csptransition.platform.http;

/** The role names of the JWT {@code roles} claim (docs/specification.md, "The parties"). */
public final class Roles {

    public static final String GLOBAL_ADMIN = "GlobalAdmin";
    public static final String ADMIN_AGENT = "AdminAgent";
    public static final String SALES_AGENT = "SalesAgent";
    public static final String CUSTOMER_ADMIN = "CustomerAdmin";
    public static final String PROGRAM_OPERATOR = "ProgramOperator";

    /** Every role the suite knows; a token's other roles are ignored (default deny). */
    public static final java.util.Set<String> ALL = java.util.Set.of(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, CUSTOMER_ADMIN,
            PROGRAM_OPERATOR);

    private Roles() {
    }
}
