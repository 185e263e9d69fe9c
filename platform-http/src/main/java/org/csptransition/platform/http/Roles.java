package org.csptransition.platform.http;

/** The role names of the JWT {@code roles} claim (domain.md, "Who uses the suite"). */
public final class Roles {

    public static final String GLOBAL_ADMIN = "GlobalAdmin";
    public static final String ADMIN_AGENT = "AdminAgent";
    public static final String SALES_AGENT = "SalesAgent";
    public static final String CUSTOMER_ADMIN = "CustomerAdmin";
    public static final String PROGRAM_OPERATOR = "ProgramOperator";

    private Roles() {
    }
}
