package dk.sygesikring.adapters.persistence.card;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of temporary_card (V20): the card as issued; the issuer is always a caseworker (CARD-4). */
@MappedEntity("temporary_card")
record TemporaryCardRow(@Id UUID forloebId, String municipalityCode, String cpr, String issuedBy, Instant issuedAt,
                        UUID letterId, String cardName, String cardAddress, short cardGroup,
                        @Nullable String cardProviderNumber, @Nullable String cardPracticeName,
                        @Nullable String cardPracticeAddress, LocalDate cardValidFrom) {
}
