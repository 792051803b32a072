package dk.sygesikring.adapters.rest.nets;

import dk.sygesikring.api.NetsApi;
import dk.sygesikring.api.model.NetsWebhookEventDto;
import dk.sygesikring.application.payment.NetsEvent;
import dk.sygesikring.application.payment.ReceiveNetsEventUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nets's webhooks, known for Nets's by their Authorization header ({@link NetsWebhookAuthorizationFilter}). Nets takes
 * only 200 as delivered and resends anything else, so every event this service has taken, now or before, is 200.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class NetsWebhookController implements NetsApi {

    private static final Logger LOG = LoggerFactory.getLogger(NetsWebhookController.class);

    private final ReceiveNetsEventUseCase events;

    NetsWebhookController(ReceiveNetsEventUseCase events) {
        this.events = events;
    }

    @Override
    public HttpResponse<Void> receiveNetsWebhook(NetsWebhookEventDto event) {
        ReceiveNetsEventUseCase.Receipt receipt = events.receive(new NetsEvent(event.getId(), event.getEvent(),
                event.getData().getPaymentId()));
        if (receipt == ReceiveNetsEventUseCase.Receipt.NOT_OURS) {
            LOG.warn("Nets event {} ({}) is about payment {}, which this service did not make; ignored", event.getId(),
                    event.getEvent(), event.getData().getPaymentId());
        }
        return HttpResponse.ok();
    }
}
