package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.card.CardOrderReportRow;
import dk.sygesikring.domain.card.ReportPeriod;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.util.List;

/** Reads card orders for the accounting and ordering report (AUD-2): the report's columns only, a period at a time. */
public interface CardOrderReportPort {

    /** The orders the municipality made in the period (from its Danish start to its Danish end), by the time made. */
    List<CardOrderReportRow> rowsOf(MunicipalityCode municipality, ReportPeriod period);
}
