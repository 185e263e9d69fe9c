package org.csptransition.infra;

import java.util.concurrent.CountDownLatch;

/**
 * The stand-in mail catcher image (deploy/images/mail) where the compose file's mail catcher cannot be pulled:
 * GreenMail accepting every e-mail on SMTP port 1025 and showing what it received on HTTP port 8025
 * ({@code GET /api/messages}, the JSON the journey reads), both on every interface of the container.
 */
public final class MailCatcherMain {

    static final int SMTP_PORT = 1025;
    static final int HTTP_PORT = 8025;

    private MailCatcherMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        MailServer mail = new MailServer("0.0.0.0", SMTP_PORT).start();
        mail.startViewer(HTTP_PORT);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mail.close();
            stopped.countDown();
        }, "mail-catcher-shutdown"));
        System.out.printf("mail catcher: SMTP on %d, captured e-mails at http://0.0.0.0:%d/api/messages%n", SMTP_PORT, HTTP_PORT);
        stopped.await();
    }
}
