package dk.sygesikring.adapters.persistence.card;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of card_order (V17): the order as made, and the columns of its present state. */
@MappedEntity("card_order")
record CardOrderRow(@Id UUID id, UUID forloebId, UUID activityId, String cpr, String municipalityCode, String reason,
                    boolean explicit, String orderedByKind, String orderedById, Instant createdAt, String cardName,
                    String cardAddress, short cardGroup, @Nullable String cardProviderNumber,
                    @Nullable String cardPracticeName, @Nullable String cardPracticeAddress, LocalDate cardValidFrom,
                    String delivery, String feeDecision, BigDecimal feeKroner, @Nullable String feeExemption,
                    String payment, @Nullable String paymentChannel, @Nullable UUID paymentId, String state,
                    @Nullable LocalDate orderOn, @Nullable Instant stateAt, @Nullable String stateByKind,
                    @Nullable String stateById, @Nullable String supplierReference, @Nullable String supplierRefusal,
                    @Nullable String notOrderedBecause) {
}
