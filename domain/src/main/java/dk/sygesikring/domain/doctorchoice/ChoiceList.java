package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.configuration.DistanceLimit;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's personal choice list (DOC-2): the ordinary practitioners within the distance limit of the person's
 * address, open ones first, then by distance as shown (0.1 km), then by provider number; each with its explained
 * availability ({@link DoctorChoicePolicy}). A person inactive in CPR or whose address has no coordinates gets
 * {@link NotListed} saying why.
 */
public sealed interface ChoiceList permits ChoiceList.Listed, ChoiceList.NotListed {

    List<ChoiceListEntry> entries();

    /**
     * The list, or the DOC-3 refusal when {@code family} designates a partner who cannot be used.
     *
     * @param candidates   practitioners near the address, found by the caller; filtered here by the exact distance
     * @param reservations the places pending choices hold (DOC-7)
     */
    static Outcome<ChoiceList> of(Person person, Collection<Practitioner> candidates, Reservations reservations,
                                  DistanceLimit limit, FamilyDoctors family, LocalDate today) {
        if (!person.isActive()) {
            return Outcome.success(new NotListed(person.cpr(), WhyNotListed.INACTIVE_IN_CPR));
        }
        if (person.address().coordinates() == null) {
            return Outcome.success(new NotListed(person.cpr(), WhyNotListed.ADDRESS_WITHOUT_COORDINATES));
        }
        Optional<Refusal> partnerRefusal = ClosedDoctorPolicy.partnerRefusal(person, family, today);
        if (partnerRefusal.isPresent()) {
            return Outcome.refused(partnerRefusal.get());
        }
        NearbyPractitioners nearby = NearbyPractitioners.around(person, candidates, reservations, limit);
        List<ChoiceListEntry> entries = nearby.practitioners().stream()
                .map(near -> new ChoiceListEntry(ListedPractitioner.of(near.practitioner()), near.roundedKilometres(),
                        near.openForPerson(), DoctorChoicePolicy.availability(person, near.practitioner(),
                                near.capacity(), near.openForPerson(), () -> nearby, family, today)))
                .sorted(Comparator.comparing((ChoiceListEntry entry) -> !entry.openForPerson())
                        .thenComparingDouble(ChoiceListEntry::distanceKilometres)
                        .thenComparing(entry -> entry.practitioner().providerNumber().value()))
                .toList();
        return Outcome.success(new Listed(person.cpr(), limit, entries));
    }

    record Listed(Cpr cpr, DistanceLimit limit, List<ChoiceListEntry> entries) implements ChoiceList {
        public Listed {
            Objects.requireNonNull(cpr, "cpr");
            Objects.requireNonNull(limit, "limit");
            entries = List.copyOf(entries);
        }
    }

    record NotListed(Cpr cpr, WhyNotListed why) implements ChoiceList {
        public NotListed {
            Objects.requireNonNull(cpr, "cpr");
            Objects.requireNonNull(why, "why");
        }

        @Override
        public List<ChoiceListEntry> entries() {
            return List.of();
        }
    }

    /** Why a person has no choice list: distances are measured from an address CPR holds as current. */
    enum WhyNotListed {
        INACTIVE_IN_CPR("the person is inactive in CPR and has no Danish address to measure from"),
        ADDRESS_WITHOUT_COORDINATES("the person's address has no coordinates to measure from");

        private final String reason;

        WhyNotListed(String reason) {
            this.reason = reason;
        }

        public String rule() {
            return "DOC-2";
        }

        public String reason() {
            return reason;
        }

        public String explained() {
            return rule() + ": " + reason;
        }
    }
}
