package ru.egais.exchange.testsupport;

import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.Ftplet;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A real FTP server (Apache FtpServer) on a free loopback port, one user {@code relay}/{@code secret} in {@code root}. */
public final class TestFtpServer implements AutoCloseable {

    private final FtpServer server;
    private final int port;

    private TestFtpServer(FtpServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** {@code ftplets}: hooks that disturb the server on purpose (refused uploads); may be empty. */
    public static TestFtpServer start(Path root, Map<String, Ftplet> ftplets) throws IOException, FtpException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setPort(port);
        listener.setServerAddress("127.0.0.1");
        factory.addListener("default", listener.createListener());
        BaseUser user = new BaseUser();
        user.setName("relay");
        user.setPassword("secret");
        user.setHomeDirectory(root.toString());
        user.setAuthorities(List.of(new WritePermission()));
        factory.setUserManager(new PropertiesUserManagerFactory().createUserManager());
        factory.getUserManager().save(user);
        factory.setFtplets(new HashMap<>(ftplets)); // a mutable map: the server clears it when it stops
        FtpServer server = factory.createServer();
        server.start();
        return new TestFtpServer(server, port);
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.stop();
    }
}
