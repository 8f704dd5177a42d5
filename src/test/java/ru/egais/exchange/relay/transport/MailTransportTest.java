package ru.egais.exchange.relay.transport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The e-mail transport against GreenMail started here. */
class MailTransportTest {

    private GreenMail mail;

    @BeforeEach
    void start() {
        mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        mail.start();
        mail.setUser("hq@chain.test", "hq", "hq-secret");
        mail.setUser("s1@chain.test", "s1", "s1-secret");
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    private MailSettings settings(String user, String address, String peer, MailSettings.MailSecurity security,
                                  Boolean allowUnencrypted) {
        return new MailSettings("127.0.0.1", mail.getSmtp().getPort(), "127.0.0.1", mail.getImap().getPort(), user,
                user + "-secret", null, address, peer, security, allowUnencrypted, 5_000, null);
    }

    @Test
    void aMessageTravelsAsAnAttachmentUnderTheExchangeSubject() throws Exception {
        new MailTransport(settings("hq", "hq@chain.test", "s1@chain.test", MailSettings.MailSecurity.NONE, true))
                .send("Message_EGAIS_HQ_S1_7.xml", "<сообщение/>".getBytes(StandardCharsets.UTF_8));

        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(mail.getReceivedMessages()[0].getSubject())
                .isEqualTo("СООБЩЕНИЕ_ОБМЕНА: Message_EGAIS_HQ_S1_7.xml");
        MailTransport store = new MailTransport(settings("s1", "s1@chain.test", "hq@chain.test",
                MailSettings.MailSecurity.NONE, true));
        try (RelayInbox inbox = store.open()) {
            assertThat(inbox.names()).containsExactly("Message_EGAIS_HQ_S1_7.xml");
            assertThat(new String(inbox.read("Message_EGAIS_HQ_S1_7.xml"), StandardCharsets.UTF_8))
                    .isEqualTo("<сообщение/>");
            inbox.delete("Message_EGAIS_HQ_S1_7.xml");
        }
        try (RelayInbox inbox = store.open()) {
            assertThat(inbox.names()).isEmpty();
        }
    }

    @Test
    void anAttachmentOverTheCapIsRefusedBeforeItsBodyIsFetched() throws Exception {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(twoMegabytes, (byte) 'x');
        new MailTransport(settings("hq", "hq@chain.test", "s1@chain.test", MailSettings.MailSecurity.NONE, true))
                .send("Message_EGAIS_HQ_S1_8.xml", twoMegabytes);
        MailTransport store = new MailTransport(settings("s1", "s1@chain.test", "hq@chain.test",
                MailSettings.MailSecurity.NONE, true));
        try (RelayInbox inbox = store.open()) {
            assertThatThrownBy(() -> inbox.read("Message_EGAIS_HQ_S1_8.xml", 1024 * 1024))
                    .isInstanceOf(RelayFileRefused.class).hasMessageContaining("max-message-bytes");
            assertThat(inbox.read("Message_EGAIS_HQ_S1_8.xml", 4 * 1024 * 1024)).hasSize(twoMegabytes.length);
        }
    }

    @Test
    void anUnencryptedConnectionIsRefusedUnlessExplicitlyAllowed() {
        MailTransport plain = new MailTransport(settings("hq", "hq@chain.test", "s1@chain.test",
                MailSettings.MailSecurity.NONE, null));
        assertThatThrownBy(() -> plain.send("Message_EGAIS_HQ_S1_1.xml", new byte[]{1}))
                .hasMessageContaining("allowUnencrypted");
        assertThatThrownBy(plain::open).hasMessageContaining("allowUnencrypted");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void requiredStartTlsIsNeverDowngradedToClearText() {
        // GreenMail's plain SMTP does not offer STARTTLS: the send must fail rather than go out unencrypted
        MailTransport tls = new MailTransport(settings("hq", "hq@chain.test", "s1@chain.test",
                MailSettings.MailSecurity.STARTTLS, null));
        assertThatThrownBy(() -> tls.send("Message_EGAIS_HQ_S1_1.xml", new byte[]{1}))
                .hasMessageContaining("STARTTLS");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }
}
