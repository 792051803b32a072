package dk.sygesikring.adapters.rest.print;

import static dk.sygesikring.adapters.rest.problem.Outcomes.valueOrRefuse;

import dk.sygesikring.api.PrintApi;
import dk.sygesikring.api.model.PrintReportDto;
import dk.sygesikring.application.letter.PrintReport;
import dk.sygesikring.application.letter.ReceivePrintReportUseCase;
import dk.sygesikring.application.port.out.print.PrintStatus;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;

/** The print supplier's reports, signed ({@link PrintSignatureFilter}); each is answered 204, also when repeated. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class PrintReportsController implements PrintApi {

    private final ReceivePrintReportUseCase reports;

    PrintReportsController(ReceivePrintReportUseCase reports) {
        this.reports = reports;
    }

    @Override
    public HttpResponse<Void> receivePrintReport(PrintReportDto report) {
        valueOrRefuse(reports.receive(new PrintReport(report.getReportId(), report.getLetterId(),
                PrintStatus.valueOf(report.getStatus().name()), report.getOccurredAt().toInstant(), report.getPrintReference(),
                Optional.ofNullable(report.getReason()))));
        return HttpResponse.noContent();
    }
}
