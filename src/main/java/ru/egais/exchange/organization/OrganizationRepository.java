package ru.egais.exchange.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Organizations' exchange settings. */
@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, String> {

    /**
     * Every organization, by FSRAR ID. A criteria query, not HQL: readiness asks for this list, so it is the first
     * query a starting service runs, and the first HQL string parsed pays the parser's warm-up (~80 ms of start).
     */
    public List<Organization> listByFsrarId() {
        var cb = getEntityManager().getCriteriaBuilder();
        var query = cb.createQuery(Organization.class);
        var organization = query.from(Organization.class);
        return getEntityManager().createQuery(query.select(organization).orderBy(cb.asc(organization.get("fsrarId"))))
                .getResultList();
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
