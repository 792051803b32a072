package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.idempotency.IdempotencyKey;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.doctorchoice.ChoiceReason;
import dk.sygesikring.domain.doctorchoice.ConsentAnswer;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.result.Refusal;
import dk.sygesikring.domain.result.RefusedException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Choose a doctor for one or more persons (PER-6: each named explicitly; the first is the main person of the forløb).
 * A command that breaks a rule of its own fields is never made: its constructor throws the refusal (PER-6, DOC-8).
 *
 * @param partner    a designated cohabiting partner of the main person (DOC-3), if any
 * @param newAddress for a move (DOC-8, DOC-9): the address moved to, around which the doctor is assessed and whose
 *                   municipality gets the forløb; absent for every other reason
 * @param force      a caseworker forces a closed doctor without dispensation (DOC-4)
 */
public record ChooseDoctorCommand(Actor actor, List<PersonToChoose> persons, ProviderNumber providerNumber,
                                  LocalDate validFrom, ChoiceReason reason, boolean force, Optional<Cpr> partner,
                                  Optional<Address> newAddress, IdempotencyKey idempotencyKey) {

    public static final Refusal PERSON_TWICE = Refusal.unprocessable("person-named-twice", "PER-6",
            "Each person is named once in a doctor choice");
    public static final Refusal NEW_ADDRESS_REQUIRED = Refusal.unprocessable("new-address-required", "DOC-8",
            "A doctor choice because of a move names the new address");
    public static final Refusal NEW_ADDRESS_ONLY_FOR_MOVES = Refusal.unprocessable("new-address-only-for-moves", "DOC-8",
            "A new address is given only with the reasons move and move from Greenland");

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
        if (persons.stream().map(PersonToChoose::cpr).distinct().count() != persons.size()) {
            throw new RefusedException(PERSON_TWICE);
        }
        if (reason.forloebInMunicipalityOfNewAddress() != newAddress.isPresent()) {
            throw new RefusedException(newAddress.isEmpty() ? NEW_ADDRESS_REQUIRED : NEW_ADDRESS_ONLY_FOR_MOVES);
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
