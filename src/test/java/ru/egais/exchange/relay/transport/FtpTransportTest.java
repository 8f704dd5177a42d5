package ru.egais.exchange.relay.transport;


import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.ftplet.DefaultFtpReply;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.TestFtpServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The FTP transport against Apache FtpServer started here, which refuses uploads while told to. */
class FtpTransportTest {

    /** FtpServer logs every command at INFO; held here so the setting is not collected with the logger. */
    private static final java.util.logging.Logger FTP_LOG = quiet();

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.apache.ftpserver");
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    private final AtomicInteger refuseUploads = new AtomicInteger();
    private final AtomicInteger uploadsRefused = new AtomicInteger();
    private TestFtpServer server;
    private int port;
    private Path root;

    @BeforeEach
    void start() throws Exception {
        root = Files.createTempDirectory(Path.of("target"), "ftp-test-").toAbsolutePath();
        server = TestFtpServer.start(root, Map.of("refuse", new DefaultFtplet() {
            @Override
            public FtpletResult onUploadStart(FtpSession session, FtpRequest request) throws FtpException,
                    IOException {
                if (refuseUploads.getAndDecrement() > 0) {
                    uploadsRefused.incrementAndGet();
                    session.write(new DefaultFtpReply(451, "disk busy, try later"));
                    return FtpletResult.SKIP;
                }
                return FtpletResult.DEFAULT;
            }
        }));
        port = server.port();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FtpTransport transport(int attempts) {
        return new FtpTransport(new FtpSettings("127.0.0.1", port, "relay", "secret", null, true, 20L, attempts,
                5_000));
    }

    @Test
    void aRefusedUploadIsOneAttemptAndTheNextExchangeTriesAgain() throws Exception {
        refuseUploads.set(1);
        FtpTransport ftp = transport(5);
        assertThatThrownBy(() -> ftp.send("Message_EGAIS_HQ_S1_1.xml", "<m/>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("451");
        assertThat(uploadsRefused).as("no retry inside send: the caller's thread is not held").hasValue(1);

        ftp.send("Message_EGAIS_HQ_S1_1.xml", "<m/>".getBytes(StandardCharsets.UTF_8));
        assertThat(root.resolve("Message_EGAIS_HQ_S1_1.xml")).hasContent("<m/>");
        assertThat(root.resolve("Message_EGAIS_HQ_S1_1.xml.part")).doesNotExist();
    }

    @Test
    void laterTicksRetryOnThePeriodUntilTheAttemptsAreUsedUp() {
        FtpTransport ftp = transport(2);
        assertThat(ftp.retryDelayMillis(1)).isEqualTo(20);
        assertThat(ftp.retryDelayMillis(2)).isEqualTo(20);
        assertThat(ftp.retryDelayMillis(3)).as("then the node's interval").isNegative();
    }

    @Test
    void onlyTheNamesAskedForAreDeletedAndFlagsAreListed() throws Exception {
        Files.writeString(root.resolve("Message_EGAIS_HQ_S1_4.xml"), "<four/>");
        Files.writeString(root.resolve("Message_EGAIS_S9_HQ_2.xml"), "<other/>");
        FtpTransport ftp = transport(1);
        assertThat(ftp.requestUpload("Request_EGAIS_S1_HQ.flag")).isTrue();

        try (RelayInbox inbox = ftp.open()) {
            assertThat(inbox.names()).containsExactly("Message_EGAIS_HQ_S1_4.xml", "Message_EGAIS_S9_HQ_2.xml",
                    "Request_EGAIS_S1_HQ.flag");
            assertThat(new String(inbox.read("Message_EGAIS_HQ_S1_4.xml"), StandardCharsets.UTF_8))
                    .isEqualTo("<four/>");
            inbox.delete("Message_EGAIS_HQ_S1_4.xml");
        }
        assertThat(root.resolve("Message_EGAIS_HQ_S1_4.xml")).doesNotExist();
        assertThat(root.resolve("Message_EGAIS_S9_HQ_2.xml")).exists();
        assertThat(root.resolve("Request_EGAIS_S1_HQ.flag")).exists();
    }
}
