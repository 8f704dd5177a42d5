package ru.egais.exchange.relay;

import ru.egais.exchange.common.FieldError;
import ru.egais.exchange.common.RequestInvalid;
import ru.egais.exchange.relay.transport.FtpSettings;
import ru.egais.exchange.relay.transport.MailSettings;

import java.util.ArrayList;
import java.util.List;

/** Checks a node's settings before they are saved; returns the settings of its transport. */
final class RelayNodeChecks {

    private RelayNodeChecks() {
    }

    static Object require(String code, RelayNodeSettings s) {
        List<FieldError> errors = new ArrayList<>();
        code("code", code, errors);
        code("localCode", s.localCode(), errors);
        if (s.exchangeName() != null) {
            code("exchangeName", s.exchangeName(), errors);
        }
        if (code != null && code.equals(s.localCode())) {
            errors.add(new FieldError("localCode", "must differ from the peer's code"));
        }
        if (s.peerRole() == null) {
            errors.add(new FieldError("peerRole", "is required: STORE or HEAD_OFFICE"));
        }
        if (s.intervalSeconds() != null && s.intervalSeconds() < 1) {
            errors.add(new FieldError("intervalSeconds", "must be at least 1"));
        }
        Object settings = null;
        if (s.transport() == null) {
            errors.add(new FieldError("transport", "is required: DIRECTORY, FTP or MAIL"));
        } else {
            switch (s.transport()) {
                case DIRECTORY:
                    settings = s.directory();
                    if (s.directory() == null || blank(s.directory().path())) {
                        errors.add(new FieldError("directory.path", "is required"));
                    }
                    break;
                case FTP:
                    settings = s.ftp();
                    ftp(s.ftp(), errors);
                    break;
                case MAIL:
                    settings = s.mail();
                    mail(s.mail(), errors);
                    break;
                default:
                    break;
            }
        }
        if (!errors.isEmpty()) {
            throw new RequestInvalid("invalid relay node", errors);
        }
        return settings;
    }

    private static void ftp(FtpSettings f, List<FieldError> errors) {
        if (f == null || blank(f.host()) || blank(f.user())) {
            errors.add(new FieldError("ftp", "needs host and user"));
            return;
        }
        if (f.retryPeriodMillis() != null && f.retryPeriodMillis() < 0) {
            errors.add(new FieldError("ftp.retryPeriodMillis", "must not be negative"));
        }
    }

    private static void mail(MailSettings m, List<FieldError> errors) {
        if (m == null || blank(m.smtpHost()) || blank(m.imapHost()) || blank(m.address()) || blank(m.peerAddress())
                || blank(m.user())) {
            errors.add(new FieldError("mail",
                    "needs smtpHost, imapHost, user, address and peerAddress"));
            return;
        }
        if (blank(m.password()) && blank(m.oauth2Token())) {
            errors.add(new FieldError("mail.password", "or mail.oauth2Token is required"));
        }
        if (m.securityOrDefault() == MailSettings.MailSecurity.NONE && !m.unencryptedAllowed()) {
            errors.add(new FieldError("mail.security",
                    "NONE sends the password in clear: set allowUnencrypted=true to allow it"));
        }
    }

    private static void code(String field, String value, List<FieldError> errors) {
        if (value == null || !RelayFileName.CODE.matcher(value).matches()) {
            errors.add(new FieldError(field, "must be 1-50 letters, digits or '-'"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
