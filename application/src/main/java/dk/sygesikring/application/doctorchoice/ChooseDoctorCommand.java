package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.idempotency.IdempotencyKey;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.doctorchoice.ChoiceReason;
import dk.sygesikring.domain.doctorchoice.ConsentAnswer;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Choose a doctor for one or more persons (PER-6: each named explicitly; the first is the main person of the forløb).
 *
 * @param partner    a designated cohabiting partner of the main person (DOC-3), if any
 * @param newAddress for a move (DOC-8, DOC-9): the address moved to, around which the doctor is assessed and whose
 *                   municipality gets the forløb; absent for every other reason
 * @param force      a caseworker forces a closed doctor without dispensation (DOC-4)
 */
public record ChooseDoctorCommand(Actor actor, List<PersonToChoose> persons, ProviderNumber providerNumber,
                                  LocalDate validFrom, ChoiceReason reason, boolean force, Optional<Cpr> partner,
                                  Optional<Address> newAddress, IdempotencyKey idempotencyKey) {

    /** A person to choose for and their consent to record transfer (DOC-5); empty when none was given. */
    public record PersonToChoose(Cpr cpr, Optional<ConsentAnswer> consent) {
        public PersonToChoose {
            Objects.requireNonNull(cpr, "cpr");
            Objects.requireNonNull(consent, "consent");
        }
    }

    public ChooseDoctorCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(providerNumber, "providerNumber");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(newAddress, "newAddress");
        persons = List.copyOf(persons);
        if (persons.isEmpty()) {
            // the contract requires at least one person (minItems), so the edge answers 400 before a command is made
            throw new IllegalArgumentException("a doctor choice names at least one person");
        }
    }

    public Cpr mainPerson() {
        return persons.get(0).cpr();
    }

    public List<Cpr> cprs() {
        return persons.stream().map(PersonToChoose::cpr).toList();
    }

    /** What makes two requests the same request for the Idempotency-Key. */
    String fingerprint() {
        return "doctor-choice:" + persons.stream().map(p -> p.cpr().value() + "=" + p.consent().map(Enum::name).orElse("-"))
                .collect(Collectors.joining(",")) + ":" + providerNumber.value() + ":" + validFrom + ":" + reason + ":" + force
                + ":" + partner.map(Cpr::value).orElse("-") + ":" + newAddress.map(Address::addressId).orElse("-");
    }
}
