package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.CprCardEventsPort;
import dk.sygesikring.domain.person.Cpr;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The marriages and name changes of CARD-11, in memory. */
public final class InMemoryCprCardEvents implements CprCardEventsPort {

    private record Event(Cpr cpr, boolean marriage, LocalDate on, boolean carded) {
    }

    private final List<Event> events = new ArrayList<>();

    @Override
    public void recordMarriage(Cpr cpr, LocalDate marriedOn) {
        events.add(new Event(cpr, true, marriedOn, false));
    }

    @Override
    public void recordNameChange(Cpr cpr, LocalDate changedOn) {
        events.add(new Event(cpr, false, changedOn, false));
    }

    @Override
    public Optional<LocalDate> latestMarriage(Cpr cpr) {
        return events.stream().filter(event -> event.cpr().equals(cpr) && event.marriage()).map(Event::on)
                .max(Comparator.naturalOrder());
    }

    @Override
    public Optional<LocalDate> nameChangeWithoutCard(Cpr cpr) {
        return events.stream().filter(event -> event.cpr().equals(cpr) && !event.marriage() && !event.carded()).map(Event::on)
                .max(Comparator.naturalOrder());
    }

    @Override
    public void cardOrderedForNameChanges(Cpr cpr) {
        events.replaceAll(event -> event.cpr().equals(cpr) && !event.marriage() ? new Event(cpr, false, event.on(), true) : event);
    }
}
