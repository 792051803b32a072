package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.DoctorChoiceStorePort;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.domain.configuration.GlobalConfiguration;
import dk.sygesikring.domain.doctorchoice.ChoiceInProgressPolicy;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.RetroactiveDatePolicy;
import dk.sygesikring.domain.doctorchoice.SpecialPractitionerPolicy;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebOwnership;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Decides a doctor choice before anything is written: the doctor exists and may be assigned by this actor (DOC-1,
 * DOC-15), the date is within the actor's window (DOC-6), every person is in the right group (GRP-6, DOC-9), a
 * municipality owns the forløb (ROLE-2, DOC-8), no choice for them is in progress (DOC-16), and each person may have
 * the doctor (DOC-2..DOC-7). Locks the doctor's row, so choices of one doctor count places one at a time (DOC-7).
 */
@Singleton
public class DoctorChoiceAssessment {

    static final Refusal UNKNOWN_PRACTITIONER = Refusal.unprocessable("unknown-practitioner", "DOC-1",
            "No practitioner with this provider number is in the register");

    private final PractitionerRegisterPort practitioners;
    private final DoctorChoiceStorePort choices;
    private final ChoiceGroups groups;
    private final ChoiceCandidates candidates;
    private final LoadConfigurationPort configuration;
    private final Clock clock;

    public DoctorChoiceAssessment(PractitionerRegisterPort practitioners, DoctorChoiceStorePort choices, ChoiceGroups groups,
                           ChoiceCandidates candidates, LoadConfigurationPort configuration, Clock clock) {
        this.practitioners = practitioners;
        this.choices = choices;
        this.groups = groups;
        this.candidates = candidates;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** The choice as it starts, for the admitted persons (the first is the main person), or the first rule that refuses it. */
    Outcome<DoctorChoice> assess(ChooseDoctorCommand command, List<PersonGate.Admitted> admitted) {
        LocalDate today = LocalDate.now(clock);
        GlobalConfiguration parameters = configuration.loadGlobal();
        return Outcome.present(practitioners.lockPractitioner(command.providerNumber()), UNKNOWN_PRACTITIONER)
                .flatMap(doctor -> Outcome.unlessRefused(
                                () -> SpecialPractitionerPolicy.mayAssign(command.actor(), doctor),
                                () -> RetroactiveDatePolicy.mayTakeEffect(command.actor(), command.validFrom(), today,
                                        parameters.effectiveDateWindows()),
                                () -> groups.refusalFor(command.reason(), command.cprs(), command.validFrom()))
                        .flatMap(ok -> owner(command, admitted.get(0).person()))
                        .ensure(owner -> ChoiceInProgressPolicy.mayStart(choices.pendingFor(command.cprs()), owner))
                        .flatMap(owner -> start(command, admitted, doctor, owner, today, parameters)));
    }

    /** DOC-8: a move's forløb belongs to the municipality moved to. */
    private static Outcome<MunicipalityCode> owner(ChooseDoctorCommand command, Person main) {
        return command.newAddress().map(Address::municipalityCode).map(Outcome::success)
                .orElseGet(() -> ForloebOwnership.owner(command.actor(), main));
    }

    private Outcome<DoctorChoice> start(ChooseDoctorCommand command, List<PersonGate.Admitted> admitted,
                                        Practitioner doctor, MunicipalityCode owner, LocalDate today,
                                        GlobalConfiguration parameters) {
        return candidates.of(command, admitted, doctor, today, parameters)
                .flatMap(found -> DoctorChoice.start(ForloebId.random(), owner, doctor.providerNumber(), command.validFrom(),
                        command.reason(), found, command.force(), command.actor(), today, parameters.dispensationAnswerPeriod()));
    }
}
