package dk.sygesikring.application.luna;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.luna.LunaOutcome;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import jakarta.inject.Singleton;
import java.time.Instant;

/** What LUNA's answer to a registration means for this service: the registration is recorded and its forløb moves on. */
@Singleton
public class LunaConfirmations {

    static final Creator LUNA = Creator.system("LUNA");

    private final ForloebStorePort forloeb;
    private final RegistrationPort registrations;

    public LunaConfirmations(ForloebStorePort forloeb, RegistrationPort registrations) {
        this.forloeb = forloeb;
        this.registrations = registrations;
    }

    void registered(LunaRegistration registration, LunaOutcome.Registered receipt, Instant now) {
        ForloebId forloebId = new ForloebId(registration.forloebId());
        switch (registration) {
            case LunaRegistration.GroupChange change -> registrations.record(InsuranceRegistration.groupChange(change.cpr(),
                    change.group(), change.validFrom(), receipt.registeredAt(), receipt.registrationId(), forloebId));
            case LunaRegistration.DoctorChoice choice -> registrations.record(InsuranceRegistration.doctorChoice(choice.cpr(),
                    choice.providerNumber(), choice.validFrom(), receipt.registeredAt(), receipt.registrationId(), forloebId));
        }
        forloeb.loadForUpdate(forloebId).filter(Forloeb::isInProgress).ifPresent(waiting -> {
            Forloeb moved = waiting.closeActivity(ActivityType.AWAIT_LUNA, ActivityState.DONE, now, LUNA,
                    "Registreret i LUNA (" + receipt.registrationId() + ")");
            forloeb.save(moved.openActivity(ActivityType.MANUAL_TASK).isPresent() ? moved : moved.complete(now));
        });
    }

    void rejected(LunaRegistration registration, String reason, Instant now) {
        forloeb.loadForUpdate(new ForloebId(registration.forloebId())).filter(Forloeb::isInProgress).ifPresent(waiting ->
                forloeb.save(waiting
                        .closeActivity(ActivityType.AWAIT_LUNA, ActivityState.FAILED, now, LUNA, "LUNA afviste: " + reason)
                        .withActivity(Activity.open(ActivityType.MANUAL_TASK, now, null,
                                "LUNA afviste registreringen: " + reason))));
    }
}
