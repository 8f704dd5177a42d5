package ru.egais.exchange.relay.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/** Exchange files in a shared directory; written under a temporary name and renamed, so never read half-written. */
public final class DirectoryTransport implements RelayTransport {

    private final Path directory;

    public DirectoryTransport(DirectorySettings settings) {
        this.directory = Path.of(settings.path());
    }

    @Override
    public void send(String name, byte[] content) throws IOException {
        Files.createDirectories(directory);
        Path part = directory.resolve(name + ".part");
        Files.write(part, content);
        Files.move(part, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public boolean requestUpload(String flagName) throws IOException {
        Files.createDirectories(directory);
        Path flag = directory.resolve(flagName);
        if (!Files.exists(flag)) {
            Files.write(flag, new byte[0]);
        }
        return true;
    }

    @Override
    public boolean supportsFlags() {
        return true;
    }

    @Override
    public RelayInbox open() {
        return new RelayInbox() {
            @Override
            public List<String> names() throws IOException {
                if (!Files.isDirectory(directory)) {
                    return List.of();
                }
                try (Stream<Path> files = Files.list(directory)) {
                    return files.map(p -> p.getFileName().toString()).sorted().toList();
                }
            }

            @Override
            public byte[] read(String name) throws IOException {
                return Files.readAllBytes(directory.resolve(name));
            }

            @Override
            public byte[] read(String name, long maxBytes) throws IOException {
                Path file = directory.resolve(name);
                // a link could lead anywhere on this PC (another program's files, a device): never followed
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isSymbolicLink()) {
                    throw new RelayFileRefused(name + " is a symbolic link: not followed");
                }
                if (!attributes.isRegularFile()) {
                    throw new RelayFileRefused(name + " is not a plain file");
                }
                if (attributes.size() > maxBytes) {
                    throw RelayFileRefused.tooLarge(name, attributes.size(), maxBytes);
                }
                try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                    return RelayFileRefused.bounded(name, in, maxBytes);
                }
            }

            @Override
            public void delete(String name) throws IOException {
                try {
                    Files.delete(directory.resolve(name));
                } catch (NoSuchFileException gone) {
                    // already gone: what was asked holds
                }
            }

            @Override
            public void close() {
            }
        };
    }
}
