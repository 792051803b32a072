package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.DoctorChoiceStorePort;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.doctorchoice.ChoiceList;
import dk.sygesikring.domain.configuration.DistanceLimit;
import dk.sygesikring.domain.doctorchoice.Reservations;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.result.Outcome;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Singleton
public class ChoiceListService implements ChoiceListUseCase {

    private final PersonGate persons;
    private final FamilyDoctorsLookup family;
    private final DoctorChoiceStorePort choices;
    private final PractitionerRegisterPort practitioners;
    private final LoadConfigurationPort configuration;
    private final TransactionPort transactions;
    private final Clock clock;

    public ChoiceListService(PersonGate persons, FamilyDoctorsLookup family, DoctorChoiceStorePort choices, PractitionerRegisterPort practitioners,
                             LoadConfigurationPort configuration, TransactionPort transactions, Clock clock) {
        this.persons = persons;
        this.family = family;
        this.choices = choices;
        this.practitioners = practitioners;
        this.configuration = configuration;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<ChoiceList> choiceList(Actor reader, Cpr cpr) {
        return transactions.inTransaction(() -> persons.readableWithRelations(reader, cpr, AuditAction.READ_CHOICE_LIST)
                .flatMap(admitted -> {
                    Person person = admitted.person();
                    LocalDate today = LocalDate.now(clock);
                    DistanceLimit limit = configuration.loadGlobal().distanceLimit();
                    List<Practitioner> candidates = person.isActive() && person.address().coordinates() != null
                            ? practitioners.near(person.address().coordinates(), limit.kilometres())
                            : List.of();
                    Reservations reserved = choices.reservationsAt(candidates.stream().map(Practitioner::providerNumber).toList());
                    return ChoiceList.of(person, candidates, reserved, limit, family.of(person, admitted.relations(), today), today);
                }));
    }
}
