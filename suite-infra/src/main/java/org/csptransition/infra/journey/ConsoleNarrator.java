package org.csptransition.infra.journey;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.csptransition.infra.MailServer.CapturedMail;

import java.io.PrintStream;
import java.net.URI;
import java.util.List;

/** Prints each step's request, its answer and the e-mails it caused, for a person following the demo. */
public final class ConsoleNarrator implements Narrator {

    private static final int MAX_BODY = 600;

    private final PrintStream out;

    public ConsoleNarrator(PrintStream out) {
        this.out = out;
    }

    @Override
    public void step(int number, String title) {
        out.printf("%n── %2d. %s %s%n", number, title, "─".repeat(Math.max(3, 90 - title.length())));
    }

    @Override
    public void exchange(Api.Call call, Api.Answer answer) {
        URI uri = URI.create(call.url());
        out.printf("  → %s %s%s%n", call.method(), uri.getRawPath(), uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        if (call.body() != null) {
            out.printf("    %s%n", shorten(json(call.body())));
        }
        out.printf("  ← %d %s%n", answer.status(), answer.body().isMissingNode() ? "" : shorten(answer.body().toString()));
    }

    @Override
    public void mails(List<CapturedMail> mails) {
        for (CapturedMail mail : mails) {
            out.printf("  ✉ to %s [%s] %s%n", String.join(", ", mail.to()), mail.language(), mail.subject());
        }
    }

    @Override
    public void summary(List<String> lines) {
        out.printf("%n══ Summary %s%n", "═".repeat(80));
        lines.forEach(line -> out.println("  " + line));
    }

    private static String json(Object body) {
        try {
            return Api.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            return String.valueOf(body);
        }
    }

    private static String shorten(String text) {
        return text.length() <= MAX_BODY ? text : text.substring(0, MAX_BODY) + " …";
    }
}
