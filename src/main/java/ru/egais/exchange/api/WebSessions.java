package ru.egais.exchange.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The operator's browser sessions after a login with the API token: the cookie carries a random session id, never
 * the token itself, so a cookie that leaks (a proxy log, a shared PC's profile) does not give the token away and dies
 * with the session. Held in memory: a restart logs everyone out, which is the safe direction.
 */
@ApplicationScoped
public class WebSessions {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idle;

    @Inject
    public WebSessions(Clock clock, ApiConfig config) {
        this(clock, config.sessionTimeout());
    }

    public WebSessions(Clock clock, Duration idle) {
        this.clock = clock;
        this.idle = idle;
    }

    /** A new session's id, valid until it has been idle for the session timeout. */
    public String open() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        Instant now = Instant.now(clock);
        expiries.entrySet().removeIf(e -> !e.getValue().isAfter(now));
        expiries.put(id, now.plus(idle));
        return id;
    }

    /** Whether the id names a live session; each use extends it. */
    public boolean isValid(String id) {
        if (id == null) {
            return false;
        }
        Instant now = Instant.now(clock);
        Instant extended = expiries.computeIfPresent(id, (k, until) -> until.isAfter(now) ? now.plus(idle) : null);
        return extended != null;
    }
}
