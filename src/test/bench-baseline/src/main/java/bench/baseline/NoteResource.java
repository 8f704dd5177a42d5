package bench.baseline;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One endpoint reading the database, so the baseline answers as a real app would. */
@Path("/notes")
public class NoteResource {

    private final EntityManager em;

    public NoteResource(EntityManager em) {
        this.em = em;
    }

    @GET
    @Transactional
    public long count() {
        return em.createQuery("select count(n) from Note n", Long.class).getSingleResult();
    }
}
