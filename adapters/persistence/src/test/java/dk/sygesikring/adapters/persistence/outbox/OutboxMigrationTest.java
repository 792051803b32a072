package dk.sygesikring.adapters.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.digitalpost.IfNotDelivered;
import dk.sygesikring.application.port.out.letter.LetterDelivery;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxPayload;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * V10 and V22 on a database that has used both old outboxes: a schema of its own is migrated to V8, given rows of
 * every state in luna_outbox and digital_post_outbox, and migrated to the newest version. The rows must come out in
 * the one outbox with the ids LUNA and Digital Post have seen, their states and history, and payloads the service
 * reads back; each letter must come out as a letter of its own (V22), with its PDF and a status history that says
 * what its row's state said.
 */
@MicronautTest(transactional = false)
class OutboxMigrationTest {

    private static final String SCHEMA = "v10_outbox_migration";
    private static final UUID CHOICE = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    private static final UUID LETTERS = UUID.fromString("00000000-0000-0000-0000-00000000c002");
    private static final UUID ACTIVITY = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    private static final UUID REGISTRATION = UUID.fromString("00000000-0000-0000-0000-00000000e001");
    private static final UUID LUNA_PENDING = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID LUNA_DELIVERED = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID LUNA_REJECTED = UUID.fromString("00000000-0000-0000-0000-000000000003");
    private static final UUID LETTER_PENDING = UUID.fromString("00000000-0000-0000-0000-000000000011");
    private static final UUID LETTER_DELIVERED = UUID.fromString("00000000-0000-0000-0000-000000000012");
    private static final UUID LETTER_NOT_ENROLLED = UUID.fromString("00000000-0000-0000-0000-000000000013");
    private static final UUID LETTER_WITHDRAWN = UUID.fromString("00000000-0000-0000-0000-000000000014");

    @Inject DataSource dataSource;
    @Inject DataSourceResolver resolver;
    @Inject OutboxPayloadCodec payloads;

    /** One row of the new outbox as the test reads it. */
    record Migrated(String kind, UUID forloebId, String state, int attempts, boolean closed, String receipt, String lastError,
                    OutboxPayload payload) {
    }

