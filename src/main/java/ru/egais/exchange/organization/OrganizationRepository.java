package ru.egais.exchange.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Organizations' exchange settings. */
@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, String> {

    public List<Organization> listByFsrarId() {
        return list("order by fsrarId");
    }

    public List<Organization> listByFsrarId(List<String> fsrarIds) {
        return fsrarIds.isEmpty() ? List.of() : list("fsrarId in ?1 order by fsrarId", fsrarIds);
    }

    /** FSRAR IDs that documents refer to but that have no exchange settings yet. */
    public List<String> fsrarIdsWithoutSettings() {
        return getEntityManager().createQuery("""
                        select distinct d.fsrarId from Document d
                        where not exists (select 1 from Organization o where o.fsrarId = d.fsrarId)
                        order by d.fsrarId""", String.class)
                .getResultList();
    }
}
