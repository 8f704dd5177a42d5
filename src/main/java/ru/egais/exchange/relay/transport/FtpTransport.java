package ru.egais.exchange.relay.transport;

import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Exchange files on an FTP server (Apache Commons Net): passive mode by default, uploads under a temporary name
 * renamed when complete (a peer never reads half a file); a failed upload is retried by later exchanges.
 */
public final class FtpTransport implements RelayTransport {

    private final FtpSettings settings;

    public FtpTransport(FtpSettings settings) {
        this.settings = settings;
    }

    /**
     * One attempt: a failed upload is retried by a later exchange ({@link #retryDelayMillis}), never by sleeping
     * here, which would hold the caller's thread and the node pair's lock for minutes.
     */
    @Override
    public void send(String name, byte[] content) throws IOException {
        try {
            upload(name, content);
        } catch (IOException e) {
            throw new IOException("upload of " + name + " to ftp://" + settings.host() + " failed: " + e.getMessage(),
                    e);
        }
    }

    @Override
    public long retryDelayMillis(int failures) {
        return failures <= Math.max(1, settings.retryAttemptsOrDefault()) ? settings.retryPeriodOrDefault() : -1;
    }

    private void upload(String name, byte[] content) throws IOException {
        FTPClient ftp = connect();
        try {
            String part = name + ".part";
            if (!ftp.storeFile(part, new ByteArrayInputStream(content))) {
                throw new IOException("STOR " + part + ": " + ftp.getReplyString().strip());
            }
            ftp.deleteFile(name); // a rename onto an existing file fails on some servers
            if (!ftp.rename(part, name)) {
                throw new IOException("RNTO " + name + ": " + ftp.getReplyString().strip());
            }
        } finally {
            disconnect(ftp);
        }
    }

    @Override
    public boolean requestUpload(String flagName) throws IOException {
        FTPClient ftp = connect();
        try {
            if (!ftp.storeFile(flagName, new ByteArrayInputStream(new byte[0]))) {
                throw new IOException("STOR " + flagName + ": " + ftp.getReplyString().strip());
            }
            return true;
        } finally {
            disconnect(ftp);
        }
    }

    @Override
    public boolean supportsFlags() {
        return true;
    }

    @Override
    public RelayInbox open() throws IOException {
        FTPClient ftp = connect();
        return new RelayInbox() {
            @Override
            public List<String> names() throws IOException {
                String[] names = ftp.listNames();
                if (names == null) {
                    if (FTPReply.isNegativePermanent(ftp.getReplyCode())) {
                        throw new IOException("NLST: " + ftp.getReplyString().strip());
                    }
                    return List.of();
                }
                // some servers answer NLST with paths; the name is the last part
                return Arrays.stream(names).map(n -> n.substring(n.lastIndexOf('/') + 1)).sorted().toList();
            }

            @Override
            public byte[] read(String name) throws IOException {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (!ftp.retrieveFile(name, out)) {
                    throw new IOException("RETR " + name + ": " + ftp.getReplyString().strip());
                }
                return out.toByteArray();
            }

            @Override
            public byte[] read(String name, long maxBytes) throws IOException {
                InputStream in = ftp.retrieveFileStream(name);
                if (in == null) {
                    throw new IOException("RETR " + name + ": " + ftp.getReplyString().strip());
                }
                try {
                    // a refused file: closing the data connection ends the transfer, the rest is never downloaded
                    return RelayFileRefused.bounded(name, in, maxBytes);
                } finally {
                    in.close();
                    ftp.completePendingCommand(); // 226, or 426 for a transfer cut short: either way done
                }
            }

            @Override
            public void delete(String name) throws IOException {
                if (!ftp.deleteFile(name) && !FTPReply.isNegativePermanent(ftp.getReplyCode())) {
                    throw new IOException("DELE " + name + ": " + ftp.getReplyString().strip());
                }
            }

            @Override
            public void close() {
                disconnect(ftp);
            }
        };
    }

    private FTPClient connect() throws IOException {
        FTPClient ftp = new FTPClient();
        Duration timeout = Duration.ofMillis(settings.timeoutOrDefault());
        ftp.setConnectTimeout(settings.timeoutOrDefault());
        ftp.setDefaultTimeout(settings.timeoutOrDefault());
        ftp.setDataTimeout(timeout);
        ftp.setControlEncoding("UTF-8");
        try {
            ftp.connect(settings.host(), settings.portOrDefault());
            if (!FTPReply.isPositiveCompletion(ftp.getReplyCode())) {
                throw new IOException("the FTP server refused the connection: " + ftp.getReplyString().strip());
            }
            ftp.setSoTimeout(settings.timeoutOrDefault());
            if (!ftp.login(settings.user(), settings.password() == null ? "" : settings.password())) {
                throw new IOException("FTP login of " + settings.user() + " refused: " + ftp.getReplyString().strip());
            }
            ftp.setFileType(FTP.BINARY_FILE_TYPE);
            if (settings.passiveOrDefault()) {
                ftp.enterLocalPassiveMode();
            }
            String dir = settings.directory();
            if (dir != null && !dir.isBlank() && !ftp.changeWorkingDirectory(dir)) {
                throw new IOException("CWD " + dir + ": " + ftp.getReplyString().strip());
            }
            return ftp;
        } catch (IOException e) {
            disconnect(ftp);
            throw e;
        }
    }

    private static void disconnect(FTPClient ftp) {
        if (ftp.isConnected()) {
            try {
                ftp.logout();
            } catch (IOException ignored) {
                // the connection is going away anyway
            }
            try {
                ftp.disconnect();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
