package dk.sygesikring.adapters.persistence.practitioner;

import dk.sygesikring.application.port.out.PractitionerSearch;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The WHERE clause of a practitioner search, built from whichever criteria the search has. */
final class PractitionerSpecifications {

    private PractitionerSpecifications() {
    }

    static PredicateSpecification<PractitionerRow> matching(PractitionerSearch search) {
        return (root, criteria) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(criteria.isNull(root.get("closedDownAt")));
            if (search.text() != null) {
                String text = search.text().toLowerCase(Locale.ROOT);
                all.add(text.matches("\\d{1,6}")
                        ? criteria.like(root.get("providerNumber"), text + "%")
                        : criteria.like(criteria.lower(root.get("practiceName")), "%" + text + "%"));
            }
            if (!search.municipalities().isEmpty()) {
                all.add(root.get("municipalityCode").in(search.municipalities().stream().map(MunicipalityCode::value).toList()));
            }
            if (!search.includeSpecial()) {
                all.add(criteria.equal(root.get("kind"), PractitionerKind.REGULAR.name()));
            }
            // an extended search for everything has no criteria, and and() of nothing would write a bare "WHERE"
            return all.isEmpty() ? null : criteria.and(all.toArray(Predicate[]::new));
        };
    }
}
