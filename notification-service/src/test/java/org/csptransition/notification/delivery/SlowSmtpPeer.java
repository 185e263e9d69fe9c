package org.csptransition.notification.delivery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real SMTP server over TCP that stalls before it accepts each message, as an overloaded mail server does: it reads
 * the whole message, waits {@code stall}, then answers 250. Every accepted message is kept, so a copy is visible.
 */
final class SlowSmtpPeer implements AutoCloseable {

    private final ServerSocket server;
    private final Duration stall;
    private final ExecutorService connections = Executors.newCachedThreadPool();
    private final List<String> accepted = new ArrayList<>();

    SlowSmtpPeer(Duration stall) {
        this.stall = stall;
        try {
            server = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        connections.submit(this::acceptLoop);
    }

    int port() {
        return server.getLocalPort();
    }

    /** The raw messages this server accepted (answered 250 after their data), in order. */
    synchronized List<String> accepted() {
        return List.copyOf(accepted);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.submit(() -> converse(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket;
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
             OutputStream out = socket.getOutputStream()) {
            reply(out, "220 slow.example ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO")) {
                    reply(out, "250-slow.example\r\n250 8BITMIME");
                } else if (command.startsWith("DATA")) {
                    reply(out, "354 end with <CRLF>.<CRLF>");
                    StringBuilder message = new StringBuilder();
                    for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                        message.append(data).append("\r\n");
                    }
                    // the stall under test: the server has the whole message, the client waits for the verdict
                    TimeUnit.MILLISECONDS.sleep(stall.toMillis());
                    synchronized (this) {
                        accepted.add(message.toString());
                    }
                    reply(out, "250 queued");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the client hung up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        connections.shutdownNow();
    }
}
