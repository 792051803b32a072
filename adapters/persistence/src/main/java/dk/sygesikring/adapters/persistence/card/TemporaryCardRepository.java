package dk.sygesikring.adapters.persistence.card;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TemporaryCardRepository extends GenericRepository<TemporaryCardRow, UUID> {

    Optional<TemporaryCardRow> findById(UUID forloebId);

    @Query("""
            INSERT INTO temporary_card (forloeb_id, municipality_code, cpr, issued_by, issued_at, letter_id, card_name,
                card_address, card_group, card_provider_number, card_practice_name, card_practice_address, card_valid_from)
            VALUES (:forloebId, :municipalityCode, :cpr, :issuedBy, :issuedAt, :letterId, :cardName, :cardAddress,
                :cardGroup, :cardProviderNumber, :cardPracticeName, :cardPracticeAddress, :cardValidFrom)""")
    void insert(TemporaryCardRow row);
}
