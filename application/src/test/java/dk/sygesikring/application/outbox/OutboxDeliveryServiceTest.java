package dk.sygesikring.application.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.fakes.CountingTransactions;
import dk.sygesikring.application.fakes.InMemoryOutbox.State;
import dk.sygesikring.application.fakes.InMemoryOutbox;
import dk.sygesikring.application.fakes.SettableClock;
import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.digitalpost.IfNotDelivered;
import dk.sygesikring.application.port.out.letter.LetterDelivery;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxPayload;
import dk.sygesikring.application.port.out.outbox.OutboxRecord;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one delivery loop with the outbox in memory and scripted external systems: no Micronaut, no database. */
class OutboxDeliveryServiceTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    static final ForloebId FORLOEB = ForloebId.random();

    final InMemoryOutbox outbox = new InMemoryOutbox();
    final CountingTransactions transactions = new CountingTransactions();
    final SettableClock clock = new SettableClock(NOW, ZoneId.of("Europe/Copenhagen"));
    final ScriptedSystem luna = new ScriptedSystem(OutboxKind.LUNA_REGISTRATION);
    final ScriptedSystem digitalPost = new ScriptedSystem(OutboxKind.DIGITAL_POST_LETTER);
    final OutboxDeliveryService delivery = new OutboxDeliveryService(outbox, List.of(luna, digitalPost), transactions, clock);

    @Test
    @DisplayName("FORL-4 (delivery loop) one record per transaction, oldest first; a confirmed record keeps the system's receipt and is never sent again")
    void FORL4_each_record_once_in_its_own_transaction() {
        UUID first = enqueue(registration(), 0);
        UUID second = enqueue(letter(), 1);
        UUID third = enqueue(registration(), 2);

        assertThat(delivery.deliverDue(10)).isEqualTo(3);

        assertThat(transactions.count()).as("three records, then one finding none due").isEqualTo(4);
        assertThat(luna.calls).containsExactly(first, third);
        assertThat(digitalPost.calls).containsExactly(second);
        assertThat(List.of(first, second, third)).allSatisfy(id -> {
            assertThat(outbox.row(id).state()).isEqualTo(State.CONFIRMED);
            assertThat(outbox.row(id).receipt()).isEqualTo("receipt-" + id);
            assertThat(outbox.row(id).closedAt()).isEqualTo(NOW);
            assertThat(outbox.row(id).attempts()).isEqualTo(1);
        });
        assertThat(delivery.deliverDue(10)).isZero();
        assertThat(luna.calls).hasSize(2);
    }

    @Test
    @DisplayName("INT-5 (delivery loop) a system that does not answer gets no more calls in the batch; the other system's records go on")
    void INT5_an_unavailable_system_stops_only_its_own_records() {
        UUID registration = enqueue(registration(), 0);
        UUID letter = enqueue(letter(), 1);
        UUID laterRegistration = enqueue(registration(), 2);
        UUID laterLetter = enqueue(letter(), 3);
        luna.script(registration, ScriptedSystem.DOWN);

        assertThat(delivery.deliverDue(10)).as("the registration that met LUNA down, and both letters").isEqualTo(3);

        assertThat(luna.calls).containsExactly(registration);
        assertThat(digitalPost.calls).containsExactly(letter, laterLetter);
        assertThat(outbox.row(registration).state()).isEqualTo(State.PENDING);
        assertThat(outbox.row(registration).lastError()).isEqualTo("LUNA did not answer");
        assertThat(outbox.row(registration).nextAttempt()).isEqualTo(NOW.plusSeconds(2));
        assertThat(outbox.row(laterRegistration).attempts()).as("not tried: LUNA was down").isZero();

        assertThat(delivery.deliverDue(10)).as("the next batch tries LUNA again with the record that is due").isEqualTo(1);
        assertThat(luna.calls).containsExactly(registration, laterRegistration);
        assertThat(outbox.row(laterRegistration).state()).isEqualTo(State.CONFIRMED);
    }

    @Test
    @DisplayName("INT-5 (delivery loop) an outage backs a record off 2 s, 4 s, 8 s, ... up to 5 minutes; when the system is back it is confirmed once")
    void INT5_backoff_through_a_long_outage() {
        UUID registration = enqueue(registration(), 0);
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 0; attempt < 10; attempt++) {
            luna.script(registration, ScriptedSystem.DOWN);
            Instant tried = clock.instant();
            assertThat(delivery.deliverDue(10)).isEqualTo(1);
            waits.add(Duration.between(tried, outbox.row(registration).nextAttempt()));
            assertThat(delivery.deliverDue(10)).as("not due before its next attempt").isZero();
            clock.advance(waits.getLast());
        }
        assertThat(waits).extracting(Duration::toSeconds).containsExactly(2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 300L, 300L);

        assertThat(delivery.deliverDue(10)).isEqualTo(1);
        assertThat(outbox.row(registration).state()).isEqualTo(State.CONFIRMED);
        assertThat(outbox.row(registration).attempts()).isEqualTo(11);
        assertThat(luna.calls).hasSize(11).containsOnly(registration);
    }

    @Test
    @DisplayName("FORL-4 (delivery loop) a refused or withdrawn record is final: never tried again, with the reason kept")
    void FORL4_refused_and_withdrawn_are_final() {
        UUID refused = enqueue(registration(), 0);
        UUID withdrawn = enqueue(letter(), 1);
        luna.script(refused, ScriptedSystem.REFUSE);
        digitalPost.script(withdrawn, ScriptedSystem.WITHDRAW);

        assertThat(delivery.deliverDue(10)).isEqualTo(2);
        clock.advance(Duration.ofDays(1));
        assertThat(delivery.deliverDue(10)).isZero();

        assertThat(outbox.row(refused).state()).isEqualTo(State.REFUSED);
        assertThat(outbox.row(refused).lastError()).isEqualTo("refused: " + refused);
        assertThat(outbox.row(withdrawn).state()).isEqualTo(State.WITHDRAWN);
        assertThat(outbox.row(withdrawn).lastError()).isEqualTo("nothing waits for it");
        assertThat(luna.calls).containsExactly(refused);
        assertThat(digitalPost.calls).containsExactly(withdrawn);
    }

    @Test
    @DisplayName("INT-5 (delivery loop) a defect keeps the record and tries it again after 5 minutes, without stopping the batch")
    void INT5_a_defect_is_tried_again_much_later() {
        UUID broken = enqueue(registration(), 0);
        UUID fine = enqueue(registration(), 1);
        luna.script(broken, ScriptedSystem.DEFECT);

        assertThat(delivery.deliverDue(10)).isEqualTo(2);

        assertThat(outbox.row(broken).state()).isEqualTo(State.PENDING);
        assertThat(outbox.row(broken).nextAttempt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(outbox.row(broken).lastError()).contains("the answer is not in the wire format");
        assertThat(outbox.row(fine).state()).isEqualTo(State.CONFIRMED);

        clock.advance(Duration.ofMinutes(5));
        assertThat(delivery.deliverDue(10)).isEqualTo(1);
        assertThat(outbox.row(broken).state()).as("the defect is fixed: delivered as it was").isEqualTo(State.CONFIRMED);
    }

    @Test
    @DisplayName("FORL-4 (delivery loop) a batch handles at most its size; the rest waits for the next one")
    void FORL4_a_batch_has_a_size() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(enqueue(i % 2 == 0 ? registration() : letter(), i));
        }

        assertThat(delivery.deliverDue(2)).isEqualTo(2);
        assertThat(delivery.deliverDue(2)).isEqualTo(2);
        assertThat(delivery.deliverDue(2)).isEqualTo(1);
        assertThat(delivery.deliverDue(2)).isZero();
        assertThat(ids).allSatisfy(id -> assertThat(outbox.row(id).state()).isEqualTo(State.CONFIRMED));
    }

    @Test
    @DisplayName("FORL-4 (delivery loop) a record of a kind no handler delivers is left waiting, not claimed")
    void FORL4_a_kind_without_handler_waits() {
        OutboxDeliveryService lunaOnly = new OutboxDeliveryService(outbox, List.of(luna), transactions, clock);
        UUID letter = enqueue(letter(), 0);

        assertThat(lunaOnly.deliverDue(10)).isZero();
        assertThat(outbox.row(letter).state()).isEqualTo(State.PENDING);
        assertThat(outbox.row(letter).attempts()).isZero();
    }

    private UUID enqueue(OutboxPayload payload, int secondsAgo) {
        UUID id = UUID.randomUUID();
        outbox.enqueue(id, FORLOEB, payload, NOW.minusSeconds(60 - secondsAgo));
        return id;
    }

    private static OutboxPayload registration() {
        return new LunaRegistration.GroupChange(Cpr.of("0101801231"), Sikringsgruppe.GROUP_2, LocalDate.of(2026, 12, 1),
                FORLOEB.value());
    }

    private static OutboxPayload letter() {
        return new LetterDelivery.ByDigitalPost(UUID.randomUUID(), UUID.randomUUID(), IfNotDelivered.PHYSICAL_MAIL);
    }

    /**
     * An external system behind its handler: it answers each record as scripted for it, once per script entry, and
     * confirms otherwise; every call is recorded.
     */
    static final class ScriptedSystem implements OutboxHandler {

        static final Function<OutboxRecord, Delivery> REFUSE = record -> new Delivery.Refused("refused: " + record.id());
        static final Function<OutboxRecord, Delivery> WITHDRAW = record -> new Delivery.Withdrawn("nothing waits for it");
        static final Function<OutboxRecord, Delivery> DOWN = record -> {
            throw new ExternalSystemUnavailableException("LUNA", "LUNA did not answer", null);
        };
        static final Function<OutboxRecord, Delivery> DEFECT = record -> {
            throw new IllegalStateException("the answer is not in the wire format");
        };

        private final OutboxKind kind;
        private final Map<UUID, Deque<Function<OutboxRecord, Delivery>>> scripts = new HashMap<>();
        final List<UUID> calls = new ArrayList<>();

        ScriptedSystem(OutboxKind kind) {
            this.kind = kind;
        }

        void script(UUID id, Function<OutboxRecord, Delivery> answer) {
            scripts.computeIfAbsent(id, key -> new ArrayDeque<>()).add(answer);
        }

        @Override
        public OutboxKind kind() {
            return kind;
        }

        @Override
        public Delivery deliver(OutboxRecord record, Instant now) {
            assertThat(record.kind()).isEqualTo(kind);
            calls.add(record.id());
            Deque<Function<OutboxRecord, Delivery>> script = scripts.getOrDefault(record.id(), new ArrayDeque<>());
            return script.isEmpty() ? new Delivery.Confirmed("receipt-" + record.id(), now) : script.poll().apply(record);
        }
    }
}
