package dk.sygesikring.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PaymentTest {

    static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    static final Cpr MOTHER = Cpr.of("0101801231");
    static final Cpr SON = Cpr.of("0101151234");
    static final Cpr DAUGHTER = Cpr.of("0101171236");

    private static Payment family() {
        return Payment.start(ForloebId.random(), MunicipalityCode.of("787"), MOTHER, List.of(
                PaymentItem.of(MOTHER, new BigDecimal("200")), PaymentItem.of(SON, new BigDecimal("200")),
                PaymentItem.of(DAUGHTER, new BigDecimal("200"))), "nets/787", NOW);
    }

    private static Payment reserved() {
        return family().createdAtNets("np-1", URI.create("https://checkout.example/np-1")).reserved(NOW.plusSeconds(60));
    }

    @Test
    @DisplayName("PAY-2: the total is each person's card added up: a mother and two children pay 3 × 200 kr")
    void PAY2_total() {
        assertThat(family().total()).isEqualByComparingTo("600");
        assertThatThrownBy(() -> Payment.start(ForloebId.random(), MunicipalityCode.of("787"), MOTHER,
                List.of(PaymentItem.of(MOTHER, BigDecimal.TEN), PaymentItem.of(MOTHER, BigDecimal.TEN)), "k", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("PAY-1: created at Nets, then reserved in the checkout; a repeated or late report changes nothing")
    void PAY1_reservedOnce() {
        Payment awaiting = family().createdAtNets("np-1", URI.create("https://checkout.example/np-1"));
        assertThat(awaiting.state()).isEqualTo(new PaymentState.AwaitingCheckout("np-1", URI.create("https://checkout.example/np-1")));
        assertThat(awaiting.createdAtNets("np-2", URI.create("https://x"))).isEqualTo(awaiting);
        Payment reserved = awaiting.reserved(NOW);
        assertThat(reserved.isReserved()).isTrue();
        assertThat(reserved.reserved(NOW.plusSeconds(5))).isEqualTo(reserved);
        assertThat(family().reserved(NOW).state()).as("nothing to reserve before Nets made it").isEqualTo(new PaymentState.Creating());
    }

    @Test
    @DisplayName("CARD-12: each person's part is charged when their card is dispatched, once however often it is reported")
    void CARD12_chargedOncePerPerson() {
        Payment sonCharged = reserved().charged(SON, "ch-1", NOW);
        assertThat(sonCharged.itemOf(SON).orElseThrow().status()).isEqualTo(PaymentItem.Status.CHARGED);
        assertThat(sonCharged.charged(SON, "ch-2", NOW)).isEqualTo(sonCharged);
        assertThat(sonCharged.itemOf(MOTHER).orElseThrow().isOpen()).isTrue();
    }

    @Test
    @DisplayName("PAY-1: a cancellation releases what is not charged; a charged card stays charged")
    void PAY1_releaseWhatIsNotCharged() {
        Payment released = reserved().charged(SON, "ch-1", NOW).released(NOW.plusSeconds(1));
        assertThat(released.state()).isEqualTo(new PaymentState.Released("np-1", NOW.plusSeconds(1)));
        assertThat(released.items()).extracting(PaymentItem::status).containsExactly(PaymentItem.Status.RELEASED,
                PaymentItem.Status.CHARGED, PaymentItem.Status.RELEASED);
        assertThat(released.charged(MOTHER, "ch-9", NOW)).as("nothing charged after release").isEqualTo(released);
        assertThat(family().released(NOW).items()).extracting(PaymentItem::status).containsOnly(PaymentItem.Status.RELEASED);
    }
}
