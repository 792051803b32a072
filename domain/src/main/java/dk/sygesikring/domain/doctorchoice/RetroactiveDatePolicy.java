package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.configuration.EffectiveDateWindows;
import dk.sygesikring.domain.result.Refusal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * May this actor let a doctor choice take effect (valid from) on this day? (DOC-6)
 * Back in time: a citizen not at all, a caseworker 14 days, a caseworker with special rights a year (the FAQ:
 * "14 dage tilbage fra dags dato", "mere end 14 dage tilbage ... Op til et år").
 * Ahead: the rules give no limit for doctor choices, so the windows of group changes apply (GRP-2, release notes
 * 1.1: citizen 30 days, caseworker 30 days, special rights 1 year). A group change to 1 and its doctor choice are
 * often made together with one date, so the two use the one set of windows of the global configuration
 * ({@link EffectiveDateWindows}). An administrator gets a caseworker's window, as for group changes.
 * The system (automatic assignment, CPR events) is not limited: CPR events carry their own dates.
 */
public final class RetroactiveDatePolicy {

    private RetroactiveDatePolicy() {
    }

    /** Empty when {@code validFrom} lies in the actor's window around {@code today}; otherwise the refusal. */
    public static Optional<Refusal> mayTakeEffect(Actor actor, LocalDate validFrom, LocalDate today,
                                                  EffectiveDateWindows windows) {
        return windows.of(actor)
                .filter(window -> !window.contains(validFrom, today))
                .map(window -> Refusal.unprocessable("effective-date-outside-window", "DOC-6",
                        "A doctor choice by this actor must take effect " + window.describe(today)));
    }
}
