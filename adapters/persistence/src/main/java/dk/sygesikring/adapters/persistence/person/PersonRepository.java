package dk.sygesikring.adapters.persistence.person;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PersonRepository extends GenericRepository<PersonRow, String> {

    Optional<PersonRow> findById(String cpr);

    List<PersonRow> findByCprIn(Collection<String> cprs);

    List<PersonRow> findByAddressId(String addressId);

    long count();

    /** The CPR numbers from {@code first} to {@code last}: a range of the primary key, read by its index. */
    @Query("SELECT * FROM person WHERE cpr >= :first AND cpr <= :last ORDER BY cpr")
    List<PersonRow> findByCprRange(String first, String last);

    /** Insert, or overwrite what CPR said before: CPR is the master of these columns. */
    @Query("""
            INSERT INTO person (cpr, name, cpr_status, civil_status, name_address_protected, supplementary_address,
                                street, house_number, floor, door, postcode, city, road_code, municipality_code,
                                address_id, latitude, longitude, updated_at)
            VALUES (:cpr, :name, :cprStatus, :civilStatus, :nameAddressProtected, :supplementaryAddress,
                    :street, :houseNumber, :floor, :door, :postcode, :city, :roadCode, :municipalityCode,
                    :addressId, :latitude, :longitude, now())
            ON CONFLICT (cpr) DO UPDATE SET
                name = EXCLUDED.name, cpr_status = EXCLUDED.cpr_status, civil_status = EXCLUDED.civil_status,
                name_address_protected = EXCLUDED.name_address_protected,
                supplementary_address = EXCLUDED.supplementary_address,
                street = EXCLUDED.street, house_number = EXCLUDED.house_number, floor = EXCLUDED.floor,
                door = EXCLUDED.door, postcode = EXCLUDED.postcode, city = EXCLUDED.city,
                road_code = EXCLUDED.road_code, municipality_code = EXCLUDED.municipality_code,
                address_id = EXCLUDED.address_id, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
                updated_at = now()
            """)
    void upsert(PersonRow row);
}
