package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.PaymentStorePort;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.payment.Payment;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The payments and the Nets webhook events taken, in memory. */
public final class InMemoryPayments implements PaymentStorePort {

    private final Map<UUID, Payment> payments = new LinkedHashMap<>();
    private final Set<String> events = new HashSet<>();

    public Payment get(UUID id) {
        return payments.get(id);
    }

    public List<Payment> all() {
        return List.copyOf(payments.values());
    }

    @Override
    public void save(Payment payment) {
        payments.put(payment.id(), payment);
    }

    @Override
    public Optional<Payment> load(UUID id) {
        return Optional.ofNullable(payments.get(id));
    }

    @Override
    public Optional<Payment> loadForUpdate(UUID id) {
        return load(id);
    }

    @Override
    public Optional<Payment> ofForloeb(ForloebId forloebId) {
        return payments.values().stream().filter(payment -> payment.forloebId().equals(forloebId)).findFirst();
    }

    @Override
    public Optional<Payment> loadForUpdateByNetsId(String netsPaymentId) {
        return payments.values().stream()
                .filter(payment -> payment.netsPaymentId().filter(netsPaymentId::equals).isPresent()).findFirst();
    }

    @Override
    public boolean recordWebhookEvent(String eventId, String eventName, String netsPaymentId, Instant receivedAt) {
        return events.add(eventId);
    }
}
