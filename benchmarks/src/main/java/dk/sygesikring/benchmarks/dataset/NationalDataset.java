package dk.sygesikring.benchmarks.dataset;

import dk.sygesikring.dev.postgres.EmbeddedClusters;
import dk.sygesikring.domain.doctorchoice.ChosenPerson;
import dk.sygesikring.domain.doctorchoice.Consent;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.DetailChange;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebStatus;
import dk.sygesikring.domain.group.GroupChange;
import dk.sygesikring.domain.group.GroupChangeState;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.simulators.population.NationalPopulation;
import dk.sygesikring.simulators.population.NationalPopulation.Preset;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a synthetic Denmark ({@link NationalPopulation}) into an empty database of the service's schema, with COPY:
 * practitioners, persons with their relations, registration histories, historic forløb with their doctor choices and
 * group changes ({@link ForloebHistories}), and months of caseworkers' reads in the audit log ({@link AuditHistories}). By default into an embedded cluster kept
 * in {@code ~/.sygesikring/national-postgres} (port 54330, production durability); {@code --jdbc-url=} loads into
 * another PostgreSQL instead. The service then runs against it with {@code DATASOURCES_DEFAULT_URL}.
 *
 * <pre>./mvnw -Pdataset -pl benchmarks -am -DskipTests package [-Ddataset.preset=national]</pre>
 */
public final class NationalDataset {

    public static final int EMBEDDED_PORT = 54330;

    /** How many rows went into each table, how long each table took, and how long the whole load took. */
    public record Loaded(Map<String, Long> rows, Map<String, Duration> tookPerTable, Duration took) {
    }

    /** How to index the audit log while it is loaded (measured on SMALL, docs/performance.md). */
    public enum AuditIndexes {
        /** COPY into the partitioned table with its primary key and indexes in place. */
        DURING,
        /** Drop the primary key and indexes, COPY, and make them again: one sorted build per partition. */
        AFTER
    }

    /**
     * What to load besides the population.
     *
     * @param forloebPerPerson historic forløb per person (0.5: 3 M at NATIONAL, 30,000 at SMALL)
     * @param auditMonths      months of caseworkers' reads before {@link ForloebHistories#REFERENCE} (0: none)
     */
    public record Options(Preset preset, long seed, double forloebPerPerson, int auditMonths, AuditIndexes auditIndexes) {

        public static Options of(Preset preset, long seed) {
            return new Options(preset, seed, ForloebHistories.DEFAULT_PER_PERSON, 12, AuditIndexes.AFTER);
        }

        public Options withAuditMonths(int months) {
            return new Options(preset, seed, forloebPerPerson, months, auditIndexes);
        }

        public Options withAuditIndexes(AuditIndexes indexes) {
            return new Options(preset, seed, forloebPerPerson, auditMonths, indexes);
        }

        public Options withForloeb(long count) {
            return new Options(preset, seed, (double) count / preset.persons, auditMonths, auditIndexes);
        }
    }

    private NationalDataset() {
    }

