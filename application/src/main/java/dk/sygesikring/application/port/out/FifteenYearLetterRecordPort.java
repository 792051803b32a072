package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.person.Cpr;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * DOC-17: the persons whose 15-year letter has been dealt with, once each: sent, or held back by LET-3. Callers hold
 * the transaction (TransactionPort); a record is stored with the letter's forløb or not at all.
 */
public interface FifteenYearLetterRecordPort {

    /** The person's letter, with the forløb that sends it, the day it was due and when it was recorded. */
    record FifteenYearLetterRecord(Cpr cpr, ForloebId forloeb, LocalDate dueOn, Instant recordedAt) {

        public FifteenYearLetterRecord {
            Objects.requireNonNull(cpr, "cpr");
            Objects.requireNonNull(forloeb, "forloeb");
            Objects.requireNonNull(dueOn, "dueOn");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }
    }

    /**
     * Records the person's letter, unless it was recorded before, by any run on any instance: true when this is the
     * first record, and the caller sends the letter; false, and nothing stored, when it is not. A record being made
     * in a transaction not yet ended is waited for, so of two overlapping runs exactly one gets true.
     */
    boolean recordOnce(FifteenYearLetterRecord record);

    /** Those of {@code cprs} whose letter is recorded. */
    Set<Cpr> recordedOf(Collection<Cpr> cprs);
}
