package dk.sygesikring.adapters.persistence.synchronisation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PractitionerSynchronisationRepository extends GenericRepository<PractitionerSynchronisationRow, UUID> {

    PractitionerSynchronisationRow save(PractitionerSynchronisationRow row);

    Page<PractitionerSynchronisationRow> findAll(Pageable pageable);
}
