package dk.sygesikring.simulators.population;

import static dk.sygesikring.simulators.population.WellKnown.*;

import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The fixed LUNA registrations of the {@link WellKnown} persons, documented in docs/demo-data.md: the København
 * family with one doctor (the father with an older one before), a child with the doctor of the parent he lives
 * with (PER-7), the emigrant in group 7, a person in group 2, and an opt-out of the physical card.
 */
final class WellKnownRegistrations {

    private WellKnownRegistrations() {
    }

    static List<Registration> all() {
        return List.of(
                choice(KBH_FATHER, FREDERIKSBERG_PRACTICE, 2009, 6, 1),
                choice(KBH_FATHER, KBH_PRACTICE, 2015, 3, 1),
                choice(KBH_MOTHER, KBH_PRACTICE, 2015, 3, 1),
                choice(KBH_DAUGHTER_UNDER_15, KBH_PRACTICE, 2015, 3, 1),
                choice(KBH_SON_UNDER_15, KBH_PRACTICE, 2018, 9, 3),
                choice(KBH_SON_19_AT_HOME, KBH_PRACTICE, 2015, 3, 1),
                choice(PROTECTED_MOTHER, AARHUS_PRACTICE, 2016, 8, 1),
                choice(PROTECTED_CHILD, AARHUS_PRACTICE, 2016, 8, 1),
                group(EMIGRATED, Sikringsgruppe.GROUP_7, 2019, 8, 1),
                group(SUPPLEMENTARY_ADDRESS, Sikringsgruppe.GROUP_2, 2021, 1, 1),
                choice(UNDER_GUARDIANSHIP, KBH_PRACTICE, 2020, 4, 1),
                choice(GUARDIAN, RUDERSDAL_PRACTICE, 2012, 10, 1),
                choice(CARE_HOME_RESIDENT, KBH_PRACTICE, 2022, 5, 1),
                choice(DIVORCED_FATHER, KBH_PRACTICE, 2019, 1, 15),
                choice(DIVORCED_MOTHER, FREDERIKSBERG_PRACTICE, 2019, 1, 15),
                choice(CHILD_OF_DIVORCED_PARENTS, FREDERIKSBERG_PRACTICE, 2019, 1, 15));
    }

    static List<PhysicalCardOptOut> optOuts() {
        return List.of(new PhysicalCardOptOut(KBH_SON_19_AT_HOME,
                LocalDateTime.of(2025, 2, 14, 10, 15).atZone(ZoneId.of("Europe/Copenhagen")).toInstant()));
    }

    private static Registration choice(Cpr cpr, ProviderNumber practice, int year, int month, int day) {
        return DemoRegistrations.doctorChoice(cpr, practice, LocalDate.of(year, month, day));
    }

    private static Registration group(Cpr cpr, Sikringsgruppe group, int year, int month, int day) {
        return DemoRegistrations.groupChange(cpr, group, LocalDate.of(year, month, day));
    }
}
