package org.csptransition.infra;

/** The four services of the suite: one name everywhere (module, application, consumer group), their local port and schema. */
public enum SuiteService {

    ELIGIBILITY("eligibility-service", 8081, "eligibility"),
    RELATIONSHIP("relationship-service", 8082, "relationship"),
    TRANSFER("transfer-service", 8083, "transfer"),
    NOTIFICATION("notification-service", 8084, "notification");

    private final String serviceName;
    private final int localPort;
    private final String schema;

    SuiteService(String serviceName, int localPort, String schema) {
        this.serviceName = serviceName;
        this.localPort = localPort;
        this.schema = schema;
    }

    public String serviceName() {
        return serviceName;
    }

    public int localPort() {
        return localPort;
    }

    public String schema() {
        return schema;
    }

    public static SuiteService named(String name) {
        for (SuiteService service : values()) {
            if (service.serviceName.equals(name) || service.schema.equals(name)) {
                return service;
            }
        }
        throw new IllegalArgumentException("No service " + name);
    }
}
