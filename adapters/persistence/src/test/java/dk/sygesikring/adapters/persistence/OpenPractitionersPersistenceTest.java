package dk.sygesikring.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The practitioners near an address come from memory (OpenPractitioners), yet a change to the register by anyone, a
 * synchronisation here or a write from another instance, is seen on the next read. On Anholt (56.71 N, 11.51 E), where
 * no other test places a practice.
 */
@MicronautTest(transactional = false)
class OpenPractitionersPersistenceTest {

    private static final Coordinates ANHOLT = new Coordinates(56.71, 11.51);

    @Inject PractitionerRegisterPort register;
    @Inject TransactionPort transactions;
    @Inject DataSource dataSource;
    @Inject DataSourceResolver resolver;

    @Test
    @DisplayName("DOC-3 (storage) the practitioners near an address follow every change to the register, made here or elsewhere")
    void the_practitioners_near_an_address_follow_every_change_to_the_register() throws SQLException {
        Practitioner first = practice("720001", 0.0);
        save(first);
        assertThat(nearAnholt()).containsExactly("720001");

        save(practice("720002", 0.01), practice("720003", 0.9));
        assertThat(nearAnholt()).as("the one 100 km away is outside the box").containsExactlyInAnyOrder("720001", "720002");

        execute("UPDATE practitioner SET closed_down_at = now() WHERE provider_number = '720001'");
        assertThat(nearAnholt()).as("closed down by another instance").containsExactly("720002");

        execute("UPDATE practitioner SET latitude = 56.711 WHERE provider_number = '720003'");
        assertThat(nearAnholt()).as("moved into the box by another instance").containsExactlyInAnyOrder("720002", "720003");

        save(first);
        assertThat(nearAnholt()).as("listed by LUNA again").containsExactlyInAnyOrder("720001", "720002", "720003");
    }

    private List<String> nearAnholt() {
        return register.near(ANHOLT, 5).stream().map(p -> p.providerNumber().value()).toList();
    }

    private void save(Practitioner... practices) {
        transactions.inTransaction(() -> {
            register.savePractitioners(List.of(practices));
            return null;
        });
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = resolver.resolve(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static Practitioner practice(String number, double degreesNorth) {
        return new Practitioner(ProviderNumber.of(number), "Anholt Lægehus " + number, new Address("Nordbakken",
                number.substring(3), null, null, "8592", "Anholt", "0102", MunicipalityCode.of("707"), "addr-anholt-" + number,
                new Coordinates(ANHOLT.latitude() + degreesNorth, ANHOLT.longitude())), MunicipalityCode.of("707"),
                PractitionerKind.REGULAR, true, 1500, 1400, 900, Set.of());
    }
}
