package dk.sygesikring.adapters.persistence.outbox;

import dk.sygesikring.application.port.out.LunaOutboxPort;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class LunaOutboxPersistenceAdapter implements LunaOutboxPort {

    private final LunaOutboxRepository rows;

    LunaOutboxPersistenceAdapter(LunaOutboxRepository rows) {
        this.rows = rows;
    }

    @Override
    public void enqueue(UUID id, LunaRegistration registration, Instant now) {
        String providerNumber = registration instanceof LunaRegistration.DoctorChoice choice ? choice.providerNumber().value() : null;
        Short group = registration instanceof LunaRegistration.GroupChange change ? (short) change.group().number() : null;
        String kind = registration instanceof LunaRegistration.DoctorChoice ? "DOCTOR_CHOICE" : "GROUP_CHANGE";
        rows.save(new LunaOutboxRow(id, registration.forloebId(), kind, registration.cpr().value(), providerNumber, group,
                registration.validFrom(), now, 0, now, null, null, null));
    }

    @Override
    public Optional<Message> claimNextDue(Instant now) {
        return rows.findNextDue(now).map(LunaOutboxPersistenceAdapter::toMessage);
    }

    @Override
    public boolean withdrawAll(ForloebId forloebId) {
        List<LunaOutboxRow> claimed = rows.findUndeliveredFor(forloebId.value());
        if (claimed.size() != rows.countByForloebId(forloebId.value())) {
            return false;
        }
        claimed.forEach(row -> rows.discard(row.id()));
        return true;
    }

    @Override
    public void markDelivered(UUID id, Instant at) {
        rows.markDelivered(id, at);
    }

    @Override
    public void markRejected(UUID id, String reason, Instant at) {
        rows.markRejected(id, reason, at);
    }

    @Override
    public void retryLater(UUID id, String error, Instant nextAttempt) {
        rows.retryLater(id, error, nextAttempt);
    }

    @Override
    public void discard(UUID id) {
        rows.discard(id);
    }

    private static Message toMessage(LunaOutboxRow row) {
        Cpr cpr = Cpr.of(row.cpr());
        LunaRegistration registration = row.kind().equals("DOCTOR_CHOICE")
                ? new LunaRegistration.DoctorChoice(cpr, ProviderNumber.of(row.providerNumber()), row.validFrom(), row.forloebId())
                : new LunaRegistration.GroupChange(cpr, Sikringsgruppe.ofNumber(row.groupNumber()).orElseThrow(), row.validFrom(), row.forloebId());
        return new Message(row.id(), registration, row.attempts());
    }
}
