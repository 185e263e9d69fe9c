package org.csptransition.notification.domain.webhook;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("N4 webhooks go only to public https targets outside dev and test (SSRF)")
class WebhookTargetPolicyTest {

    @Test
    @DisplayName("N4 loopback, private, shared, unique-local, link-local, unspecified and multicast addresses are refused in production")
    void privateAddressesRefused() throws Exception {
        for (String address : List.of("127.0.0.1", "127.5.5.5", "::1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
                "100.64.0.1", "100.127.255.255", "fd00::1", "fc00::1", "169.254.169.254", "fe80::1", "0.0.0.0", "::", "224.0.0.1",
                "::ffff:127.0.0.1", "::ffff:10.0.0.1")) {
            assertThat(WebhookTargetPolicy.checkAddresses("h", List.of(InetAddress.getByName(address)), false)
                    .refusedWith(WebhookTargetPolicy.TARGET_NOT_ALLOWED)).as(address).isTrue();
        }
        for (String address : List.of("93.184.216.34", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "8.8.8.8")) {
            assertThat(WebhookTargetPolicy.checkAddresses("h", List.of(InetAddress.getByName(address)), false).isAllowed()).as(address).isTrue();
        }
        // one bad address among good ones is enough
        assertThat(WebhookTargetPolicy.checkAddresses("h", List.of(InetAddress.getByName("8.8.8.8"), InetAddress.getByName("10.0.0.1")), false)
                .isRefused()).isTrue();
        assertThat(WebhookTargetPolicy.checkAddresses("h", List.of(), false).refusedWith(WebhookTargetPolicy.HOST_UNKNOWN)).isTrue();
    }

    @Test
    @DisplayName("N4 in dev and test loopback, private and plain http are allowed; link-local, unspecified and multicast never")
    void devAndTest() throws Exception {
        assertThat(WebhookTargetPolicy.checkAddresses("h", List.of(InetAddress.getByName("127.0.0.1")), true).isAllowed()).isTrue();
        assertThat(WebhookTargetPolicy.checkAddresses("h", List.of(InetAddress.getByName("10.0.0.1")), true).isAllowed()).isTrue();
        for (String address : List.of("169.254.169.254", "fe80::1", "0.0.0.0", "224.0.0.1")) {
            assertThat(WebhookTargetPolicy.checkAddresses("h", List.of(InetAddress.getByName(address)), true).isRefused()).as(address).isTrue();
        }
        assertThat(WebhookTargetPolicy.checkForm("http://127.0.0.1:8080/hook", true).isAllowed()).isTrue();
        assertThat(WebhookTargetPolicy.checkForm("http://hooks.example/hook", false).refusedWith(WebhookTargetPolicy.URL_INVALID)).isTrue();
    }

    @Test
    @DisplayName("N4 a URL is absolute https with a host, no user info, no fragment, at most 2000 characters")
    void form() {
        assertThat(WebhookTargetPolicy.checkForm("https://hooks.example/csp?x=1", false).isAllowed()).isTrue();
        for (String url : List.of("ftp://hooks.example/", "https://u:p@hooks.example/", "/hook", "https://hooks.example/#f", "https:///x",
                "not a url", "https://" + "a".repeat(2000) + ".example/")) {
            assertThat(WebhookTargetPolicy.checkForm(url, true).refusedWith(WebhookTargetPolicy.URL_INVALID)).as(url).isTrue();
        }
        assertThat(WebhookTargetPolicy.host("https://[::1]:8443/x")).isEqualTo("::1");
    }
}
