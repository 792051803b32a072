package dk.sygesikring.domain.card;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.util.Objects;

/** Where the card supplier sends the card (CARD-6). */
public sealed interface CardDelivery {

    /** By post to the insured's address, the one on the card. */
    record ToAddress(String address) implements CardDelivery {
        public ToAddress {
            Objects.requireNonNull(address, "address");
        }
    }

    /**
     * CARD-6: the address has a high road code the municipality has not listed: the card is made with "unknown
     * address", cannot be delivered by post and goes to the municipality, which keeps it for pick-up.
     */
    record UnknownAddress(MunicipalityCode municipality) implements CardDelivery {
        public UnknownAddress {
            Objects.requireNonNull(municipality, "municipality");
        }
    }
}
