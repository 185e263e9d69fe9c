package org.csptransition.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server (zonky's packaged binaries: no install, works as root through a user namespace).
 * One database for the suite; each service gets its own role and its own schema, which that role owns,
 * so no service can read another's tables.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "csp";
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final Path dataDir;
    private final int port;
    private final boolean durable;
    private EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDir, int port, boolean durable) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.port = port;
        this.durable = durable;
    }

    /** Starts on the given port with the data kept in {@code dataDir}; an existing data directory is reused. */
    public static PostgresServer start(Path dataDir, int port, boolean durable) {
        PostgresServer server = new PostgresServer(launch(dataDir, port, durable), dataDir, port, durable);
        server.execute("postgres", "SELECT 'CREATE DATABASE " + DATABASE + "' WHERE NOT EXISTS "
                + "(SELECT FROM pg_database WHERE datname = '" + DATABASE + "')", true);
        return server;
    }

    /**
     * Kills the server as a crash would (SIGKILL to the postmaster and every backend): connections break at once, nothing
     * is shut down cleanly. {@link #restart()} brings it back on the same port and data, with crash recovery.
     */
    public synchronized void kill() {
        long pid = postmasterPid();
        ProcessHandle.of(pid).ifPresent(postmaster -> {
            postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        });
        try {
            // releases the data directory's lock this JVM holds; its stop finds nothing to stop
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // the server is gone already: all that mattered was the lock
        }
        postgres = null;
    }

    /** Starts the server again after {@link #kill()}, on the same port and data directory. */
    public synchronized void restart() {
        if (postgres == null) {
            postgres = launch(dataDir, port, durable);
        }
    }

    public synchronized boolean isRunning() {
        return postgres != null;
    }

    private long postmasterPid() {
        try {
            return Long.parseLong(java.nio.file.Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("No postmaster.pid in " + dataDir, e);
        }
    }

    private static EmbeddedPostgres launch(Path dataDir, int port, boolean durable) {
        try {
            return EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", durable ? "on" : "off")
                    // a commit is in the WAL before it is acknowledged, also in tests: a killed server (kill()) must keep
                    // every commit it acknowledged; without fsync that survives a process crash, not a machine crash
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDir, e);
        }
    }

    /** Creates (once) the login role and the schema it owns for one service. The password equals the role name: local use only. */
    public void prepareServiceSchema(String schema) {
        if (!IDENTIFIER.matcher(schema).matches()) {
            throw new IllegalArgumentException("Not a schema name: " + schema);
        }
        execute(DATABASE, """
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                    CREATE ROLE %1$s LOGIN PASSWORD '%1$s';
                  END IF;
                END $$;
                CREATE SCHEMA IF NOT EXISTS %1$s AUTHORIZATION %1$s;
                REVOKE ALL ON SCHEMA public FROM %1$s;
                """.formatted(schema), false);
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String schema) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + "?currentSchema=" + schema;
    }

    /** The superuser URL, for tests and benchmarks that inspect the database directly. */
    public String adminJdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + "?user=postgres";
    }

    private void execute(String database, String sql, boolean generated) {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            if (generated) {
                try (var rs = statement.executeQuery(sql)) {
                    if (rs.next()) {
                        statement.execute(rs.getString(1));
                    }
                }
            } else {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL setup failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
