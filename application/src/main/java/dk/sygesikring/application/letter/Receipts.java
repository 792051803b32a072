package dk.sygesikring.application.letter;

import dk.sygesikring.application.port.out.LoadPersonPort;
import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.doctorchoice.ChosenPerson;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.group.GroupChange;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.person.Cpr;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The receipt a forløb sends (LET-1, LET-2): one letter to the forløb's main person naming its persons, written from
 * its template and posted in the flow's transaction with a SEND_LETTER activity that its delivery closes, so the
 * forløb completes only once the receipt is sent. A card ordered by a doctor choice or a group change gets no receipt
 * of its own: that forløb's receipt is the letter.
 */
@Singleton
public class Receipts {

    private final LetterPost letters;
    private final LoadPersonPort persons;
    private final PractitionerRegisterPort practitioners;
    private final Clock clock;

    public Receipts(LetterPost letters, LoadPersonPort persons, PractitionerRegisterPort practitioners, Clock clock) {
        this.letters = letters;
        this.persons = persons;
        this.practitioners = practitioners;
        this.clock = clock;
    }

    /** The choice is in effect for all of its persons. */
    public Forloeb doctorChoice(Forloeb inEffect, DoctorChoice choice, Instant now) {
        List<Cpr> about = choice.persons().stream().map(ChosenPerson::cpr).toList();
        return send(inEffect, LetterKind.DOCTOR_CHOICE_RECEIPT, "Kvittering for lægevalg", about,
                DoctorChoiceReceiptLetter.of(choice, persons.loadPersons(about),
                        practitioners.loadPractitioner(choice.providerNumber()), today()), now);
    }

    /** The change is registered in LUNA. */
    public Forloeb groupChange(Forloeb inEffect, GroupChange change, Instant now) {
        List<Cpr> about = List.of(change.cpr());
        return send(inEffect, LetterKind.GROUP_CHANGE_RECEIPT, "Kvittering for ændret sikringsgruppe", about,
                GroupChangeReceiptLetter.of(List.of(change), persons.loadPersons(about), today()), now);
    }

    /** The cards of a card order of its own are ordered ("Bestil sundhedskort"). */
    public Forloeb cardOrder(Forloeb placed, List<CardOrder> orders, Instant now) {
        return send(placed, LetterKind.CARD_RECEIPT, "Kvittering for bestilling af sundhedskort",
                orders.stream().map(CardOrder::cpr).distinct().toList(), CardReceiptLetter.of(orders, today()), now);
    }

    private Forloeb send(Forloeb forloeb, LetterKind kind, String what, List<Cpr> about, LetterText text, Instant now) {
        Activity sendLetter = Activity.open(ActivityType.SEND_LETTER, now, null, what + " sendes til " + forloeb.mainPerson().value());
        return letters.post(forloeb.withActivity(sendLetter), sendLetter.id(),
                LetterDraft.toPerson(kind, forloeb.mainPerson(), about, text), now).forloeb();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
