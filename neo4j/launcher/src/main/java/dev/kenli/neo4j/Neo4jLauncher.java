/*
 * Starts an embedded Neo4j 5.26 Community DBMS with the Bolt connector on 127.0.0.1, for tests and
 * development (no Docker, no Neo4j distribution: everything comes from Maven Central).
 *
 * Options (a CLI flag wins over its environment variable):
 *   --port N        / NEO4J_PORT      Bolt port; 0 or absent = a free port picked by the OS.
 *   --data-dir DIR  / NEO4J_DATA_DIR  DBMS home (data/ and logs/ go inside); absent = a temporary
 *                                     directory that is deleted on exit.
 *                     NEO4J_PASSWORD  if set, auth is enabled for user "neo4j" with this password
 *                                     (set at every start, any length); otherwise auth is disabled.
 *   --ignore-stdin                    do not stop when stdin closes (for running it by hand with
 *                                     stdin at /dev/null).
 *   --exit-when-ready                 start, print the READY line, shut down and exit 0: a smoke test,
 *                                     and the training run that dumps the class-data-sharing archive
 *                                     (see pom.xml) which makes later starts faster.
 *
 * Protocol: stdout carries exactly one line, "NEO4J_READY bolt://127.0.0.1:<port>", once Bolt accepts
 * connections; every log line goes to stderr. The process runs until stdin reaches EOF or it gets
 * SIGTERM/SIGINT, then shuts the DBMS down cleanly and exits 0. A startup failure exits 1.
 */
package dev.kenli.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

public final class Neo4jLauncher {
  private static final String HOST = "127.0.0.1";
  private static final long PAGE_CACHE_BYTES = 256L * 1024 * 1024;

  private static final PrintStream STDOUT = System.out;
  private static final PrintStream STDERR = System.err;

  private static final Object LOCK = new Object();
  private static DatabaseManagementService dbms;
  private static Path tempHome;
  private static boolean stopped;

  private Neo4jLauncher() {}

  public static void main(String[] args) {
    // Keep stdout for the single READY line, whatever a library prints.
    System.setOut(STDERR);
    try {
      run(args);
    } catch (Throwable e) {
      e.printStackTrace(STDERR);
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      STDERR.println("neo4j-launcher: startup failed: " + e.getMessage() + (root == e ? "" : " (cause: " + root + ")"));
      stop();
      STDERR.flush();
      Runtime.getRuntime().halt(1);
    }
  }

  private static void run(String[] args) throws Exception {
    int port = parsePort(env("NEO4J_PORT"));
    String dataDir = env("NEO4J_DATA_DIR");
    boolean watchStdin = true;
    boolean exitWhenReady = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = parsePort(value(args, ++i, "--port"));
        case "--data-dir" -> dataDir = value(args, ++i, "--data-dir");
        case "--ignore-stdin" -> watchStdin = false;
        case "--exit-when-ready" -> exitWhenReady = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + " (expected --port N, --data-dir DIR, --ignore-stdin, --exit-when-ready)");
      }
    }
    String password = env("NEO4J_PASSWORD");

    Path home;
    if (dataDir != null) {
      home = Path.of(dataDir).toAbsolutePath();
      Files.createDirectories(home);
    } else {
      home = Files.createTempDirectory("neo4j-launcher-");
      synchronized (LOCK) {
        tempHome = home;
      }
    }

    Runtime.getRuntime().addShutdownHook(new Thread(Neo4jLauncher::stop, "neo4j-launcher-shutdown"));

    long t0 = System.nanoTime();
    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(home)
            .setUserLogProvider(new Log4jLogProvider(STDERR, Level.WARN))
            .setConfig(
                Map.of(
                    BoltConnector.enabled, true,
                    BoltConnector.listen_address, new SocketAddress(HOST, port),
                    BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                    HttpConnector.enabled, false,
                    HttpsConnector.enabled, false,
                    GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST),
                    GraphDatabaseSettings.auth_enabled, password != null,
                    GraphDatabaseSettings.auth_minimum_password_length, 1,
                    GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES))
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // Dev/test tuning, as Neo4j's own test harness does: no 2 x 5 s Netty quiet period on
            // shutdown, and no diagnostics dump at startup.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3))
            .setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
            .build();
    synchronized (LOCK) {
      dbms = service;
      if (stopped) {
        return; // a signal arrived while starting: the JVM is already exiting
      }
    }

    GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    if (password != null) {
      setPassword(system, password);
    }
    if (!service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(Duration.ofSeconds(60).toMillis())) {
      throw new IllegalStateException("database 'neo4j' did not become available within 60 s");
    }

    HostnamePort bolt =
        system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT);
    if (bolt == null) {
      throw new IllegalStateException("Bolt connector did not register a listening address");
    }
    STDERR.printf(
        "neo4j-launcher: Neo4j %s Community up in %d ms, home %s%n",
        neo4jVersion(system), (System.nanoTime() - t0) / 1_000_000, home);
    STDOUT.println("NEO4J_READY bolt://" + HOST + ":" + bolt.getPort());
    STDOUT.flush();

    if (exitWhenReady) {
      System.exit(0); // runs the shutdown hook
    }
    if (watchStdin) {
      drain(System.in);
      STDERR.println("neo4j-launcher: stdin closed, shutting down");
      System.exit(0); // runs the shutdown hook
    }
    // Otherwise the non-daemon DBMS threads keep the JVM alive until a signal.
  }

  /** Sets the password of the built-in "neo4j" user; a no-op when it already has this password. */
  private static void setPassword(GraphDatabaseAPI system, String password) {
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      if (!message.contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }

  private static String neo4jVersion(GraphDatabaseAPI system) {
    return system.executeTransactionally(
        "CALL dbms.components() YIELD versions RETURN versions[0] AS v",
        Map.of(),
        result -> String.valueOf(result.next().get("v")));
  }

  private static void stop() {
    DatabaseManagementService service;
    Path temp;
    synchronized (LOCK) {
      if (stopped) {
        return;
      }
      stopped = true;
      service = dbms;
      temp = tempHome;
    }
    if (service != null) {
      long t0 = System.nanoTime();
      try {
        service.shutdown();
        STDERR.printf("neo4j-launcher: stopped in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
      } catch (RuntimeException e) {
        STDERR.println("neo4j-launcher: shutdown failed: " + e);
      }
    }
    if (temp != null) {
      deleteRecursively(temp);
    }
    STDERR.flush();
  }

  private static void drain(InputStream in) throws IOException {
    byte[] buffer = new byte[1024];
    while (in.read(buffer) >= 0) {
      // discard; only EOF matters
    }
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      STDERR.println("neo4j-launcher: could not delete " + root + ": " + e);
    }
  }

  private static String env(String name) {
    String v = System.getenv(name);
    return v == null || v.isEmpty() ? null : v;
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args[i];
  }

  private static int parsePort(String text) {
    if (text == null) {
      return 0;
    }
    int port;
    try {
      port = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("port must be a number, got '" + text + "'");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    return port;
  }
}
