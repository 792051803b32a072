package dk.sygesikring.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.CprCardEventsPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.person.Cpr;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each test uses CPR numbers of its own, so no other class's rows are seen. */
@MicronautTest(transactional = false)
class CprCardEventsPersistenceTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Inject CprCardEventsPort events;
    @Inject TransactionPort transactions;

    @Test
    void marriages_and_name_changes_are_kept_once_each_until_their_card_is_ordered() {
        Cpr cpr = Cpr.of("0312801251");
        assertThat(in(() -> events.latestMarriage(cpr))).isEmpty();
        in(() -> {
            events.recordMarriage(cpr, DAY.minusYears(2));
            events.recordMarriage(cpr, DAY.minusDays(5));
            events.recordMarriage(cpr, DAY.minusDays(5)); // reported again
            events.recordNameChange(cpr, DAY);
            return null;
        });
        assertThat(in(() -> events.latestMarriage(cpr))).contains(DAY.minusDays(5));
        assertThat(in(() -> events.nameChangeWithoutCard(cpr))).contains(DAY);
        in(() -> {
            events.cardOrderedForNameChanges(cpr);
            return null;
        });
        assertThat(in(() -> events.nameChangeWithoutCard(cpr))).isEmpty();
        assertThat(in(() -> events.nameChangeWithoutCard(Cpr.of("0312801252")))).isEqualTo(Optional.empty());
    }

    private <T> T in(java.util.function.Supplier<T> work) {
        return transactions.inTransaction(work);
    }
}
