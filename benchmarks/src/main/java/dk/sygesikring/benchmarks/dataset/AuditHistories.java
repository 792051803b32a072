package dk.sygesikring.benchmarks.dataset;

import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Person;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.postgresql.copy.CopyManager;

/**
 * The audit log (AUD-1) of caseworkers' reads: caseworkers per municipality in proportion to its inhabitants (2,500
 * for 6 M persons), each reading about 350 times a working day (Monday to Friday, 08:00-16:00 Danish time), persons of
 * their municipality and now and then one of its forløb. At NATIONAL a year is some 220 M lines; a smaller population
 * gets the same lines per person. Lines are written day by day in time order across all municipalities, as the service
 * would append them, with ids from 1 (the sequence is set after). Values are appended to the COPY buffer directly:
 * no formatting per line. Deterministic for the seed.
 */
final class AuditHistories {

    static final int NATIONAL_PERSONS = 6_000_000;
    static final int NATIONAL_CASEWORKERS = 2_500;
    static final int READS_PER_CASEWORKER_DAY = 350;
    static final String COLUMNS = "id, occurred_at, actor_role, actor_id, municipality_code, action, subject_type, subject_id";

    private static final double READS_PER_PERSON_DAY = (double) NATIONAL_CASEWORKERS * READS_PER_CASEWORKER_DAY / NATIONAL_PERSONS;
    private static final int OFFICE_SECONDS = 8 * 3600;
    private static final AuditAction[] PERSON_READS = {
            AuditAction.READ_PERSON, AuditAction.READ_PERSON, AuditAction.READ_PERSON, AuditAction.READ_PERSON,
            AuditAction.READ_PERSON, AuditAction.READ_PERSON, AuditAction.READ_PERSON_OVERVIEW, AuditAction.READ_PERSON_OVERVIEW,
            AuditAction.READ_PERSON_OVERVIEW, AuditAction.READ_PERSON_OVERVIEW, AuditAction.READ_FAMILY, AuditAction.READ_FAMILY,
            AuditAction.READ_GROUP, AuditAction.READ_CHOICE_LIST, AuditAction.READ_DOCTOR_CHOICE_HISTORY, AuditAction.READ_DOCTOR_CHOICE};

    /** Caseworkers in a municipality of this many inhabitants; at least one. */
    static int caseworkersFor(int persons) {
        return Math.max(1, (int) Math.round((double) persons * NATIONAL_CASEWORKERS / NATIONAL_PERSONS));
    }

    static String caseworkerId(MunicipalityCode municipality, int index) {
        return "cw-" + municipality.value() + "-" + (index + 1);
    }

    private record Held(String code, long[] cprs, long[] forloebIds, String[] caseworkerIds, String[] roles) {
    }

    private final List<Held> municipalities = new ArrayList<>();
    private final Random random;

    AuditHistories(long seed) {
        this.random = new Random(seed ^ 0x41756469L);
    }

    /** Keeps what the lines need of one municipality: its persons' CPR numbers, its forløb, its caseworkers. */
    void add(MunicipalityCode code, List<Person> persons, List<UUID> forloeb) {
        long[] cprs = persons.stream().mapToLong(person -> Long.parseLong(person.cpr().value())).toArray();
        long[] ids = new long[forloeb.size() * 2];
        for (int i = 0; i < forloeb.size(); i++) {
            ids[2 * i] = forloeb.get(i).getMostSignificantBits();
            ids[2 * i + 1] = forloeb.get(i).getLeastSignificantBits();
        }
        int caseworkers = caseworkersFor(persons.size());
        String[] caseworkerIds = new String[caseworkers];
        String[] roles = new String[caseworkers];
        for (int i = 0; i < caseworkers; i++) {
            caseworkerIds[i] = caseworkerId(code, i);
            roles[i] = i % 20 == 19 ? "CASEWORKER_SPECIAL" : "CASEWORKER";
        }
        municipalities.add(new Held(code.value(), cprs, ids, caseworkerIds, roles));
    }

    /** The working days of [{@code from}, {@code until}). */
    static List<LocalDate> workingDays(LocalDate from, LocalDate until) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        return days;
    }

    /** Writes the lines of every working day of [{@code from}, {@code until}) into audit_log; returns how many. */
    long write(CopyManager copies, LocalDate from, LocalDate until) throws SQLException {
        long id = 0;
        try (CopyStream copy = new CopyStream(copies, "audit_log", COLUMNS)) {
            int capacity = 1 << 16;
            int[] municipality = new int[capacity];
            int[] caseworker = new int[capacity];
            int[] subject = new int[capacity];
            byte[] action = new byte[capacity];
            long[] keys = new long[capacity];
            for (LocalDate day : workingDays(from, until)) {
                int rows = 0;
                for (int m = 0; m < municipalities.size(); m++) {
                    Held held = municipalities.get(m);
                    double mean = held.cprs().length * READS_PER_PERSON_DAY * (0.8 + 0.4 * random.nextDouble());
                    int reads = (int) mean + (random.nextDouble() < mean - (int) mean ? 1 : 0);
                    if (rows + reads > capacity) {
                        capacity = Math.max(capacity * 2, rows + reads);
                        municipality = Arrays.copyOf(municipality, capacity);
                        caseworker = Arrays.copyOf(caseworker, capacity);
                        subject = Arrays.copyOf(subject, capacity);
                        action = Arrays.copyOf(action, capacity);
                        keys = Arrays.copyOf(keys, capacity);
                    }
                    for (int r = 0; r < reads; r++, rows++) {
                        municipality[rows] = m;
                        caseworker[rows] = random.nextInt(held.caseworkerIds().length);
                        boolean forloebRead = held.forloebIds().length > 0 && random.nextInt(20) == 0;
                        action[rows] = (byte) (forloebRead ? -1 : random.nextInt(PERSON_READS.length));
                        subject[rows] = forloebRead ? random.nextInt(held.forloebIds().length / 2) : random.nextInt(held.cprs().length);
                        keys[rows] = ((long) random.nextInt(OFFICE_SECONDS) << 32) | rows;
                    }
                }
                Arrays.sort(keys, 0, rows);
                // 08:00 Danish time is 06:00 or 07:00 UTC: the same date
                long opensUtc = day.atTime(8, 0).atZone(ForloebHistories.DANISH_TIME).toEpochSecond() - day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
                String date = day.toString();
                for (int k = 0; k < rows; k++) {
                    int row = (int) keys[k];
                    int second = (int) (opensUtc + (keys[k] >>> 32));
                    Held held = municipalities.get(municipality[row]);
                    StringBuilder line = copy.raw();
                    line.append(++id).append(',').append(date).append(' ');
                    two(line, second / 3600).append(':');
                    two(line, second / 60 % 60).append(':');
                    two(line, second % 60).append("+00,");
                    line.append(held.roles()[caseworker[row]]).append(',').append(held.caseworkerIds()[caseworker[row]]).append(',')
                            .append(held.code()).append(',');
                    if (action[row] < 0) {
                        line.append("READ_FORLOEB,FORLOEB,")
                                .append(new UUID(held.forloebIds()[2 * subject[row]], held.forloebIds()[2 * subject[row] + 1]));
                    } else {
                        line.append(PERSON_READS[action[row]].name()).append(",PERSON,");
                        long cpr = held.cprs()[subject[row]];
                        if (cpr < 1_000_000_000L) {
                            line.append('0');
                        }
                        line.append(cpr);
                    }
                    copy.endRow();
                }
            }
            return copy.rows();
        }
    }

    private static StringBuilder two(StringBuilder line, int value) {
        return line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
