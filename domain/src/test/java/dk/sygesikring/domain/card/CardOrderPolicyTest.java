package dk.sygesikring.domain.card;

import static dk.sygesikring.domain.card.CardFixtures.TODAY;
import static dk.sygesikring.domain.card.CardFixtures.address;
import static dk.sygesikring.domain.card.CardFixtures.card;
import static dk.sygesikring.domain.card.CardFixtures.doctor;
import static dk.sygesikring.domain.card.CardFixtures.doctorChoice;
import static dk.sygesikring.domain.card.CardFixtures.group;
import static dk.sygesikring.domain.card.CardFixtures.municipality;
import static dk.sygesikring.domain.card.CardFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.RegistrationHistory;
import dk.sygesikring.domain.result.Outcome;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CardOrderPolicyTest {

    private static final Person ANNA = person("Anna Jensen", address("0001"));

    @Test
    @DisplayName("CARD-1: the card shows group, provider number and doctor, name and address, and valid from")
    void CARD1_whatTheCardShows() {
        HealthCard card = success(CardOrderPolicy.cardFor(ANNA, Optional.of(doctorChoice("050208", TODAY.minusDays(3))),
                Optional.of(doctor("050208")), TODAY.plusDays(10)));

        assertThat(card.name()).isEqualTo("Anna Jensen");
        assertThat(card.address()).isEqualTo("Storegade 1, 7700 Thisted");
        assertThat(card.group()).isEqualTo(Sikringsgruppe.GROUP_1);
        assertThat(card.doctor().orElseThrow().providerNumber()).isEqualTo(ProviderNumber.of("050208"));
        assertThat(card.doctor().orElseThrow().practiceName()).isEqualTo("Lægerne 050208");
        assertThat(card.validFrom()).isEqualTo(TODAY.plusDays(10));
    }

    @Test
    @DisplayName("CARD-1: a group 2 card shows no doctor; groups 4, 5, 7, 8 and 9 have no card, nor group 1 without a doctor")
    void CARD1_groups() {
        HealthCard groupTwo = success(CardOrderPolicy.cardFor(ANNA, Optional.of(group(Sikringsgruppe.GROUP_2, TODAY)),
                Optional.empty(), TODAY));
        assertThat(groupTwo.doctor()).isEmpty();

        for (Sikringsgruppe without : List.of(Sikringsgruppe.GROUP_4, Sikringsgruppe.GROUP_5, Sikringsgruppe.GROUP_7,
                Sikringsgruppe.GROUP_8, Sikringsgruppe.GROUP_9)) {
            assertThat(CardOrderPolicy.cardFor(ANNA, Optional.of(group(without, TODAY)), Optional.empty(), TODAY))
                    .as(without.name()).isEqualTo(Outcome.refused(CardOrderPolicy.NO_CARD_IN_GROUP));
        }
        assertThat(CardOrderPolicy.cardFor(ANNA, Optional.empty(), Optional.empty(), TODAY))
                .isEqualTo(Outcome.refused(CardOrderPolicy.NO_CARD_IN_GROUP));
        assertThat(CardOrderPolicy.cardFor(ANNA, Optional.of(group(Sikringsgruppe.GROUP_1, TODAY)), Optional.empty(), TODAY))
                .isEqualTo(Outcome.refused(CardOrderPolicy.NO_DOCTOR));
    }

    @Test
    @DisplayName("CARD-8: an automatic order makes no card when the person has an identical one (group, provider number, name, address)")
    void CARD8_identicalCard() {
        HealthCard card = card("Anna Jensen", "050208");
        HealthCard sameButValidFromLater = new HealthCard(card.cpr(), card.name(), card.address(), card.group(), card.doctor(),
                TODAY.plusDays(30));

        assertThat(decide(false, sameButValidFromLater, ANNA, Optional.of(card), municipality()))
                .isEqualTo(new CardOrderDecision.DoNotOrder(NotOrderedBecause.IDENTICAL_CARD));
        // any of the four differs: a new card
        assertThat(decide(false, card("Anna Jensen", "050209"), ANNA, Optional.of(card), municipality()))
                .isInstanceOf(CardOrderDecision.Order.class);
        assertThat(decide(false, card("Anna Holm", "050208"), ANNA, Optional.of(card), municipality()))
                .isInstanceOf(CardOrderDecision.Order.class);
        HealthCard moved = new HealthCard(card.cpr(), card.name(), "Vestergade 2, 7700 Thisted", card.group(), card.doctor(), TODAY);
        assertThat(decide(false, moved, ANNA, Optional.of(card), municipality())).isInstanceOf(CardOrderDecision.Order.class);
        HealthCard groupTwo = new HealthCard(card.cpr(), card.name(), card.address(), Sikringsgruppe.GROUP_2, Optional.empty(), TODAY);
        assertThat(decide(false, groupTwo, ANNA, Optional.of(card), municipality())).isInstanceOf(CardOrderDecision.Order.class);
        assertThat(decide(false, card, ANNA, Optional.empty(), municipality())).isInstanceOf(CardOrderDecision.Order.class);
    }

    @Test
    @DisplayName("CARD-8 exception: an explicit order always orders, even when the person has an identical card")
    void CARD8_explicitOrderAlwaysOrders() {
        HealthCard card = card("Anna Jensen", "050208");
        assertThat(decide(true, card, ANNA, Optional.of(card), municipality()))
                .isEqualTo(new CardOrderDecision.Order(new CardDelivery.ToAddress("Storegade 1, 7700 Thisted")));
    }

    @Test
    @DisplayName("CARD-10: an automatic order skips the physical card of a person who opted out; an explicit order makes one; no opt-out, a card")
    void CARD10_physicalCardOptOut() {
        assertThat(CardOrderPolicy.physicalCard(false, true)).contains(NotOrderedBecause.PHYSICAL_CARD_OPT_OUT);
        assertThat(CardOrderPolicy.physicalCard(true, true)).isEmpty();
        assertThat(CardOrderPolicy.physicalCard(false, false)).isEmpty();
        assertThat(CardOrderPolicy.physicalCard(true, false)).isEmpty();
    }

    @Test
    @DisplayName("CARD-6: a listed high road code gets no card (an explicit order is refused); another high road code gets it with unknown address to the municipality")
    void CARD6_highRoadCodes() {
        Person listed = person("Anna Jensen", address("9904"));
        Person unlisted = person("Anna Jensen", address("9905"));
        HealthCard card = card("Anna Jensen", "050208");

        assertThat(decide(false, card, listed, Optional.empty(), municipality("9904")))
                .isEqualTo(new CardOrderDecision.DoNotOrder(NotOrderedBecause.HIGH_ROAD_CODE));
        assertThat(CardOrderPolicy.decide(true, card, listed, Optional.empty(), municipality("9904")))
                .isEqualTo(Outcome.refused(CardOrderPolicy.LISTED_HIGH_ROAD_CODE));
        assertThat(decide(false, card, unlisted, Optional.empty(), municipality("9904")))
                .isEqualTo(new CardOrderDecision.Order(new CardDelivery.UnknownAddress(CardFixtures.THISTED)));
        assertThat(decide(true, card, unlisted, Optional.empty(), municipality("9904")))
                .isEqualTo(new CardOrderDecision.Order(new CardDelivery.UnknownAddress(CardFixtures.THISTED)));
    }

    @Test
    @DisplayName("CARD-6 boundary: road code 9899 is a street and gets the card by post; 9900 is the first high road code")
    void CARD6_boundary() {
        HealthCard card = card("Anna Jensen", "050208");
        assertThat(decide(false, card, person("Anna Jensen", address("9899")), Optional.empty(), municipality()))
                .isEqualTo(new CardOrderDecision.Order(new CardDelivery.ToAddress(card.address())));
        assertThat(decide(false, card, person("Anna Jensen", address("9900")), Optional.empty(), municipality()))
                .isEqualTo(new CardOrderDecision.Order(new CardDelivery.UnknownAddress(CardFixtures.THISTED)));
    }

    @Test
    @DisplayName("CARD-13: a caseworker orders a card for a return from group 4 or 5 to 1 or 2; refused for anyone else")
    void CARD13_returnFromResting() {
        RegistrationHistory fromPrison = new RegistrationHistory(List.of(doctorChoice("050208", TODAY.minusYears(2)),
                group(Sikringsgruppe.GROUP_4, TODAY.minusYears(1)), doctorChoice("050208", TODAY.minusDays(5))));
        RegistrationHistory fromMilitaryToTwo = new RegistrationHistory(List.of(group(Sikringsgruppe.GROUP_5, TODAY.minusYears(1)),
                group(Sikringsgruppe.GROUP_2, TODAY.minusDays(5))));
        RegistrationHistory groupOneThenDoctor = new RegistrationHistory(List.of(group(Sikringsgruppe.GROUP_5, TODAY.minusYears(1)),
                group(Sikringsgruppe.GROUP_1, TODAY.minusDays(9)), doctorChoice("050208", TODAY.minusDays(5))));
        RegistrationHistory neverResting = new RegistrationHistory(List.of(group(Sikringsgruppe.GROUP_2, TODAY.minusYears(1)),
                doctorChoice("050208", TODAY.minusDays(5))));
        RegistrationHistory stillInPrison = new RegistrationHistory(List.of(doctorChoice("050208", TODAY.minusYears(2)),
                group(Sikringsgruppe.GROUP_4, TODAY.minusYears(1))));

        CardOrderReason reason = CardOrderReason.RESTING_ACTIVE_TRANSITION;
        assertThat(CardOrderPolicy.refusalOfReason(reason, false, fromPrison, TODAY)).isEmpty();
        assertThat(CardOrderPolicy.refusalOfReason(reason, false, fromMilitaryToTwo, TODAY)).isEmpty();
        assertThat(CardOrderPolicy.refusalOfReason(reason, false, groupOneThenDoctor, TODAY)).isEmpty();
        assertThat(CardOrderPolicy.refusalOfReason(reason, false, neverResting, TODAY)).contains(CardOrderPolicy.NOT_BACK_FROM_RESTING);
        assertThat(CardOrderPolicy.refusalOfReason(reason, false, stillInPrison, TODAY)).contains(CardOrderPolicy.NOT_BACK_FROM_RESTING);
        assertThat(CardOrderPolicy.refusalOfReason(reason, true, fromPrison, TODAY)).contains(CardOrderPolicy.NOT_FOR_CITIZENS);
    }

    @Test
    @DisplayName("ROLE-5: in self-service a citizen orders a card for loss, damage, changed details or a name change; exemptions are a caseworker's")
    void ROLE5_citizensReasons() {
        RegistrationHistory history = new RegistrationHistory(List.of(doctorChoice("050208", TODAY.minusYears(1))));
        for (CardOrderReason reason : CardOrderReason.values()) {
            boolean forCitizens = reason == CardOrderReason.LOST || reason == CardOrderReason.DAMAGED
                    || reason == CardOrderReason.CHANGED_DETAILS || reason == CardOrderReason.NAME_CHANGE;
            assertThat(CardOrderPolicy.refusalOfReason(reason, true, history, TODAY)).as(reason.name())
                    .isEqualTo(forCitizens ? Optional.empty() : Optional.of(CardOrderPolicy.NOT_FOR_CITIZENS));
        }
    }

    private static CardOrderDecision decide(boolean explicit, HealthCard card, Person person, Optional<HealthCard> current,
                                            dk.sygesikring.domain.configuration.LocalConfiguration local) {
        return success(CardOrderPolicy.decide(explicit, card, person, current, local));
    }

    private static <T> T success(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success<T>) outcome).value();
    }
}
