package dk.sygesikring.application.practitioner;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.fakes.InMemoryPractitioners;
import dk.sygesikring.application.fakes.TestData;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The search part of YDER-1 as the use case sees it; the extended details are PractitionerApiTest's. */
class SearchPractitionersUseCaseTest {

    static final MunicipalityCode MORSOE = MunicipalityCode.of("773");
    static final Caseworker THISTED_CASEWORKER = new Caseworker("cw-787-1", TestData.THISTED, false);

    final InMemoryPractitioners register = new InMemoryPractitioners();
    final PractitionerService practitioners = new PractitionerService(register);
    final Practitioner thisted = register.add(TestData.openPractice("050208", TestData.THISTED_CENTRE));
    final Practitioner morsoe = register.add(in(TestData.openPractice("050301", new Coordinates(56.79, 8.86)), MORSOE));
    final Practitioner island = register.add(special(TestData.openPractice("050999", TestData.THISTED_CENTRE)));

    @Test
    @DisplayName("YDER-1 (search) a caseworker searches their own municipality by provider number or a part of the name")
    void YDER1_search_by_provider_number_or_name_in_the_own_municipality() {
        assertThat(practitioners.search(THISTED_CASEWORKER, "0502", Set.of(), false, 10)).containsExactly(thisted);
        assertThat(practitioners.search(THISTED_CASEWORKER, " lægerne 0502", Set.of(), false, 10)).containsExactly(thisted);
        assertThat(practitioners.search(THISTED_CASEWORKER, "0503", Set.of(), false, 10)).as("another municipality").isEmpty();
    }

    @Test
    @DisplayName("YDER-1 (search) an extended search looks across municipalities and includes special practices; filters take several municipalities")
    void YDER1_search_extended_across_municipalities_and_filtered_by_several() {
        assertThat(practitioners.search(THISTED_CASEWORKER, null, Set.of(), true, 10)).containsExactlyInAnyOrder(thisted, morsoe, island);
        assertThat(practitioners.search(THISTED_CASEWORKER, null, Set.of(TestData.THISTED, MORSOE), false, 10))
                .containsExactlyInAnyOrder(thisted, morsoe);
        assertThat(practitioners.search(THISTED_CASEWORKER, null, Set.of(), true, 2)).hasSize(2);
    }

    private static Practitioner in(Practitioner p, MunicipalityCode municipality) {
        return new Practitioner(p.providerNumber(), p.practiceName(), p.address(), municipality, p.kind(), p.open(),
                p.capacity(), p.closingLimit(), p.registeredPatients(), p.selectivelyOpenPostcodes());
    }

    private static Practitioner special(Practitioner p) {
        return new Practitioner(ProviderNumber.of(p.providerNumber().value()), "Bosat på ø uden læge", p.address(),
                p.municipalityCode(), PractitionerKind.ISLAND, true, 600, 600, 10, Set.of());
    }
}
