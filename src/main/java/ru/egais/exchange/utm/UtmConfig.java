package ru.egais.exchange.utm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the service talks HTTP to UTMs. */
@ConfigMapping(prefix = "egais.utm")
public interface UtmConfig {

    /** Time allowed to open a TCP connection to a UTM; a UTM PC that is off should fail fast. */
    @WithDefault("5S")
    Duration connectTimeout();

    /** Time allowed for a whole answer; large ReplyRests documents take a while, so this is generous. */
    @WithDefault("60S")
    Duration readTimeout();

    /**
     * The largest incoming document loaded; a larger one is quarantined and left in UTM. A 100,000-position
     * ReplyRests_v2 is about 50 MB.
     */
    @WithDefault("64M")
    io.quarkus.runtime.configuration.MemorySize maxDocumentSize();

    /**
     * Time allowed for the whole answer of any call, body included: the read time-out above covers each read, so a
     * UTM trickling a byte every few seconds would otherwise hold the organization's exchange for as long as it
     * likes. Past it the call is cancelled and counted as a time-out. Generous enough for the largest document.
     */
    @WithDefault("5M")
    Duration answerDeadline();

    /**
     * The most entries of one {@code /opt/out} or {@code /opt/in} list taken in one exchange; the list is read as
     * it streams and the rest is not read (those documents come in later exchanges, once these are deleted).
     */
    @WithDefault("10000")
    int maxListEntries();

    /** The most bytes of one list read; a list that is larger before reaching its entry cap is refused. */
    @WithDefault("16M")
    io.quarkus.runtime.configuration.MemorySize maxListSize();
}
