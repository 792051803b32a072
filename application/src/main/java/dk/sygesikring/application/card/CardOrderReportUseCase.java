package dk.sygesikring.application.card;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.card.CardOrderReport;
import dk.sygesikring.domain.card.ReportPeriod;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.result.Outcome;

/** AUD-2: the accounting and ordering report of a municipality's card orders and fees for a period. */
public interface CardOrderReportUseCase {

    /** Refused for another municipality's staff (ROLE-2); an unknown municipality is not found. */
    Outcome<CardOrderReport> report(Actor reader, MunicipalityCode municipality, ReportPeriod period);
}
