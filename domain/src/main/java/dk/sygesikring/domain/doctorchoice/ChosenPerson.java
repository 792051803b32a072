package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.person.Cpr;
import java.util.Objects;

/**
 * One person a doctor choice is made for (PER-6: selected explicitly), with their own consent to transfer the
 * medical record (DOC-5) and why the doctor could be chosen for them (e.g. "DOC-3: the doctor of the spouse").
 */
public record ChosenPerson(Cpr cpr, Consent consent, Availability basis) {

    public ChosenPerson {
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(basis, "basis");
    }

    ChosenPerson withConsent(Consent settled) {
        return new ChosenPerson(cpr, settled, basis);
    }
}
