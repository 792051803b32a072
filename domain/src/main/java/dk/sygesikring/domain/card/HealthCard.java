package dk.sygesikring.domain.card;

import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a health card (sundhedskort) shows (CARD-1): the insured's name and address, the group, in group 1 the doctor
 * with provider number, and the date it is valid from.
 *
 * @param address the address printed on the card, one line ("Nørregade 12, 2. tv, 1165 København K")
 * @param doctor  the doctor in group 1 (or the shelter's doctor in group 6); empty in group 2, which has free choice
 */
public record HealthCard(Cpr cpr, String name, String address, Sikringsgruppe group, Optional<CardDoctor> doctor,
                         LocalDate validFrom) {

    public HealthCard {
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(doctor, "doctor");
        Objects.requireNonNull(validFrom, "validFrom");
        if (group == Sikringsgruppe.GROUP_1 && doctor.isEmpty()) {
            throw new IllegalArgumentException("a group 1 card shows the doctor (GRP-7)");
        }
    }

    /** CARD-8: the same group, provider number, name and address; the valid-from date does not count. */
    public boolean isIdenticalTo(HealthCard other) {
        return group == other.group
                && doctor.map(CardDoctor::providerNumber).equals(other.doctor.map(CardDoctor::providerNumber))
                && name.equals(other.name)
                && address.equals(other.address);
    }

    /** The doctor as the card shows them: provider number, practice name and the practice's address. */
    public record CardDoctor(ProviderNumber providerNumber, String practiceName, String address) {
        public CardDoctor {
            Objects.requireNonNull(providerNumber, "providerNumber");
            Objects.requireNonNull(practiceName, "practiceName");
            Objects.requireNonNull(address, "address");
        }
    }
}
