package ru.egais.exchange.relay.transport;

import jakarta.mail.Session;

import java.util.Properties;

/** Builds Jakarta Mail sessions from {@link MailSettings}: TLS as configured, time-outs, XOAUTH2 when a token is set. */
final class MailSessions {

    private MailSessions() {
    }

    /** A session for {@code protocol} ("smtp" or "imap"); refuses an unencrypted one not explicitly allowed. */
    static Session of(MailSettings settings, String protocol) {
        MailSettings.MailSecurity security = settings.securityOrDefault();
        if (security == MailSettings.MailSecurity.NONE && !settings.unencryptedAllowed()) {
            throw new IllegalArgumentException("security NONE sends the password in clear: set allowUnencrypted=true"
                    + " to use it anyway");
        }
        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        String timeout = Integer.toString(settings.timeoutOrDefault());
        props.setProperty(p + "connectiontimeout", timeout);
        props.setProperty(p + "timeout", timeout);
        props.setProperty(p + "writetimeout", timeout);
        if (security == MailSettings.MailSecurity.SSL) {
            props.setProperty(p + "ssl.enable", "true");
            props.setProperty(p + "ssl.checkserveridentity", "true");
        } else if (security == MailSettings.MailSecurity.STARTTLS) {
            // required: a server that does not offer STARTTLS is an error, never a silent fall-back to clear text
            props.setProperty(p + "starttls.enable", "true");
            props.setProperty(p + "starttls.required", "true");
            props.setProperty(p + "ssl.checkserveridentity", "true");
        }
        if ("smtp".equals(protocol)) {
            props.setProperty("mail.smtp.auth", Boolean.toString(settings.user() != null));
            if (settings.address() != null) {
                props.setProperty("mail.smtp.from", settings.address());
            }
        }
        if (settings.usesOAuth2()) {
            props.setProperty(p + "auth.mechanisms", "XOAUTH2");
        }
        return Session.getInstance(props);
    }
}
