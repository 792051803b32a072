package dk.sygesikring.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.DigitalPostOutboxPort;
import dk.sygesikring.application.port.out.DigitalPostOutboxPort.Due;
import dk.sygesikring.application.port.out.DigitalPostOutboxPort.Letter;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.application.port.out.digitalpost.Recipient;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Digital Post outbox in PostgreSQL: letters round-trip whole and leave the due list once answered. */
@MicronautTest(transactional = false)
class DigitalPostOutboxPersistenceTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    @Inject ForloebStorePort store;
    @Inject DigitalPostOutboxPort outbox;
    @Inject TransactionPort transactions;

    @Test
    @DisplayName("LET-5 a letter comes back whole, oldest first; once delivered or failed it is never due again")
    void LET5_letters_round_trip_and_leave_the_due_list_once_answered() {
        Forloeb forloeb = Forloeb.start(ForloebType.AD_HOC, MunicipalityCode.of("101"), Creator.system("test"),
                        Cpr.of("0404801231"), List.of(), NOW, null)
                .withActivity(Activity.open(ActivityType.SEND_DISPENSATION_APPLICATION, NOW, null, null))
                .withActivity(Activity.open(ActivityType.SEND_LETTER, NOW, null, null));
        Letter toPractice = new Letter(UUID.randomUUID(), forloeb.id(), forloeb.activities().get(0).id(),
                new Recipient.Practice(ProviderNumber.of("050208")), "Ansøgning om dispensation", new byte[] {'%', 'P', 1, 0, -1});
        Letter toCitizen = new Letter(UUID.randomUUID(), forloeb.id(), forloeb.activities().get(1).id(),
                new Recipient.Citizen(Cpr.of("0404801231")), "Kvittering", new byte[] {'%', 'P', 2});
        inTransaction(() -> {
            store.save(forloeb);
            outbox.enqueue(toPractice, NOW);
            outbox.enqueue(toCitizen, NOW.plusSeconds(1));
            return null;
        });

        Due first = claim(NOW.plusSeconds(5)).orElseThrow();
        assertThat(first.attempts()).isZero();
        assertThat(first.letter()).usingRecursiveComparison().isEqualTo(toPractice);
        inTransaction(() -> {
            outbox.retryLater(toPractice.id(), "Digital Post did not answer", NOW.plus(Duration.ofHours(1)));
            return null;
        });

        Due second = claim(NOW.plusSeconds(5)).orElseThrow();
        assertThat(second.letter()).usingRecursiveComparison().isEqualTo(toCitizen);
        inTransaction(() -> {
            outbox.markDelivered(toCitizen.id(), "dp-1", NOW.plusSeconds(2));
            return null;
        });
        assertThat(claim(NOW.plusSeconds(5))).as("the other waits for its next attempt").isEmpty();

        Due again = claim(NOW.plus(Duration.ofHours(2))).orElseThrow();
        assertThat(again.letter().id()).isEqualTo(toPractice.id());
        assertThat(again.attempts()).isEqualTo(1);
        inTransaction(() -> {
            outbox.markFailed(toPractice.id(), "Modtageren har ikke Digital Post", NOW.plus(Duration.ofHours(2)));
            return null;
        });
        assertThat(claim(NOW.plus(Duration.ofDays(1)))).isEmpty();
    }

    private Optional<Due> claim(Instant now) {
        return inTransaction(() -> outbox.claimNextDue(now));
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }
}
