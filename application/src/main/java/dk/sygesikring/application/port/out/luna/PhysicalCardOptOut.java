package dk.sygesikring.application.port.out.luna;

import dk.sygesikring.domain.person.Cpr;
import java.time.Instant;

/** The person chose, in the card app, to have no physical health card (CARD-10). */
public record PhysicalCardOptOut(Cpr cpr, Instant registeredAt) {
}
