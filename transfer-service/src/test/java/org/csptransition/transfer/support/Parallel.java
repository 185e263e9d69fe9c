package org.csptransition.transfer.support;

import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Real parallel HTTP requests: every thread waits at one start gate, then all fire at once. */
public final class Parallel {

    private Parallel() {
    }

    public static List<Response> run(int times, Supplier<Response> request) {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        CountDownLatch ready = new CountDownLatch(times);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return request.get();
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } catch (Exception e) {
            throw new IllegalStateException("parallel requests failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
