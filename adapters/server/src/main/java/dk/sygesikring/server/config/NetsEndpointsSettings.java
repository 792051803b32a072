package dk.sygesikring.server.config;

import dk.sygesikring.application.port.out.nets.NetsEndpoints;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;

/**
 * PAY-1: where Nets sends the citizen after the checkout and the payment's webhooks, as this deployment is reached
 * from outside (docs/integrations/nets.md).
 */
@Singleton
class NetsEndpointsSettings implements NetsEndpoints {

    private final URI returnUrl;
    private final URI webhookUrl;
    private final String webhookAuthorization;

    NetsEndpointsSettings(@Value("${sygesikring.nets.return-url}") URI returnUrl,
                          @Value("${sygesikring.nets.webhook-url}") URI webhookUrl,
                          @Value("${sygesikring.nets.webhook-authorization}") String webhookAuthorization) {
        this.returnUrl = returnUrl;
        this.webhookUrl = webhookUrl;
        this.webhookAuthorization = webhookAuthorization;
    }

    @Override
    public URI returnUrl() {
        return returnUrl;
    }

    @Override
    public URI webhookUrl() {
        return webhookUrl;
    }

    @Override
    public String webhookAuthorization() {
        return webhookAuthorization;
    }
}
