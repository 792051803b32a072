package dk.sygesikring.adapters.persistence.registration;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RegistrationRepository extends GenericRepository<RegistrationRow, UUID> {

    List<RegistrationRow> findByCpr(String cpr);

    /** LUNA's registration id identifies it: recording it twice changes nothing. */
    @Query("""
            INSERT INTO registration (registration_id, cpr, group_number, provider_number, valid_from, registered_at, forloeb_id)
            VALUES (:registrationId, :cpr, :groupNumber, :providerNumber, :validFrom, :registeredAt, :forloebId)
            ON CONFLICT (registration_id) DO NOTHING""")
    void insertOnce(RegistrationRow row);
}
