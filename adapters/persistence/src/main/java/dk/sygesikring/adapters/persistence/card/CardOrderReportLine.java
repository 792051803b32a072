package dk.sygesikring.adapters.persistence.card;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The columns of card_order (V17) the AUD-2 report reads; the card, its delivery and the forløb stay unread. */
@Introspected
record CardOrderReportLine(UUID id, Instant createdAt, String cpr, String reason, String feeDecision, BigDecimal feeKroner,
                           @Nullable String feeExemption, String payment, @Nullable String paymentChannel, String state,
                           @Nullable String notOrderedBecause) {
}
