package ru.egais.exchange.utm;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads the XSDs a UTM publishes: its web UI lists them as links {@code info/<folder>/<name>.xsd}, each a page
 * with the schema text inside {@code <pre>} (as UtmSchemaGrabber reads them, PROTOCOL.md §1). The listing's exact
 * markup is not documented; any link ending in .xsd under info/ is taken.
 */
@ApplicationScoped
public class UtmSchemaDownloader {

    private static final Logger LOG = Logger.getLogger(UtmSchemaDownloader.class);
    private static final Pattern LINK = Pattern.compile("info/[A-Za-z0-9_./-]+?\\.xsd");
    private static final Pattern PRE = Pattern.compile("(?s)<pre[^>]*>(.*)</pre>");
    private static final String[] INDEXES = {"/info/xsd", "/info"};

    private final UtmGateway utm;

    public UtmSchemaDownloader(UtmGateway utm) {
        this.utm = utm;
    }

    /** Downloads every published schema into {@code folder}; false when the UTM publishes none we can find. */
    public boolean download(String utmUrl, Path folder) throws UtmException, IOException {
        Set<String> links = new LinkedHashSet<>();
        for (String index : INDEXES) {
            try {
                Matcher m = LINK.matcher(utm.page(utmUrl, index));
                while (m.find()) {
                    links.add(m.group());
                }
            } catch (UtmHttpStatusException notThere) {
                // try the next index page
            }
            if (!links.isEmpty()) {
                break;
            }
        }
        if (links.isEmpty()) {
            return false;
        }
        Files.createDirectories(folder);
        for (String link : links) {
            String page = utm.page(utmUrl, "/" + link);
            Matcher pre = PRE.matcher(page);
            String xsd = unescape(pre.find() ? pre.group(1) : page).strip();
            String name = link.substring(link.lastIndexOf('/') + 1);
            Files.writeString(folder.resolve(name), xsd, StandardCharsets.UTF_8);
        }
        LOG.infof("Downloaded %d schemas from %s into %s", links.size(), utmUrl, folder);
        return true;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
