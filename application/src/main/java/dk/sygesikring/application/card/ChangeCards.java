package dk.sygesikring.application.card;

import dk.sygesikring.application.payment.CardPayments;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.domain.card.CardFeeDecision;
import dk.sygesikring.domain.card.CardFeePolicy;
import dk.sygesikring.domain.card.CardOrderReason;
import dk.sygesikring.domain.card.CardPayment;
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
 * The cards of a change that orders them once in effect (a doctor choice, a group change) and their payment
 * (CARD-12). A change a citizen makes for reasons of their own costs each person's card (CARD-3): the payment is made
 * with the change and reserved in Nets's checkout while the citizen is there; the cards are ordered when the change
 * is in effect, paid as it was, and charged as they are dispatched; a change that ends without taking effect releases
 * the reservation. Where the municipality has no Nets agreement, or a caseworker made the change, the fees are paid
 * at the municipality (PAY-3).
 */
@Singleton
public class ChangeCards {

    private final AutomaticCardOrders cards;
    private final CardOrdering ordering;
    private final CardPayments payments;
    private final LoadConfigurationPort configuration;
    private final Clock clock;

    public ChangeCards(AutomaticCardOrders cards, CardOrdering ordering, CardPayments payments,
                       LoadConfigurationPort configuration, Clock clock) {
        this.cards = cards;
        this.ordering = ordering;
        this.payments = payments;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** A citizen's change with a fee: the payment for every person's card, reserved now (PAY-2). */
    public void started(Forloeb forloeb, CardOrderReason reason, List<Cpr> persons) {
        if (forloeb.creator().kind() != Creator.Kind.CITIZEN) {
            return;
        }
        CardFeeDecision fee = new CardFeePolicy(configuration.loadGlobal().cardFee())
                .feeFor(reason, Optional.empty(), LocalDate.now(clock));
        if (!fee.isCharged()) {
            return;
        }
        List<PaymentItem> items = persons.stream().map(person -> PaymentItem.of(person, fee.kroner())).toList();
        // without a Nets agreement the municipality collects the fees its own way
        payments.prepare(UUID.randomUUID(), forloeb, Cpr.of(forloeb.creator().id()), items).map(payment -> {
            payments.start(payment);
            return payment;
        });
    }

    /** The change is in effect: each person's card, paid as the change was (CARD-5: ahead of a later date). */
    public Forloeb inEffect(Forloeb forloeb, List<Cpr> persons, CardOrderReason reason, LocalDate validFrom) {
        Optional<Payment> payment = payments.ofForloeb(forloeb.id());
        CardPayment paidBy = payment.<CardPayment>map(made -> new CardPayment.ByPaymentCard(made.id()))
                .orElseGet(() -> new CardPayment.AtMunicipality(Optional.empty()));
        Forloeb withCards = cards.order(forloeb, persons, reason, validFrom, forloeb.creator(), paidBy);
        if (payment.filter(Payment::isReserved).isPresent()) {
            ordering.paid(forloeb.id());
        }
        return withCards;
    }

    /** The change ended without taking effect (rejected, refused, cancelled): nothing is charged (CARD-12, PAY-1). */
    public void ended(ForloebId forloebId) {
        payments.release(forloebId);
    }
}
