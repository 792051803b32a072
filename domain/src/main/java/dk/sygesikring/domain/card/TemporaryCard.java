package dk.sygesikring.domain.card;

import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A temporary health card (CARD-4), as issued: one per TEMPORARY_CARD forløb, showing what the person's card showed
 * that day (CARD-1). It is a document, not an order: nothing about it changes after it is issued; where its letter
 * is, its forløb's SEND_LETTER activity says.
 *
 * @param municipality the municipality of the caseworker who issued it, which owns its forløb (ROLE-2)
 * @param letterId     its letter to the person's Digital Post, which keeps the PDF sent (and printed)
 */
public record TemporaryCard(ForloebId forloebId, MunicipalityCode municipality, HealthCard card, Creator issuedBy,
                            Instant issuedAt, UUID letterId) {

    public TemporaryCard {
        Objects.requireNonNull(forloebId, "forloebId");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(letterId, "letterId");
        if (issuedBy.kind() != Creator.Kind.CASEWORKER) {
            throw new IllegalArgumentException("only a caseworker issues a temporary card (CARD-4)");
        }
    }
}
