package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.configuration.Days;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState.AwaitingDispensation;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState.AwaitingLuna;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState.AwaitingMoveEvent;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState.Cancelled;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState.InEffect;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState.RefusedByLuna;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState.Rejected;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The choice of one doctor for one or more persons (a parent and children under 15 choose together, PER-6), made
 * in a DOCTOR_CHOICE forløb: what was chosen, from when, why, for whom, and where it stands ({@link DoctorChoiceState}).
 * Immutable; every transition returns the changed choice or the refusal of the rule that forbids it.
 *
 * @param municipality the municipality of its forløb (DOC-8, DOC-16)
 * @param forced       a caseworker forced a closed doctor without dispensation (DOC-4, "gennemtving")
 */
public record DoctorChoice(
        ForloebId forloebId,
        MunicipalityCode municipality,
        ProviderNumber providerNumber,
        LocalDate validFrom,
        ChoiceReason reason,
        List<ChosenPerson> persons,
        boolean forced,
        LocalDate createdOn,
        DoctorChoiceState state) {

    public static final Refusal NOT_AWAITING_DISPENSATION = Refusal.conflict("not-awaiting-dispensation", "DOC-4",
            "The doctor choice is not waiting for a dispensation answer");
    public static final Refusal NOT_AWAITING_MOVE_EVENT = Refusal.conflict("not-awaiting-move-event", "DOC-9",
            "The doctor choice is not waiting for a move event");
    public static final Refusal IN_EFFECT_CANNOT_BE_CANCELLED = Refusal.conflict("doctor-choice-in-effect", "FORL-3",
            "A doctor choice in effect cannot be cancelled; make a new doctor choice instead");
    public static final Refusal NOT_PENDING = Refusal.conflict("doctor-choice-not-pending", "FORL-3",
            "The doctor choice has already ended");
    public static final Refusal FORCED_BY_CASEWORKER_ONLY = Refusal.forbidden("force-by-caseworker-only", "DOC-4",
            "Only a caseworker can force a closed doctor without dispensation");
    public static final Refusal PERSON_NOT_IN_CHOICE = Refusal.notFound("person-not-in-doctor-choice",
            "The person is not one of the doctor choice's persons");

    public DoctorChoice {
        Objects.requireNonNull(forloebId, "forloebId");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(providerNumber, "providerNumber");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(createdOn, "createdOn");
        Objects.requireNonNull(state, "state");
        persons = List.copyOf(persons);
        if (persons.isEmpty()) {
            throw new IllegalArgumentException("a doctor choice is made for at least one person");
        }
        if (persons.stream().map(ChosenPerson::cpr).distinct().count() != persons.size()) {
            throw new IllegalArgumentException("a person is named once in a doctor choice");
        }
    }

    /** One person to choose for, with how the doctor is available to them and the consent given. */
    public record Candidate(Cpr cpr, Availability availability, Consent consent) {
        public Candidate {
            Objects.requireNonNull(cpr, "cpr");
            Objects.requireNonNull(availability, "availability");
            Objects.requireNonNull(consent, "consent");
        }
    }

    /**
     * A new choice, or the refusal of the first person for whom the doctor cannot be chosen. It waits for a
     * dispensation when the doctor is closed for any of them (one application covers the family, who move together),
     * unless a caseworker forces it; then for the move event when the reason is a move (DOC-9); otherwise it goes
     * straight to LUNA. The doctor answers a dispensation application by today plus {@code dispensationAnswerPeriod}
     * (DOC-4, 14 days in the global configuration); the day is fixed with the choice.
     */
    public static Outcome<DoctorChoice> start(ForloebId forloebId, MunicipalityCode municipality, ProviderNumber doctor,
                                              LocalDate validFrom, ChoiceReason reason, List<Candidate> candidates,
                                              boolean force, Actor actor, LocalDate today, Days dispensationAnswerPeriod) {
        if (force && !(actor instanceof Caseworker)) {
            return Outcome.refused(FORCED_BY_CASEWORKER_ONLY);
        }
        Optional<Candidate> refused = candidates.stream()
                .filter(candidate -> candidate.availability().verdict() == Verdict.REFUSED).findFirst();
        if (refused.isPresent()) {
            Availability why = refused.get().availability();
            return Outcome.refused(new Refusal("doctor-cannot-be-chosen", Refusal.Kind.CONFLICT, why.rule(),
                    "The doctor cannot be chosen for " + refused.get().cpr().value() + ": " + why.reason()));
        }
        boolean needsDispensation = candidates.stream()
                .anyMatch(candidate -> candidate.availability().verdict() == Verdict.NEEDS_DISPENSATION);
        boolean forced = force && needsDispensation;
        List<ChosenPerson> persons = candidates.stream()
                .map(candidate -> new ChosenPerson(candidate.cpr(), candidate.consent(),
                        forced && candidate.availability().verdict() == Verdict.NEEDS_DISPENSATION
                                ? Availability.choosable("DOC-4", "forced by a caseworker without dispensation")
                                : candidate.availability()))
                .toList();
        DoctorChoiceState first = needsDispensation && !forced
                ? new AwaitingDispensation(dispensationAnswerPeriod.after(today))
                : afterApproval(reason);
        return Outcome.success(new DoctorChoice(forloebId, municipality, doctor, validFrom, reason, persons, forced,
                today, first));
    }

    public boolean isPending() {
        return state.isPending();
    }

    public Optional<ChosenPerson> person(Cpr cpr) {
        return persons.stream().filter(person -> person.cpr().equals(cpr)).findFirst();
    }

    /** DOC-4: the doctor's answer to the dispensation application; the caller records who gave it and when. */
    public Outcome<DoctorChoice> dispensationAnswered(boolean approved, Creator by, Instant at) {
        if (!(state instanceof AwaitingDispensation)) {
            return Outcome.refused(NOT_AWAITING_DISPENSATION);
        }
        return Outcome.success(withState(approved ? afterApproval(reason) : new Rejected(at, by, false)));
    }

    /** DOC-4: no answer by the last day is a silent rejection. */
    public Outcome<DoctorChoice> dispensationSilence(Creator by, Instant at) {
        if (!(state instanceof AwaitingDispensation)) {
            return Outcome.refused(NOT_AWAITING_DISPENSATION);
        }
        return Outcome.success(withState(new Rejected(at, by, true)));
    }

    /** DOC-9: CPR's move event arrived; the choice is approved and goes to LUNA. */
    public Outcome<DoctorChoice> moveEventArrived() {
        if (!(state instanceof AwaitingMoveEvent)) {
            return Outcome.refused(NOT_AWAITING_MOVE_EVENT);
        }
        return Outcome.success(withState(new AwaitingLuna()));
    }

    /** LUNA confirmed the registration. A confirmation of a choice no longer waiting for it changes nothing. */
    public DoctorChoice registeredInLuna(Instant at) {
        return state instanceof AwaitingLuna ? withState(new InEffect(at)) : this;
    }

    /**
     * DOC-7: LUNA refused the registration, so the choice is not approved and holds no place any more. A refusal of a
     * choice no longer waiting for LUNA changes nothing.
     */
    public DoctorChoice refusedByLuna(String reason, Instant at) {
        return state instanceof AwaitingLuna ? withState(new RefusedByLuna(at, reason)) : this;
    }

    /**
     * FORL-3: a pending choice can be cancelled (one awaiting dispensation or the move event; one awaiting LUNA
     * only while its registration has not left, which the caller checks); a choice in effect cannot.
     */
    public Outcome<DoctorChoice> cancel(Creator by, Instant at) {
        if (state instanceof InEffect) {
            return Outcome.refused(IN_EFFECT_CANNOT_BE_CANCELLED);
        }
        if (!isPending()) {
            return Outcome.refused(NOT_PENDING);
        }
        return Outcome.success(withState(new Cancelled(at, by)));
    }

    /** DOC-5: the citizen or a caseworker settles one person's "don't know". */
    public Outcome<DoctorChoice> settleConsent(Cpr cpr, ConsentAnswer answer, Actor by, LocalDate day) {
        Optional<ChosenPerson> chosen = person(cpr);
        if (chosen.isEmpty()) {
            return Outcome.refused(PERSON_NOT_IN_CHOICE);
        }
        return chosen.get().consent().settle(answer, by, day).map(settled -> new DoctorChoice(forloebId, municipality,
                providerNumber, validFrom, reason, persons.stream()
                        .map(person -> person.cpr().equals(cpr) ? person.withConsent(settled) : person).toList(),
                forced, createdOn, state));
    }

    /** Whether any person's consent is still "don't know" and may be settled (DOC-5). */
    public boolean hasConsentToSettle(LocalDate day) {
        return persons.stream().anyMatch(person -> person.consent().effectiveOn(day) == ConsentAnswer.DONT_KNOW);
    }

    /** The last day a "don't know" can be settled (DOC-5), when any person's consent is "don't know". */
    public Optional<LocalDate> lastDayToSettleConsent() {
        return persons.stream().map(ChosenPerson::consent)
                .filter(Consent.DontKnow.class::isInstance).map(Consent.DontKnow.class::cast)
                .map(Consent.DontKnow::lastDayToSettle).max(LocalDate::compareTo);
    }

    private static DoctorChoiceState afterApproval(ChoiceReason reason) {
        return reason.waitsForCprMoveEvent() ? new AwaitingMoveEvent() : new AwaitingLuna();
    }

    private DoctorChoice withState(DoctorChoiceState next) {
        return new DoctorChoice(forloebId, municipality, providerNumber, validFrom, reason, persons, forced, createdOn, next);
    }
}
