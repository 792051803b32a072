package dk.sygesikring.application.card;

import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.DetailChange;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A temporary card's content as its forløb's details (CARD-4): the forløb shows what the card showed the day it was
 * issued, and a repeated request is answered with that card, not with one made again from later data.
 */
final class TemporaryCardDetails {

    static final String NAME = "navn";
    static final String ADDRESS = "adresse";
    static final String GROUP = "sikringsgruppe";
    static final String PROVIDER_NUMBER = "ydernummer";
    static final String PRACTICE_NAME = "praksisnavn";
    static final String PRACTICE_ADDRESS = "praksisadresse";
    static final String VALID_FROM = "gyldigFra";

    private TemporaryCardDetails() {
    }

    static Forloeb withCard(Forloeb forloeb, HealthCard card, Creator by, Instant at) {
        Forloeb recorded = forloeb.withDetail(NAME, card.cpr(), card.name(), by, at)
                .withDetail(ADDRESS, card.cpr(), card.address(), by, at)
                .withDetail(GROUP, card.cpr(), String.valueOf(card.group().number()), by, at)
                .withDetail(VALID_FROM, card.cpr(), card.validFrom().toString(), by, at);
        if (card.doctor().isPresent()) {
            HealthCard.CardDoctor doctor = card.doctor().get();
            recorded = recorded.withDetail(PROVIDER_NUMBER, card.cpr(), doctor.providerNumber().value(), by, at)
                    .withDetail(PRACTICE_NAME, card.cpr(), doctor.practiceName(), by, at)
                    .withDetail(PRACTICE_ADDRESS, card.cpr(), doctor.address(), by, at);
        }
        return recorded;
    }

    static HealthCard cardOf(Forloeb forloeb) {
        Optional<HealthCard.CardDoctor> doctor = value(forloeb, PROVIDER_NUMBER).map(providerNumber ->
                new HealthCard.CardDoctor(ProviderNumber.of(providerNumber), required(forloeb, PRACTICE_NAME),
                        required(forloeb, PRACTICE_ADDRESS)));
        return new HealthCard(forloeb.mainPerson(), required(forloeb, NAME), required(forloeb, ADDRESS),
                Sikringsgruppe.ofNumber(Integer.parseInt(required(forloeb, GROUP))).orElseThrow(), doctor,
                LocalDate.parse(required(forloeb, VALID_FROM)));
    }

    /** The detail's latest value. */
    private static Optional<String> value(Forloeb forloeb, String name) {
        return forloeb.details().stream().filter(detail -> detail.name().equals(name)).reduce((first, later) -> later)
                .map(DetailChange::value);
    }

    private static String required(Forloeb forloeb, String name) {
        return value(forloeb, name).orElseThrow(() -> new IllegalStateException(
                "temporary card " + forloeb.id() + " has no detail " + name));
    }
}