    @BeforeEach
    @AfterEach
    void dropSchema() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    @Test
    @DisplayName("V10 and V22 move every row of both old outboxes into the one outbox, and every letter into letters: same ids, states, history, payloads and PDFs")
    void V10_and_V22_move_both_outboxes_into_one_and_letters_into_letters() throws SQLException {
        flyway("8").migrate();
        // 1 schema, 2 doctor-choice forløb, 3 letters' forløb, 4 registration, 5-7 LUNA rows, 8-11 letters, 12 activity
        execute("""
                INSERT INTO %1$s.forloeb (id, type, municipality_code, creator_kind, creator_id, main_person_cpr, created_at, status)
                VALUES ('%2$s', 'DOCTOR_CHOICE', '101', 'SYSTEM', 'test', '0101801231', '2026-11-01T09:00:00Z', 'IN_PROGRESS'),
                       ('%3$s', 'AD_HOC', '101', 'SYSTEM', 'test', '0101801231', '2026-11-01T09:00:00Z', 'IN_PROGRESS');
                INSERT INTO %1$s.forloeb_person (forloeb_id, position, cpr) VALUES ('%3$s', 0, '0101801231');
                INSERT INTO %1$s.registration (registration_id, cpr, group_number, valid_from, registered_at, forloeb_id,
                                               provider_number)
                VALUES ('%4$s', '0101801241', 1, '2026-12-01', '2026-11-01T09:00:05Z', '%2$s', '050208');
                INSERT INTO %1$s.luna_outbox (id, forloeb_id, kind, cpr, provider_number, group_number, valid_from, created_at,
                                              attempts, next_attempt_at, delivered_at, rejected_at, last_error)
                VALUES ('%5$s', '%2$s', 'DOCTOR_CHOICE', '0101801231', '050208', NULL, '2026-12-01', '2026-11-01T09:00:00Z',
                        2, '2026-11-01T09:00:06Z', NULL, NULL, 'LUNA did not answer'),
                       ('%6$s', '%2$s', 'DOCTOR_CHOICE', '0101801241', '050208', NULL, '2026-12-01', '2026-11-01T09:00:00Z',
                        1, '2026-11-01T09:00:00Z', '2026-11-01T09:00:05Z', NULL, NULL),
                       ('%7$s', '%2$s', 'GROUP_CHANGE', '0101801251', NULL, 2, '2026-12-15', '2026-11-01T09:00:00Z',
                        1, '2026-11-01T09:00:00Z', NULL, '2026-11-01T09:00:05Z', 'unknown person');
                INSERT INTO %1$s.digital_post_outbox (id, forloeb_id, activity_id, recipient_type, recipient_id, title, pdf,
                                                      created_at, attempts, next_attempt_at, delivered_at, delivery_id,
                                                      failed_at, last_error)
                VALUES ('%8$s', '%3$s', '%12$s', 'PROVIDER', '050208', 'Ansøgning om dispensation', '\\x2550444600ff07',
                        '2026-11-01T09:00:00Z', 0, '2026-11-01T09:00:00Z', NULL, NULL, NULL, NULL),
                       ('%9$s', '%3$s', '%12$s', 'CPR', '0101801231', 'Kvittering', '\\x2550444600ff07',
                        '2026-11-01T09:00:00Z', 1, '2026-11-01T09:00:00Z', '2026-11-01T09:00:07Z', 'dp-17', NULL, NULL),
                       ('%10$s', '%3$s', '%12$s', 'CPR', '0101151234', 'Kvittering', '\\x2550444600ff07',
                        '2026-11-01T09:00:00Z', 1, '2026-11-01T09:00:00Z', NULL, NULL, '2026-11-01T09:00:07Z',
                        'Modtageren har ikke Digital Post: brevet skal sendes fysisk'),
                       ('%11$s', '%3$s', '%12$s', 'CPR', '0101801231', 'Kvittering', '\\x2550444600ff07',
                        '2026-11-01T09:00:00Z', 1, '2026-11-01T09:00:00Z', NULL, NULL, '2026-11-01T09:00:07Z',
                        'Tilbagekaldt: forløbet ventede ikke længere på brevet');
                """.formatted(SCHEMA, CHOICE, LETTERS, REGISTRATION, LUNA_PENDING, LUNA_DELIVERED, LUNA_REJECTED,
                LETTER_PENDING, LETTER_DELIVERED, LETTER_NOT_ENROLLED, LETTER_WITHDRAWN, ACTIVITY));

        flyway("latest").migrate();

        LocalDate december = LocalDate.of(2026, 12, 1);
        assertThat(migrated(LUNA_PENDING)).isEqualTo(new Migrated("LUNA_REGISTRATION", CHOICE, "PENDING", 2, false, null,
                "LUNA did not answer", new LunaRegistration.DoctorChoice(Cpr.of("0101801231"), ProviderNumber.of("050208"), december, CHOICE)));
        assertThat(migrated(LUNA_DELIVERED)).as("the receipt is LUNA's registration id").isEqualTo(new Migrated("LUNA_REGISTRATION",
                CHOICE, "CONFIRMED", 1, true, REGISTRATION.toString(), null,
                new LunaRegistration.DoctorChoice(Cpr.of("0101801241"), ProviderNumber.of("050208"), december, CHOICE)));
        assertThat(migrated(LUNA_REJECTED)).isEqualTo(new Migrated("LUNA_REGISTRATION", CHOICE, "REFUSED", 1, true, null,
                "unknown person", new LunaRegistration.GroupChange(Cpr.of("0101801251"), Sikringsgruppe.GROUP_2,
                        LocalDate.of(2026, 12, 15), CHOICE)));
        assertThat(migrated(LETTER_PENDING)).isEqualTo(new Migrated("DIGITAL_POST_LETTER", LETTERS, "PENDING", 0, false, null,
                null, new LetterDelivery.ByDigitalPost(LETTER_PENDING, ACTIVITY, IfNotDelivered.PHYSICAL_MAIL)));
        assertThat(migrated(LETTER_DELIVERED)).isEqualTo(new Migrated("DIGITAL_POST_LETTER", LETTERS, "CONFIRMED", 1, true,
                "dp-17", null, new LetterDelivery.ByDigitalPost(LETTER_DELIVERED, ACTIVITY, IfNotDelivered.PHYSICAL_MAIL)));
        assertThat(migrated(LETTER_NOT_ENROLLED).state()).isEqualTo("REFUSED");
        assertThat(migrated(LETTER_WITHDRAWN).state()).isEqualTo("WITHDRAWN");
        assertThat(letter(LETTER_PENDING)).isEqualTo("DISPENSATION_APPLICATION|provider 050208|Ansøgning om dispensation|"
                + "QUEUED DIGITAL_POST");
        assertThat(letter(LETTER_DELIVERED)).isEqualTo("AD_HOC|cpr 0101801231|Kvittering|QUEUED DIGITAL_POST, DELIVERED dp-17");
        assertThat(letter(LETTER_NOT_ENROLLED)).isEqualTo("AD_HOC|cpr 0101151234|Kvittering|QUEUED DIGITAL_POST, FAILED "
                + "Modtageren har ikke Digital Post: brevet skal sendes fysisk");
        assertThat(letter(LETTER_WITHDRAWN)).isEqualTo("AD_HOC|cpr 0101801231|Kvittering|QUEUED DIGITAL_POST, WITHDRAWN");
        assertThat(query("SELECT bool_and(pdf = '\\x2550444600ff07'::bytea) FROM " + SCHEMA + ".letter"))
                .as("each letter keeps its PDF").isEqualTo("t");
        assertThat(query("SELECT count(*) FROM " + SCHEMA + ".letter_person WHERE letter_id = '" + LETTER_DELIVERED + "'"))
                .as("about the persons of its forløb").isEqualTo("1");
        assertThat(query("SELECT count(*) FROM information_schema.columns WHERE table_schema = '" + SCHEMA
                + "' AND table_name = 'outbox' AND column_name = 'document'")).as("the outbox keeps no documents").isEqualTo("0");
        assertThat(query("SELECT to_regclass('" + SCHEMA + ".luna_outbox') IS NULL AND to_regclass('" + SCHEMA
                + ".digital_post_outbox') IS NULL")).as("the old tables are gone").isEqualTo("t");
        assertThat(query("SELECT count(*) FROM " + SCHEMA + ".outbox")).isEqualTo("7");
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(resolver.resolve(dataSource)).schemas(SCHEMA).target(target).load();
    }

