package ru.egais.exchange.api;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call the API. On loopback (the default) the machine itself is the boundary; once the API listens wider,
 * every call but health needs the token ({@code egais.api.token}), and the service refuses to start without one.
 */
@ApplicationScoped
public class ApiAccess {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    private final String host;
    private final Optional<String> token;

    public ApiAccess(@ConfigProperty(name = "quarkus.http.host") String host, ApiConfig config) {
        this.host = host;
        this.token = config.token().filter(t -> !t.isBlank());
    }

    void checkOnStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1) StartupEvent event) {
        requireTokenIfExposed(host, token);
    }

    /** Fails when the API would listen beyond loopback without a token. */
    public static void requireTokenIfExposed(String host, Optional<String> token) {
        if (!LOOPBACK.contains(host) && token.isEmpty()) {
            throw new IllegalStateException("the API listens on " + host + " beyond this machine: set a token with "
                    + "EGAIS_API_TOKEN (callers send it as 'Authorization: Bearer <token>'), or listen on 127.0.0.1");
        }
    }

    /** Whether calls must carry the token: always when one is configured. */
    public boolean tokenRequired() {
        return token.isPresent();
    }

    /** Constant-time comparison, so the time taken tells nothing about how much of a guess was right. */
    public boolean accepts(String presented) {
        return token.isPresent() && presented != null && MessageDigest.isEqual(
                token.get().getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