    public static void main(String[] args) throws Exception {
        Preset preset = Preset.SMALL;
        String jdbcUrl = null;
        long seed = NationalPopulation.DEFAULT_SEED;
        Long forloeb = null;
        Integer auditMonths = null;
        AuditIndexes auditIndexes = null;
        for (String arg : args) {
            if (arg.startsWith("--preset=")) {
                preset = Preset.valueOf(arg.substring("--preset=".length()).toUpperCase());
            } else if (arg.startsWith("--jdbc-url=")) {
                jdbcUrl = arg.substring("--jdbc-url=".length());
            } else if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(arg.substring("--seed=".length()));
            } else if (arg.startsWith("--forloeb=")) {
                forloeb = Long.parseLong(arg.substring("--forloeb=".length()));
            } else if (arg.startsWith("--audit-months=")) {
                auditMonths = Integer.parseInt(arg.substring("--audit-months=".length()));
            } else if (arg.startsWith("--audit-indexes=")) {
                auditIndexes = AuditIndexes.valueOf(arg.substring("--audit-indexes=".length()).toUpperCase());
            } else {
                throw new IllegalArgumentException("unknown argument " + arg + "; use --preset=small|national, --jdbc-url=, --seed=,"
                        + " --forloeb=<count>, --audit-months=<months, 0 for none>, --audit-indexes=after|during");
            }
        }
        Options options = Options.of(preset, seed);
        if (forloeb != null) {
            options = options.withForloeb(forloeb);
        }
        if (auditMonths != null) {
            options = options.withAuditMonths(auditMonths);
        }
        if (auditIndexes != null) {
            options = options.withAuditIndexes(auditIndexes);
        }
        if (jdbcUrl != null) {
            report(load(jdbcUrl, "postgres", "postgres", options), jdbcUrl);
            return;
        }
        Path directory = Path.of(System.getProperty("user.home"), ".sygesikring", "national-postgres");
        try (EmbeddedPostgres postgres = EmbeddedClusters.onDisk(EMBEDDED_PORT, directory)) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            report(load(url, "postgres", "postgres", options), url + " (embedded, kept in " + directory + ")");
        }
    }

    static void report(Loaded loaded, String where) {
        System.out.printf("Loaded in %d s into %s:%n", loaded.took().toSeconds(), where);
        loaded.rows().forEach((table, rows) -> {
            Duration took = loaded.tookPerTable().getOrDefault(table, Duration.ZERO);
            System.out.printf("  %-22s %,13d rows %8.1f s %,11.0f rows/s%n", table, rows, took.toMillis() / 1000.0,
                    took.isZero() ? 0.0 : rows * 1e9 / took.toNanos());
        });
        loaded.tookPerTable().forEach((step, took) -> {
            if (!loaded.rows().containsKey(step)) {
                System.out.printf("  %-22s %27.1f s%n", step, took.toMillis() / 1000.0);
            }
        });
        System.out.println("Run the service on it: DATASOURCES_DEFAULT_URL=" + where.split(" ")[0]);
    }

    /** The population with the default forløb and a year of audit. */
    public static Loaded load(String jdbcUrl, String user, String password, Preset preset, long seed) throws SQLException {
        return load(jdbcUrl, user, password, Options.of(preset, seed));
    }

    /** Migrates the schema, refuses a database that already holds persons, loads, and analyses the tables. */
    public static Loaded load(String jdbcUrl, String user, String password, Options options) throws SQLException {
        long started = System.nanoTime();
        Flyway.configure().dataSource(jdbcUrl, user, password).load().migrate();
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, Duration> took = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            if (count(connection, "person") > 0) {
                throw new IllegalStateException("the database already holds persons: load into an empty one");
            }
            connection.setAutoCommit(false);
            CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
            Timed timed = new Timed(rows, took);
            List<Practitioner> practitioners = NationalPopulation.practitioners(options.preset(), options.seed());
            timed.copy("practitioner", () -> copyPractitioners(copies, practitioners));
            RegistrationHistories histories = new RegistrationHistories(practitioners, options.seed());
            ForloebHistories forloeb = new ForloebHistories(practitioners, options.seed(), options.forloebPerPerson());
            AuditHistories audit = new AuditHistories(options.seed());
            try (Statement statement = connection.createStatement()) {
                // DOC-7's index of moves (V14, V16) is made once after the COPY, for what the counts do not include:
                // kept row by row, 7 M registrations would each update it
                statement.execute("ALTER TABLE registration DISABLE TRIGGER registration_patient_moves");
            }
            SqlConsumer<NationalPopulation.Municipality> municipality = batch -> {
                timed.copy("person", () -> copyPersons(copies, batch.persons()));
                timed.copy("person_relation", () -> copyRelations(copies, batch.relations()));
                timed.copy("registration", () -> copyRegistrations(copies, histories.of(batch.persons(), batch.relations())));
                List<ForloebHistories.Made> made = forloeb.of(batch);
                copyForloeb(timed, copies, made);
                audit.add(batch.code(), batch.persons(), made.stream().map(m -> m.forloeb().id().value()).toList());
            };
            NationalPopulation.persons(options.preset(), options.seed(), batch -> municipality.acceptUnchecked(batch));
            if (options.auditMonths() > 0) {
                loadAudit(connection, copies, audit, options, timed);
            }
            try (Statement statement = connection.createStatement()) {
                // LUNA's counts of patients (registered_patients, DOC-7) include every registration loaded: the count
                // of a practice adds only what is recorded after them, not all 7 M again on every read
                statement.executeUpdate("UPDATE practitioner SET patients_counted_after ="
                        + " (SELECT COALESCE(max(recorded), 0) FROM registration)");
                statement.execute("SELECT record_moves_since_counts()");
                statement.execute("ALTER TABLE registration ENABLE TRIGGER registration_patient_moves");
            }
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                long analysing = System.nanoTime();
                statement.execute("ANALYZE");
                took.put("ANALYZE", Duration.ofNanos(System.nanoTime() - analysing));
            }
        }
        return new Loaded(rows, took, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The months of the audit, then its lines: with the primary key and indexes in place, or (AFTER) without them
     * and made again from their own definitions once the lines are in. The sequence goes on after the last id.
     */
    private static void loadAudit(Connection connection, CopyManager copies, AuditHistories audit, Options options, Timed timed)
            throws SQLException {
        LocalDate until = ForloebHistories.REFERENCE;
        LocalDate from = until.minusMonths(options.auditMonths());
        List<String> definitions = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT audit_log_create_month(month::date) FROM generate_series('" + from.withDayOfMonth(1)
                    + "'::date, '" + until + "'::date, interval '1 month') AS month");
            if (options.auditIndexes() == AuditIndexes.AFTER) {
                try (ResultSet indexes = statement.executeQuery("""
                        SELECT c.relname, pg_get_indexdef(c.oid), con.conname, pg_get_constraintdef(con.oid)
                        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                        LEFT JOIN pg_constraint con ON con.conindid = c.oid AND con.conrelid = i.indrelid
                        WHERE i.indrelid = 'audit_log'::regclass ORDER BY c.relname""")) {
                    List<String> drops = new ArrayList<>();
                    while (indexes.next()) {
                        if (indexes.getString(3) != null) {
                            definitions.add("ALTER TABLE audit_log ADD CONSTRAINT " + indexes.getString(3) + " " + indexes.getString(4));
                            drops.add("ALTER TABLE audit_log DROP CONSTRAINT " + indexes.getString(3));
                        } else {
                            // a partitioned index reads "ON ONLY audit_log": made so, it would not recurse to the months
                            definitions.add(indexes.getString(2).replace(" ON ONLY ", " ON "));
                            drops.add("DROP INDEX " + indexes.getString(1));
                        }
                    }
                    indexes.close();
                    for (String drop : drops) {
                        statement.execute(drop);
                    }
                }
            }
        }
        timed.copy("audit_log", () -> audit.write(copies, from, until));
        long indexing = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            for (String definition : definitions) {
                statement.execute(definition);
            }
            statement.execute("SELECT setval('audit_log_id_seq', (SELECT COALESCE(max(id), 0) + 1 FROM audit_log), false)");
        }
        if (!definitions.isEmpty()) {
            timed.took().put("audit_log indexes", Duration.ofNanos(System.nanoTime() - indexing));
        }
    }

    private static void copyForloeb(Timed timed, CopyManager copies, List<ForloebHistories.Made> made) throws SQLException {
        timed.copy("forloeb", () -> {
            try (CopyStream copy = new CopyStream(copies, "forloeb", "id, type, municipality_code, creator_kind, creator_id,"
                    + " main_person_cpr, created_at, status, closed_at, cancelled_by_kind, cancelled_by_id, triggered_by")) {
                for (ForloebHistories.Made m : made) {
                    Forloeb f = m.forloeb();
                    Instant closedAt = switch (f.status()) {
                        case ForloebStatus.InProgress inProgress -> null;
                        case ForloebStatus.Completed completed -> completed.closedAt();
                        case ForloebStatus.Cancelled cancelled -> cancelled.closedAt();
                    };
                    Creator cancelledBy = f.status() instanceof ForloebStatus.Cancelled cancelled ? cancelled.cancelledBy() : null;
                    copy.row(f.id().value(), f.type().name(), f.municipality().value(), f.creator().kind().name(), f.creator().id(),
                            f.mainPerson().value(), f.createdAt(), f.status().name(), closedAt,
                            cancelledBy == null ? null : cancelledBy.kind().name(), cancelledBy == null ? null : cancelledBy.id(),
                            f.triggeredBy() == null ? null : f.triggeredBy().value());
                }
                return copy.rows();
            }
        });
        timed.copy("forloeb_person", () -> {
            try (CopyStream copy = new CopyStream(copies, "forloeb_person", "forloeb_id, position, cpr")) {
                for (ForloebHistories.Made m : made) {
                    List<Cpr> involved = m.forloeb().involvedPersons();
                    for (int i = 0; i < involved.size(); i++) {
                        copy.row(m.forloeb().id().value(), i, involved.get(i).value());
                    }
                }
                return copy.rows();
            }
        });
        timed.copy("forloeb_activity", () -> {
            try (CopyStream copy = new CopyStream(copies, "forloeb_activity", "id, forloeb_id, position, type, state, created_at,"
                    + " deadline, responsible, note, closed_at, closed_by_kind, closed_by_id")) {
                for (ForloebHistories.Made m : made) {
                    List<Activity> activities = m.forloeb().activities();
                    for (int i = 0; i < activities.size(); i++) {
                        Activity a = activities.get(i);
                        copy.row(a.id(), m.forloeb().id().value(), i, a.type().name(), a.state().name(), a.createdAt(), a.deadline(),
                                a.responsible(), a.note(), a.closedAt(), a.closedBy() == null ? null : a.closedBy().kind().name(),
                                a.closedBy() == null ? null : a.closedBy().id());
                    }
                }
                return copy.rows();
            }
        });
        timed.copy("forloeb_detail", () -> {
            try (CopyStream copy = new CopyStream(copies, "forloeb_detail", "forloeb_id, position, name, value, cpr,"
                    + " changed_by_kind, changed_by_id, changed_at")) {
                for (ForloebHistories.Made m : made) {
                    List<DetailChange> details = m.forloeb().details();
                    for (int i = 0; i < details.size(); i++) {
                        DetailChange d = details.get(i);
                        copy.row(m.forloeb().id().value(), i, d.name(), d.value(), d.about().map(Cpr::value).orElse(null),
                                d.changedBy().kind().name(), d.changedBy().id(), d.changedAt());
                    }
                }
                return copy.rows();
            }
        });
        timed.copy("doctor_choice", () -> {
            try (CopyStream copy = new CopyStream(copies, "doctor_choice", "forloeb_id, municipality_code, provider_number,"
                    + " valid_from, reason, forced, created_on, state, dispensation_answer_by, state_changed_at, decided_by_kind,"
                    + " decided_by_id, rejected_silently, luna_refusal, places")) {
                for (ForloebHistories.Made m : made) {
                    if (m.choice() != null) {
                        copyChoice(copy, m.choice());
                    }
                }
                return copy.rows();
            }
        });
        timed.copy("doctor_choice_person", () -> {
            try (CopyStream copy = new CopyStream(copies, "doctor_choice_person", "forloeb_id, position, cpr, consent,"
                    + " consent_settle_by, basis_verdict, basis_rule, basis_reason")) {
                for (ForloebHistories.Made m : made) {
                    if (m.choice() != null) {
                        List<ChosenPerson> persons = m.choice().persons();
                        for (int i = 0; i < persons.size(); i++) {
                            ChosenPerson p = persons.get(i);
                            copy.row(m.choice().forloebId().value(), i, p.cpr().value(), p.consent().recorded().name(),
                                    p.consent() instanceof Consent.DontKnow dontKnow ? dontKnow.lastDayToSettle() : null,
                                    p.basis().verdict().name(), p.basis().rule(), p.basis().reason());
                        }
                    }
                }
                return copy.rows();
            }
        });
        timed.copy("group_change", () -> {
            try (CopyStream copy = new CopyStream(copies, "group_change", "forloeb_id, cpr, group_number, valid_from, state,"
                    + " state_changed_at, luna_refusal")) {
                for (ForloebHistories.Made m : made) {
                    GroupChange c = m.change();
                    if (c != null) {
                        copy.row(c.forloebId().value(), c.cpr().value(), c.group().number(), c.validFrom(), c.state().name(),
                                c.state().since(), c.state() instanceof GroupChangeState.RefusedByLuna refused ? refused.reason() : null);
                    }
                }
                return copy.rows();
            }
        });
    }

    /**
     * The row of a doctor choice as {@code DoctorChoiceMapper} writes it. Written again here rather than shared: the
     * persistence adapters keep their rows package-private, and COPY wants the values, not entities. The test reads
     * loaded choices back through the adapter and compares them whole, so the two cannot drift apart unnoticed.
     */
    private static void copyChoice(CopyStream copy, DoctorChoice choice) throws SQLException {
        LocalDate answerBy = null;
        Instant changedAt = null;
        Creator decidedBy = null;
        Boolean silently = null;
        String lunaRefusal = null;
        switch (choice.state()) {
            case DoctorChoiceState.AwaitingDispensation awaiting -> answerBy = awaiting.answerBy();
            case DoctorChoiceState.AwaitingMoveEvent awaiting -> { }
            case DoctorChoiceState.AwaitingLuna awaiting -> { }
            case DoctorChoiceState.InEffect inEffect -> changedAt = inEffect.since();
            case DoctorChoiceState.Rejected rejected -> {
                changedAt = rejected.at();
                decidedBy = rejected.by();
                silently = rejected.silent();
            }
            case DoctorChoiceState.RefusedByLuna refused -> {
                changedAt = refused.at();
                decidedBy = refused.by();
                lunaRefusal = refused.reason();
            }
            case DoctorChoiceState.Cancelled cancelled -> {
                changedAt = cancelled.at();
                decidedBy = cancelled.by();
            }
        }
        copy.row(choice.forloebId().value(), choice.municipality().value(), choice.providerNumber().value(), choice.validFrom(),
                choice.reason().name(), choice.forced(), choice.createdOn(), choice.state().name(), answerBy, changedAt,
                decidedBy == null ? null : decidedBy.kind().name(), decidedBy == null ? null : decidedBy.id(), silently, lunaRefusal,
                choice.persons().size());
    }

    /** Counts each table's rows and the time its COPYs took. */
    private record Timed(Map<String, Long> rows, Map<String, Duration> took) {
        void copy(String table, SqlSupplier<Long> work) throws SQLException {
            long started = System.nanoTime();
            long copied = work.get();
            rows.merge(table, copied, Long::sum);
            took.merge(table, Duration.ofNanos(System.nanoTime() - started), Duration::plus);
        }
    }

    @FunctionalInterface
    private interface SqlSupplier<T> {
        T get() throws SQLException;
    }

    private static long copyPractitioners(CopyManager copies, List<Practitioner> practitioners) throws SQLException {
        LocalDate countedOn = LocalDate.of(2026, 12, 1);
        try (CopyStream copy = new CopyStream(copies, "practitioner", "provider_number, practice_name, kind, open, capacity,"
                + " closing_limit, registered_patients, selectively_open_postcodes, municipality_code, street, house_number,"
                + " floor, door, postcode, city, road_code, address_id, latitude, longitude, patients_counted_on,"
                + " patients_counted_after")) {
            for (Practitioner p : practitioners) {
                Address a = p.address();
                copy.row(p.providerNumber().value(), p.practiceName(), p.kind().name(), p.open(), p.capacity(), p.closingLimit(),
                        p.registeredPatients(), "{" + String.join(",", p.selectivelyOpenPostcodes()) + "}",
                        p.municipalityCode().value(), a.street(), a.houseNumber(), a.floor(), a.door(), a.postcode(), a.city(),
                        a.roadCode(), a.addressId(), a.coordinates() == null ? null : a.coordinates().latitude(),
                        a.coordinates() == null ? null : a.coordinates().longitude(), countedOn, 0);
            }
            return copy.rows();
        }
    }

    private static long copyPersons(CopyManager copies, List<Person> persons) throws SQLException {
        try (CopyStream copy = new CopyStream(copies, "person", "cpr, name, cpr_status, civil_status, name_address_protected,"
                + " supplementary_address, street, house_number, floor, door, postcode, city, road_code, municipality_code,"
                + " address_id, latitude, longitude")) {
            for (Person p : persons) {
                Address a = p.address();
                if (a == null) {
                    copy.row(p.cpr().value(), p.name(), p.status().name(), p.civilStatus().name(), p.nameAndAddressProtected(),
                            p.supplementaryAddress(), null, null, null, null, null, null, null, null, null, null, null);
                } else {
                    copy.row(p.cpr().value(), p.name(), p.status().name(), p.civilStatus().name(), p.nameAndAddressProtected(),
                            p.supplementaryAddress(), a.street(), a.houseNumber(), a.floor(), a.door(), a.postcode(), a.city(),
                            a.roadCode(), a.municipalityCode().value(), a.addressId(),
                            a.coordinates() == null ? null : a.coordinates().latitude(),
                            a.coordinates() == null ? null : a.coordinates().longitude());
                }
            }
            return copy.rows();
        }
    }

    private static long copyRelations(CopyManager copies, List<Relation> relations) throws SQLException {
        try (CopyStream copy = new CopyStream(copies, "person_relation", "type, holder_cpr, subject_cpr")) {
            for (Relation r : relations) {
                copy.row(r.type().name(), r.holder().value(), r.subject().value());
            }
            return copy.rows();
        }
    }

    private static long copyRegistrations(CopyManager copies, List<InsuranceRegistration> registrations) throws SQLException {
        try (CopyStream copy = new CopyStream(copies, "registration",
                "registration_id, cpr, group_number, provider_number, valid_from, registered_at")) {
            for (InsuranceRegistration r : registrations) {
                copy.row(r.registrationId(), r.cpr().value(), r.group().number(), r.doctor().map(d -> d.value()).orElse(null),
                        r.validFrom(), r.registeredAt());
            }
            return copy.rows();
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    @FunctionalInterface
    private interface SqlConsumer<T> {
        void accept(T value) throws SQLException;

        default void acceptUnchecked(T value) {
            try {
                accept(value);
            } catch (SQLException e) {
                throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
            }
        }
    }
}
