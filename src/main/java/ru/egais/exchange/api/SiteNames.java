package ru.egais.exchange.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names this service answers to ({@code Host}) and the web origins allowed to call it ({@code Origin}).
 * A {@code Host} that is none of its own names is how DNS rebinding shows itself: a site re-points its own name at
 * 127.0.0.1 and its page then reads our answers as same-origin. An IP literal cannot be rebound, so when the service
 * listens on every address (workstations reach it by the PC's LAN address) any IP literal is one of its names.
 */
@ApplicationScoped
public class SiteNames {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final Set<String> WILDCARD = Set.of("0.0.0.0", "::", "[::]");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
            + "(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+]");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

    private final Set<String> hosts = new HashSet<>(LOOPBACK);
    private final Set<String> origins = new HashSet<>();
    private final boolean anyIpLiteral;

    public SiteNames(@ConfigProperty(name = "quarkus.http.host") String listenHost, ApiConfig config) {
        String listen = bracketed(listenHost.strip().toLowerCase(Locale.ROOT));
        this.anyIpLiteral = WILDCARD.contains(listen) || WILDCARD.contains(listenHost.strip());
        if (!anyIpLiteral) {
            hosts.add(listen);
        }
        config.allowedHosts().orElse(List.of()).stream().map(String::strip).filter(h -> !h.isEmpty())
                .map(h -> bracketed(h.toLowerCase(Locale.ROOT))).forEach(hosts::add);
        for (String origin : config.allowedOrigins().orElse(List.of())) {
            String normal = normalOrigin(origin.strip());
            if (normal == null) {
                throw new IllegalStateException("EGAIS_API_ALLOWED_ORIGINS: '" + origin
                        + "' is not an origin such as https://backoffice.example:8443");
            }
            origins.add(normal);
        }
    }

    /** Whether a {@code Host} header (name and optional port) names this service. */
    public boolean isOwnHost(String hostHeader) {
        String name = hostName(hostHeader);
        if (name == null) {
            return false;
        }
        return hosts.contains(name) || anyIpLiteral && (IPV4.matcher(name).matches() || IPV6.matcher(name).matches());
    }

    /** Whether the origin was configured as allowed ({@code EGAIS_API_ALLOWED_ORIGINS}). */
    public boolean isAllowedOrigin(String origin) {
        String normal = normalOrigin(origin);
        return normal != null && origins.contains(normal);
    }

    /** Whether the origin is the service's own (the operator's page): the same host and port as the request's. */
    public static boolean isSameOrigin(String origin, String hostHeader) {
        String normal = normalOrigin(origin);
        if (normal == null || hostHeader == null) {
            return false;
        }
        String authority = normal.substring(normal.indexOf("://") + 3);
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        String scheme = normal.substring(0, normal.indexOf("://"));
        return authority.equals(host) || authority.equals(withDefaultPort(host, scheme));
    }

    /** {@code scheme://host:port}, lower case, the port always written; null for anything that is not an origin. */
    static String normalOrigin(String origin) {
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            return null;
        }
        try {
            URI uri = new URI(origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin);
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null
                    || uri.getRawPath() != null && !uri.getRawPath().isEmpty() || uri.getRawQuery() != null) {
                return null;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String withDefaultPort(String host, String scheme) {
        boolean hasPort = host.startsWith("[") ? host.contains("]:") : host.contains(":");
        return hasPort ? host : host + ("https".equals(scheme) ? ":443" : ":80");
    }

    /** The name part of a Host header, lower case, IPv6 in brackets; null when malformed. */
    static String hostName(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return null;
        }
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        String name;
        String port = null;
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            if (close < 0) {
                return null;
            }
            name = h.substring(0, close + 1);
            if (close + 1 < h.length()) {
                if (h.charAt(close + 1) != ':') {
                    return null;
                }
                port = h.substring(close + 2);
            }
        } else {
            int colon = h.indexOf(':');
            name = colon < 0 ? h : h.substring(0, colon);
            port = colon < 0 ? null : h.substring(colon + 1);
        }
        if (port != null && !PORT.matcher(port).matches() || name.isEmpty()) {
            return null;
        }
        return name;
    }

    private static String bracketed(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
