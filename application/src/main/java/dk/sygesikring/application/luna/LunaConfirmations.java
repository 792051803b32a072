package dk.sygesikring.application.luna;

import dk.sygesikring.application.card.GroupChangeCards;
import dk.sygesikring.application.doctorchoice.DoctorChoiceProgress;
import dk.sygesikring.application.group.MissingDoctorChoice;
import dk.sygesikring.application.letter.Receipts;
import dk.sygesikring.application.port.out.DoctorChoiceStorePort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.GroupChangeStorePort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.luna.LunaOutcome;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * What LUNA's confirmation of a registration means for this service: the registration is recorded and its forløb moves
 * on. A refusal is {@link LunaRefusals}'.
 */
@Singleton
public class LunaConfirmations {

    static final Creator LUNA = Creator.system("LUNA");

    private final ForloebStorePort forloeb;
    private final RegistrationPort registrations;
    private final DoctorChoiceStorePort choices;
    private final DoctorChoiceProgress progress;
    private final GroupChangeStorePort groupChanges;
    private final MissingDoctorChoice missingDoctor;
    private final GroupChangeCards cards;
    private final Receipts receipts;

    public LunaConfirmations(ForloebStorePort forloeb, RegistrationPort registrations, DoctorChoiceStorePort choices,
                             DoctorChoiceProgress progress, GroupChangeStorePort groupChanges, MissingDoctorChoice missingDoctor,
                             GroupChangeCards cards, Receipts receipts) {
        this.cards = cards;
        this.receipts = receipts;
        this.groupChanges = groupChanges;
        this.missingDoctor = missingDoctor;
        this.forloeb = forloeb;
        this.registrations = registrations;
        this.choices = choices;
        this.progress = progress;
    }

    void registered(LunaRegistration registration, LunaOutcome.Registered receipt, Instant now) {
        ForloebId forloebId = new ForloebId(registration.forloebId());
        switch (registration) {
            case LunaRegistration.GroupChange change -> {
                registrations.record(InsuranceRegistration.groupChange(change.cpr(), change.group(), change.validFrom(),
                        receipt.registeredAt(), receipt.registrationId(), forloebId));
                groupChanges.load(forloebId).ifPresent(made -> groupChanges.save(made.registeredInLuna(now)));
            }
            case LunaRegistration.DoctorChoice choice -> registrations.record(InsuranceRegistration.doctorChoice(choice.cpr(),
                    choice.providerNumber(), choice.validFrom(), receipt.registeredAt(), receipt.registrationId(), forloebId));
        }
        forloeb.loadForUpdate(forloebId).filter(Forloeb::isInProgress)
                .filter(waiting -> waiting.openActivity(ActivityType.AWAIT_LUNA).isPresent())
                .ifPresent(waiting -> {
                    Optional<DoctorChoice> choice = choices.load(forloebId);
                    if (choice.isPresent() && !everyPersonRegistered(choice.get(), forloebId)) {
                        return; // a family's choice is in effect when LUNA holds it for all of them
                    }
                    Forloeb moved = waiting.closeActivity(ActivityType.AWAIT_LUNA, ActivityState.DONE, now, LUNA,
                            "Registreret i LUNA (" + receipt.registrationId() + ")");
                    if (choice.isPresent()) {
                        progress.moved(moved, choice.get().registeredInLuna(now), now);
                    } else {
                        Forloeb withCard = registration instanceof LunaRegistration.GroupChange change
                                ? receipt(cards.inEffect(moved, change.cpr(), change.group(), change.validFrom()), now)
                                : moved;
                        Forloeb done = withCard.completeIfNothingOpen(now);
                        forloeb.save(done);
                        if (registration instanceof LunaRegistration.GroupChange change && change.group() == Sikringsgruppe.GROUP_1) {
                            missingDoctor.enteredGroupOne(change.cpr(), change.validFrom(), done, now);
                        }
                    }
                });
    }

    /** LET-1: the change's receipt, to the person it changed (a group change is one person's). */
    private Forloeb receipt(Forloeb inEffect, Instant now) {
        return groupChanges.load(inEffect.id()).map(change -> receipts.groupChange(inEffect, change, now)).orElse(inEffect);
    }

    private boolean everyPersonRegistered(DoctorChoice choice, ForloebId forloebId) {
        return choice.persons().stream().allMatch(person -> registrations.loadRegistrations(person.cpr()).stream()
                .anyMatch(registration -> forloebId.equals(registration.forloebId())));
    }
}
