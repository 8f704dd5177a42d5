package ru.egais.exchange.relay;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import ru.egais.exchange.relay.transport.MailSettings;
import ru.egais.exchange.relay.transport.MailTransport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two-node exchange by e-mail through GreenMail (SMTP and IMAP, started here); each node's mailbox also holds
 * personal mail and a message of another node pair, which must all still be there at the end.
 */
class RelayMailIT extends RelayTwoNodesITBase {

    private GreenMail mail;
    private GreenMailUser hqUser;
    private GreenMailUser storeUser;

    @BeforeEach
    void startMailServer() throws Exception {
        mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        mail.start();
        hqUser = mail.setUser("hq@chain.test", "hq", "hq-secret");
        storeUser = mail.setUser("s1@chain.test", "s1", "s1-secret");
        for (GreenMailUser u : List.of(hqUser, storeUser)) {
            u.deliver(message(u.getEmail(), "Счёт за аренду", "personal mail"));
            u.deliver(message(u.getEmail(), "Re: " + MailTransport.SUBJECT_PREFIX.strip(), "a reply about it"));
        }
        hqUser.deliver(message(hqUser.getEmail(), MailTransport.SUBJECT_PREFIX + "Message_EGAIS_S9_HQ_3.xml",
                "another store's message"));
    }

    @AfterEach
    void stopMailServer() {
        mail.stop();
    }

    private static MimeMessage message(String to, String subject, String text) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("someone@elsewhere.test"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        return m;
    }

    private MailSettings settings(String user, String password, String address, String peer) {
        return new MailSettings("127.0.0.1", mail.getSmtp().getPort(), "127.0.0.1", mail.getImap().getPort(), user,
                password, null, address, peer, MailSettings.MailSecurity.NONE, true, 10_000, null);
    }

    private Map<String, Object> side(String user, String password, String address, String peer) {
        Map<String, Object> m = new HashMap<>();
        m.put("smtpHost", "127.0.0.1");
        m.put("smtpPort", mail.getSmtp().getPort());
        m.put("imapHost", "127.0.0.1");
        m.put("imapPort", mail.getImap().getPort());
        m.put("user", user);
        m.put("password", password);
        m.put("address", address);
        m.put("peerAddress", peer);
        m.put("security", "NONE");
        m.put("allowUnencrypted", true);
        m.put("timeoutMillis", 10_000);
        return Map.of("transport", "MAIL", "mail", m);
    }

    @Override
    Map<String, Object> hqSide() {
        return side("hq", "hq-secret", "hq@chain.test", "s1@chain.test");
    }

    @Override
    Map<String, Object> storeSide() {
        return side("s1", "s1-secret", "s1@chain.test", "hq@chain.test");
    }

    @Override
    FaultyMedium.Direction towardsStore() {
        return new FaultyMedium.Direction("S1", new MailTransport(settings("s1", "s1-secret", "s1@chain.test", "")),
                new MailTransport(settings("hq", "hq-secret", "hq@chain.test", "s1@chain.test")));
    }

    @Override
    FaultyMedium.Direction towardsHq() {
        return new FaultyMedium.Direction("HQ", new MailTransport(settings("hq", "hq-secret", "hq@chain.test", "")),
                new MailTransport(settings("s1", "s1-secret", "s1@chain.test", "hq@chain.test")));
    }

    @Override
    void checkMediumAfterwards() throws Exception {
        assertThat(subjects(hqUser)).as("personal mail and another pair's message stay").contains("Счёт за аренду",
                "Re: " + MailTransport.SUBJECT_PREFIX.strip(), MailTransport.SUBJECT_PREFIX + "Message_EGAIS_S9_HQ_3.xml");
        assertThat(subjects(storeUser)).as("personal mail stays").contains("Счёт за аренду",
                "Re: " + MailTransport.SUBJECT_PREFIX.strip());
    }

    private List<String> subjects(GreenMailUser user) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (var stored : mail.getManagers().getImapHostManager().getInbox(user).getMessages()) {
            subjects.add(stored.getMimeMessage().getSubject());
        }
        return subjects;
    }
}
