package dk.sygesikring.adapters.rest.cardsupplier;

import static dk.sygesikring.adapters.rest.problem.Outcomes.valueOrRefuse;

import dk.sygesikring.api.CardSupplierApi;
import dk.sygesikring.api.model.CardSupplierReportDto;
import dk.sygesikring.application.card.ReceiveSupplierReportUseCase;
import dk.sygesikring.application.card.SupplierReport;
import dk.sygesikring.domain.card.SupplierStatus;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** The card supplier's reports, signed ({@link CardSupplierSignatureFilter}); each is answered 204, also when repeated. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CardSupplierController implements CardSupplierApi {

    private final ReceiveSupplierReportUseCase reports;

    CardSupplierController(ReceiveSupplierReportUseCase reports) {
        this.reports = reports;
    }

    @Override
    public HttpResponse<Void> receiveCardSupplierReport(CardSupplierReportDto report) {
        valueOrRefuse(reports.receive(new SupplierReport(report.getReportId(), report.getOrderId(),
                SupplierStatus.valueOf(report.getStatus().name()), report.getOccurredAt().toInstant(),
                report.getSupplierReference())));
        return HttpResponse.noContent();
    }
}
