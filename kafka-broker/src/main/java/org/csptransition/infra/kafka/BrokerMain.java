package org.csptransition.infra.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Entry point of the child JVM that runs a single-node KRaft broker.
 * It formats the storage in-process on first start (no second JVM), and halts when its parent closes stdin,
 * so a broker never outlives the test JVM or the suite that started it.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BrokerMain <server.properties>");
            System.exit(2);
        }
        Path config = Path.of(args[0]);
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(config)) {
            props.load(in);
        }
        Path logDir = Path.of(props.getProperty("log.dirs"));
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            kafka.tools.StorageTool.execute(
                    new String[] {"format", "-t", org.apache.kafka.common.Uuid.randomUuid().toString(), "-c", config.toString()}, new PrintStream(System.out));
        }
        Thread watchdog = new Thread(BrokerMain::haltWhenParentGoesAway, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        kafka.Kafka.main(new String[] {config.toString()});
    }

    private static void haltWhenParentGoesAway() {
        try {
            while (System.in.read() != -1) {
                // the parent never writes; EOF means it has gone
            }
        } catch (IOException ignored) {
            // a broken pipe means the same
        }
        Runtime.getRuntime().halt(0);
    }
}
