package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.DoctorChoiceStorePort;
import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.domain.configuration.DistanceLimit;
import dk.sygesikring.domain.configuration.GlobalConfiguration;
import dk.sygesikring.domain.doctorchoice.Consent;
import dk.sygesikring.domain.doctorchoice.DoctorChoice.Candidate;
import dk.sygesikring.domain.doctorchoice.DoctorChoicePolicy;
import dk.sygesikring.domain.doctorchoice.FamilyDoctors;
import dk.sygesikring.domain.doctorchoice.NearbyPractitioners;
import dk.sygesikring.domain.doctorchoice.Reservations;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.result.Outcome;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Each person of a doctor choice as a candidate: their consent (DOC-5) and how the doctor is available to them
 * (DOC-2, DOC-3, DOC-7), assessed around where they live, or will live after a move (DOC-8). Each person before them
 * in the same choice has taken a place already. The practitioners nearby are read only when DOC-3 needs them: when
 * the doctor is closed for the person.
 */
@Singleton
public class ChoiceCandidates {

    private final FamilyDoctorsLookup family;
    private final PractitionerRegisterPort practitioners;
    private final DoctorChoiceStorePort choices;

    public ChoiceCandidates(FamilyDoctorsLookup family, PractitionerRegisterPort practitioners, DoctorChoiceStorePort choices) {
        this.family = family;
        this.practitioners = practitioners;
        this.choices = choices;
    }

    Outcome<List<Candidate>> of(ChooseDoctorCommand command, List<PersonGate.Admitted> admitted, Practitioner doctor,
                                LocalDate today, GlobalConfiguration parameters) {
        Reservations atDoctor = choices.reservationsAt(List.of(doctor.providerNumber()));
        // a family usually shares one address: its practitioners and their reservations are read once, if at all
        Map<Coordinates, Surroundings> around = new HashMap<>();
        return Outcome.forEach(IntStream.range(0, admitted.size()).boxed().toList(),
                i -> candidate(command, i, admitted.get(i), doctor, atDoctor, today, parameters, around));
    }

    private Outcome<Candidate> candidate(ChooseDoctorCommand command, int position, PersonGate.Admitted admitted,
                                         Practitioner doctor, Reservations atDoctor, LocalDate today,
                                         GlobalConfiguration parameters, Map<Coordinates, Surroundings> around) {
        DistanceLimit limit = parameters.distanceLimit();
        Person person = command.newAddress().map(address -> movedTo(admitted.person(), address)).orElse(admitted.person());
        // each person before this one in the same choice has taken a place at the doctor already
        Reservations reserved = atDoctor.plus(doctor.providerNumber(), position);
        Supplier<NearbyPractitioners> nearby = () -> {
            Surroundings surroundings = person.isActive() && person.address().coordinates() != null
                    ? around.computeIfAbsent(person.address().coordinates(), home -> surroundings(home, limit))
                    : surroundings(null, limit);
            return NearbyPractitioners.around(person, surroundings.near(),
                    surroundings.reserved().plus(doctor.providerNumber(), position), limit);
        };
        return familyDoctors(command, position, person, admitted, today)
                .flatMap(familyDoctors -> Consent.atCreation(command.reason(), command.persons().get(position).consent(),
                                today, parameters.consentPeriod())
                        .flatMap(consent -> DoctorChoicePolicy.assess(person, doctor, reserved, nearby, familyDoctors, today)
                                .map(availability -> new Candidate(person.cpr(), availability, consent))));
    }

    /** DOC-3: the doctors of the person's family, and of the main person's designated partner if one is named. */
    private Outcome<FamilyDoctors> familyDoctors(ChooseDoctorCommand command, int position, Person person,
                                                 PersonGate.Admitted admitted, LocalDate today) {
        FamilyDoctors doctors = family.of(person, admitted.relations(), today);
        return position == 0 && command.partner().isPresent()
                ? family.withPartner(doctors, command.partner().get(), today)
                : Outcome.success(doctors);
    }

    /** The practitioners near an address (none without one) and the places pending choices hold there. */
    private record Surroundings(List<Practitioner> near, Reservations reserved) {
    }

    private Surroundings surroundings(Coordinates home, DistanceLimit limit) {
        List<Practitioner> near = home == null ? List.of() : practitioners.near(home, limit.kilometres());
        return new Surroundings(near, choices.reservationsAt(near.stream().map(Practitioner::providerNumber).toList()));
    }

    /** The person as living at the new address: active there, even when coming from Greenland inactive in CPR. */
    private static Person movedTo(Person person, Address newAddress) {
        return new Person(person.cpr(), person.name(), CprStatus.ACTIVE, person.civilStatus(), newAddress,
                person.nameAndAddressProtected(), person.supplementaryAddress());
    }
}
