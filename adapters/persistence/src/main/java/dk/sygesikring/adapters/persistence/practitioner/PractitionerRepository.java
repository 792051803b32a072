package dk.sygesikring.adapters.persistence.practitioner;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PractitionerRepository extends GenericRepository<PractitionerRow, String>, JpaSpecificationExecutor<PractitionerRow> {

    Optional<PractitionerRow> findById(String providerNumber);

    @Query("SELECT * FROM practitioner WHERE provider_number = :providerNumber AND closed_down_at IS NULL FOR UPDATE")
    Optional<PractitionerRow> findOpenToChoicesForUpdate(String providerNumber);

    List<PractitionerRow> findByClosedDownAtIsNull();

    @Query("UPDATE practitioner SET closed_down_at = :at WHERE provider_number = ANY (CAST(:providerNumbers AS bpchar[])) AND closed_down_at IS NULL")
    void closeDown(String[] providerNumbers, Instant at);

    /** Moves with every change to the register (V14), so an instance knows when what it holds is out of date. */
    @Query("SELECT version FROM practitioner_register")
    long registerVersion();

    /** The last registration recorded so far (DOC-7): LUNA's counts read from now on include it. */
    @Query("SELECT COALESCE(max(recorded), 0) FROM registration")
    long lastRecordedRegistration();

    /** One INT-1 synchronisation at a time, across every instance, until the transaction ends. */
    @Query("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('practitioner-synchronisation'))) AS locked")
    long lockForSynchronisation();

    @Query("""
            INSERT INTO practitioner (provider_number, practice_name, kind, open, capacity, closing_limit, registered_patients,
                                      selectively_open_postcodes, municipality_code, street, house_number, floor, door,
                                      postcode, city, road_code, address_id, latitude, longitude,
                                      patients_counted_on, patients_counted_after, closed_down_at)
            VALUES (:providerNumber, :practiceName, :kind, :open, :capacity, :closingLimit, :registeredPatients,
                    :selectivelyOpenPostcodes, :municipalityCode, :street, :houseNumber, :floor, :door,
                    :postcode, :city, :roadCode, :addressId, :latitude, :longitude,
                    :patientsCountedOn, :patientsCountedAfter, NULL)
            ON CONFLICT (provider_number) DO UPDATE SET
                practice_name = EXCLUDED.practice_name, kind = EXCLUDED.kind, open = EXCLUDED.open,
                capacity = EXCLUDED.capacity, closing_limit = EXCLUDED.closing_limit,
                registered_patients = EXCLUDED.registered_patients,
                selectively_open_postcodes = EXCLUDED.selectively_open_postcodes,
                municipality_code = EXCLUDED.municipality_code, street = EXCLUDED.street,
                house_number = EXCLUDED.house_number, floor = EXCLUDED.floor, door = EXCLUDED.door,
                postcode = EXCLUDED.postcode, city = EXCLUDED.city, road_code = EXCLUDED.road_code,
                address_id = EXCLUDED.address_id, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
                patients_counted_on = EXCLUDED.patients_counted_on,
                patients_counted_after = EXCLUDED.patients_counted_after, closed_down_at = NULL
            """)
    void upsert(PractitionerRow row);
}
