package dk.sygesikring.simulators.cardsupplier;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A card order as the service sent it, read but not yet judged: every field has its form (a CPR number, a provider
 * number, a date), whether the supplier makes such a card is {@link #refusal()}'s question. Records compare by value,
 * so an order repeated with its id is {@code equals} to the first.
 */
record CardOrder(UUID orderId, Cpr cpr, String name, String address, int group, Optional<Doctor> doctor,
                 LocalDate validFrom, Delivery delivery) {

    CardOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(doctor, "doctor");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(delivery, "delivery");
    }

    record Doctor(ProviderNumber providerNumber, String practiceName, String address) {
    }

    /** Where the card goes: by post, or to the municipality for pick-up when the address is unknown (CARD-6). */
    sealed interface Delivery {

        record ToAddress(String address) implements Delivery {
        }

        record UnknownAddress(MunicipalityCode municipality) implements Delivery {
        }
    }

    /** Why the supplier will not make this card (422), if it will not: a reason code and what it means. */
    record Refusal(String reason, String message) {
    }

    Optional<Refusal> refusal() {
        if (group != 1 && group != 2) {
            return Optional.of(new Refusal("INVALID_GROUP", "cards are made for group 1 or 2, not group " + group));
        }
        if (group == 1 && doctor.isEmpty()) {
            return Optional.of(new Refusal("DOCTOR_REQUIRED", "a group 1 card shows the doctor"));
        }
        if (group == 2 && doctor.isPresent()) {
            return Optional.of(new Refusal("DOCTOR_NOT_ALLOWED", "a group 2 card shows no doctor"));
        }
        return unprintable("name", name)
                .or(() -> unprintable("address", address))
                .or(() -> doctor.flatMap(shown -> unprintable("doctor.practiceName", shown.practiceName())
                        .or(() -> unprintable("doctor.address", shown.address()))))
                .or(() -> delivery instanceof Delivery.ToAddress post
                        ? unprintable("delivery.address", post.address()) : Optional.empty());
    }

    /** The card printer prints Latin-1 (which has æ, ø, å, é, ü, ...), not every character a name may have. */
    private static Optional<Refusal> unprintable(String field, String text) {
        return text.codePoints()
                .filter(c -> !(c >= 0x20 && c <= 0x7E) && !(c >= 0xA0 && c <= 0xFF))
                .mapToObj(c -> new Refusal("UNPRINTABLE_CHARACTERS",
                        field + ": the card printer cannot print '" + Character.toString(c) + "'"))
                .findFirst();
    }
}
