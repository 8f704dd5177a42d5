package ru.egais.exchange.cheque;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Cheques by id, by key, and by shift. */
@ApplicationScoped
public class ChequeRepository implements PanacheRepositoryBase<Cheque, String> {

    public Optional<Cheque> findByKey(ChequeKey key) {
        return find("fsrarId = :f and kassa = :k and shift = :s and number = :n and type = :t and date = :d",
                Parameters.with("f", key.fsrarId()).and("k", key.kassa()).and("s", key.shift())
                        .and("n", key.number()).and("t", key.type()).and("d", key.date()))
                .firstResultOptional();
    }

    /** A shift's cheques in the order they were made (kassa and shift optional). */
    public List<Cheque> listShift(String fsrarId, String kassa, String shift, int limit) {
        StringBuilder q = new StringBuilder("fsrarId = :f");
        Parameters p = Parameters.with("f", fsrarId);
        if (kassa != null) {
            q.append(" and kassa = :k");
            p.and("k", kassa);
        }
        if (shift != null) {
            q.append(" and shift = :s");
            p.and("s", shift);
        }
        return find(q.append(" order by createdAt, id").toString(), p).page(0, limit).list();
    }
}
