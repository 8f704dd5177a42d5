package ru.egais.exchange.relay.transport;

import jakarta.activation.DataHandler;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exchange messages by e-mail (Angus Mail): sent through SMTP with the file attached and the subject
 * {@code СООБЩЕНИЕ_ОБМЕНА: <file name>}; read through IMAP, where only messages with that subject are looked at
 * and only those the caller deletes are expunged, so personal mail and other nodes' messages stay.
 */
public final class MailTransport implements RelayTransport {

    public static final String SUBJECT_PREFIX = "СООБЩЕНИЕ_ОБМЕНА: ";

    private final MailSettings settings;

    public MailTransport(MailSettings settings) {
        this.settings = settings;
    }

    @Override
    public void send(String name, byte[] content) throws IOException {
        try {
            Session session = MailSessions.of(settings, "smtp");
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(settings.address()));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(settings.peerAddress()));
            m.setSubject(SUBJECT_PREFIX + name, "UTF-8");
            MimeBodyPart text = new MimeBodyPart();
            text.setText("Exchange message " + name + " (egais-exchange relay).", "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(content, "application/xml")));
            file.setFileName(name);
            file.setDisposition(Part.ATTACHMENT);
            m.setContent(new MimeMultipart(text, file));
            m.saveChanges();
            try (Transport t = session.getTransport("smtp")) {
                t.connect(settings.smtpHost(), settings.smtpPortOrDefault(), settings.user(), settings.secret());
                t.sendMessage(m, m.getAllRecipients());
            }
        } catch (MessagingException | IllegalArgumentException e) {
            throw new IOException("sending " + name + " through " + settings.smtpHost() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public RelayInbox open() throws IOException {
        try {
            Store store = MailSessions.of(settings, "imap").getStore("imap");
            store.connect(settings.imapHost(), settings.imapPortOrDefault(), settings.user(), settings.secret());
            try {
                Folder folder = store.getFolder(settings.folderOrDefault());
                folder.open(Folder.READ_WRITE);
                return new Mailbox(store, folder);
            } catch (MessagingException | RuntimeException e) {
                store.close();
                throw e;
            }
        } catch (MessagingException | IllegalArgumentException e) {
            throw new IOException("opening " + settings.folderOrDefault() + " at " + settings.imapHost() + ": "
                    + e.getMessage(), e);
        }
    }

    /** One open IMAP folder: exchange messages by the name in their subject. */
    private static final class Mailbox implements RelayInbox {

        private final Store store;
        private final Folder folder;
        private final Map<String, List<Message>> byName = new LinkedHashMap<>();
        private final List<Message> deleted = new ArrayList<>();

        Mailbox(Store store, Folder folder) throws MessagingException {
            this.store = store;
            this.folder = folder;
            Message[] all = folder.getMessages();
            FetchProfile headers = new FetchProfile();
            headers.add(FetchProfile.Item.ENVELOPE);
            headers.add(FetchProfile.Item.FLAGS);
            folder.fetch(all, headers);
            for (Message m : all) {
                String subject = m.getSubject();
                if (subject != null && subject.startsWith(SUBJECT_PREFIX) && !m.isSet(Flags.Flag.DELETED)) {
                    byName.computeIfAbsent(subject.substring(SUBJECT_PREFIX.length()).strip(), k -> new ArrayList<>())
                            .add(m);
                }
            }
        }

        @Override
        public List<String> names() {
            return List.copyOf(byName.keySet());
        }

        @Override
        public byte[] read(String name) throws IOException {
            return read(name, Long.MAX_VALUE);
        }

        @Override
        public byte[] read(String name, long maxBytes) throws IOException {
            List<Message> copies = byName.get(name);
            if (copies == null) {
                throw new IOException("no exchange message " + name + " in the mailbox");
            }
            try {
                Message message = copies.get(0);
                // the server tells the size before the body is fetched; base64 makes an attachment a third larger
                int size = message.getSize();
                if (maxBytes < Long.MAX_VALUE / 2 && size > maxBytes * 4 / 3 + 64 * 1024) {
                    throw RelayFileRefused.tooLarge(name, size, maxBytes);
                }
                Object content = message.getContent();
                if (content instanceof Multipart multipart) {
                    for (int i = 0; i < multipart.getCount(); i++) {
                        Part part = multipart.getBodyPart(i);
                        if (name.equals(part.getFileName())) {
                            try (InputStream in = part.getInputStream()) {
                                return RelayFileRefused.bounded(name, in, maxBytes);
                            }
                        }
                    }
                }
                throw new IOException("the e-mail " + name + " has no attachment of that name");
            } catch (MessagingException e) {
                throw new IOException("reading " + name + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void delete(String name) throws IOException {
            List<Message> copies = byName.remove(name);
            if (copies == null) {
                return;
            }
            try {
                for (Message m : copies) {
                    m.setFlag(Flags.Flag.DELETED, true);
                    deleted.add(m);
                }
            } catch (MessagingException e) {
                throw new IOException("deleting " + name + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                if (!deleted.isEmpty() && folder instanceof IMAPFolder imap && store instanceof IMAPStore s
                        && s.hasCapability("UIDPLUS")) {
                    // UID EXPUNGE of exactly our messages: mail the user flagged deleted elsewhere stays
                    imap.expunge(deleted.toArray(new Message[0]));
                    folder.close(false);
                } else {
                    folder.close(!deleted.isEmpty());
                }
            } catch (MessagingException e) {
                throw new IOException("closing the mailbox: " + e.getMessage(), e);
            } finally {
                try {
                    store.close();
                } catch (MessagingException ignored) {
                    // the folder is closed; the connection goes away
                }
            }
        }
    }
}
