package ru.egais.exchange.utm;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for URLs that come from a UTM (list entries of {@code /opt/out} and {@code /opt/in}): a URL is used
 * only if, resolved against the organization's {@code utmUrl}, it names that UTM (same scheme, host and port) and a
 * path under the allowed root. UTM writes its own idea of its host into lists — usually {@code localhost:8080}, which
 * is the UTM naming itself — so a loopback host is taken as the UTM; whatever host a list names, the request goes to
 * the configured address only. Anything else (a space, {@code mailto:}, a relative path, {@code @host:port/x}, a
 * path escaping {@code /opt/out} with {@code ..}) is refused with the reason, never fetched.
 */
public final class UtmListedUrls {

    /** Where incoming documents live. */
    public static final String OUT = "/opt/out/";
    /** Where our own submissions live (read when settling a document in doubt). */
    public static final String IN = "/opt/in/";

    private UtmListedUrls() {
    }

    /** A listed URL the rule refused, with why. */
    public record Refused(String url, String reason) {
    }

    /** The URL to call for {@code listedUrl}, or the reason it must not be called. */
    public static URI require(String utmUrl, String listedUrl, String... roots) throws UtmProtocolException {
        String[] reason = new String[1];
        Optional<URI> uri = check(utmUrl, listedUrl, reason, roots);
        if (uri.isEmpty()) {
            throw new UtmProtocolException("UTM listed a URL that is not used (" + reason[0] + "): " + listedUrl);
        }
        return uri.get();
    }

    /** Null when {@code listedUrl} may be used under one of {@code roots}; else why not. */
    public static String refusal(String utmUrl, String listedUrl, String... roots) {
        String[] reason = new String[1];
        return check(utmUrl, listedUrl, reason, roots).isPresent() ? null : reason[0];
    }

    private static Optional<URI> check(String utmUrl, String listedUrl, String[] reason, String... roots) {
        URI base = URI.create(utmUrl.endsWith("/") ? utmUrl : utmUrl + "/");
        URI listed;
        try {
            listed = new URI(listedUrl == null ? "" : listedUrl.strip());
        } catch (URISyntaxException e) {
            reason[0] = "not a URL";
            return Optional.empty();
        }
        if (listed.isOpaque()) {
            reason[0] = "not a UTM address";
            return Optional.empty();
        }
        if (listed.getScheme() == null && listed.getRawAuthority() == null
                && (listed.getRawPath() == null || !listed.getRawPath().startsWith("/"))) {
            reason[0] = "a relative path";
            return Optional.empty();
        }
        if (listed.getRawUserInfo() != null) {
            reason[0] = "carries user information";
            return Optional.empty();
        }
        if (listed.getRawAuthority() != null && !namesTheUtm(base, listed)) {
            reason[0] = "names another host";
            return Optional.empty();
        }
        String path = listed.normalize().getRawPath();
        if (path == null || path.contains("..") || path.contains("//") || !underOneOf(path, roots)) {
            reason[0] = "not under " + String.join(" or ", roots);
            return Optional.empty();
        }
        // Built from the configured address's parts, never by concatenating text that came from the UTM.
        URI target;
        try {
            // A utmUrl with a path (a UTM behind a proxy's prefix) keeps it, as every other call to that UTM does.
            String prefix = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
            target = new URI(base.getScheme(), base.getRawAuthority(), null, null, null)
                    .resolve(prefix + path + (listed.getRawQuery() == null ? "" : "?" + listed.getRawQuery()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            reason[0] = "not a URL";
            return Optional.empty();
        }
        if (!sameOrigin(base, target)) {
            reason[0] = "names another host";
            return Optional.empty();
        }
        return Optional.of(target);
    }

    private static boolean underOneOf(String path, String... roots) {
        for (String root : roots) {
            if (path.startsWith(root) && path.length() > root.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesTheUtm(URI base, URI listed) {
        if (listed.getScheme() != null && !listed.getScheme().equalsIgnoreCase(base.getScheme())) {
            return false;
        }
        if (listed.getHost() == null) {
            return false;
        }
        if (isLoopback(listed.getHost())) {
            return true; // the UTM naming itself (its lists say localhost:8080 even behind a forwarded port)
        }
        return listed.getHost().equalsIgnoreCase(base.getHost()) && port(listed) == port(base);
    }

    private static boolean sameOrigin(URI base, URI target) {
        return java.util.Objects.equals(base.getRawUserInfo(), target.getRawUserInfo())
                && base.getScheme().equalsIgnoreCase(target.getScheme())
                && base.getHost() != null && base.getHost().equalsIgnoreCase(target.getHost())
                && port(base) == port(target);
    }

    /** Loopback by name or literal address only: a list entry never makes us resolve a name in DNS. */
    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]")) {
            return h.equals("localhost") || isLiteralLoopback(h);
        }
        return false;
    }

    private static boolean isLiteralLoopback(String h) {
        if (!h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}") && !h.equals("[::1]")) {
            return false;
        }
        try {
            return InetAddress.getByName(h.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
