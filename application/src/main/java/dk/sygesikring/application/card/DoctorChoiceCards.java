package dk.sygesikring.application.card;

import dk.sygesikring.application.payment.CardPayments;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.domain.card.CardFeeDecision;
import dk.sygesikring.domain.card.CardFeePolicy;
import dk.sygesikring.domain.card.CardPayment;
import dk.sygesikring.domain.doctorchoice.ChosenPerson;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.payment.Payment;
import dk.sygesikring.domain.payment.PaymentItem;
import dk.sygesikring.domain.person.Cpr;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The cards of a doctor choice and their payment (DOC-12, CARD-12). A citizen's choice of their own costs each
 * person's card (CARD-3): the payment is made with the choice and reserved in Nets's checkout; the cards are ordered
 * when the choice is in effect, so a closed doctor's card is charged only after the doctor approved the dispensation
 * and the card is dispatched; a choice that ends without taking effect releases the reservation. Where the
 * municipality has no Nets agreement, or a caseworker made the choice, the fees are paid at the municipality (PAY-3).
 */
@Singleton
public class DoctorChoiceCards {

    private final AutomaticCardOrders cards;
    private final CardOrdering ordering;
    private final CardPayments payments;
    private final LoadConfigurationPort configuration;
    private final Clock clock;

    public DoctorChoiceCards(AutomaticCardOrders cards, CardOrdering ordering, CardPayments payments,
                             LoadConfigurationPort configuration, Clock clock) {
        this.cards = cards;
        this.ordering = ordering;
        this.payments = payments;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** A citizen's choice with a fee: the payment for every person's card, reserved now (PAY-2). */
    public void started(Forloeb forloeb, DoctorChoice choice) {
        if (forloeb.creator().kind() != Creator.Kind.CITIZEN) {
            return;
        }
        CardFeeDecision fee = new CardFeePolicy(configuration.loadGlobal().cardFee())
                .feeFor(choice.reason().cardOrderReason(), Optional.empty(), LocalDate.now(clock));
        if (!fee.isCharged()) {
            return;
        }
        List<PaymentItem> items = choice.persons().stream().map(person -> PaymentItem.of(person.cpr(), fee.kroner())).toList();
        // without a Nets agreement the municipality collects the fees its own way
        payments.prepare(UUID.randomUUID(), forloeb, Cpr.of(forloeb.creator().id()), items)
                .map(payment -> {
                    payments.start(payment);
                    return payment;
                });
    }

    /** The choice is in effect: each person's card, paid as the choice was (CARD-5: ahead of a later date). */
    public Forloeb inEffect(Forloeb forloeb, DoctorChoice choice) {
        Optional<Payment> payment = payments.ofForloeb(forloeb.id());
        CardPayment paidBy = payment.<CardPayment>map(made -> new CardPayment.ByPaymentCard(made.id()))
                .orElseGet(() -> new CardPayment.AtMunicipality(Optional.empty()));
        Forloeb withCards = cards.order(forloeb, choice.persons().stream().map(ChosenPerson::cpr).toList(),
                choice.reason().cardOrderReason(), choice.validFrom(), forloeb.creator(), paidBy);
        if (payment.filter(Payment::isReserved).isPresent()) {
            ordering.paid(forloeb.id());
        }
        return withCards;
    }

    /** The choice ended without taking effect (rejected, refused, cancelled): nothing is charged (CARD-12, PAY-1). */
    public void ended(ForloebId forloebId) {
        payments.release(forloebId);
    }
}
