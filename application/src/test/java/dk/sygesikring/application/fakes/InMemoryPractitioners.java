package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.PractitionerSearch;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * The practitioner register in memory, for use-case tests. {@link #near} returns those within the distance (the
 * adapter returns a bounding box around it; the rules measure the exact distance themselves either way). Counts the
 * locks taken, which the adapter takes on the row.
 */
public final class InMemoryPractitioners implements PractitionerRegisterPort {

    private final Map<ProviderNumber, Practitioner> register = new LinkedHashMap<>();
    public final List<ProviderNumber> locked = new ArrayList<>();

    public Practitioner add(Practitioner practitioner) {
        register.put(practitioner.providerNumber(), practitioner);
        return practitioner;
    }

    @Override
    public Optional<Practitioner> loadPractitioner(ProviderNumber providerNumber) {
        return Optional.ofNullable(register.get(providerNumber));
    }

    @Override
    public Optional<Practitioner> lockPractitioner(ProviderNumber providerNumber) {
        locked.add(providerNumber);
        return loadPractitioner(providerNumber);
    }

    /** As the adapter searches: a provider number by its first digits or a practice name by a part, by name. */
    @Override
    public List<Practitioner> search(PractitionerSearch search) {
        String text = search.text() == null ? null : search.text().toLowerCase(Locale.ROOT);
        return register.values().stream()
                .filter(practitioner -> text == null || (text.matches("\\d{1,6}")
                        ? practitioner.providerNumber().value().startsWith(text)
                        : practitioner.practiceName().toLowerCase(Locale.ROOT).contains(text)))
                .filter(practitioner -> search.municipalities().isEmpty()
                        || search.municipalities().contains(practitioner.municipalityCode()))
                .filter(practitioner -> search.includeSpecial() || practitioner.kind() == PractitionerKind.REGULAR)
                .sorted(Comparator.comparing(Practitioner::practiceName))
                .limit(search.limit())
                .toList();
    }

    @Override
    public List<Practitioner> near(Coordinates centre, double kilometres) {
        return register.values().stream()
                .filter(practitioner -> practitioner.address().coordinates() != null)
                .filter(practitioner -> centre.kilometresTo(practitioner.address().coordinates()) <= kilometres)
                .sorted(Comparator.comparingDouble(practitioner -> centre.kilometresTo(practitioner.address().coordinates())))
                .toList();
    }

    @Override
    public void savePractitioners(Collection<Practitioner> practitioners) {
        practitioners.forEach(this::add);
    }

    @Override
    public PatientCountMark patientCountMark() {
        return new PatientCountMark(LocalDate.EPOCH, 0);
    }

    @Override
    public void savePractitioners(Collection<Practitioner> practitioners, PatientCountMark mark) {
        savePractitioners(practitioners);
    }

    @Override
    public List<Practitioner> inRegister() {
        return List.copyOf(register.values());
    }

    @Override
    public void closeDown(Collection<ProviderNumber> practitioners, Instant at) {
        practitioners.forEach(register::remove);
    }

    @Override
    public void lockForSynchronisation() {
    }
}
