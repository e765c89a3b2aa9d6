// Runs the embedded Neo4j Community engine with one Bolt connector, until SIGTERM.
// Usage: NewsgraphNeo4j HOME HOST PORT PAGECACHE_MB   (password from env NEO4J_PASSWORD)

import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class NewsgraphNeo4j {
    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of(args[0]);
        SocketAddress bolt = new SocketAddress(args[1], Integer.parseInt(args[2]));
        long pageCache = ByteUnit.mebiBytes(Long.parseLong(args[3]));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .build();
        // A clean shutdown on SIGTERM/SIGINT checkpoints the store, so the next start is fast.
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));

        // A new store's user must change its default password; the embedded API bypasses auth,
        // so set the one the clients will send (once: the store keeps it from then on).
        var system = dbms.database("system");
        boolean fresh = system.executeTransactionally(
                "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j'"
                        + " RETURN passwordChangeRequired",
                Map.of(),
                result -> result.hasNext() && (Boolean) result.next().get("passwordChangeRequired"));
        if (fresh) {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", System.getenv("NEO4J_PASSWORD")));
        }

        System.out.println("newsgraph-neo4j ready on " + bolt);
        Thread.currentThread().join();
    }
}
