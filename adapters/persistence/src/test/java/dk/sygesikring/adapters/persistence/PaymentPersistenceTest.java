package dk.sygesikring.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.PaymentStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.payment.Payment;
import dk.sygesikring.domain.payment.PaymentItem;
import dk.sygesikring.domain.person.Cpr;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each test uses CPR numbers and Nets ids of its own, so no other class's rows are seen. */
@MicronautTest(transactional = false)
class PaymentPersistenceTest {

    static final Instant NOW = Instant.parse("2026-12-03T09:00:00.123456Z");
    static final MunicipalityCode HERNING = MunicipalityCode.of("657");

    @Inject PaymentStorePort payments;
    @Inject ForloebStorePort forloeb;
    @Inject TransactionPort transactions;

    @Test
    void a_payment_and_each_of_its_states_and_items_round_trip() {
        Cpr mother = Cpr.of("0312801241");
        Cpr son = Cpr.of("0312154241");
        Payment made = stored(mother, List.of(PaymentItem.of(mother, new BigDecimal("200")), PaymentItem.of(son, new BigDecimal("200.50"))));
        assertThat(payments.load(made.id())).contains(made);

        String netsId = "np-persistence-" + UUID.randomUUID();
        Payment awaiting = made.createdAtNets(netsId, URI.create("https://checkout.example/" + netsId));
        Payment reserved = awaiting.reserved(NOW.plusSeconds(60));
        Payment charged = reserved.charged(son, "ch-1", NOW.plusSeconds(120));
        Payment released = charged.released(NOW.plusSeconds(180));
        for (Payment next : List.of(awaiting, reserved, charged, released, made.createdAtNets(netsId, URI.create("https://x/" + netsId))
                .checkoutFailed(NOW))) {
            inTransaction(() -> payments.save(next));
            assertThat(payments.loadForUpdate(next.id())).contains(next);
        }
        assertThat(transactions.inTransaction(() -> payments.loadForUpdateByNetsId(netsId))).map(Payment::id).contains(made.id());
        assertThat(payments.ofForloeb(made.forloebId())).map(Payment::id).contains(made.id());
    }

    @Test
    void a_webhook_event_is_recorded_once_however_often_it_is_delivered() {
        String event = "ev-" + UUID.randomUUID();
        assertThat(transactions.inTransaction(() -> payments.recordWebhookEvent(event, "payment.charge.created.v2", "np-1", NOW))).isTrue();
        assertThat(transactions.inTransaction(() -> payments.recordWebhookEvent(event, "payment.charge.created.v2", "np-1", NOW))).isFalse();
    }

    private Payment stored(Cpr payer, List<PaymentItem> items) {
        Forloeb made = Forloeb.start(ForloebType.CARD_ORDER, HERNING, new Creator(Creator.Kind.CITIZEN, payer.value()), payer,
                List.of(payer), NOW, null);
        Payment payment = Payment.start(made.id(), HERNING, payer, items, "nets/657", NOW);
        inTransaction(() -> {
            payments.save(payment); // before its forløb: the reference is checked at commit
            forloeb.save(made);
        });
        return payment;
    }

    private void inTransaction(Runnable work) {
        transactions.inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
