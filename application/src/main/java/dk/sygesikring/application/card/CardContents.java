package dk.sygesikring.application.card;

import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.domain.card.CardOrderPolicy;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.registration.RegistrationHistory;
import dk.sygesikring.domain.result.Outcome;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a person's card shows on a day (CARD-1): the registration in force then, its doctor as the practitioner
 * register has them, and the person's name and address today. Card orders and temporary cards (CARD-4) ask here, so
 * both show the same card.
 */
@Singleton
public class CardContents {

    private final RegistrationPort registrations;
    private final PractitionerRegisterPort practitioners;

    public CardContents(RegistrationPort registrations, PractitionerRegisterPort practitioners) {
        this.registrations = registrations;
        this.practitioners = practitioners;
    }

    /** The card valid from {@code validFrom}; refused as {@link CardOrderPolicy#cardFor} refuses. */
    public Outcome<HealthCard> cardFor(Person person, LocalDate validFrom) {
        return cardFor(person, new RegistrationHistory(registrations.loadRegistrations(person.cpr())), validFrom);
    }

    /** The same, from a history the caller has read already. */
    public Outcome<HealthCard> cardFor(Person person, RegistrationHistory history, LocalDate validFrom) {
        Optional<InsuranceRegistration> inForce = history.inForceOn(validFrom);
        return CardOrderPolicy.cardFor(person, inForce,
                inForce.flatMap(InsuranceRegistration::doctor).flatMap(practitioners::loadPractitioner), validFrom);
    }
}
