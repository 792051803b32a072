package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.forloeb.Creator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a doctor choice stands. While it is pending (the first three) it holds a place at the doctor (DOC-7).
 * <pre>
 *   AwaitingDispensation ──approved──▶ AwaitingMoveEvent (reason move) ──move event──▶ AwaitingLuna ──▶ InEffect
 *            │                 └────────────────────────────────────────────────────▶ AwaitingLuna
 *            └──rejected or 14 days of silence──▶ Rejected
 *   AwaitingLuna ──LUNA refuses──▶ RefusedByLuna
 *   any pending state ──cancel──▶ Cancelled
 * </pre>
 */
public sealed interface DoctorChoiceState {

    /** Pending states hold a place at the chosen doctor; final ones do not. */
    default boolean isPending() {
        return !(this instanceof InEffect || this instanceof Rejected || this instanceof RefusedByLuna
                || this instanceof Cancelled);
    }

    /** The name clients see, e.g. AWAITING_DISPENSATION. */
    String name();

    /** DOC-4: the doctor answers the application until {@code answerBy}; silence after that is a rejection. */
    record AwaitingDispensation(LocalDate answerBy) implements DoctorChoiceState {
        public AwaitingDispensation {
            Objects.requireNonNull(answerBy, "answerBy");
        }

        @Override
        public String name() {
            return "AWAITING_DISPENSATION";
        }
    }

    /** DOC-9: a choice made because of a move waits for CPR's move event. */
    record AwaitingMoveEvent() implements DoctorChoiceState {
        @Override
        public String name() {
            return "AWAITING_MOVE_EVENT";
        }
    }

    /** Approved and handed to LUNA through the outbox (FORL-4). */
    record AwaitingLuna() implements DoctorChoiceState {
        @Override
        public String name() {
            return "AWAITING_LUNA";
        }
    }

    /** Registered in LUNA: the person's doctor from the choice's valid-from date. */
    record InEffect(Instant since) implements DoctorChoiceState {
        @Override
        public String name() {
            return "IN_EFFECT";
        }
    }

    /** DOC-4: the doctor rejected the dispensation, or did not answer in time ({@code silent}). */
    record Rejected(Instant at, Creator by, boolean silent) implements DoctorChoiceState {
        @Override
        public String name() {
            return "REJECTED";
        }
    }

    /**
     * LUNA refused to register the choice (an answer, not an outage): it will not take effect, and a caseworker
     * picks it up from there. {@code reason} is LUNA's answer.
     */
    record RefusedByLuna(Instant at, String reason) implements DoctorChoiceState {
        public RefusedByLuna {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }

        /** LUNA decided it. */
        public Creator by() {
            return Creator.system("LUNA");
        }

        @Override
        public String name() {
            return "REFUSED_BY_LUNA";
        }
    }

    record Cancelled(Instant at, Creator by) implements DoctorChoiceState {
        @Override
        public String name() {
            return "CANCELLED";
        }
    }
}