    private Migrated migrated(UUID id) throws SQLException {
        String sql = "SELECT kind, forloeb_id, state, attempts, closed_at IS NOT NULL, receipt, last_error, payload::text"
                + " FROM " + SCHEMA + ".outbox WHERE id = ?";
        try (Connection connection = resolver.resolve(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).as("outbox row %s", id).isTrue();
                UUID forloebId = row.getObject(2, UUID.class);
                OutboxPayload payload = payloads.decode(OutboxKind.valueOf(row.getString(1)), forloebId,
                        row.getString(8));
                return new Migrated(row.getString(1), forloebId, row.getString(3), row.getInt(4), row.getBoolean(5),
                        row.getString(6), row.getString(7), payload);
            }
        }
    }

    /** The letter as one line: kind, addressee, title and its statuses in order. */
    private String letter(UUID id) throws SQLException {
        return query("""
                SELECT l.kind || '|' || COALESCE('cpr ' || l.to_cpr, 'provider ' || l.to_provider_number) || '|' || l.title || '|'
                       || string_agg(s.status || CASE WHEN s.position = 0 THEN ' ' || s.channel ELSE '' END
                                     || COALESCE(' ' || s.reference, '') || COALESCE(' ' || s.reason, ''), ', ' ORDER BY s.position)
                FROM %s.letter l JOIN %1$s.letter_status s ON s.letter_id = l.id
                WHERE l.id = '%s' GROUP BY l.kind, l.to_cpr, l.to_provider_number, l.title""".formatted(SCHEMA, id));
    }

    private String query(String sql) throws SQLException {
        try (Connection connection = resolver.resolve(dataSource).getConnection();
             Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = resolver.resolve(dataSource).getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
