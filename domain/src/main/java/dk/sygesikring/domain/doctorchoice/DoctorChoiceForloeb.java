package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import java.time.Instant;

/**
 * Makes the DOCTOR_CHOICE forløb of a new choice (FORL-1): its main person is the first one chosen for (PER-6), it
 * belongs to the choice's municipality (ROLE-2, DOC-8), and its details record what was asked, person by person
 * where it differs. Written from the typed choice; the choice itself is kept in its own table.
 */
public final class DoctorChoiceForloeb {

    private DoctorChoiceForloeb() {
    }

    public static Forloeb of(DoctorChoice choice, Creator creator, Instant now) {
        Forloeb forloeb = Forloeb.start(choice.forloebId(), ForloebType.DOCTOR_CHOICE, choice.municipality(), creator,
                        choice.persons().get(0).cpr(), choice.persons().stream().map(ChosenPerson::cpr).toList(), now, null)
                .withDetail("ydernummer", choice.providerNumber().value(), creator, now)
                .withDetail("gyldigFra", choice.validFrom().toString(), creator, now)
                .withDetail("årsag", choice.reason().danishText(), creator, now)
                .withDetail("gennemtvunget", String.valueOf(choice.forced()), creator, now);
        for (ChosenPerson person : choice.persons()) {
            forloeb = forloeb
                    .withDetail("samtykke", person.cpr(), person.consent().recorded().name(), creator, now)
                    .withDetail("grundlag", person.cpr(), person.basis().explained(), creator, now);
        }
        return forloeb;
    }
}
