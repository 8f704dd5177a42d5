package ru.egais.exchange.relay;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import ru.egais.exchange.relay.transport.FtpSettings;
import ru.egais.exchange.relay.transport.FtpTransport;
import ru.egais.exchange.testsupport.TestFtpServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The two-node exchange through an FTP server (Apache FtpServer, started here), passive mode. */
class RelayFtpIT extends RelayTwoNodesITBase {

    /** FtpServer logs every command at INFO; held here so the setting is not collected with the logger. */
    private static final java.util.logging.Logger FTP_LOG = quiet();

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.apache.ftpserver");
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    private TestFtpServer server;
    private int port;
    private Path root;
    private FtpTransport medium;

    @BeforeEach
    void startFtpServer() throws Exception {
        root = Files.createTempDirectory(Path.of("target"), "relay-ftp-").toAbsolutePath();
        server = TestFtpServer.start(root, Map.of());
        port = server.port();
        medium = new FtpTransport(settings());
        // a file of somebody else's exchange in the same directory: never touched
        Files.writeString(root.resolve("Message_EGAIS_S9_HQ_3.xml"), "<other/>");
    }

    @AfterEach
    void stopFtpServer() {
        server.close();
    }

    private FtpSettings settings() {
        return new FtpSettings("127.0.0.1", port, "relay", "secret", null, true, 100L, 5, 10_000);
    }

    @Override
    Map<String, Object> hqSide() {
        return Map.of("transport", "FTP", "ftp", Map.of("host", "127.0.0.1", "port", port, "user", "relay",
                "password", "secret", "passive", true, "retryPeriodMillis", 200, "retryAttempts", 5));
    }

    @Override
    Map<String, Object> storeSide() {
        return hqSide();
    }

    @Override
    FaultyMedium.Direction towardsStore() {
        return new FaultyMedium.Direction("S1", medium, medium);
    }

    @Override
    FaultyMedium.Direction towardsHq() {
        return new FaultyMedium.Direction("HQ", medium, medium);
    }

    @Override
    void checkMediumAfterwards() {
        assertThat(root.resolve("Message_EGAIS_S9_HQ_3.xml")).as("another node's file").exists();
    }
}
