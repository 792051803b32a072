package dk.sygesikring.adapters.rest.person;

import dk.sygesikring.adapters.rest.card.CardPayments;
import dk.sygesikring.adapters.rest.forloeb.ForloebDtoMapper;
import dk.sygesikring.api.model.AddressDto;
import dk.sygesikring.api.model.CivilStatusDto;
import dk.sygesikring.api.model.CprStatusDto;
import dk.sygesikring.api.model.DoctorChoiceCardDto;
import dk.sygesikring.api.model.FamilyAndResidenceDto;
import dk.sygesikring.api.model.FamilyMemberDto;
import dk.sygesikring.api.model.FamilyRelationDto;
import dk.sygesikring.api.model.GenderDto;
import dk.sygesikring.api.model.GroupNumberDto;
import dk.sygesikring.api.model.PersonDto;
import dk.sygesikring.api.model.PersonOverviewDto;
import dk.sygesikring.api.model.ResidenceDto;
import dk.sygesikring.api.model.ResidenceStatusDto;
import dk.sygesikring.application.person.PersonOverview;
import dk.sygesikring.application.person.PersonView;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.FamilyAndResidence;
import dk.sygesikring.domain.person.FamilyMember;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Residence;

/** Domain results to the contract's DTOs; the only place the two meet. */
public final class PersonDtoMapper {

    private PersonDtoMapper() {
    }

    static PersonDto toDto(PersonView view) {
        Person person = view.person();
        return new PersonDto(person.cpr().value(), person.name(), GenderDto.valueOf(person.gender().name()),
                person.birthDate(), view.age(), CprStatusDto.valueOf(person.status().name()),
                CivilStatusDto.valueOf(person.civilStatus().name()), person.nameAndAddressProtected(),
                toDto(view.residence()));
    }

    static FamilyAndResidenceDto toDto(FamilyAndResidence family) {
        return new FamilyAndResidenceDto(family.cpr().value(),
                family.members().stream().map(PersonDtoMapper::toDto).toList(),
                family.coResidentsOmitted());
    }

    static PersonOverviewDto toDto(PersonOverview overview) {
        PersonOverviewDto dto = new PersonOverviewDto(toDto(overview.person()), toDto(overview.family()),
                overview.latestForloeb().stream().map(ForloebDtoMapper::toDto).toList());
        overview.insuranceToday().ifPresent(registration -> {
            DoctorChoiceCardDto card = new DoctorChoiceCardDto(GroupNumberDto.fromValue(registration.group().number()),
                    registration.validFrom());
            registration.doctor().ifPresent(doctor -> card.providerNumber(doctor.value()));
            overview.doctorToday().ifPresent(practitioner -> card.practiceName(practitioner.practiceName()));
            dto.doctorChoiceCard(card);
        });
        overview.cardToday().ifPresent(order -> dto.healthCard(CardPayments.toDto(order)));
        return dto;
    }

    private static FamilyMemberDto toDto(FamilyMember member) {
        Person person = member.person();
        return new FamilyMemberDto(person.cpr().value(), person.name(), member.age(),
                FamilyRelationDto.valueOf(member.relation().name()), member.livesAtSameAddress(),
                person.nameAndAddressProtected());
    }

    private static ResidenceDto toDto(Residence residence) {
        return switch (residence) {
            case Residence.Shown shown -> new ResidenceDto(ResidenceStatusDto.SHOWN, shown.display(), shown.hasSupplementaryAddress())
                    .address(toDto(shown.address()))
                    .municipalityCode(shown.address().municipalityCode().value());
            case Residence.Protected hidden -> new ResidenceDto(ResidenceStatusDto.PROTECTED, hidden.display(), hidden.hasSupplementaryAddress())
                    .municipalityCode(hidden.municipalityCode().value());
            case Residence.NoKnownDanishAddress none -> new ResidenceDto(ResidenceStatusDto.NO_KNOWN_DANISH_ADDRESS, none.display(),
                    none.hasSupplementaryAddress());
        };
    }

    public static AddressDto toDto(Address address) {
        AddressDto dto = new AddressDto(address.street(), address.houseNumber(), address.postcode(), address.city(),
                address.roadCode(), address.municipalityCode().value(), address.addressId())
                .floor(address.floor())
                .door(address.door());
        if (address.coordinates() != null) {
            dto.latitude(address.coordinates().latitude()).longitude(address.coordinates().longitude());
        }
        return dto;
    }
}
