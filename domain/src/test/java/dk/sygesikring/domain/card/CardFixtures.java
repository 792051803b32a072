package dk.sygesikring.domain.card;

import dk.sygesikring.domain.configuration.Days;
import dk.sygesikring.domain.configuration.LocalConfiguration;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Builders for the card tests. "Today" is 3 December 2026; the person lives in Thisted (787). */
final class CardFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    static final MunicipalityCode THISTED = MunicipalityCode.of("787");
    static final Cpr CPR = Cpr.of("0101801234");
    static final Creator CASEWORKER = new Creator(Creator.Kind.CASEWORKER, "cw-1");

    private CardFixtures() {
    }

    static Address address(String roadCode) {
        return new Address("Storegade", "1", null, null, "7700", "Thisted", roadCode, THISTED, "a-" + roadCode,
                new Coordinates(56.9552, 8.6946));
    }

    static Person person(String name, Address address) {
        return new Person(CPR, name, CprStatus.ACTIVE, CivilStatus.UNMARRIED, address, false, null);
    }

    static Practitioner doctor(String providerNumber) {
        return new Practitioner(ProviderNumber.of(providerNumber), "Lægerne " + providerNumber, address("0002"), THISTED,
                PractitionerKind.REGULAR, true, 1600, 1500, 1000, Set.of());
    }

    static InsuranceRegistration doctorChoice(String providerNumber, LocalDate validFrom) {
        return InsuranceRegistration.doctorChoice(CPR, ProviderNumber.of(providerNumber), validFrom, NOW, UUID.randomUUID(), null);
    }

    static InsuranceRegistration group(Sikringsgruppe group, LocalDate validFrom) {
        return InsuranceRegistration.groupChange(CPR, group, validFrom, NOW, UUID.randomUUID(), null);
    }

    static LocalConfiguration municipality(String... highRoadCodes) {
        return new LocalConfiguration(THISTED, Days.of(14), List.of(), List.of(highRoadCodes), Optional.empty(),
                Optional.empty(), Duration.ofMinutes(30));
    }

    static HealthCard card(String name, String providerNumber) {
        return new HealthCard(CPR, name, "Storegade 1, 7700 Thisted", Sikringsgruppe.GROUP_1,
                Optional.of(new HealthCard.CardDoctor(ProviderNumber.of(providerNumber), "Lægerne " + providerNumber,
                        "Storegade 1, 7700 Thisted")), TODAY);
    }

    /** An order just handed to the outbox, free of charge. */
    static CardOrder ordered() {
        return new CardOrder(UUID.randomUUID(), ForloebId.random(), UUID.randomUUID(), CPR, THISTED,
                CardOrderReason.MOVE, false, CASEWORKER, NOW, card("Anna Jensen", "050208"),
                new CardDelivery.ToAddress("Storegade 1, 7700 Thisted"), new CardFeeDecision.Exempt(FeeExemption.MOVE),
                new CardPayment.Free(), new CardOrderState.Ordered(NOW));
    }
}
