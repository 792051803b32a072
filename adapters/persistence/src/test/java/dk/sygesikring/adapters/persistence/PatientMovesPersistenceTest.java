package dk.sygesikring.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DOC-7 (storage): the index of the persons a practice's count must look at again (V14, {@code patient_move}) is kept
 * by every registration recorded, found by the count, and emptied of what LUNA's next count includes without losing
 * what it does not. Each test has practices and persons of its own.
 */
@MicronautTest(transactional = false)
class PatientMovesPersistenceTest {

    @Inject PractitionerRegisterPort register;
    @Inject RegistrationPort registrations;
    @Inject TransactionPort transactions;
    @Inject DataSource dataSource;
    @Inject DataSourceResolver resolver;
    @Inject Clock clock;
    int registered;

    @Test
    @DisplayName("DOC-7 (storage) a move is counted at both practices, and counted once only after LUNA's next count includes it")
    void DOC7_a_move_is_counted_until_lunas_count_includes_it() throws SQLException {
        ProviderNumber a = ProviderNumber.of("710001");
        ProviderNumber b = ProviderNumber.of("710002");
        Cpr patient = Cpr.of("0101701231");
        record(patient, a, today().minusYears(2));
        save(practice(a, 100), practice(b, 50));
        assertThat(movesOf(patient)).as("LUNA's count includes the old registration").isEmpty();

        record(patient, b, today());
        assertThat(counts(a, b)).containsExactly(99, 51);
        assertThat(movesOf(patient)).containsOnlyKeys(a.value(), b.value());

        save(practice(a, 99), practice(b, 51));
        assertThat(counts(a, b)).as("LUNA's new count holds the move: it is not added again").containsExactly(99, 51);
        assertThat(movesOf(patient)).as("forgotten once counted").isEmpty();

        record(patient, a, today());
        assertThat(counts(a, b)).as("a forgotten person who moves again is found again").containsExactly(100, 50);
    }

    @Test
    @DisplayName("DOC-7 (storage) a move dated later stays found after LUNA's count, which does not include it until it takes effect")
    void DOC7_a_later_move_is_kept_through_a_count_before_it_takes_effect() throws SQLException {
        ProviderNumber a = ProviderNumber.of("710003");
        ProviderNumber b = ProviderNumber.of("710004");
        Cpr patient = Cpr.of("0101701232");
        record(patient, a, today().minusYears(2));
        save(practice(a, 100), practice(b, 50));

        record(patient, b, today().plusDays(10));
        save(practice(a, 100), practice(b, 50));

        assertThat(counts(a, b)).as("B's place is taken at once, A keeps the person until then").containsExactly(100, 51);
        assertThat(movesOf(patient)).containsOnlyKeys(a.value(), b.value());
    }

    @Test
    @DisplayName("DOC-7 (storage) every registration of the person names the practices concerned, with its newest recording")
    void DOC7_the_index_holds_each_practice_the_persons_registrations_name() throws SQLException {
        ProviderNumber a = ProviderNumber.of("710005");
        ProviderNumber b = ProviderNumber.of("710006");
        ProviderNumber c = ProviderNumber.of("710007");
        Cpr patient = Cpr.of("0101701233");
        save(practice(a, 10), practice(b, 10), practice(c, 10));
        record(patient, a, today().minusDays(30));
        record(patient, b, today().minusDays(20));
        record(patient, c, today().plusDays(5));

        Map<String, Long> moves = movesOf(patient);
        assertThat(moves).containsOnlyKeys(a.value(), b.value(), c.value());
        assertThat(Set.copyOf(moves.values())).as("each row carries the person's newest recording").hasSize(1);
        assertThat(counts(a, b, c)).as("A lost the person to B, B keeps them until C takes over, C's place is taken at once")
                .containsExactly(10, 11, 11);
    }

    @Test
    @DisplayName("DOC-7 (storage) two transactions recording the same person at once leave the person's number of registrations exact")
    void DOC7_concurrent_recordings_of_one_person_keep_the_number_of_registrations_exact() throws Exception {
        Cpr patient = Cpr.of("0101701234");
        record(patient, ProviderNumber.of("710008"), today().minusYears(1));
        DataSource database = resolver.resolve(dataSource);
        try (Connection first = database.getConnection(); Connection second = database.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            insertRegistration(first, patient, "710009");
            // the second waits for the first's row of moved_person, then adds to what the first committed
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                try {
                    insertRegistration(second, patient, "710010");
                    second.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            assertThat(waiting).as("the second recording waits for the first").isNotDone();
            first.commit();
            waiting.get(10, TimeUnit.SECONDS);
        }
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT (SELECT registrations FROM moved_person WHERE cpr = ?), (SELECT count(*) FROM registration WHERE cpr = ?)""")) {
            query.setString(1, patient.value());
            query.setString(2, patient.value());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertThat(row.getInt(1)).isEqualTo(3).isEqualTo(row.getInt(2));
            }
        }
        assertThat(movesOf(patient)).containsOnlyKeys("710008", "710009", "710010");
    }

    private void insertRegistration(Connection connection, Cpr cpr, String providerNumber) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO registration (registration_id, cpr, group_number, provider_number, valid_from, registered_at)
                VALUES (?, ?, 1, ?, ?, ?)""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, cpr.value());
            insert.setString(3, providerNumber);
            insert.setObject(4, today());
            insert.setObject(5, java.time.OffsetDateTime.ofInstant(nextRegisteredAt(), java.time.ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /** Registered one after the other, so that the newest registration for a day is never a tie (GRP-4). */
    private Instant nextRegisteredAt() {
        registered++;
        return Instant.now(clock).minusSeconds(1000).plusSeconds(registered);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void record(Cpr cpr, ProviderNumber doctor, LocalDate validFrom) {
        transactions.inTransaction(() -> {
            registrations.record(InsuranceRegistration.doctorChoice(cpr, doctor, validFrom, nextRegisteredAt(), UUID.randomUUID(), null));
            return null;
        });
    }

    private void save(Practitioner... practices) {
        transactions.inTransaction(() -> {
            register.savePractitioners(List.of(practices));
            return null;
        });
    }

    private List<Integer> counts(ProviderNumber... practices) {
        return Stream.of(practices).map(p -> register.loadPractitioner(p).orElseThrow().registeredPatients()).toList();
    }

    /** The practices the index names for the person, with the recording each row carries. */
    private Map<String, Long> movesOf(Cpr cpr) throws SQLException {
        try (Connection connection = resolver.resolve(dataSource).getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT provider_number, recorded FROM patient_move WHERE cpr = ?")) {
            query.setString(1, cpr.value());
            try (ResultSet rows = query.executeQuery()) {
                Map<String, Long> found = new HashMap<>();
                while (rows.next()) {
                    found.put(rows.getString(1), rows.getLong(2));
                }
                return found;
            }
        }
    }

    private static Practitioner practice(ProviderNumber number, int countedByLuna) {
        return new Practitioner(number, "Praksis " + number.value(), new Address("Lægevej", number.value().substring(3), null,
                null, "4000", "Roskilde", "0101", MunicipalityCode.of("265"), "addr-moves-" + number.value(),
                new Coordinates(55.64, 12.08)), MunicipalityCode.of("265"), PractitionerKind.REGULAR, true, 3000, 2800,
                countedByLuna, Set.of());
    }
}
