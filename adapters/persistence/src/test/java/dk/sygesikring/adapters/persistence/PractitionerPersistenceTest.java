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
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class PractitionerPersistenceTest {

    @Inject PractitionerRegisterPort register;
    @Inject TransactionPort transactions;

    @Test
    @DisplayName("DOC-1 (storage) a closed practice with selectively open postcodes is stored and read back")
    void DOC1_a_closed_practice_with_selectively_open_postcodes_is_stored_and_read_back() {
        Address address = new Address("Vestergade", "3", null, null, "8000", "Aarhus C", "7001",
                MunicipalityCode.of("751"), "addr-practice-1", new Coordinates(56.156, 10.207));
        Practitioner closed = new Practitioner(ProviderNumber.of("050208"), "Lægehuset Vestergade", address,
                MunicipalityCode.of("751"), PractitionerKind.REGULAR, false, 2400, 2200, 2310, Set.of("8000", "8200"));
        transactions.inTransaction(() -> {
            register.savePractitioners(List.of(closed));
            return null;
        });
        assertThat(register.loadPractitioner(ProviderNumber.of("050208"))).contains(closed);

        Practitioner reopened = new Practitioner(closed.providerNumber(), closed.practiceName(), address,
                closed.municipalityCode(), PractitionerKind.REGULAR, true, 2400, 2200, 2100, Set.of());
        transactions.inTransaction(() -> {
            register.savePractitioners(List.of(reopened));
            return null;
        });
        assertThat(register.loadPractitioner(ProviderNumber.of("050208"))).contains(reopened);
    }
}
