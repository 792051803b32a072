package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.FifteenYearLetterRecordPort;
import dk.sygesikring.domain.person.Cpr;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** DOC-17's record of the persons whose 15-year letter was dealt with, in memory, one per person. */
public final class InMemoryFifteenYearLetters implements FifteenYearLetterRecordPort {

    private final Map<Cpr, FifteenYearLetterRecord> records = new LinkedHashMap<>();

    @Override
    public boolean recordOnce(FifteenYearLetterRecord record) {
        return records.putIfAbsent(record.cpr(), record) == null;
    }

    @Override
    public Set<Cpr> recordedOf(Collection<Cpr> cprs) {
        return cprs.stream().filter(records::containsKey).collect(Collectors.toSet());
    }

    public Optional<FifteenYearLetterRecord> of(Cpr cpr) {
        return Optional.ofNullable(records.get(cpr));
    }

    public int size() {
        return records.size();
    }
}
