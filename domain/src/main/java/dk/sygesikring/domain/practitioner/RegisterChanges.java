package dk.sygesikring.domain.practitioner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What LUNA's list of practitioners changes in the register (INT-1): practitioners it adds, those whose data it
 * changes, those it leaves as they are, and those no longer listed, which close down. The number of patients does not
 * make a change: it moves every day, and it is taken from every listed practitioner anyway (DOC-7).
 */
public record RegisterChanges(List<Practitioner> added, List<Practitioner> changed, List<Practitioner> unchanged,
                              List<ProviderNumber> closed) {

    public RegisterChanges {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        closed = List.copyOf(closed);
    }

    /**
     * @param held   the practitioners in the register, none closed down
     * @param listed LUNA's practitioners; a provider number listed twice is LUNA's defect (IllegalArgumentException)
     */
    public static RegisterChanges between(Collection<Practitioner> held, Collection<Practitioner> listed) {
        Map<ProviderNumber, Practitioner> heldByNumber = new LinkedHashMap<>();
        held.forEach(practitioner -> heldByNumber.put(practitioner.providerNumber(), practitioner));
        Map<ProviderNumber, Practitioner> listedByNumber = new LinkedHashMap<>();
        for (Practitioner practitioner : listed) {
            if (listedByNumber.put(practitioner.providerNumber(), practitioner) != null) {
                throw new IllegalArgumentException("LUNA lists provider number " + practitioner.providerNumber() + " twice");
            }
        }
        List<Practitioner> added = new ArrayList<>();
        List<Practitioner> changed = new ArrayList<>();
        List<Practitioner> unchanged = new ArrayList<>();
        listedByNumber.values().forEach(practitioner -> {
            Practitioner before = heldByNumber.get(practitioner.providerNumber());
            if (before == null) {
                added.add(practitioner);
            } else if (sameExceptPatients(before, practitioner)) {
                unchanged.add(practitioner);
            } else {
                changed.add(practitioner);
            }
        });
        List<ProviderNumber> closed = heldByNumber.keySet().stream().filter(number -> !listedByNumber.containsKey(number)).toList();
        return new RegisterChanges(added, changed, unchanged, closed);
    }

    /** Every listed practitioner, to be saved with LUNA's count of its patients. */
    public List<Practitioner> listed() {
        List<Practitioner> all = new ArrayList<>(added);
        all.addAll(changed);
        all.addAll(unchanged);
        return all;
    }

    /** Would closing these take more than {@code percent} of the {@code held} practitioners? */
    public boolean closesMoreThan(int percent, int held) {
        return closed.size() * 100L > (long) percent * held;
    }

    private static boolean sameExceptPatients(Practitioner before, Practitioner now) {
        return before.practiceName().equals(now.practiceName())
                && before.address().equals(now.address())
                && before.municipalityCode().equals(now.municipalityCode())
                && before.kind() == now.kind()
                && before.open() == now.open()
                && before.capacity() == now.capacity()
                && before.closingLimit() == now.closingLimit()
                && Objects.equals(before.selectivelyOpenPostcodes(), now.selectivelyOpenPostcodes());
    }
}
