package dk.sygesikring.simulators.digitalpost;

import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.util.Objects;

/**
 * Whose mailbox a message goes to: a citizen by CPR number or a practice by provider number, read and checked.
 *
 * @param type "CPR" or "PROVIDER", as the wire format names it
 * @param id   the ten digits of the CPR number or the six of the provider number
 */
record Addressee(String type, String id) {

    static final String CPR = "CPR";
    static final String PROVIDER = "PROVIDER";

    Addressee {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    /** Throws IllegalArgumentException (400) saying what is wrong. */
    static Addressee of(String type, String id) {
        if (type == null || id == null) {
            throw new IllegalArgumentException("recipient.type and recipient.id are required");
        }
        return switch (type) {
            case CPR -> new Addressee(CPR, Cpr.of(id).value());
            case PROVIDER -> new Addressee(PROVIDER, ProviderNumber.of(id).value());
            default -> throw new IllegalArgumentException("recipient.type is CPR or PROVIDER, not " + type);
        };
    }

    boolean isCitizen() {
        return type.equals(CPR);
    }
}
