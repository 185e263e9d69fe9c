package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.platform.testing.ContractRules;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("The contract: what eligibility-service serves is the copy in docs/api/, and keeps what generated clients rely on")
class OpenApiContractTest {

    @Test
    @DisplayName("/q/openapi serves exactly docs/api/eligibility-service/openapi.json")
    void servedIsStored() {
        assertThat(ContractRules.served()).isEqualTo(ContractRules.stored("eligibility-service"));
    }

    @Test
    @DisplayName("OpenAPI 3.0.3, an operationId on every operation, Eligibility-prefixed schemas, a Problem on every error, Retry-After on 503, Idempotency-Key on creates, If-Match where 412")
    void keepsTheRules() {
        ContractRules.assertKept(ContractRules.served(), "Eligibility");
    }
}
