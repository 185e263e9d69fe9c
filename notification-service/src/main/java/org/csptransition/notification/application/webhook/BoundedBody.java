package org.csptransition.notification.application.webhook;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * N4 reads at most {@code limit} bytes of an answer's body and then stops (cancelling the rest): a receiver that answers
 * endlessly costs the sender a bounded buffer. The text is decoded leniently as UTF-8.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<String> {

    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<String> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    BoundedBody(int limit) {
        this.limit = limit;
    }

    static HttpResponse.BodyHandler<String> handler(int limit) {
        return info -> new BoundedBody(limit);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        for (ByteBuffer item : items) {
            int take = Math.min(item.remaining(), limit - bytes.size());
            byte[] chunk = new byte[take];
            item.get(chunk);
            bytes.write(chunk, 0, take);
            if (bytes.size() >= limit) {
                subscription.cancel();
                complete();
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        complete();
    }

    @Override
    public CompletionStage<String> getBody() {
        return result;
    }

    private void complete() {
        result.complete(bytes.toString(StandardCharsets.UTF_8));
    }
}
