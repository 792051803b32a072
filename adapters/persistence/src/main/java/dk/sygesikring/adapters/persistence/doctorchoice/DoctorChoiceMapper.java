package dk.sygesikring.adapters.persistence.doctorchoice;

import dk.sygesikring.adapters.persistence.doctorchoice.DoctorChoiceRows.ChosenPersonRow;
import dk.sygesikring.adapters.persistence.doctorchoice.DoctorChoiceRows.DoctorChoiceRow;
import dk.sygesikring.domain.doctorchoice.Availability;
import dk.sygesikring.domain.doctorchoice.ChoiceReason;
import dk.sygesikring.domain.doctorchoice.ChosenPerson;
import dk.sygesikring.domain.doctorchoice.Consent;
import dk.sygesikring.domain.doctorchoice.ConsentAnswer;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState;
import dk.sygesikring.domain.doctorchoice.Verdict;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

final class DoctorChoiceMapper {

    private DoctorChoiceMapper() {
    }

    static DoctorChoiceRow toRow(DoctorChoice choice) {
        LocalDate answerBy = null;
        Instant changedAt = null;
        Creator decidedBy = null;
        Boolean silently = null;
        String lunaRefusal = null;
        switch (choice.state()) {
            case DoctorChoiceState.AwaitingDispensation awaiting -> answerBy = awaiting.answerBy();
            case DoctorChoiceState.AwaitingMoveEvent awaiting -> { }
            case DoctorChoiceState.AwaitingLuna awaiting -> { }
            case DoctorChoiceState.InEffect inEffect -> changedAt = inEffect.since();
            case DoctorChoiceState.Rejected rejected -> {
                changedAt = rejected.at();
                decidedBy = rejected.by();
                silently = rejected.silent();
            }
            case DoctorChoiceState.RefusedByLuna refused -> {
                changedAt = refused.at();
                decidedBy = refused.by();
                lunaRefusal = refused.reason();
            }
            case DoctorChoiceState.Cancelled cancelled -> {
                changedAt = cancelled.at();
                decidedBy = cancelled.by();
            }
        }
        return new DoctorChoiceRow(choice.forloebId().value(), choice.municipality().value(),
                choice.providerNumber().value(), choice.validFrom(), choice.reason().name(), choice.forced(),
                choice.createdOn(), choice.state().name(), answerBy, changedAt,
                decidedBy == null ? null : decidedBy.kind().name(), decidedBy == null ? null : decidedBy.id(), silently,
                lunaRefusal, (short) choice.persons().size());
    }

    static List<ChosenPersonRow> personRows(DoctorChoice choice) {
        UUID id = choice.forloebId().value();
        List<ChosenPerson> persons = choice.persons();
        return IntStream.range(0, persons.size()).mapToObj(i -> {
            ChosenPerson person = persons.get(i);
            Availability basis = person.basis();
            LocalDate settleBy = person.consent() instanceof Consent.DontKnow dontKnow ? dontKnow.lastDayToSettle() : null;
            return new ChosenPersonRow(null, id, i, person.cpr().value(), person.consent().recorded().name(), settleBy,
                    basis.verdict().name(), basis.rule(), basis.reason());
        }).toList();
    }

    static DoctorChoice toChoice(DoctorChoiceRow row, List<ChosenPersonRow> personRows) {
        List<ChosenPerson> persons = personRows.stream().map(person -> new ChosenPerson(Cpr.of(person.cpr()),
                consent(ConsentAnswer.valueOf(person.consent()), person.consentSettleBy()),
                new Availability(Verdict.valueOf(person.basisVerdict()), person.basisRule(), person.basisReason())))
                .toList();
        return new DoctorChoice(new ForloebId(row.forloebId()), MunicipalityCode.of(row.municipalityCode()),
                ProviderNumber.of(row.providerNumber()), row.validFrom(), ChoiceReason.valueOf(row.reason()), persons,
                row.forced(), row.createdOn(), state(row));
    }

    private static Consent consent(ConsentAnswer answer, LocalDate settleBy) {
        return switch (answer) {
            case YES -> Consent.yes();
            case NO -> Consent.no();
            case DONT_KNOW -> Consent.dontKnowUntil(settleBy);
        };
    }

    private static DoctorChoiceState state(DoctorChoiceRow row) {
        Creator decidedBy = row.decidedByKind() == null ? null
                : new Creator(Creator.Kind.valueOf(row.decidedByKind()), row.decidedById());
        return switch (row.state()) {
            case "AWAITING_DISPENSATION" -> new DoctorChoiceState.AwaitingDispensation(row.dispensationAnswerBy());
            case "AWAITING_MOVE_EVENT" -> new DoctorChoiceState.AwaitingMoveEvent();
            case "AWAITING_LUNA" -> new DoctorChoiceState.AwaitingLuna();
            case "IN_EFFECT" -> new DoctorChoiceState.InEffect(row.stateChangedAt());
            case "REJECTED" -> new DoctorChoiceState.Rejected(row.stateChangedAt(), decidedBy,
                    Boolean.TRUE.equals(row.rejectedSilently()));
            case "REFUSED_BY_LUNA" -> new DoctorChoiceState.RefusedByLuna(row.stateChangedAt(), row.lunaRefusal());
            case "CANCELLED" -> new DoctorChoiceState.Cancelled(row.stateChangedAt(), decidedBy);
            default -> throw new IllegalStateException("unknown doctor-choice state " + row.state());
        };
    }
}
