package dk.sygesikring.domain.card;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The totals of the accounting and ordering report (AUD-2). The counts sort every order of the period by its fee
 * (CARD-3) and by how it ended; the money is what is due: a charged order that ended without a card is counted
 * among the charged, but its fee is not due (its payment is released, PAY-1).
 *
 * @param cardsMade        orders whose card the supplier has drawn or dispatched
 * @param chargedOrders    orders with a fee, whatever became of them
 * @param chargedDueKroner the fees of the charged orders that make or made a card
 * @param freeByExemption  every one of the nine exemptions, with the free orders it made free
 * @param notOrdered       every reason an automatic order made no card (CARD-6, CARD-8, CARD-10), with its orders
 */
public record CardOrderReportTotals(int orders, int cardsMade, int chargedOrders, BigDecimal chargedDueKroner,
                                    Map<FeeExemption, Integer> freeByExemption, int freeNotThePersonsDoing,
                                    int cancelled, int refusedBySupplier, Map<NotOrderedBecause, Integer> notOrdered) {

    public CardOrderReportTotals {
        Objects.requireNonNull(chargedDueKroner, "chargedDueKroner");
        freeByExemption = complete(FeeExemption.class, freeByExemption);
        notOrdered = complete(NotOrderedBecause.class, notOrdered);
        chargedDueKroner = chargedDueKroner.setScale(2);
    }

    /** Free by one of the exemptions or as not the person's doing. */
    public int freeOrders() {
        return freeByExemption.values().stream().mapToInt(Integer::intValue).sum() + freeNotThePersonsDoing;
    }

    /** The map with every constant of the enum, in its order, 0 for those it lacks. */
    private static <K extends Enum<K>> Map<K, Integer> complete(Class<K> type, Map<K, Integer> counts) {
        EnumMap<K, Integer> all = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            all.put(key, counts.getOrDefault(key, 0));
        }
        return Collections.unmodifiableMap(all);
    }
}
