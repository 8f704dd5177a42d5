package ru.egais.exchange.relay;

import org.junit.jupiter.api.BeforeEach;
import ru.egais.exchange.relay.transport.DirectorySettings;
import ru.egais.exchange.relay.transport.DirectoryTransport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The two-node exchange through a shared directory. */
class RelayDirectoryIT extends RelayTwoNodesITBase {

    private Path shared;
    private DirectoryTransport medium;

    @BeforeEach
    void sharedDirectory() throws Exception {
        shared = Files.createTempDirectory(Path.of("target"), "relay-shared-").toAbsolutePath();
        medium = new DirectoryTransport(new DirectorySettings(shared.toString()));
    }

    @Override
    Map<String, Object> hqSide() {
        return Map.of("transport", "DIRECTORY", "directory", Map.of("path", shared.toString()));
    }

    @Override
    Map<String, Object> storeSide() {
        return hqSide();
    }

    @Override
    FaultyMedium.Direction towardsStore() {
        return new FaultyMedium.Direction("S1", medium, medium);
    }

    @Override
    FaultyMedium.Direction towardsHq() {
        return new FaultyMedium.Direction("HQ", medium, medium);
    }
}
