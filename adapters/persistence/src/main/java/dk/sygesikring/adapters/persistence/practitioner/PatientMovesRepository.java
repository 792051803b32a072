package dk.sygesikring.adapters.persistence.practitioner;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/** What a count of patients needs (DOC-7): the persons whose registrations changed since LUNA counted, and theirs. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PatientMovesRepository extends GenericRepository<RecordedRegistrationRow, UUID> {

    /**
     * The persons whose registrations name one of {@code providerNumbers} and changed since that practice's count:
     * recorded after its mark ({@code lastIncluded}) or taking effect after its day ({@code countedOn}), the three
     * arrays side by side (the days as ISO dates: Micronaut Data binds no array of dates). A few rows per practice and
     * day (V14), found through the key, with each person's number of registrations (V16). Array parameters, so
     * PostgreSQL plans it once.
     */
    @Query("""
            SELECT m.provider_number, m.cpr, moved.registrations
            FROM unnest(CAST(:providerNumbers AS bpchar[]), CAST(:lastIncluded AS bigint[]), CAST(:countedOn AS date[]))
                 AS counted (provider_number, last_included, counted_on)
            JOIN patient_move m ON m.provider_number = counted.provider_number
                               AND (m.recorded > counted.last_included OR m.takes_effect > counted.counted_on)
            JOIN moved_person moved ON moved.cpr = m.cpr
            """)
    List<PatientMoveRow> findChangedSinceCounted(String[] providerNumbers, long[] lastIncluded, String[] countedOn);

    /** Every registration of these persons. */
    @Query("SELECT * FROM registration WHERE cpr = ANY (CAST(:cprs AS bpchar[]))")
    List<RecordedRegistrationRow> findRegistrationsOf(String[] cprs);

    /** The moves every practice's count now includes: kept only until the register is next read from LUNA. */
    @Query("""
            DELETE FROM patient_move m USING practitioner p
            WHERE p.provider_number = m.provider_number
              AND m.recorded <= p.patients_counted_after AND m.takes_effect <= p.patients_counted_on
            """)
    void forgetCountedMoves();

    /** The persons no practice's count needs any more (V16). */
    @Query("DELETE FROM moved_person p WHERE NOT EXISTS (SELECT 1 FROM patient_move m WHERE m.cpr = p.cpr)")
    void forgetCountedPersons();
}
