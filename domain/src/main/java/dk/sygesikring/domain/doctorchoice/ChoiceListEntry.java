package dk.sygesikring.domain.doctorchoice;

import java.util.Objects;

/**
 * One line of a personal choice list (DOC-2).
 *
 * @param distanceKilometres from the person's address, rounded to 0.1 km
 * @param openForPerson      open for new patients from this person (selective openness included, without saying so)
 * @param availability       whether and why the person can choose it
 */
public record ChoiceListEntry(ListedPractitioner practitioner, double distanceKilometres, boolean openForPerson,
                              Availability availability) {

    public ChoiceListEntry {
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(availability, "availability");
    }
}
