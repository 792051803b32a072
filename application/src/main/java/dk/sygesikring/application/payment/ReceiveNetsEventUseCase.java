package dk.sygesikring.application.payment;

/** Nets's webhook events (PAY-1, CARD-12): each taken once, in whatever order they arrive. */
public interface ReceiveNetsEventUseCase {

    Receipt receive(NetsEvent event);

    enum Receipt {
        /** The first delivery of the event; the payment moved on if it was news. */
        TAKEN,
        /** Delivered before: nothing changed. */
        ALREADY_TAKEN,
        /** About a payment this service did not make (another system on the same Nets agreement): ignored. */
        NOT_OURS
    }
}
