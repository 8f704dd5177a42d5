package ru.egais.exchange.utm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one public face of the UTM, as super-heroes' {@code HeroClient} is for its REST client: post a document or a
 * cheque, list {@code /opt/out} and {@code /opt/in}, download, delete, find one of our documents in {@code /opt/in},
 * probe the key and the UTM's status. Callers get records ({@link UtmAck}, {@link UtmListEntry}, {@link UtmList})
 * and the adapter's own exceptions — {@link UtmException} (not reachable or no answer; {@code mayHaveArrived} says
 * whether a POST could have arrived), {@link UtmHttpStatusException} (refused with a status),
 * {@link UtmProtocolException} (an answer that cannot be read) — never an HTTP or XML type. Each organization has
 * its own UTM, so the UTM's base URL is every call's first argument.
 */
@ApplicationScoped
public class UtmGateway {

    private final UtmClient client;
    private final UtmChequeClient cheques;

    @Inject
    public UtmGateway(UtmConfig config, UtmMetrics metrics) {
        this(new UtmClient(config, metrics));
    }

    UtmGateway(UtmClient client) {
        this.client = client;
        this.cheques = new UtmChequeClient();
    }

    /** A gateway outside the service, without metrics (the workstation's reference client). */
    public static UtmGateway standalone(UtmConfig config) {
        return new UtmGateway(new UtmClient(config));
    }

    /** Whether the HTTP client still moves bytes (an OutOfMemoryError can kill its selector thread). */
    public boolean isAlive() {
        return client.isAlive();
    }

    /** {@code POST /opt/in/{utmPath}}; an {@code <error>} answer is returned, not thrown: UTM did answer. */
    public UtmAck send(String utmUrl, String utmPath, String xml) throws UtmException {
        return client.send(utmUrl, utmPath, xml);
    }

    /** {@code POST /opt/in/{utmPath}} returning UTM's answer as it came (a workstation forwards it unread). */
    public byte[] sendForAnswer(String utmUrl, String utmPath, String xml) throws UtmException {
        return client.sendForAnswer(utmUrl, utmPath, xml);
    }

    /**
     * {@code POST /xml?type=…}: UTM signs a retail cheque while the cashier waits, within {@code timeout} as a whole;
     * a failure's {@code mayHaveArrived} is false only when no connection was ever made.
     */
    public UtmAck signCheque(String utmUrl, String chequeType, String xml, Duration timeout) throws UtmException {
        return cheques.sign(utmUrl, chequeType, xml, timeout);
    }

    /** {@code GET /opt/out}: what UTM holds for us, entries whose URL is refused left out. */
    public List<UtmListEntry> listIncoming(String utmUrl) throws UtmException {
        return client.listIncoming(utmUrl);
    }

    /** {@code GET /opt/out}, capped at {@code egais.utm.max-list-entries}, with what was refused and why. */
    public UtmList readIncoming(String utmUrl) throws UtmException {
        return client.readIncoming(utmUrl);
    }

    /** {@code GET /opt/out?replyId=…}: the answers linked to one of our submissions. */
    public List<UtmListEntry> listIncoming(String utmUrl, String replyId) throws UtmException {
        return client.listIncoming(utmUrl, replyId);
    }

    /** {@code GET /opt/in}: our documents UTM still holds. */
    public List<UtmListEntry> listOutgoing(String utmUrl) throws UtmException {
        return client.listOutgoing(utmUrl);
    }

    /** One listed document as text, decoded by its declaration. */
    public String fetch(String utmUrl, String listedUrl) throws UtmException {
        return client.fetch(utmUrl, listedUrl);
    }

    /**
     * Streams one listed document into {@code target}, refusing more than {@code egais.utm.max-document-size}
     * ({@link UtmDocumentTooLargeException}) without reading the rest; returns the bytes written.
     */
    public long download(String utmUrl, String listedUrl, OutputStream target, FetchProgress progress)
            throws UtmException {
        return client.download(utmUrl, listedUrl, target, progress);
    }

    /** {@code DELETE} of a listed document once it is stored on our side; one already gone (404) is deleted. */
    public void delete(String utmUrl, String listedUrl) throws UtmException {
        client.delete(utmUrl, listedUrl);
    }

    /**
     * The replyIds under which UTM's {@code /opt/in} holds this very text (whitespace between tags aside), at most
     * {@code max} of them. {@code alreadyOurs} is asked once, with every listed replyId, which of them our own
     * documents already hold: those are never fetched, since they cannot be the document looked for.
     */
    public List<String> findInOptIn(String utmUrl, String xml, Function<List<String>, Set<String>> alreadyOurs, int max)
            throws UtmException {
        String wanted = sameText(xml);
        List<UtmListEntry> listed = client.listOutgoing(utmUrl).stream().filter(e -> e.replyId() != null).toList();
        Set<String> ours = alreadyOurs.apply(listed.stream().map(UtmListEntry::replyId).toList());
        List<String> found = new ArrayList<>();
        for (UtmListEntry entry : listed) {
            if (found.size() >= max) {
                break;
            }
            if (!ours.contains(entry.replyId()) && sameText(client.fetch(utmUrl, entry.url())).equals(wanted)) {
                found.add(entry.replyId());
            }
        }
        return found;
    }

    /** UTM may re-indent what it keeps; two texts are the same document when this form of them is equal. */
    public static String sameText(String xml) {
        return xml.strip().replaceAll(">\\s+<", "><");
    }

    /** {@code GET /api/info/list}: UTM's JSON status (version, RSA/GOST certificate validity). */
    public String info(String utmUrl) throws UtmException {
        return client.info(utmUrl);
    }

    /** Whether the key in the UTM's token is this organization's: {@code /diagnosis}'s {@code CN} names it. */
    public boolean keyIsOf(String utmUrl, String fsrarId) throws UtmException {
        return client.diagnosis(utmUrl).contains("<CN>" + fsrarId + "</CN>");
    }

    /**
     * The FSRAR ID of the key in the UTM's token ({@code /diagnosis}, or {@code /api/info/list} on an older UTM);
     * empty when the UTM names neither.
     */
    public Optional<String> keyOwner(String utmUrl) throws UtmException {
        return client.keyOwner(utmUrl);
    }

    /** A page of UTM's web UI, for the schema download. */
    String page(String utmUrl, String path) throws UtmException {
        return client.page(utmUrl, path);
    }
}
