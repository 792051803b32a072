package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.CardOrderStorePort;
import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.application.port.out.luna.LunaHistoryEntry;
import dk.sygesikring.application.port.out.luna.LunaPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.CardOrderState;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.registration.RegistrationHistory;
import dk.sygesikring.domain.result.Outcome;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * DOC-10. LUNA's rows come first (its texts and valid-to dates are the register's own); this service's
 * registrations add the forløb that made them, and stand alone while LUNA does not know them or does not answer.
 * LUNA is asked outside the database transaction: a slow LUNA holds no connection.
 */
@Singleton
public class DoctorChoiceHistoryService implements DoctorChoiceHistoryUseCase {

    private final PersonGate persons;
    private final RegistrationPort registrations;
    private final CardOrderStorePort cardOrders;
    private final LunaPort luna;
    private final TransactionPort transactions;
    private final Clock clock;

    public DoctorChoiceHistoryService(PersonGate persons, RegistrationPort registrations, CardOrderStorePort cardOrders,
                                      LunaPort luna, TransactionPort transactions, Clock clock) {
        this.cardOrders = cardOrders;
        this.persons = persons;
        this.registrations = registrations;
        this.luna = luna;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<DoctorChoiceHistory> history(Actor reader, Cpr cpr, View view) {
        Outcome<Known> ours = transactions.inTransaction(() -> persons.readable(reader, cpr, AuditAction.READ_DOCTOR_CHOICE_HISTORY)
                .map(person -> new Known(registrations.loadRegistrations(cpr), cardOrders.ofPerson(cpr))));
        return ours.map(knownHere -> {
            List<InsuranceRegistration> known = knownHere.registrations();
            Optional<List<LunaHistoryEntry>> lunas = lunaHistory(cpr);
            Map<UUID, DoctorChoiceHistory.Row> rows = new LinkedHashMap<>();
            lunas.orElse(List.of()).forEach(entry -> rows.put(entry.registrationId(), new DoctorChoiceHistory.Row(entry.kind(),
                    entry.group(), entry.providerNumber(), entry.validFrom(), entry.validTo(), entry.registeredAt(),
                    entry.registrationId(), entry.text(), null)));
            List<DoctorChoiceHistory.Row> own = new ArrayList<>(ownRows(known));
            knownHere.cardOrders().stream().map(DoctorChoiceHistoryService::cardOrderRow).forEach(own::add);
            for (DoctorChoiceHistory.Row row : own) {
                rows.merge(row.registrationId(), row, (fromLuna, fromUs) -> new DoctorChoiceHistory.Row(fromLuna.kind(),
                        fromLuna.group(), fromLuna.providerNumber(), fromLuna.validFrom(), fromLuna.validTo(),
                        fromLuna.registeredAt(), fromLuna.registrationId(), fromLuna.text(), fromUs.forloebId()));
            }
            List<DoctorChoiceHistory.Row> newestFirst = rows.values().stream()
                    .sorted(Comparator.comparing(DoctorChoiceHistory.Row::validFrom)
                            .thenComparing(DoctorChoiceHistory.Row::registeredAt).reversed())
                    .toList();
            return new DoctorChoiceHistory(cpr, lunas.isPresent(), inView(newestFirst, view, LocalDate.now(clock)));
        });
    }

    private static List<DoctorChoiceHistory.Row> inView(List<DoctorChoiceHistory.Row> newestFirst, View view, LocalDate today) {
        return switch (view) {
            case REGISTRATIONS -> newestFirst;
            case CARD_ORDERS -> newestFirst.stream().filter(row -> row.kind() == LunaHistoryEntry.Kind.CARD_ORDER).toList();
            case CURRENT -> {
                List<DoctorChoiceHistory.Row> insurance = newestFirst.stream()
                        .filter(row -> row.kind() == LunaHistoryEntry.Kind.DOCTOR_CHOICE || row.kind() == LunaHistoryEntry.Kind.GROUP_CHANGE)
                        .toList();
                List<DoctorChoiceHistory.Row> current = new ArrayList<>(insurance.stream()
                        .filter(row -> row.validFrom().isAfter(today)).toList());
                // newest first: the first row from today or before is the one in force
                insurance.stream().filter(row -> !row.validFrom().isAfter(today)).findFirst().ifPresent(current::add);
                yield current;
            }
        };
    }

    private Optional<List<LunaHistoryEntry>> lunaHistory(Cpr cpr) {
        try {
            return Optional.of(luna.history(cpr));
        } catch (ExternalSystemUnavailableException e) {
            return Optional.empty();
        }
    }

    /** This service's registrations as history rows; valid-to is the day before the next registration that counts. */
    private static List<DoctorChoiceHistory.Row> ownRows(List<InsuranceRegistration> known) {
        List<InsuranceRegistration> effectiveNewestFirst = new RegistrationHistory(known).effective();
        return known.stream().map(registration -> {
            int index = effectiveNewestFirst.indexOf(registration);
            LocalDate validTo = index > 0 ? effectiveNewestFirst.get(index - 1).validFrom().minusDays(1) : null;
            return new DoctorChoiceHistory.Row(
                    registration.isDoctorChoice() ? LunaHistoryEntry.Kind.DOCTOR_CHOICE : LunaHistoryEntry.Kind.GROUP_CHANGE,
                    registration.group(), registration.providerNumber(), registration.validFrom(), validTo,
                    registration.registeredAt(), registration.registrationId(), text(registration), registration.forloebId());
        }).toList();
    }

    /** What this service knows of the person: its registrations and its card orders. */
    private record Known(List<InsuranceRegistration> registrations, List<CardOrder> cardOrders) {
    }

    /** DOC-10's card-order view: each card order this service made, by the card it shows and where it is. */
    private static DoctorChoiceHistory.Row cardOrderRow(CardOrder order) {
        return new DoctorChoiceHistory.Row(LunaHistoryEntry.Kind.CARD_ORDER, order.card().group(),
                order.card().doctor().map(HealthCard.CardDoctor::providerNumber).orElse(null), order.card().validFrom(), null,
                order.createdAt(), order.id(), "Kortbestilling (" + cardOrderStatus(order.state()) + ")", order.forloebId());
    }

    /** "Kortbestilling (sendt til sikrede)", as the register words a dispatched card. */
    private static String cardOrderStatus(CardOrderState state) {
        return switch (state) {
            case CardOrderState.AwaitingPayment awaiting -> "afventer betaling";
            case CardOrderState.WaitingToOrder waiting -> "bestilles " + waiting.orderOn();
            case CardOrderState.Ordered ordered -> "bestilt";
            case CardOrderState.AtSupplier atSupplier -> "hos kortleverandøren";
            case CardOrderState.Drawn drawn -> "under produktion";
            case CardOrderState.Dispatched dispatched -> "sendt til sikrede";
            case CardOrderState.Cancelled cancelled -> "annulleret";
            case CardOrderState.RefusedBySupplier refused -> "afvist af kortleverandøren";
            case CardOrderState.NotOrdered notOrdered -> "ikke bestilt, " + notOrdered.because().rule();
        };
    }

    /** The register's own wording: "Lægevalg: 050208 (godkendt)", "Gruppeskift til 2 (godkendt)". */
    private static String text(InsuranceRegistration registration) {
        return registration.isDoctorChoice()
                ? "Lægevalg: " + registration.providerNumber() + " (godkendt)"
                : "Gruppeskift til " + registration.group().number() + " (godkendt)";
    }
}
