package org.csptransition.infra.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The health check of the stand-in Kafka image (deploy/images/kafka): exits 0 when a broker at
 * {@code --bootstrap-server} answers a client, 1 otherwise. The Kafka jars on Maven Central carry no command-line
 * tools, so this stands in for {@code kafka-broker-api-versions.sh}, which the compose file's health check names.
 */
public final class BrokerHealth {

    private BrokerHealth() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || !"--bootstrap-server".equals(args[0])) {
            System.err.println("usage: BrokerHealth --bootstrap-server HOST:PORT");
            System.exit(2);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[1],
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000))) {
            int nodes = admin.describeCluster().nodes().get(8, TimeUnit.SECONDS).size();
            System.out.println(nodes + " broker(s) at " + args[1]);
            System.exit(nodes > 0 ? 0 : 1);
        } catch (Exception e) {
            System.err.println("no broker at " + args[1] + ": " + e);
            System.exit(1);
        }
    }
}
