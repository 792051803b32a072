package dk.sygesikring.simulators.luna;

import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.simulators.population.PhysicalCardOptOut;
import dk.sygesikring.simulators.population.Registration;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's history from their registrations and opt-out (DOC-10), newest validFrom first. Each doctor choice or
 * group change holds until the day before the next one takes effect; one replaced on its own first day (GRP-5) ends
 * the day before it began: it was never in force. The opt-out shows the group in force on the day it was made.
 */
final class PersonHistory {

    static final String OPT_OUT_TEXT = "Fravalg af fysisk sundhedskort";
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final Comparator<Registration> IN_ORDER_MADE =
            Comparator.comparing(Registration::validFrom).thenComparing(Registration::registeredAt);

    private PersonHistory() {
    }

    static List<HistoryRow> of(List<Registration> registrations, Optional<PhysicalCardOptOut> optOut) {
        List<Registration> inOrder = registrations.stream().sorted(IN_ORDER_MADE).toList();
        List<HistoryRow> rows = new ArrayList<>();
        for (int i = 0; i < inOrder.size(); i++) {
            Registration registration = inOrder.get(i);
            LocalDate validTo = i + 1 < inOrder.size() ? inOrder.get(i + 1).validFrom().minusDays(1) : null;
            rows.add(new HistoryRow(registration.kind().name(), registration.group(), registration.providerNumber(),
                    registration.validFrom(), validTo, registration.registeredAt(), registration.registrationId(),
                    registration.text()));
        }
        optOut.filter(ignored -> !inOrder.isEmpty()).ifPresent(out -> rows.add(optOutRow(inOrder, out)));
        return rows.stream()
                .sorted(Comparator.comparing(HistoryRow::validFrom).thenComparing(HistoryRow::registeredAt).reversed())
                .toList();
    }

    private static HistoryRow optOutRow(List<Registration> inOrder, PhysicalCardOptOut optOut) {
        LocalDate day = optOut.registeredAt().atZone(DANISH_TIME).toLocalDate();
        Sikringsgruppe group = inOrder.stream()
                .filter(registration -> !registration.validFrom().isAfter(day))
                .reduce((earlier, later) -> later)
                .orElse(inOrder.getFirst())
                .group();
        UUID id = UUID.nameUUIDFromBytes(("LUNA opt-out " + optOut.cpr() + " " + optOut.registeredAt())
                .getBytes(StandardCharsets.UTF_8));
        return new HistoryRow("PHYSICAL_CARD_OPT_OUT", group, null, day, null, optOut.registeredAt(), id, OPT_OUT_TEXT);
    }
}
