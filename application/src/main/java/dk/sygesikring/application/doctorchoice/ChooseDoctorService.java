package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.doctorchoice.ChooseDoctorCommand.PersonToChoose;
import dk.sygesikring.application.group.GroupChangeForloeb;
import dk.sygesikring.application.idempotency.IdempotentForloeb;
import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.DoctorChoiceStorePort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.configuration.DistanceLimit;
import dk.sygesikring.domain.configuration.GlobalConfiguration;
import dk.sygesikring.domain.doctorchoice.ChoiceInProgressPolicy;
import dk.sygesikring.domain.doctorchoice.Consent;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.DoctorChoice.Candidate;
import dk.sygesikring.domain.doctorchoice.DoctorChoicePolicy;
import dk.sygesikring.domain.doctorchoice.FamilyDoctors;
import dk.sygesikring.domain.doctorchoice.NearbyPractitioners;
import dk.sygesikring.domain.doctorchoice.Reservations;
import dk.sygesikring.domain.doctorchoice.RetroactiveDatePolicy;
import dk.sygesikring.domain.doctorchoice.SpecialPractitionerPolicy;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebOwnership;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.registration.RegistrationHistory;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Makes a doctor choice: every rule is checked before anything is written, then the forløb, the choice and what
 * its first state hands on are stored in one transaction (FORL-4). Choices of one doctor are made one at a time
 * (the practitioner's row is locked), so the places they reserve are counted right (DOC-7).
 */
@Singleton
public class ChooseDoctorService implements ChooseDoctorUseCase {

    static final Refusal PERSON_TWICE = Refusal.unprocessable("person-named-twice", "PER-6",
            "Each person is named once in a doctor choice");
    static final Refusal UNKNOWN_PRACTITIONER = Refusal.unprocessable("unknown-practitioner", "DOC-1",
            "No practitioner with this provider number is in the register");
    static final Refusal NEW_ADDRESS_REQUIRED = Refusal.unprocessable("new-address-required", "DOC-8",
            "A doctor choice because of a move names the new address");
    static final Refusal NEW_ADDRESS_ONLY_FOR_MOVES = Refusal.unprocessable("new-address-only-for-moves", "DOC-8",
            "A new address is given only with the reasons move and move from Greenland");

    private final PersonGate persons;
    private final FamilyDoctorsLookup family;
    private final PractitionerRegisterPort practitioners;
    private final DoctorChoiceStorePort choices;
    private final RegistrationPort registrations;
    private final ForloebStorePort forloeb;
    private final LoadConfigurationPort configuration;
    private final DoctorChoiceProgress progress;
    private final IdempotentForloeb idempotent;
    private final GroupChangeForloeb groupChanges;
    private final TransactionPort transactions;
    private final Clock clock;

    public ChooseDoctorService(PersonGate persons, FamilyDoctorsLookup family, PractitionerRegisterPort practitioners,
                               DoctorChoiceStorePort choices, RegistrationPort registrations, ForloebStorePort forloeb,
                               LoadConfigurationPort configuration, DoctorChoiceProgress progress,
                               IdempotentForloeb idempotent, GroupChangeForloeb groupChanges, TransactionPort transactions,
                               Clock clock) {
        this.persons = persons;
        this.family = family;
        this.practitioners = practitioners;
        this.choices = choices;
        this.registrations = registrations;
        this.forloeb = forloeb;
        this.configuration = configuration;
        this.progress = progress;
        this.idempotent = idempotent;
        this.groupChanges = groupChanges;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<DoctorChoiceCase> choose(ChooseDoctorCommand command) {
        Creator creator = Creator.of(command.actor());
        return transactions.inTransaction(() -> idempotent.earlierAnswer(creator, command.idempotencyKey(), command.fingerprint())
                .map(earlier -> earlier.map(this::withChoice))
                .orElseGet(() -> checkRequest(command).flatMap(ok -> admitAll(command)).flatMap(admitted -> choose(command, creator, admitted))));
    }

    private Outcome<Boolean> checkRequest(ChooseDoctorCommand command) {
        if (new HashSet<>(command.cprs()).size() != command.persons().size()) {
            return Outcome.refused(PERSON_TWICE);
        }
        boolean move = command.reason().forloebInMunicipalityOfNewAddress();
        if (move && command.newAddress().isEmpty()) {
            return Outcome.refused(NEW_ADDRESS_REQUIRED);
        }
        if (!move && command.newAddress().isPresent()) {
            return Outcome.refused(NEW_ADDRESS_ONLY_FOR_MOVES);
        }
        return Outcome.success(true);
    }

    /** ROLE-3: the actor may act for every person (a citizen: themselves and children under 15 in their custody). */
    private Outcome<List<PersonGate.Admitted>> admitAll(ChooseDoctorCommand command) {
        List<PersonGate.Admitted> admitted = new ArrayList<>();
        for (PersonToChoose person : command.persons()) {
            Outcome<PersonGate.Admitted> one = persons.actingForWithRelations(command.actor(), person.cpr(), AuditAction.CHOOSE_DOCTOR);
            if (one instanceof Outcome.Refused<PersonGate.Admitted> refused) {
                return Outcome.refused(refused.refusal());
            }
            admitted.add(((Outcome.Success<PersonGate.Admitted>) one).value());
        }
        return Outcome.success(admitted);
    }

    private Outcome<DoctorChoiceCase> choose(ChooseDoctorCommand command, Creator creator, List<PersonGate.Admitted> admitted) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        GlobalConfiguration parameters = configuration.loadGlobal();
        Optional<Practitioner> found = practitioners.lockPractitioner(command.providerNumber());
        if (found.isEmpty()) {
            return Outcome.refused(UNKNOWN_PRACTITIONER);
        }
        Practitioner doctor = found.get();
        Optional<Refusal> refusal = SpecialPractitionerPolicy.mayAssign(command.actor(), doctor)
                .or(() -> RetroactiveDatePolicy.mayTakeEffect(command.actor(), command.validFrom(), today, parameters.effectiveDateWindows()))
                .or(() -> command.reason().combinedWithChangeToGroupOne()
                        ? groupSevenOnValidFrom(admitted, command.validFrom())
                        : groupOneOnValidFrom(admitted, command.validFrom()));
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        Person main = admitted.get(0).person();
        Optional<MunicipalityCode> owner = command.newAddress().map(Address::municipalityCode)
                .or(() -> ForloebOwnership.municipalityFor(command.actor(), main));
        if (owner.isEmpty()) {
            return Outcome.refused(ForloebOwnership.NO_MUNICIPALITY);
        }
        Optional<Refusal> inProgress = ChoiceInProgressPolicy.mayStart(choices.pendingFor(command.cprs()), owner.get());
        if (inProgress.isPresent()) {
            return Outcome.refused(inProgress.get());
        }
        ForloebId forloebId = ForloebId.random();
        return candidates(command, admitted, doctor, today, parameters)
                .flatMap(candidates -> DoctorChoice.start(forloebId, owner.get(), doctor.providerNumber(), command.validFrom(),
                        command.reason(), candidates, command.force(), command.actor(), today,
                        parameters.dispensationAnswerPeriod()))
                .flatMap(choice -> {
                    Forloeb created = newForloeb(forloebId, owner.get(), creator, command, choice, now);
                    return idempotent.once(creator, command.idempotencyKey(), command.fingerprint(), created, () -> {
                        Forloeb started = progress.started(created, choice, now).forloeb();
                        if (choice.reason().combinedWithChangeToGroupOne()) {
                            // DOC-9: the change to group 1 goes its own way to LUNA; it stands if the choice is cancelled
                            command.cprs().forEach(cpr -> groupChanges.start(owner.get(), creator, cpr, Sikringsgruppe.GROUP_1,
                                    choice.validFrom(), forloebId, now));
                        }
                        return started;
                    }).map(this::withChoice);
                });
    }

    /**
     * GRP-6: a person can choose a doctor while a later change away from group 1 is pending (the doctor holds until
     * then), but not for a day on which they are in another group. A person unknown here and in LUNA may choose (DOC-4).
     */
    private Optional<Refusal> groupOneOnValidFrom(List<PersonGate.Admitted> admitted, LocalDate validFrom) {
        for (PersonGate.Admitted one : admitted) {
            Optional<InsuranceRegistration> inForce = new RegistrationHistory(registrations.loadRegistrations(one.person().cpr()))
                    .inForceOn(validFrom);
            Optional<Sikringsgruppe> group = inForce.map(InsuranceRegistration::group);
            if (group.isPresent() && group.get() != Sikringsgruppe.GROUP_1
                    && !changingToGroupOne(one.person().cpr(), inForce.get().validFrom(), validFrom)) {
                return Optional.of(Refusal.unprocessable("not-in-group-1", "GRP-6", "On " + validFrom + " "
                        + one.person().cpr().value() + " is in group " + group.get().number()
                        + "; only a person in group 1 has a doctor"));
            }
        }
        return Optional.empty();
    }

    /**
     * DOC-9: a choice because of a move from Greenland is for persons in group 7 (no Danish entitlement) on its
     * valid-from date, and brings the change to group 1. A person this service has no registration for may choose it.
     */
    private Optional<Refusal> groupSevenOnValidFrom(List<PersonGate.Admitted> admitted, LocalDate validFrom) {
        for (PersonGate.Admitted one : admitted) {
            Optional<Sikringsgruppe> group = new RegistrationHistory(registrations.loadRegistrations(one.person().cpr()))
                    .inForceOn(validFrom).map(InsuranceRegistration::group);
            if (group.isPresent() && group.get() != Sikringsgruppe.GROUP_7) {
                return Optional.of(Refusal.unprocessable("not-in-group-7", "DOC-9", "On " + validFrom + " "
                        + one.person().cpr().value() + " is in group " + group.get().number()
                        + "; a move from Greenland is for a person in group 7, and brings the change to group 1"));
            }
        }
        return Optional.empty();
    }

    /**
     * A change to group 1 still on its way to LUNA counts: the group change and the doctor choice are usually made
     * together, and an outage of LUNA must not block the second.
     */
    private boolean changingToGroupOne(Cpr cpr, LocalDate registeredFrom, LocalDate validFrom) {
        return forloeb.inProgressFor(cpr, ForloebType.GROUP_CHANGE).stream().anyMatch(change ->
                change.detail("sikringsgruppe").filter("1"::equals).isPresent()
                        && change.detail("gyldigFra").map(LocalDate::parse)
                        .filter(from -> !from.isAfter(validFrom) && !from.isBefore(registeredFrom)).isPresent());
    }

    /** Each person's consent and how the doctor is available to them; each one takes a place (DOC-7). */
    private Outcome<List<Candidate>> candidates(ChooseDoctorCommand command, List<PersonGate.Admitted> admitted,
                                                Practitioner doctor, LocalDate today, GlobalConfiguration parameters) {
        DistanceLimit limit = parameters.distanceLimit();
        List<Candidate> candidates = new ArrayList<>();
        // a family usually shares one address: its practitioners and their reservations are read once
        Map<Coordinates, Surroundings> around = new HashMap<>();
        for (int i = 0; i < admitted.size(); i++) {
            PersonGate.Admitted one = admitted.get(i);
            Person person = command.newAddress().map(address -> movedTo(one.person(), address)).orElse(one.person());
            FamilyDoctors familyDoctors = family.of(person, one.relations(), today);
            if (i == 0 && command.partner().isPresent()) {
                Outcome<FamilyDoctors> withPartner = family.withPartner(familyDoctors, command.partner().get(), today);
                if (withPartner instanceof Outcome.Refused<FamilyDoctors> refused) {
                    return Outcome.refused(refused.refusal());
                }
                familyDoctors = ((Outcome.Success<FamilyDoctors>) withPartner).value();
            }
            Surroundings surroundings = person.isActive() && person.address().coordinates() != null
                    ? around.computeIfAbsent(person.address().coordinates(), home -> surroundings(home, doctor, limit))
                    : surroundings(null, doctor, limit);
            Reservations reserved = surroundings.reserved().plus(doctor.providerNumber(), candidates.size());
            NearbyPractitioners nearby = NearbyPractitioners.around(person, surroundings.near(), reserved, limit);
            Outcome<Consent> consent = Consent.atCreation(command.reason(), command.persons().get(i).consent(), today,
                    parameters.consentPeriod());
            if (consent instanceof Outcome.Refused<Consent> refused) {
                return Outcome.refused(refused.refusal());
            }
            Outcome<Candidate> candidate = DoctorChoicePolicy.assess(person, doctor, reserved, nearby, familyDoctors, today)
                    .map(availability -> new Candidate(person.cpr(), availability, ((Outcome.Success<Consent>) consent).value()));
            if (candidate instanceof Outcome.Refused<Candidate> refused) {
                return Outcome.refused(refused.refusal());
            }
            candidates.add(((Outcome.Success<Candidate>) candidate).value());
        }
        return Outcome.success(candidates);
    }

    /** The practitioners near an address (none without one) and the places pending choices hold there and at the doctor. */
    private record Surroundings(List<Practitioner> near, Reservations reserved) {
    }

    private Surroundings surroundings(Coordinates home, Practitioner doctor, DistanceLimit limit) {
        List<Practitioner> near = home == null ? List.of() : practitioners.near(home, limit.kilometres());
        return new Surroundings(near, choices.reservationsAt(Stream.concat(near.stream(), Stream.of(doctor))
                .map(Practitioner::providerNumber).toList()));
    }

    /** The person as living at the new address: active there, even when coming from Greenland inactive in CPR. */
    private static Person movedTo(Person person, Address newAddress) {
        return new Person(person.cpr(), person.name(), CprStatus.ACTIVE, person.civilStatus(), newAddress,
                person.nameAndAddressProtected(), person.supplementaryAddress());
    }

    private static Forloeb newForloeb(ForloebId id, MunicipalityCode owner, Creator creator, ChooseDoctorCommand command,
                                   DoctorChoice choice, Instant now) {
        Forloeb forloeb = Forloeb.start(id, ForloebType.DOCTOR_CHOICE, owner, creator, command.mainPerson(), command.cprs(), now, null)
                .withDetail("ydernummer", choice.providerNumber().value(), creator, now)
                .withDetail("gyldigFra", choice.validFrom().toString(), creator, now)
                .withDetail("årsag", choice.reason().danishText(), creator, now)
                .withDetail("gennemtvunget", String.valueOf(choice.forced()), creator, now);
        for (var person : choice.persons()) {
            forloeb = forloeb
                    .withDetail("samtykke:" + person.cpr().value(), person.consent().recorded().name(), creator, now)
                    .withDetail("grundlag:" + person.cpr().value(), person.basis().explained(), creator, now);
        }
        return forloeb;
    }

    private DoctorChoiceCase withChoice(Forloeb forloeb) {
        return new DoctorChoiceCase(choices.load(forloeb.id())
                .orElseThrow(() -> new IllegalStateException("no doctor choice in forløb " + forloeb.id())), forloeb);
    }
}
