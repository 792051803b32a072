package dk.sygesikring.domain.card;

import dk.sygesikring.domain.configuration.LocalConfiguration;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import java.util.Optional;

/**
 * PAY-3: a caseworker's order with a fee is paid through one of the channels the municipality offers (e.g.
 * "Gebyrfrit", "Kommune-Kasse", "Bankoverførsel"). A municipality that lists none collects its fees outside this
 * service, and the order records no channel.
 */
public final class PaymentChannelPolicy {

    public static final Refusal CHANNEL_REQUIRED = Refusal.unprocessable("payment-channel-required", "PAY-3",
            "A card with a fee is paid through one of the municipality's payment channels; name it");
    public static final Refusal CHANNEL_NOT_OFFERED = Refusal.unprocessable("payment-channel-not-offered", "PAY-3",
            "The municipality does not offer this payment channel");

    private PaymentChannelPolicy() {
    }

    /** How a charged card of a caseworker's order is paid, in the channel's configured spelling. */
    public static Outcome<CardPayment> atMunicipality(LocalConfiguration municipality, Optional<String> given) {
        if (given.isEmpty()) {
            return municipality.paymentChannels().isEmpty()
                    ? Outcome.success(new CardPayment.AtMunicipality(Optional.empty()))
                    : Outcome.refused(CHANNEL_REQUIRED);
        }
        return municipality.paymentChannels().stream().filter(channel -> channel.equalsIgnoreCase(given.get().strip()))
                .findFirst()
                .<Outcome<CardPayment>>map(channel -> Outcome.success(new CardPayment.AtMunicipality(Optional.of(channel))))
                .orElseGet(() -> Outcome.refused(CHANNEL_NOT_OFFERED));
    }
}
