package org.csptransition.eligibility.application;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The test hook into a running capability review: while closed, the review stops after its first written progress
 * (processed > 0) until the test opens the gate, so a test can see it RUNNING at 0 < processed < total without racing it.
 * Open (the default) it does nothing.
 */
@Singleton
public class ReviewGate {

    private volatile CountDownLatch gate;

    void onProgress(@Observes CapabilityReviews.Progressed progressed) throws InterruptedException {
        CountDownLatch closed = gate;
        if (closed != null && progressed.processed() > 0) {
            closed.await(60, TimeUnit.SECONDS);
        }
    }

    public void close() {
        gate = new CountDownLatch(1);
    }

    public void open() {
        CountDownLatch closed = gate;
        gate = null;
        if (closed != null) {
            closed.countDown();
        }
    }
}
