package dk.sygesikring.adapters.persistence.practitioner;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The registrations a count of patients needs (DOC-7): of the persons whose registrations changed since LUNA counted. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PatientMovesRepository extends GenericRepository<RecordedRegistrationRow, UUID> {

    /**
     * Every registration of each person who has one at any of {@code providerNumbers} and one recorded after
     * {@code lastIncluded} or taking effect after {@code countedOn}. Driven from the few recent registrations, not
     * from the many patients of a practice. One array parameter, so PostgreSQL plans it once.
     */
    @Query("""
            SELECT r.* FROM registration r
            WHERE r.cpr IN (SELECT changed.cpr FROM registration changed
                            WHERE changed.recorded > :lastIncluded OR changed.valid_from > :countedOn)
              AND EXISTS (SELECT 1 FROM registration here
                          WHERE here.cpr = r.cpr AND here.provider_number = ANY (CAST(:providerNumbers AS bpchar[])))
            """)
    List<RecordedRegistrationRow> findChangedSince(long lastIncluded, LocalDate countedOn, String[] providerNumbers);
}
