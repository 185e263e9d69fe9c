package org.csptransition.notification.delivery;

import org.csptransition.platform.testing.RealInfraResource;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The real infrastructure, with the service's mail going to a {@link SlowSmtpPeer} that stalls 40 s per message. */
public class SlowSmtpResource extends RealInfraResource {

    static final Duration STALL = Duration.ofSeconds(40);
    static SlowSmtpPeer peer;

    @Override
    public Map<String, String> start() {
        peer = new SlowSmtpPeer(STALL);
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.mailer.port", String.valueOf(peer.port()));
        return config;
    }

    @Override
    public void stop() {
        if (peer != null) {
            peer.close();
        }
    }
}
