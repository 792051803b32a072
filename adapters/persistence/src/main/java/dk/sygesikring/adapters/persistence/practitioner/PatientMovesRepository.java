package dk.sygesikring.adapters.persistence.practitioner;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/** The registrations a count of patients needs (DOC-7): of the persons whose registrations changed since LUNA counted. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PatientMovesRepository extends GenericRepository<RecordedRegistrationRow, UUID> {

    /**
     * Every registration of each person whose registrations name one of {@code providerNumbers} and changed since
     * that practice's count: recorded after its mark or taking effect after its day. Found through
     * {@code patient_move} (V14), a few rows per practice and day, not by scanning the day's registrations. One array
     * parameter, so PostgreSQL plans it once.
     */
    @Query("""
            SELECT r.* FROM registration r
            WHERE r.cpr IN (SELECT m.cpr FROM patient_move m
                            JOIN practitioner p ON p.provider_number = m.provider_number
                            WHERE m.provider_number = ANY (CAST(:providerNumbers AS bpchar[]))
                              AND (m.recorded > p.patients_counted_after OR m.takes_effect > p.patients_counted_on))
            """)
    List<RecordedRegistrationRow> findChangedSinceCounted(String[] providerNumbers);

    /** The moves every practice's count now includes: kept only until the register is next read from LUNA. */
    @Query("""
            DELETE FROM patient_move m USING practitioner p
            WHERE p.provider_number = m.provider_number
              AND m.recorded <= p.patients_counted_after AND m.takes_effect <= p.patients_counted_on
            """)
    void forgetCountedMoves();
}
