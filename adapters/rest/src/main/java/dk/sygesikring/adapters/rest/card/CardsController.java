package dk.sygesikring.adapters.rest.card;

import static dk.sygesikring.adapters.rest.problem.Outcomes.valueOrRefuse;

import dk.sygesikring.adapters.rest.forloeb.ForloebDtoMapper;
import dk.sygesikring.adapters.rest.idempotency.IdempotencyKeyHeader;
import dk.sygesikring.adapters.rest.person.CprPathParameter;
import dk.sygesikring.adapters.rest.problem.InvalidRequestException;
import dk.sygesikring.adapters.rest.security.CurrentActor;
import dk.sygesikring.api.CardsApi;
import dk.sygesikring.api.model.CardFeeQuoteCardsInnerDto;
import dk.sygesikring.api.model.CardFeeQuoteDto;
import dk.sygesikring.api.model.CardFeeQuoteRequestDto;
import dk.sygesikring.api.model.CardOrderDto;
import dk.sygesikring.api.model.CardOrderReasonDto;
import dk.sygesikring.api.model.CardOrderReportDto;
import dk.sygesikring.api.model.CardOrderRequestDto;
import dk.sygesikring.api.model.CardOrdersDto;
import dk.sygesikring.api.model.CardPaymentDto;
import dk.sygesikring.api.model.CardToOrderDto;
import dk.sygesikring.application.card.CardFeeQuote;
import dk.sygesikring.application.card.CardOrderCase;
import dk.sygesikring.application.card.CardOrderReportUseCase;
import dk.sygesikring.application.card.CardOrdersUseCase;
import dk.sygesikring.application.card.OrderCardsCommand;
import dk.sygesikring.application.card.OrderCardsUseCase;
import dk.sygesikring.domain.card.CardOrderReason;
import dk.sygesikring.domain.card.ReportPeriod;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CardsController implements CardsApi {

    private final OrderCardsUseCase orderCards;
    private final CardOrdersUseCase cardOrders;
    private final CardOrderReportUseCase cardOrderReport;
    private final CurrentActor currentActor;
    private final Clock clock;

    CardsController(OrderCardsUseCase orderCards, CardOrdersUseCase cardOrders, CardOrderReportUseCase cardOrderReport,
                    CurrentActor currentActor, Clock clock) {
        this.orderCards = orderCards;
        this.cardOrders = cardOrders;
        this.cardOrderReport = cardOrderReport;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public HttpResponse<CardOrdersDto> orderCards(CardOrderRequestDto request, String idempotencyKey) {
        OrderCardsCommand command = new OrderCardsCommand(currentActor.get(), cards(request.getCards()),
                Optional.ofNullable(request.getPaymentChannel()), IdempotencyKeyHeader.parse(idempotencyKey));
        CardOrderCase ordered = valueOrRefuse(orderCards.order(command));
        CardOrdersDto dto = new CardOrdersDto(ForloebDtoMapper.toDto(ordered.forloeb()),
                ordered.orders().stream().map(CardOrderDtoMapper::toDto).toList());
        ordered.payment().ifPresent(payment -> dto.payment(CardOrderDtoMapper.toDto(payment)));
        return HttpResponse.accepted().body(dto);
    }

    @Override
    public CardFeeQuoteDto quoteCardFees(CardFeeQuoteRequestDto request) {
        CardFeeQuote quote = valueOrRefuse(cardOrders.quote(currentActor.get(), cards(request.getCards())));
        return new CardFeeQuoteDto(quote.cards().stream().map(card -> new CardFeeQuoteCardsInnerDto(card.cpr().value(),
                CardOrderReasonDto.valueOf(card.reason().name()), CardOrderDtoMapper.toDto(card.fee()))).toList(), quote.total());
    }

    @Override
    public CardOrderDto getCardOrder(UUID cardOrderId) {
        return CardOrderDtoMapper.toDto(valueOrRefuse(cardOrders.read(currentActor.get(), cardOrderId)));
    }

    @Override
    public CardPaymentDto getPayment(UUID paymentId) {
        return CardOrderDtoMapper.toDto(valueOrRefuse(cardOrders.payment(currentActor.get(), paymentId)));
    }

    @Override
    public List<CardOrderDto> listCardOrders(String cpr) {
        return valueOrRefuse(cardOrders.ofPerson(currentActor.get(), CprPathParameter.parse(cpr))).stream()
                .map(CardOrderDtoMapper::toDto).toList();
    }

    /**
     * AUD-2: JSON, or its rows as CSV when the Accept header prefers it; the writer for text/csv is
     * {@link CardOrderReportCsv}. A period the rules do not allow is a 400 naming {@code to}.
     */
    @Override
    public HttpResponse<CardOrderReportDto> getCardOrderReport(String municipalityCode, LocalDate from, LocalDate to) {
        ReportPeriod.problemWith(from, to).ifPresent(problem -> {
            throw new InvalidRequestException("to", problem);
        });
        ReportPeriod period = new ReportPeriod(from, to);
        CardOrderReportDto report = CardOrderReportDtoMapper.toDto(valueOrRefuse(cardOrderReport.report(currentActor.get(),
                MunicipalityCode.of(municipalityCode), period)));
        MediaType format = CardOrderReportFormat.of(ServerRequestContext.currentRequest().map(HttpRequest::accept).orElse(List.of()));
        MutableHttpResponse<CardOrderReportDto> answer = HttpResponse.ok(report).contentType(format);
        if (format.equals(CardOrderReportFormat.CSV)) {
            answer.header(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"kortbestillinger-" + municipalityCode + "-" + from + "-" + to + ".csv\"");
        }
        return answer;
    }

    /** Each card as the command takes it; a field the contract cannot check alone is a 400 naming it. */
    private List<OrderCardsCommand.CardToOrder> cards(List<CardToOrderDto> cards) {
        LocalDate today = LocalDate.now(clock);
        return IntStream.range(0, cards.size()).mapToObj(i -> {
            CardToOrderDto card = cards.get(i);
            CardOrderReason reason = CardOrderReason.valueOf(card.getReason().name());
            Optional<LocalDate> cardValidFrom = Optional.ofNullable(card.getCardValidFrom());
            if (reason.needsCardValidFrom() && cardValidFrom.isEmpty()) {
                throw new InvalidRequestException("cards[" + i + "].cardValidFrom",
                        "is required for a cracked card: the valid-from date printed on it (CARD-3)");
            }
            if (cardValidFrom.filter(day -> day.isAfter(today)).isPresent()) {
                throw new InvalidRequestException("cards[" + i + "].cardValidFrom", "must not be in the future");
            }
            return new OrderCardsCommand.CardToOrder(CprPathParameter.parse("cards[" + i + "].cpr", card.getCpr()), reason,
                    cardValidFrom);
        }).toList();
    }
}
