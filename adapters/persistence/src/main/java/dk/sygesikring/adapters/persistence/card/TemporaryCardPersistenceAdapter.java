package dk.sygesikring.adapters.persistence.card;

import dk.sygesikring.application.port.out.TemporaryCardStorePort;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.card.TemporaryCard;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Stores a temporary card as one row, once: it never changes after it is issued (CARD-4). */
@Singleton
class TemporaryCardPersistenceAdapter implements TemporaryCardStorePort {

    private final TemporaryCardRepository rows;

    TemporaryCardPersistenceAdapter(TemporaryCardRepository rows) {
        this.rows = rows;
    }

    @Override
    public void save(TemporaryCard card) {
        HealthCard shown = card.card();
        Optional<HealthCard.CardDoctor> doctor = shown.doctor();
        rows.insert(new TemporaryCardRow(card.forloebId().value(), card.municipality().value(), shown.cpr().value(),
                card.issuedBy().id(), card.issuedAt(), card.letterId(), shown.name(), shown.address(),
                (short) shown.group().number(), doctor.map(d -> d.providerNumber().value()).orElse(null),
                doctor.map(HealthCard.CardDoctor::practiceName).orElse(null), doctor.map(HealthCard.CardDoctor::address).orElse(null),
                shown.validFrom()));
    }

    @Override
    public Optional<TemporaryCard> ofForloeb(ForloebId forloebId) {
        return rows.findById(forloebId.value()).map(TemporaryCardPersistenceAdapter::toCard);
    }

    private static TemporaryCard toCard(TemporaryCardRow row) {
        Optional<HealthCard.CardDoctor> doctor = Optional.ofNullable(row.cardProviderNumber())
                .map(number -> new HealthCard.CardDoctor(ProviderNumber.of(number), row.cardPracticeName(), row.cardPracticeAddress()));
        HealthCard card = new HealthCard(Cpr.of(row.cpr()), row.cardName(), row.cardAddress(),
                Sikringsgruppe.ofNumber(row.cardGroup()).orElseThrow(), doctor, row.cardValidFrom());
        return new TemporaryCard(new ForloebId(row.forloebId()), MunicipalityCode.of(row.municipalityCode()), card,
                new Creator(Creator.Kind.CASEWORKER, row.issuedBy()), row.issuedAt(), row.letterId());
    }
}
