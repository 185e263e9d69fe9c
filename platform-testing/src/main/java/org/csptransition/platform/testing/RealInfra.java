package org.csptransition.platform.testing;

import org.csptransition.infra.Infrastructure;
import org.csptransition.infra.Jwts;

import java.nio.file.Path;

/**
 * The real infrastructure of one test JVM: started on first use, on free ports, under {@code target/infra}; stopped with
 * the JVM. A {@code @TestProfile} restarts Quarkus in a new class loader, which gets its own instance (and servers).
 */
public final class RealInfra {

    private static Infrastructure shared;

    private RealInfra() {
    }

    public static synchronized Infrastructure shared() {
        if (shared == null) {
            Path dir = Path.of("target", "infra", ProcessHandle.current().pid() + "-" + System.identityHashCode(RealInfra.class));
            shared = Infrastructure.start(dir, Infrastructure.Ports.free(), false, Jwts.ephemeral());
            Infrastructure started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "real-infra-stop"));
        }
        return shared;
    }
}
