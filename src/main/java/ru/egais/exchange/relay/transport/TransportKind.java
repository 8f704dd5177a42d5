package ru.egais.exchange.relay.transport;

/** How exchange messages travel between two nodes. */
public enum TransportKind {
    /** A directory both nodes can reach (a share, a synced folder). */
    DIRECTORY,
    /** An FTP server both nodes reach. */
    FTP,
    /** E-mail: sent through SMTP, received through IMAP. */
    MAIL
}
