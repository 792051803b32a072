package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.configuration.Days;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's consent to transfer the medical record, recorded with every doctor choice (DOC-5).
 * A state machine of three states: {@link Yes} and {@link No} are final; {@link DontKnow} may be settled to yes or
 * no by the citizen or a caseworker up to and including its last day, the choice's creation day plus the consent
 * period of the global configuration (8 days), and from the day after that it counts as no. The last day is fixed
 * when the choice is made: a later change of the period does not move the deadline the person was given. Nothing is
 * stored when the period runs out: {@link #effectiveOn} answers for any day, so the deadline task only has to read it.
 */
public sealed interface Consent permits Consent.Yes, Consent.No, Consent.DontKnow {

    Refusal REQUIRED = Refusal.unprocessable("consent-required", "DOC-5",
            "A doctor choice records consent to transfer the medical record: yes, no or don't know");
    Refusal FINAL = Refusal.conflict("consent-is-final", "DOC-5",
            "Consent to transfer the medical record is final once it is yes or no");
    Refusal SETTLED_BY_CITIZEN_OR_CASEWORKER = Refusal.forbidden("consent-settled-by-citizen-or-caseworker", "DOC-5",
            "Only the citizen or a caseworker settles a consent of \"don't know\"");

    /** The answer as recorded, without applying the settling period. */
    ConsentAnswer recorded();

    /** What the consent means on {@code day}: "don't know" becomes no once the settling period is over. */
    ConsentAnswer effectiveOn(LocalDate day);

    /**
     * The citizen or a caseworker answers {@code answer} on {@code day}. Giving a final consent its own answer
     * again changes nothing and is not refused (a repeated request); any other change of yes or no is.
     */
    Outcome<Consent> settle(ConsentAnswer answer, Actor by, LocalDate day);

    static Consent yes() {
        return new Yes();
    }

    static Consent no() {
        return new No();
    }

    /** "Don't know" that can be settled up to and including {@code lastDayToSettle}. */
    static Consent dontKnowUntil(LocalDate lastDayToSettle) {
        return new DontKnow(lastDayToSettle);
    }

    /** DOC-5: the period ended on {@code lastDay}; the consent now counts as no. */
    static Refusal settlingPeriodOver(LocalDate lastDay) {
        return Refusal.conflict("consent-settling-period-over", "DOC-5",
                "\"Don't know\" could be settled until and including " + lastDay + "; it now counts as no");
    }

    /**
     * The consent a new choice starts with. An answer given is recorded as is; without one, automatic assignment,
     * CPR-event handling and mass assignment start with "don't know" and every other reason is refused, because
     * a person choosing (or a caseworker for them) must always say yes, no or don't know. "Don't know" can be
     * settled for {@code settlingPeriod} days after the choice's creation day.
     */
    static Outcome<Consent> atCreation(ChoiceReason reason, Optional<ConsentAnswer> given, LocalDate choiceCreatedOn,
                                       Days settlingPeriod) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(choiceCreatedOn, "choiceCreatedOn");
        Objects.requireNonNull(settlingPeriod, "settlingPeriod");
        if (given.isEmpty()) {
            return reason.consentDefaultsToDontKnow()
                    ? Outcome.success(dontKnowUntil(settlingPeriod.after(choiceCreatedOn)))
                    : Outcome.refused(REQUIRED);
        }
        return Outcome.success(switch (given.get()) {
            case YES -> yes();
            case NO -> no();
            case DONT_KNOW -> dontKnowUntil(settlingPeriod.after(choiceCreatedOn));
        });
    }

    record Yes() implements Consent {
        @Override
        public ConsentAnswer recorded() {
            return ConsentAnswer.YES;
        }

        @Override
        public ConsentAnswer effectiveOn(LocalDate day) {
            return ConsentAnswer.YES;
        }

        @Override
        public Outcome<Consent> settle(ConsentAnswer answer, Actor by, LocalDate day) {
            return settleFinal(this, answer, by);
        }
    }

    record No() implements Consent {
        @Override
        public ConsentAnswer recorded() {
            return ConsentAnswer.NO;
        }

        @Override
        public ConsentAnswer effectiveOn(LocalDate day) {
            return ConsentAnswer.NO;
        }

        @Override
        public Outcome<Consent> settle(ConsentAnswer answer, Actor by, LocalDate day) {
            return settleFinal(this, answer, by);
        }
    }

    /** @param lastDayToSettle the last day (Danish time) on which "don't know" can still be settled */
    record DontKnow(LocalDate lastDayToSettle) implements Consent {

        public DontKnow {
            Objects.requireNonNull(lastDayToSettle, "lastDayToSettle");
        }

        @Override
        public ConsentAnswer recorded() {
            return ConsentAnswer.DONT_KNOW;
        }

        @Override
        public ConsentAnswer effectiveOn(LocalDate day) {
            return day.isAfter(lastDayToSettle()) ? ConsentAnswer.NO : ConsentAnswer.DONT_KNOW;
        }

        @Override
        public Outcome<Consent> settle(ConsentAnswer answer, Actor by, LocalDate day) {
            if (!citizenOrCaseworker(by)) {
                return Outcome.refused(SETTLED_BY_CITIZEN_OR_CASEWORKER);
            }
            if (day.isAfter(lastDayToSettle())) {
                return Outcome.refused(settlingPeriodOver(lastDayToSettle));
            }
            return Outcome.success(switch (answer) {
                case YES -> yes();
                case NO -> no();
                case DONT_KNOW -> this;
            });
        }
    }

    private static Outcome<Consent> settleFinal(Consent current, ConsentAnswer answer, Actor by) {
        if (!citizenOrCaseworker(by)) {
            return Outcome.refused(SETTLED_BY_CITIZEN_OR_CASEWORKER);
        }
        return answer == current.recorded() ? Outcome.success(current) : Outcome.refused(FINAL);
    }

    /** DOC-5 names the citizen and the caseworker; whether this citizen may act for the person is ROLE-3/ROLE-4. */
    private static boolean citizenOrCaseworker(Actor by) {
        return switch (by) {
            case Citizen citizen -> true;
            case Caseworker caseworker -> true;
            case MunicipalAdministrator administrator -> false;
            case SystemActor system -> false;
        };
    }
}
