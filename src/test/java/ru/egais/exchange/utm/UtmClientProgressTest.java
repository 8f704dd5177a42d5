package ru.egais.exchange.utm;

import io.quarkus.runtime.configuration.MemorySize;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Loading a large document tells how far it has come, so the page can show the progress of a big import. */
class UtmClientProgressTest {

    @Test
    void aLargeDocumentIsReadInChunksReportingBytesReadOfTheAnnouncedSize() throws UtmException {
        byte[] large = new byte[3 * 1024 * 1024 + 17];
        Arrays.fill(large, (byte) 'x');
        List<long[]> reports = new ArrayList<>();
        try (UtmSimulator utm = UtmSimulator.start("030000000001", 0)) {
            long n = utm.deliverBytes("ReplyRests_v2", large);
            UtmClient client = new UtmClient(config());
            byte[] read = client.fetchBytes(utm.url(), utm.url() + "/opt/out/ReplyRests_v2/" + n,
                    (bytes, announced) -> reports.add(new long[]{bytes, announced}));
            assertThat(read).isEqualTo(large);
        }
        assertThat(reports.size()).isGreaterThan(10);
        assertThat(reports).allSatisfy(r -> assertThat(r[1]).isEqualTo(large.length));
        assertThat(reports.get(reports.size() - 1)[0]).isEqualTo(large.length);
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i)[0]).isGreaterThan(reports.get(i - 1)[0]);
        }
    }

    static UtmConfig config() {
        return new UtmConfig() {
            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(5);
            }

            @Override
            public Duration readTimeout() {
                return Duration.ofSeconds(30);
            }

            @Override
            public MemorySize maxDocumentSize() {
                return new MemorySize(BigInteger.valueOf(64L * 1024 * 1024));
            }

            @Override
            public Duration answerDeadline() {
                return Duration.ofMinutes(5);
            }

            @Override
            public int maxListEntries() {
                return 10_000;
            }

            @Override
            public MemorySize maxListSize() {
                return new MemorySize(BigInteger.valueOf(16L * 1024 * 1024));
            }
        };
    }
}
