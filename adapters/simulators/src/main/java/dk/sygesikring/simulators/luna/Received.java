package dk.sygesikring.simulators.luna;

import dk.sygesikring.simulators.population.Registration;

/** A registration the simulator made for a request over HTTP, with the idempotency key it came with. */
record Received(String idempotencyKey, RegistrationRequest request, Registration registration) {
}
