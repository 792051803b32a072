package dk.sygesikring.domain.practitioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegisterChangesTest {

    final Practitioner kept = practice("100001", true, 1500, Set.of());
    final Practitioner reopening = practice("100002", false, 1500, Set.of());
    final Practitioner goingAway = practice("100003", true, 1500, Set.of());
    final Practitioner newcomer = practice("100004", true, 0, Set.of());

    @Test
    @DisplayName("INT-1 LUNA's list adds the new practitioners, changes those whose data differs, and closes down those it no longer lists")
    void INT1_added_changed_closed() {
        RegisterChanges changes = RegisterChanges.between(List.of(kept, reopening, goingAway),
                List.of(kept, practice("100002", true, 1500, Set.of()), newcomer));

        assertThat(changes.added()).extracting(Practitioner::providerNumber).containsExactly(newcomer.providerNumber());
        assertThat(changes.changed()).extracting(Practitioner::providerNumber).containsExactly(reopening.providerNumber());
        assertThat(changes.unchanged()).containsExactly(kept);
        assertThat(changes.closed()).containsExactly(goingAway.providerNumber());
        assertThat(changes.listed()).hasSize(3);
    }

    @Test
    @DisplayName("INT-1 DOC-7 a new count of patients is no change; new selectively open postcodes are")
    void INT1_patients_are_no_change() {
        RegisterChanges changes = RegisterChanges.between(List.of(kept, reopening),
                List.of(practice("100001", true, 1512, Set.of()), practice("100002", false, 1500, Set.of("2730"))));

        assertThat(changes.unchanged()).extracting(Practitioner::registeredPatients).containsExactly(1512);
        assertThat(changes.changed()).extracting(Practitioner::providerNumber).containsExactly(reopening.providerNumber());
    }

    @Test
    @DisplayName("INT-1 a provider number LUNA lists twice is LUNA's defect; closing more than a share of the register is told apart")
    void INT1_defects_and_the_share_closed() {
        assertThatThrownBy(() -> RegisterChanges.between(List.of(), List.of(kept, kept)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100001");

        RegisterChanges oneOfThreeClosed = RegisterChanges.between(List.of(kept, reopening, goingAway), List.of(kept, reopening));
        assertThat(oneOfThreeClosed.closesMoreThan(33, 3)).isTrue();
        assertThat(oneOfThreeClosed.closesMoreThan(34, 3)).isFalse();
    }

    private static Practitioner practice(String number, boolean open, int patients, Set<String> selectivelyOpen) {
        Address address = new Address("Lægevej", "1", null, null, "2730", "Herlev", "0101", MunicipalityCode.of("163"),
                "addr-" + number, new Coordinates(55.72, 12.44));
        return new Practitioner(ProviderNumber.of(number), "Lægerne " + number, address, MunicipalityCode.of("163"),
                PractitionerKind.REGULAR, open, 2000, 1800, patients, selectivelyOpen);
    }
}
