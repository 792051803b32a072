package dk.sygesikring.application.port.out.nets;

import java.net.URI;

/**
 * Where Nets sends the citizen and its events for a new payment: this deployment's addresses, and the value Nets puts in
 * each webhook's Authorization header so that the service knows the webhook for Nets's.
 */
public interface NetsEndpoints {

    /** Where the checkout returns the citizen, e.g. the self-service's page for the order. */
    URI returnUrl();

    URI webhookUrl();

    String webhookAuthorization();
}
