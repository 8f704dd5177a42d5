package bench.baseline;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One entity, so that Hibernate ORM boots a persistence unit as it does in the service. */
@Entity
public class Note {
    @Id
    public String id;
    public String text;
}
