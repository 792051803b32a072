package dk.sygesikring.adapters.persistence.forloeb;

import dk.sygesikring.adapters.persistence.forloeb.ForloebRows.ActivityRow;
import dk.sygesikring.adapters.persistence.forloeb.ForloebRows.DetailRow;
import dk.sygesikring.adapters.persistence.forloeb.ForloebRows.ForloebRow;
import dk.sygesikring.adapters.persistence.forloeb.ForloebRows.PersonRow;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

final class ForloebRepositories {

    private ForloebRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface ForloebRepository extends GenericRepository<ForloebRow, UUID> {

        Optional<ForloebRow> findById(UUID id);

        @Query("SELECT * FROM forloeb WHERE id = :id FOR UPDATE")
        Optional<ForloebRow> findByIdForUpdate(UUID id);

        @Query("""
                SELECT f.* FROM forloeb f JOIN forloeb_person p ON p.forloeb_id = f.id
                WHERE p.cpr = :cpr AND f.type = :type AND f.status = 'IN_PROGRESS'
                ORDER BY f.created_at""")
        List<ForloebRow> findInProgress(String cpr, String type);

        @Query("""
                SELECT f.* FROM forloeb f
                WHERE f.id IN (SELECT p.forloeb_id FROM forloeb_person p WHERE p.cpr = :cpr)
                ORDER BY f.created_at DESC
                LIMIT :limit""")
        List<ForloebRow> findLatest(String cpr, int limit);

        @Query("""
                INSERT INTO forloeb (id, type, municipality_code, creator_kind, creator_id, main_person_cpr, created_at,
                                     status, closed_at, cancelled_by_kind, cancelled_by_id, triggered_by)
                VALUES (:id, :type, :municipalityCode, :creatorKind, :creatorId, :mainPersonCpr, :createdAt,
                        :status, :closedAt, :cancelledByKind, :cancelledById, :triggeredBy)
                ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, closed_at = EXCLUDED.closed_at,
                    cancelled_by_kind = EXCLUDED.cancelled_by_kind, cancelled_by_id = EXCLUDED.cancelled_by_id""")
        void upsert(ForloebRow row);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface PersonRepository extends GenericRepository<PersonRow, Long> {
        List<PersonRow> findByForloebIdInOrderByPosition(List<UUID> forloebIds);

        void deleteByForloebId(UUID forloebId);

        <S extends PersonRow> List<S> saveAll(Iterable<S> rows);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface ActivityRepository extends GenericRepository<ActivityRow, UUID> {
        List<ActivityRow> findByForloebIdInOrderByPosition(List<UUID> forloebIds);

        void deleteByForloebId(UUID forloebId);

        <S extends ActivityRow> List<S> saveAll(Iterable<S> rows);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface DetailRepository extends GenericRepository<DetailRow, Long> {
        List<DetailRow> findByForloebIdInOrderByPosition(List<UUID> forloebIds);

        long countByForloebId(UUID forloebId);

        <S extends DetailRow> List<S> saveAll(Iterable<S> rows);
    }
}
