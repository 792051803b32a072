package dk.sygesikring.adapters.rest.forloeb;

import static dk.sygesikring.adapters.rest.problem.Outcomes.valueOrRefuse;

import dk.sygesikring.adapters.rest.card.CardPayments;
import dk.sygesikring.adapters.rest.security.CurrentActor;
import dk.sygesikring.api.ForloebApi;
import dk.sygesikring.api.model.ForloebDto;
import dk.sygesikring.application.card.CardOrdersUseCase;
import dk.sygesikring.application.forloeb.ForloebUseCase;
import dk.sygesikring.application.forloeb.ForloebView;
import dk.sygesikring.domain.forloeb.ForloebId;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ForloebController implements ForloebApi {

    private final ForloebUseCase forloeb;
    private final CardOrdersUseCase cardOrders;
    private final CurrentActor currentActor;

    ForloebController(ForloebUseCase forloeb, CardOrdersUseCase cardOrders, CurrentActor currentActor) {
        this.forloeb = forloeb;
        this.cardOrders = cardOrders;
        this.currentActor = currentActor;
    }

    @Override
    public ForloebDto getForloeb(UUID forloebId) {
        return withPayment(valueOrRefuse(forloeb.read(currentActor.get(), new ForloebId(forloebId))));
    }

    @Override
    @Consumes(MediaType.ALL) // no body is read
    public ForloebDto cancelForloeb(UUID forloebId) {
        return withPayment(valueOrRefuse(forloeb.cancel(currentActor.get(), new ForloebId(forloebId))));
    }

    /** CARD-12: with its details, the forløb's payment by payment card, if it has one the reader may see. */
    private ForloebDto withPayment(ForloebView found) {
        return switch (found) {
            case ForloebView.Full full -> CardPayments.withPayment(ForloebDtoMapper.toDto(full.forloeb()),
                    cardOrders.paymentOf(currentActor.get(), full.forloeb().id()));
            case ForloebView.Summary summary -> ForloebDtoMapper.toDto(summary);
        };
    }
}
