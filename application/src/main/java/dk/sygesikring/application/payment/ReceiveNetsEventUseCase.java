package dk.sygesikring.application.payment;

import dk.sygesikring.domain.result.Outcome;

/** Nets's webhook events (PAY-1, CARD-12): each taken once, in whatever order they arrive. */
public interface ReceiveNetsEventUseCase {

    /** True the first time the event is taken, false for one taken before; refused for a payment this service never made. */
    Outcome<Boolean> receive(NetsEvent event);
}
