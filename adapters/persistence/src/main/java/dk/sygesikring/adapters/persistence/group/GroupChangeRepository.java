package dk.sygesikring.adapters.persistence.group;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface GroupChangeRepository extends GenericRepository<GroupChangeRow, UUID> {

    Optional<GroupChangeRow> findById(UUID forloebId);

    @Query("SELECT * FROM group_change WHERE cpr = :cpr AND state = 'AWAITING_LUNA' ORDER BY valid_from, forloeb_id")
    List<GroupChangeRow> findOnItsWay(String cpr);

    @Query("""
            INSERT INTO group_change (forloeb_id, cpr, group_number, valid_from, state, state_changed_at, luna_refusal)
            VALUES (:forloebId, :cpr, :groupNumber, :validFrom, :state, :stateChangedAt, :lunaRefusal)
            ON CONFLICT (forloeb_id) DO UPDATE SET state = EXCLUDED.state, state_changed_at = EXCLUDED.state_changed_at,
                luna_refusal = EXCLUDED.luna_refusal""")
    void upsert(GroupChangeRow row);
}
