package kg.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A local Neo4j 5 community server for people (and tests) with Java but no Docker.
 *
 * <pre>java -cp ... kg.neo4j.Launcher --data DIR --password PW [--port N] [--pagecache MB]</pre>
 *
 * Bolt listens on 127.0.0.1 only (port 0 or no --port: a free one); HTTP is off.
 * Once the server answers, the neo4j user has the given password and the line
 * {@code neo4j://127.0.0.1:PORT} is printed on stdout. SIGTERM (or Ctrl-C) shuts
 * the databases down cleanly through a shutdown hook.
 */
public final class Launcher {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        Path data = Path.of(require(opts, "data")).toAbsolutePath();
        String password = require(opts, "password");
        if (password.length() < 8) {
            fail("--password must have at least 8 characters (Neo4j refuses shorter ones)");
        }
        int port = Integer.parseInt(opts.getOrDefault("port", "0"));
        if (port == 0) {
            port = freePort();
        }
        long pagecache = ByteUnit.mebiBytes(Long.parseLong(opts.getOrDefault("pagecache", "256")));

        SocketAddress bolt = new SocketAddress(HOST, port);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                // neo4j:// URIs ask the server for a routing table: it must name this port.
                .setConfig(BoltConnector.advertised_address, bolt)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        // The password is set before the URI is announced, so no client sees the default one.
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");

        System.out.println("neo4j://" + HOST + ":" + port);
        System.out.flush();
        stopped.await();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                fail("usage: --data DIR --password PW [--port N] [--pagecache MB]");
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        return opts;
    }

    private static String require(Map<String, String> opts, String name) {
        String value = opts.get(name);
        if (value == null || value.isEmpty()) {
            fail("--" + name + " is required; usage: --data DIR --password PW [--port N] [--pagecache MB]");
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println("neo4j-launcher: " + message);
        System.exit(2);
    }
}
