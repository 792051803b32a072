package dk.sygesikring.server.support;

import dk.sygesikring.application.port.out.CprPersonRecord;
import dk.sygesikring.application.port.out.SavePersonPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import jakarta.inject.Singleton;
import java.util.List;

/** Puts persons into the service's register through the same port CPR data arrives by. */
@Singleton
public class TestPersons {

    private final SavePersonPort save;
    private final TransactionPort transactions;

    public TestPersons(SavePersonPort save, TransactionPort transactions) {
        this.save = save;
        this.transactions = transactions;
    }

    public static Address address(String addressId) {
        return new Address("Nørregade", "12", "2", "tv", "1165", "København K", "4912",
                MunicipalityCode.of("101"), addressId, new Coordinates(55.6794, 12.5716));
    }

    public static Person person(Cpr cpr, String name, Address address) {
        return new Person(cpr, name, CprStatus.ACTIVE, CivilStatus.UNMARRIED, address, false, null);
    }

    public static Person married(Person person) {
        return new Person(person.cpr(), person.name(), person.status(), CivilStatus.MARRIED, person.address(),
                person.nameAndAddressProtected(), person.supplementaryAddress());
    }

    public void store(Person person, List<Relation> relations, List<Person> related) {
        transactions.inTransaction(() -> {
            save.save(new CprPersonRecord(person, relations, related));
            return null;
        });
    }

    public void store(Person... persons) {
        for (Person person : persons) {
            store(person, List.of(), List.of());
        }
    }
}
