package dk.sygesikring.simulators.nets;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One webhook the receiver acknowledged with 200: the event's id (shared by the copies of a repeated event), its
 * name, its payment, where it went, and after how many attempts.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DeliveredWebhook(String id, String event, String paymentId, String url, int attempts,
                               String acknowledgedAt) {
}
