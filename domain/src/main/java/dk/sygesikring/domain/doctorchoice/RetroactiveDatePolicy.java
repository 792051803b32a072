package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.result.Refusal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * May this actor let a doctor choice take effect (valid from) on this day? (DOC-6)
 * Back in time: a citizen not at all, a caseworker 14 days, a caseworker with special rights a year (the FAQ:
 * "14 dage tilbage fra dags dato", "mere end 14 dage tilbage ... Op til et år").
 * Ahead: the rules give no limit for doctor choices, so the windows of group changes apply (GRP-2, release notes
 * 1.1: citizen 30 days, caseworker 30 days, special rights 1 year). A group change to 1 and its doctor choice are
 * often made together with one date, so the two must accept the same dates; a year is 365 days as in
 * {@code GroupChangePolicy}. An administrator gets a caseworker's window, as for group changes.
 * The system (automatic assignment, CPR events) is not limited: CPR events carry their own dates.
 */
public final class RetroactiveDatePolicy {

    private RetroactiveDatePolicy() {
    }

    /** Empty when {@code validFrom} lies in the actor's window around {@code today}; otherwise the refusal. */
    public static Optional<Refusal> mayTakeEffect(Actor actor, LocalDate validFrom, LocalDate today) {
        return DateWindow.of(actor)
                .filter(window -> !window.contains(validFrom, today))
                .map(window -> Refusal.unprocessable("effective-date-outside-window", "DOC-6",
                        "A doctor choice by this actor must take effect " + window.describe(today)));
    }

    /** How many days back and ahead of today an actor may date a doctor choice. */
    record DateWindow(int daysBack, int daysAhead) {

        static final DateWindow CITIZEN = new DateWindow(0, 30);
        static final DateWindow CASEWORKER = new DateWindow(14, 30);
        static final DateWindow SPECIAL_RIGHTS = new DateWindow(365, 365);

        static Optional<DateWindow> of(Actor actor) {
            return switch (actor) {
                case Citizen citizen -> Optional.of(CITIZEN);
                case Caseworker caseworker -> Optional.of(caseworker.specialRights() ? SPECIAL_RIGHTS : CASEWORKER);
                case MunicipalAdministrator administrator -> Optional.of(CASEWORKER);
                case SystemActor system -> Optional.empty();
            };
        }

        boolean contains(LocalDate day, LocalDate today) {
            return !day.isBefore(today.minusDays(daysBack)) && !day.isAfter(today.plusDays(daysAhead));
        }

        String describe(LocalDate today) {
            return "between " + today.minusDays(daysBack) + " and " + today.plusDays(daysAhead);
        }
    }
}
