package dk.sygesikring.domain.letter;

import dk.sygesikring.domain.configuration.Days;
import dk.sygesikring.domain.person.Person;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;

/**
 * DOC-17: when a person's letter about a free doctor choice is due, the configured delay after the day they turn 15,
 * and which birth dates a daily run looks at. The day they turn 15 is the day {@link Person#ageOn} first says 15: the
 * birthday, or 1 March for one born on 29 February when the year has no 29 February.
 */
public final class FifteenYearLetterDue {

    private FifteenYearLetterDue() {
    }

    public static LocalDate fifteenthBirthday(LocalDate birthDate) {
        LocalDate birthday = birthDate.plusYears(Person.AGE_OF_OWN_CHOICE);
        return Period.between(birthDate, birthday).getYears() < Person.AGE_OF_OWN_CHOICE ? birthday.plusDays(1) : birthday;
    }

    public static LocalDate dueOn(LocalDate birthDate, Days delay) {
        return delay.after(fifteenthBirthday(birthDate));
    }

    /**
     * The birth dates whose letter is due on {@code day}: one, or two on the day after 28 February plus the delay in a
     * year without 29 February (those born on 1 March and on 29 February), or none when the 15th birthday would be a
     * 29 February nobody was born 15 years before.
     */
    public static List<LocalDate> bornOnDatesDueOn(LocalDate day, Days delay) {
        LocalDate birthday = delay.before(day);
        LocalDate sameDate = birthday.minusYears(Person.AGE_OF_OWN_CHOICE);
        return Stream.of(sameDate.minusDays(1), sameDate)
                .filter(born -> fifteenthBirthday(born).equals(birthday))
                .toList();
    }

    /** The days a run on {@code today} looks at, oldest first: {@code catchUp} days, today the last. */
    public static List<LocalDate> window(LocalDate today, Days catchUp) {
        return Stream.iterate(today.minusDays(catchUp.count() - 1L), day -> day.plusDays(1)).limit(catchUp.count()).toList();
    }
}
