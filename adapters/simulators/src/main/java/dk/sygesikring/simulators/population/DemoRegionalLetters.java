package dk.sygesikring.simulators.population;

import static dk.sygesikring.simulators.population.WellKnown.*;

import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The letters the regions sent a {@link DemoPopulation}'s persons (LET-7), as LUNA holds them: none for nearly half,
 * one to four over the years for the others, from the region they live in, about their registration and their
 * practice's events. Each person's letters are drawn from a {@link Random} of the population's seed and their CPR
 * number, so they are the same for the same seed whatever else the population holds. Dates are fixed, all in the past,
 * never relative to today. The {@link WellKnown} persons have the same letters whatever the seed (docs/demo-data.md).
 */
public final class DemoRegionalLetters {

    /** The practice takeover that every well-known patient of Lægehuset Kastanievej was told of. */
    public static final LocalDate KBH_PRACTICE_TAKEOVER = LocalDate.of(2025, 10, 6);
    static final String CHOICE_CONFIRMED = "Bekræftelse af lægevalg";
    static final String PRACTICE_MOVES = "Din lægepraksis flytter til ny adresse";
    static final String PRACTICE_TAKEN_OVER = "Ny læge overtager din lægepraksis";
    private static final List<String> TITLES = List.of(CHOICE_CONFIRMED, PRACTICE_MOVES, PRACTICE_TAKEN_OVER,
            "Din læge stopper – du er tilmeldt en ny læge", "Din lægepraksis deles i to praksisser",
            "Bekræftelse af skift af sikringsgruppe");
    private static final LocalDate FIRST = LocalDate.of(2012, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 6, 30);
    /** LUNA recorded no channel for letters sent before this day. */
    private static final LocalDate CHANNEL_RECORDED_FROM = LocalDate.of(2016, 1, 1);
    private static final int NONE_PERCENT = 45;
    private static final int MOST_LETTERS = 4;
    private static final int PHYSICAL_MAIL_PERCENT = 10;
    /** Under this age a person has no Digital Post: the region's letter is physical mail (as LET-4 says of ours). */
    private static final int DIGITAL_POST_AGE = 15;

    private final Map<Cpr, List<RegionalLetter>> byPerson;

    private DemoRegionalLetters(Map<Cpr, List<RegionalLetter>> byPerson) {
        this.byPerson = byPerson;
    }

    static DemoRegionalLetters generate(DemoPopulation population) {
        Map<Cpr, List<RegionalLetter>> byPerson = new LinkedHashMap<>();
        wellKnown().forEach(letter -> byPerson.computeIfAbsent(letter.cpr(), cpr -> new ArrayList<>()).add(letter));
        List<Cpr> wellKnown = WellKnown.all().stream().map(WellKnown.Entry::cpr).toList();
        for (Person person : population.persons()) {
            if (!wellKnown.contains(person.cpr())) {
                List<RegionalLetter> letters = drawn(population.seed(), person);
                if (!letters.isEmpty()) {
                    byPerson.put(person.cpr(), letters);
                }
            }
        }
        return new DemoRegionalLetters(byPerson);
    }

    /** The person's letters, oldest first; none for a person the regions never wrote to. */
    public List<RegionalLetter> of(Cpr cpr) {
        return byPerson.getOrDefault(cpr, List.of());
    }

    /** Everyone's, person by person. */
    public List<RegionalLetter> all() {
        return byPerson.values().stream().flatMap(List::stream).toList();
    }

    private static List<RegionalLetter> drawn(long seed, Person person) {
        Random random = new Random(seed * 1_000_003L + person.cpr().value().hashCode());
        LocalDate first = person.birthDate().isAfter(FIRST) ? person.birthDate() : FIRST;
        if (person.address() == null || first.isAfter(LAST) || random.nextInt(100) < NONE_PERCENT) {
            return List.of();
        }
        Regions.Region region = Regions.of(person.address().municipalityCode());
        int count = 1 + random.nextInt(MOST_LETTERS);
        List<RegionalLetter> letters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate sent = first.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(first, LAST) + 1));
            String title = TITLES.get(random.nextInt(TITLES.size()));
            boolean physical = random.nextInt(100) < PHYSICAL_MAIL_PERCENT;
            letters.add(letter(person.cpr(), i, region, sent, title, channel(person.cpr(), sent, physical)));
        }
        letters.sort(Comparator.comparing(RegionalLetter::sentDate));
        return letters;
    }

    private static String channel(Cpr cpr, LocalDate sent, boolean physical) {
        if (sent.isBefore(CHANNEL_RECORDED_FROM)) {
            return null;
        }
        boolean child = cpr.birthDate().plusYears(DIGITAL_POST_AGE).isAfter(sent);
        return child || physical ? RegionalLetter.PHYSICAL_MAIL : RegionalLetter.DIGITAL_POST;
    }

    /** The København family's and the other patients of Lægehuset Kastanievej's letters; the others have none. */
    private static List<RegionalLetter> wellKnown() {
        List<RegionalLetter> letters = new ArrayList<>(List.of(
                letter(KBH_MOTHER, 0, Regions.HOVEDSTADEN, LocalDate.of(2015, 2, 19), CHOICE_CONFIRMED, null),
                letter(KBH_MOTHER, 1, Regions.HOVEDSTADEN, LocalDate.of(2021, 5, 3), PRACTICE_MOVES,
                        RegionalLetter.DIGITAL_POST)));
        for (Cpr patient : List.of(KBH_MOTHER, KBH_FATHER, KBH_DAUGHTER_UNDER_15, KBH_SON_UNDER_15, KBH_SON_19_AT_HOME,
                UNDER_GUARDIANSHIP, CARE_HOME_RESIDENT, DIVORCED_FATHER)) {
            letters.add(letter(patient, 9, Regions.HOVEDSTADEN, KBH_PRACTICE_TAKEOVER, PRACTICE_TAKEN_OVER,
                    channel(patient, KBH_PRACTICE_TAKEOVER, false)));
        }
        return letters;
    }

    /** A letter id that follows from the letter, as everything else in the population does. */
    private static RegionalLetter letter(Cpr cpr, int number, Regions.Region region, LocalDate sent, String title,
                                         String channel) {
        UUID id = UUID.nameUUIDFromBytes(("LUNA regional letter " + cpr + " " + number + " " + sent)
                .getBytes(StandardCharsets.UTF_8));
        return new RegionalLetter(cpr, id, region, sent, title, channel);
    }
}
