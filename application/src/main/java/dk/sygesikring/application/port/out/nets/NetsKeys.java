package dk.sygesikring.application.port.out.nets;

import java.util.List;
import java.util.Objects;

/**
 * Which secret keys a call to Nets may use, in the order to try them: references into the operator's secret store
 * (CFG-2 keeps the reference, never the key). PAY-4: the municipality's current key first, then the key a payment
 * was created under; the adapter tries the next only when Nets does not accept the one before.
 */
public record NetsKeys(List<String> references) {

    public NetsKeys {
        references = List.copyOf(Objects.requireNonNull(references, "references").stream().distinct().toList());
        if (references.isEmpty()) {
            throw new IllegalArgumentException("at least one key reference");
        }
    }

    public static NetsKeys of(String... references) {
        return new NetsKeys(List.of(references));
    }
}
