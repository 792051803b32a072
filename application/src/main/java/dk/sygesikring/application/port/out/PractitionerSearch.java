package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.util.Set;

/**
 * @param text           a provider number (or its first digits) or part of a practice name; null for any
 * @param municipalities practitioners of these municipalities; empty for all
 * @param includeSpecial also island and shelter doctors (only extended search finds them, DOC-1)
 */
public record PractitionerSearch(String text, Set<MunicipalityCode> municipalities, boolean includeSpecial, int limit) {
    public PractitionerSearch {
        municipalities = Set.copyOf(municipalities);
        if (limit < 1) {
            throw new IllegalArgumentException("a search returns at least one practitioner");
        }
    }
}
