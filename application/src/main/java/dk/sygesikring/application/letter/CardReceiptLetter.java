package dk.sygesikring.application.letter;

import dk.sygesikring.application.letter.template.LetterFields;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The receipt of a card order of its own ("Bestil sundhedskort", LET-1, LET-2), from
 * {@code letter-templates/card-receipt.mustache}: each card ordered with its person, reason and fee, and the total.
 * Cards ordered by a doctor choice or a group change get none: that forløb's receipt is the letter.
 */
public final class CardReceiptLetter {

    private static final Locale DANISH = Locale.of("da", "DK");

    private CardReceiptLetter() {
    }

    /** @param orders the cards of one card-order forløb, each ordered for itself ({@link CardOrder#explicit()}) */
    public static LetterText of(List<CardOrder> orders, LocalDate today) {
        if (orders.isEmpty()) {
            throw new IllegalArgumentException("a card receipt is about at least one card");
        }
        if (orders.stream().anyMatch(order -> !order.explicit())) {
            throw new IllegalArgumentException("LET-2: only a card order of its own gets a card receipt");
        }
        if (orders.stream().map(CardOrder::forloebId).distinct().count() > 1) {
            throw new IllegalArgumentException("LET-2: one receipt per forløb");
        }
        BigDecimal total = orders.stream().map(order -> order.fee().kroner()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return LetterFields.create()
                .list("cards", orders.stream().map(CardReceiptLetter::line).toList())
                .flag("charged", total.signum() > 0)
                .text("totalFee", kroner(total))
                .write(LetterKind.CARD_RECEIPT, today);
    }

    private static String line(CardOrder order) {
        return PersonLines.line(order.card().name(), order.cpr()) + ": " + order.reason().danishText() + ", "
                + (order.fee().isCharged() ? "gebyr " + kroner(order.fee().kroner()) : "gratis");
    }

    /** "195,00 kr." */
    private static String kroner(BigDecimal amount) {
        return String.format(DANISH, "%,.2f kr.", amount);
    }
}
