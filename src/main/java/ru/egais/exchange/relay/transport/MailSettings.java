package ru.egais.exchange.relay.transport;

/**
 * E-mail between two nodes: messages go to {@code peerAddress} through SMTP and are read from this node's
 * mailbox through IMAP. {@code password} or {@code oauth2Token} (XOAUTH2); {@code security} SSL (default),
 * STARTTLS (required, never downgraded) or NONE, which is refused unless {@code allowUnencrypted} is true;
 * {@code timeoutMillis} bounds the connection and every reply.
 */
public record MailSettings(String smtpHost, Integer smtpPort, String imapHost, Integer imapPort, String user,
                           String password, String oauth2Token, String address, String peerAddress,
                           MailSecurity security, Boolean allowUnencrypted, Integer timeoutMillis, String folder) {

    /** How the connection to the mail servers is protected. */
    public enum MailSecurity { SSL, STARTTLS, NONE }

    public MailSecurity securityOrDefault() {
        return security == null ? MailSecurity.SSL : security;
    }

    public boolean unencryptedAllowed() {
        return Boolean.TRUE.equals(allowUnencrypted);
    }

    public int smtpPortOrDefault() {
        return smtpPort != null ? smtpPort : securityOrDefault() == MailSecurity.SSL ? 465 : 587;
    }

    public int imapPortOrDefault() {
        return imapPort != null ? imapPort : securityOrDefault() == MailSecurity.SSL ? 993 : 143;
    }

    public int timeoutOrDefault() {
        return timeoutMillis == null ? 30_000 : timeoutMillis;
    }

    public String folderOrDefault() {
        return folder == null || folder.isBlank() ? "INBOX" : folder;
    }

    public boolean usesOAuth2() {
        return oauth2Token != null && !oauth2Token.isBlank();
    }

    /** What SMTP and IMAP log in with: the OAuth2 access token stands in for the password under XOAUTH2. */
    public String secret() {
        return usesOAuth2() ? oauth2Token : password;
    }
}
