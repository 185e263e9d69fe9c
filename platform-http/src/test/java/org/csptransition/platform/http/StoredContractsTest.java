package org.csptransition.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.csptransition.platform.testing.ContractRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The four stored contracts in docs/api/ can be generated into one client classpath")
class StoredContractsTest {

    static final List<String> SERVICES = List.of("eligibility-service", "relationship-service", "transfer-service", "notification-service");

    @Test
    @DisplayName("no schema name is used by two services, so their generated classes never clash")
    void schemaNamesAreUniqueAcrossServices() {
        List<JsonNode> documents = SERVICES.stream().map(ContractRules::stored).toList();
        assertThat(ContractRules.sharedSchemaNames(documents)).isEmpty();
    }

    @Test
    @DisplayName("each stored contract keeps the rules with its service's prefix")
    void eachKeepsTheRules() {
        for (String service : SERVICES) {
            ContractRules.assertKept(ContractRules.stored(service), ContractFilter.prefixOf(service));
        }
    }

    @Test
    @DisplayName("the prefix is the service's name in PascalCase without -service")
    void prefix() {
        assertThat(ContractFilter.prefixOf("transfer-service")).isEqualTo("Transfer");
        assertThat(ContractFilter.prefixOf("partner-projection")).isEqualTo("PartnerProjection");
        assertThat(ContractFilter.prefixed("TransferList", "Transfer")).isEqualTo("TransferList");
        assertThat(ContractFilter.prefixed("Problem", "Transfer")).isEqualTo("TransferProblem");
    }
}
