package dk.sygesikring.domain.configuration;

import java.time.LocalDate;
import java.util.Objects;

/** How far back and ahead of today an actor may date a change (GRP-2, DOC-6). Both ends are included. */
public record EffectiveDateWindow(Days back, Days ahead) {

    public EffectiveDateWindow {
        Objects.requireNonNull(back, "back");
        Objects.requireNonNull(ahead, "ahead");
    }

    public static EffectiveDateWindow of(int daysBack, int daysAhead) {
        return new EffectiveDateWindow(Days.of(daysBack), Days.of(daysAhead));
    }

    public boolean contains(LocalDate day, LocalDate today) {
        return !day.isBefore(back.before(today)) && !day.isAfter(ahead.after(today));
    }

    /** "between 2026-11-08 and 2026-12-22". */
    public String describe(LocalDate today) {
        return "between " + back.before(today) + " and " + ahead.after(today);
    }
}
