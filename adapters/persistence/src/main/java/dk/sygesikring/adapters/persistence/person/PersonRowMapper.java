package dk.sygesikring.adapters.persistence.person;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Person;

final class PersonRowMapper {

    private PersonRowMapper() {
    }

    static Person toPerson(PersonRow row) {
        Address address = row.addressId() == null ? null : new Address(row.street(), row.houseNumber(), row.floor(),
                row.door(), row.postcode(), row.city(), row.roadCode(), MunicipalityCode.of(row.municipalityCode()),
                row.addressId(), row.latitude() == null ? null : new Coordinates(row.latitude(), row.longitude()));
        return new Person(Cpr.of(row.cpr()), row.name(), CprStatus.valueOf(row.cprStatus()),
                CivilStatus.valueOf(row.civilStatus()), address, row.nameAddressProtected(), row.supplementaryAddress());
    }

    static PersonRow toRow(Person person) {
        Address a = person.address();
        Coordinates at = a == null ? null : a.coordinates();
        return new PersonRow(person.cpr().value(), person.name(), person.status().name(), person.civilStatus().name(),
                person.nameAndAddressProtected(), person.supplementaryAddress(),
                a == null ? null : a.street(), a == null ? null : a.houseNumber(), a == null ? null : a.floor(),
                a == null ? null : a.door(), a == null ? null : a.postcode(), a == null ? null : a.city(),
                a == null ? null : a.roadCode(), a == null ? null : a.municipalityCode().value(),
                a == null ? null : a.addressId(),
                at == null ? null : at.latitude(), at == null ? null : at.longitude());
    }
}
