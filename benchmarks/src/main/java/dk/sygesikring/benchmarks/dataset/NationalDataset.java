package dk.sygesikring.benchmarks.dataset;

import dk.sygesikring.dev.postgres.EmbeddedClusters;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a synthetic Denmark ({@link NationalPopulation}) into an empty database of the service's schema, with COPY:
 * practitioners, persons with their relations, and registration histories. By default into an embedded cluster kept
 * in {@code ~/.sygesikring/national-postgres} (port 54330, production durability); {@code --jdbc-url=} loads into
 * another PostgreSQL instead. The service then runs against it with {@code DATASOURCES_DEFAULT_URL}.
 *
 * <pre>./mvnw -Pdataset -pl benchmarks -am -DskipTests package [-Ddataset.preset=national]</pre>
 */
public final class NationalDataset {

    public static final int EMBEDDED_PORT = 54330;

    /** How many rows went into each table and how long the load took. */
    public record Loaded(Map<String, Long> rows, Duration took) {
    }

    private NationalDataset() {
    }

    public static void main(String[] args) throws Exception {
        Preset preset = Preset.SMALL;
        String jdbcUrl = null;
        long seed = NationalPopulation.DEFAULT_SEED;
        for (String arg : args) {
            if (arg.startsWith("--preset=")) {
                preset = Preset.valueOf(arg.substring("--preset=".length()).toUpperCase());
            } else if (arg.startsWith("--jdbc-url=")) {
                jdbcUrl = arg.substring("--jdbc-url=".length());
            } else if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(arg.substring("--seed=".length()));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg + "; use --preset=small|national, --jdbc-url=, --seed=");
            }
        }
        if (jdbcUrl != null) {
            report(load(jdbcUrl, "postgres", "postgres", preset, seed), jdbcUrl);
            return;
        }
        Path directory = Path.of(System.getProperty("user.home"), ".sygesikring", "national-postgres");
        try (EmbeddedPostgres postgres = EmbeddedClusters.onDisk(EMBEDDED_PORT, directory)) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            report(load(url, "postgres", "postgres", preset, seed), url + " (embedded, kept in " + directory + ")");
        }
    }

    private static void report(Loaded loaded, String where) {
        System.out.printf("Loaded in %d s into %s:%n", loaded.took().toSeconds(), where);
        loaded.rows().forEach((table, rows) -> System.out.printf("  %-16s %,12d rows%n", table, rows));
        System.out.println("Run the service on it: DATASOURCES_DEFAULT_URL=" + where.split(" ")[0]);
    }

    /** Migrates the schema, refuses a database that already holds persons, loads, and analyses the tables. */
    public static Loaded load(String jdbcUrl, String user, String password, Preset preset, long seed) throws SQLException {
        long started = System.nanoTime();
        Flyway.configure().dataSource(jdbcUrl, user, password).load().migrate();
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            if (count(connection, "person") > 0) {
                throw new IllegalStateException("the database already holds persons: load into an empty one");
            }
            connection.setAutoCommit(false);
            CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
            List<Practitioner> practitioners = NationalPopulation.practitioners(preset, seed);
            rows.put("practitioner", copyPractitioners(copies, practitioners));
            RegistrationHistories histories = new RegistrationHistories(practitioners, seed);
            long[] counts = new long[3];
            SqlConsumer<NationalPopulation.Municipality> municipality = batch -> {
                counts[0] += copyPersons(copies, batch.persons());
                counts[1] += copyRelations(copies, batch.relations());
                counts[2] += copyRegistrations(copies, histories.of(batch.persons(), batch.relations()));
            };
            NationalPopulation.persons(preset, seed, batch -> municipality.acceptUnchecked(batch));
            rows.put("person", counts[0]);
            rows.put("person_relation", counts[1]);
            rows.put("registration", counts[2]);
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("ANALYZE");
            }
        }
        return new Loaded(rows, Duration.ofNanos(System.nanoTime() - started));
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
