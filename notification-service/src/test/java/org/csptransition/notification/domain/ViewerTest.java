package org.csptransition.notification.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("N3 who sees what of the log")
class ViewerTest {

    @Test
    @DisplayName("N3 a recipient tenant sees what concerns itself and lists only its own; the operator sees and lists all")
    void tenantAndOperator() {
        UUID tenant = UUID.randomUUID();
        Viewer self = Viewer.ofTenant(tenant);

        assertThat(self.sees(tenant)).isTrue();
        assertThat(self.sees(UUID.randomUUID())).isFalse();
        assertThat(self.recipientFilter()).isEqualTo(tenant);
        assertThat(Viewer.ofOperator().sees(tenant)).isTrue();
        assertThat(Viewer.ofOperator().recipientFilter()).isNull();
    }
}
