package dk.sygesikring.adapters.persistence.practitioner;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PractitionerRepository extends GenericRepository<PractitionerRow, String>, JpaSpecificationExecutor<PractitionerRow> {

    Optional<PractitionerRow> findById(String providerNumber);

    @Query("SELECT * FROM practitioner WHERE provider_number = :providerNumber FOR UPDATE")
    Optional<PractitionerRow> findByIdForUpdate(String providerNumber);

    @Query("UPDATE practitioner SET registered_patients = GREATEST(0, registered_patients + :change) WHERE provider_number = :providerNumber")
    void addRegisteredPatients(String providerNumber, int change);

    List<PractitionerRow> findByLatitudeBetweenAndLongitudeBetween(double southLatitude, double northLatitude,
                                                                   double westLongitude, double eastLongitude);

    @Query("""
            INSERT INTO practitioner (provider_number, practice_name, kind, open, capacity, closing_limit, registered_patients,
                                      selectively_open_postcodes, municipality_code, street, house_number, floor, door,
                                      postcode, city, road_code, address_id, latitude, longitude)
            VALUES (:providerNumber, :practiceName, :kind, :open, :capacity, :closingLimit, :registeredPatients,
                    :selectivelyOpenPostcodes, :municipalityCode, :street, :houseNumber, :floor, :door,
                    :postcode, :city, :roadCode, :addressId, :latitude, :longitude)
            ON CONFLICT (provider_number) DO UPDATE SET
                practice_name = EXCLUDED.practice_name, kind = EXCLUDED.kind, open = EXCLUDED.open,
                capacity = EXCLUDED.capacity, closing_limit = EXCLUDED.closing_limit,
                registered_patients = EXCLUDED.registered_patients,
                selectively_open_postcodes = EXCLUDED.selectively_open_postcodes,
                municipality_code = EXCLUDED.municipality_code, street = EXCLUDED.street,
                house_number = EXCLUDED.house_number, floor = EXCLUDED.floor, door = EXCLUDED.door,
                postcode = EXCLUDED.postcode, city = EXCLUDED.city, road_code = EXCLUDED.road_code,
                address_id = EXCLUDED.address_id, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude
            """)
    void upsert(PractitionerRow row);
}
