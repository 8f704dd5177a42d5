package ru.egais.exchange.classifier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ru.egais.exchange.egais.ClassifierEntries;
import ru.egais.exchange.egais.ClassifierEntries.Partner;
import ru.egais.exchange.egais.ClassifierEntries.Product;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The classifier catalogue (1C's классификаторы ЕГАИС): every classifier reply updates the products and
 * organizations it describes, in the transaction that processes the reply. A field the reply leaves out keeps
 * what an earlier reply said; values longer than their column are cut (a hostile reply must not fail the
 * processing of a document that is otherwise fine).
 */
@ApplicationScoped
public class ClassifierCatalogue {

    private final EntityManager em;
    private final Clock clock;

    public ClassifierCatalogue(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordReply(ClassifierEntries entries, String incomingId) {
        Instant now = Instant.now(clock);
        for (Partner p : entries.partners()) {
            recordPartner(p, incomingId, now);
        }
        for (Product p : entries.products()) {
            recordProduct(p, incomingId, now);
        }
    }

    private void recordProduct(Product in, String incomingId, Instant now) {
        String key = cut(in.alcCode(), 64);
        ClassifierProduct p = em.find(ClassifierProduct.class, key);
        boolean created = p == null;
        if (created) {
            p = new ClassifierProduct();
            p.alcCode = key;
        }
        p.fullName = keep(p.fullName, in.fullName(), 1000);
        p.shortName = keep(p.shortName, in.shortName(), 255);
        p.capacity = keep(p.capacity, in.capacity(), 32);
        p.alcVolume = keep(p.alcVolume, in.alcVolume(), 32);
        p.productVCode = keep(p.productVCode, in.productVCode(), 32);
        p.unitType = keep(p.unitType, in.unitType(), 32);
        if (in.producer() != null) {
            p.producerRegId = keep(p.producerRegId, in.producer().clientRegId(), 50);
            p.producerInn = keep(p.producerInn, in.producer().inn(), 12);
            p.producerName = keep(p.producerName, firstNonNull(in.producer().shortName(), in.producer().fullName()),
                    1000);
        }
        p.searchText = searchText(2100, p.alcCode, p.fullName, p.shortName, p.producerName, p.producerInn);
        p.sourceIncomingId = incomingId;
        p.updatedAt = now;
        if (created) {
            em.persist(p);
        }
    }

    private void recordPartner(Partner in, String incomingId, Instant now) {
        String key = cut(in.clientRegId(), 50);
        ClassifierPartner p = em.find(ClassifierPartner.class, key);
        boolean created = p == null;
        if (created) {
            p = new ClassifierPartner();
            p.clientRegId = key;
        }
        p.kind = keep(p.kind, in.kind(), 4);
        p.inn = keep(p.inn, in.inn(), 12);
        p.kpp = keep(p.kpp, in.kpp(), 9);
        p.fullName = keep(p.fullName, in.fullName(), 1000);
        p.shortName = keep(p.shortName, in.shortName(), 255);
        p.address = keep(p.address, in.address(), 1000);
        p.state = keep(p.state, in.state(), 50);
        p.searchText = searchText(2100, p.clientRegId, p.fullName, p.shortName, p.inn);
        p.sourceIncomingId = incomingId;
        p.updatedAt = now;
        if (created) {
            em.persist(p);
        }
    }

    /** Products by producer INN, alcocode and words of the name (all optional, combined), by name. */
    @Transactional
    public List<ClassifierViews.ProductView> findProducts(String inn, String alcCode, String q, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (inn != null && !inn.isBlank()) {
            where.append(" and p.producerInn = :inn");
            params.put("inn", inn.strip());
        }
        if (alcCode != null && !alcCode.isBlank()) {
            where.append(" and p.alcCode = :alcCode");
            params.put("alcCode", alcCode.strip());
        }
        appendWords(where, params, q);
        var query = em.createQuery("select p from ClassifierProduct p where " + where
                + " order by p.fullName, p.alcCode", ClassifierProduct.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList().stream().map(ClassifierViews.ProductView::of).toList();
    }

    /** Organizations by INN and words of the name or FSRAR ID (both optional, combined), by name. */
    @Transactional
    public List<ClassifierViews.PartnerView> findPartners(String inn, String q, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (inn != null && !inn.isBlank()) {
            where.append(" and p.inn = :inn");
            params.put("inn", inn.strip());
        }
        appendWords(where, params, q);
        var query = em.createQuery("select p from ClassifierPartner p where " + where
                + " order by p.fullName, p.clientRegId", ClassifierPartner.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList().stream().map(ClassifierViews.PartnerView::of).toList();
    }

    /** The catalogue's names for these alcocodes (short name first), for views that show a code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> productNames(Collection<String> alcCodes) {
        List<String> codes = alcCodes.stream().filter(Objects::nonNull).distinct().toList();
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from ClassifierProduct p where p.alcCode in :codes", ClassifierProduct.class)
                .setParameter("codes", codes).getResultList().stream()
                .filter(p -> firstNonNull(p.shortName, p.fullName) != null)
                .collect(Collectors.toMap(p -> p.alcCode, p -> firstNonNull(p.shortName, p.fullName)));
    }

    /** The catalogue's name of an organization (short name first), if it knows one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<String> partnerName(String clientRegId) {
        if (clientRegId == null) {
            return java.util.Optional.empty();
        }
        ClassifierPartner p = em.find(ClassifierPartner.class, clientRegId);
        return p == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(firstNonNull(p.shortName, p.fullName));
    }

    /** Each word must appear in the lower-cased names (folded here: SQLite's lower() leaves Cyrillic as it is). */
    private static void appendWords(StringBuilder where, Map<String, Object> params, String q) {
        if (q == null) {
            return;
        }
        String[] words = q.toLowerCase(Locale.ROOT).strip().split("\\s+");
        for (int i = 0; i < words.length && i < 8; i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            where.append(" and p.searchText like :w").append(i).append(" escape '!'");
            params.put("w" + i, "%" + words[i].replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
    }

    private static String searchText(int max, String... values) {
        String joined = Stream.of(values).filter(Objects::nonNull).collect(Collectors.joining(" "))
                .toLowerCase(Locale.ROOT);
        return cut(joined, max);
    }

    private static String keep(String old, String value, int max) {
        return value == null || value.isBlank() ? old : cut(value, max);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
