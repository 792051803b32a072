package dk.sygesikring.adapters.persistence.doctorchoice;

import dk.sygesikring.adapters.persistence.doctorchoice.DoctorChoiceRows.ChosenPersonRow;
import dk.sygesikring.adapters.persistence.doctorchoice.DoctorChoiceRows.DoctorChoiceRow;
import dk.sygesikring.adapters.persistence.doctorchoice.DoctorChoiceRows.ReservationCount;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

final class DoctorChoiceRepositories {

    static final String PENDING = "('AWAITING_DISPENSATION', 'AWAITING_MOVE_EVENT', 'AWAITING_LUNA')";

    private DoctorChoiceRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface DoctorChoiceRepository extends GenericRepository<DoctorChoiceRow, UUID> {

        Optional<DoctorChoiceRow> findById(UUID forloebId);

        List<DoctorChoiceRow> findByForloebIdIn(Collection<UUID> forloebIds);

        @Query("SELECT DISTINCT c.forloeb_id FROM doctor_choice c JOIN doctor_choice_person p ON p.forloeb_id = c.forloeb_id"
                + " WHERE p.cpr IN (:cprs) AND c.state IN " + PENDING)
        List<UUID> findPendingForloebIds(Collection<String> cprs);

        /** One array parameter, not an IN list: one statement whatever the number, so PostgreSQL plans it once. */
        @Query("SELECT provider_number, sum(places) AS places FROM doctor_choice"
                + " WHERE provider_number = ANY (CAST(:providerNumbers AS bpchar[])) AND state IN " + PENDING
                + " GROUP BY provider_number")
        List<ReservationCount> countReservations(String[] providerNumbers);

        @Query("""
                INSERT INTO doctor_choice (forloeb_id, municipality_code, provider_number, valid_from, reason, forced,
                    created_on, state, dispensation_answer_by, state_changed_at, decided_by_kind, decided_by_id,
                    rejected_silently, luna_refusal, places)
                VALUES (:forloebId, :municipalityCode, :providerNumber, :validFrom, :reason, :forced, :createdOn, :state,
                    :dispensationAnswerBy, :stateChangedAt, :decidedByKind, :decidedById, :rejectedSilently, :lunaRefusal,
                    :places)
                ON CONFLICT (forloeb_id) DO UPDATE SET state = EXCLUDED.state,
                    dispensation_answer_by = EXCLUDED.dispensation_answer_by, state_changed_at = EXCLUDED.state_changed_at,
                    decided_by_kind = EXCLUDED.decided_by_kind, decided_by_id = EXCLUDED.decided_by_id,
                    rejected_silently = EXCLUDED.rejected_silently, luna_refusal = EXCLUDED.luna_refusal""")
        void upsert(DoctorChoiceRow row);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface ChosenPersonRepository extends GenericRepository<ChosenPersonRow, Long> {

        List<ChosenPersonRow> findByForloebIdInOrderByPosition(Collection<UUID> forloebIds);

        void deleteByForloebId(UUID forloebId);

        <S extends ChosenPersonRow> List<S> saveAll(Iterable<S> rows);
    }
}
