package dk.sygesikring.adapters.rest.doctorchoice;

import static dk.sygesikring.adapters.rest.problem.Outcomes.valueOrRefuse;

import dk.sygesikring.adapters.rest.card.CardPayments;
import dk.sygesikring.adapters.rest.forloeb.ForloebDtoMapper;
import dk.sygesikring.adapters.rest.idempotency.IdempotencyKeyHeader;
import dk.sygesikring.adapters.rest.person.CprPathParameter;
import dk.sygesikring.adapters.rest.problem.InvalidRequestException;
import dk.sygesikring.adapters.rest.security.CurrentActor;
import dk.sygesikring.api.DoctorChoicesApi;
import dk.sygesikring.api.model.AddressDto;
import dk.sygesikring.api.model.ChoiceReasonDto;
import dk.sygesikring.api.model.ChosenPersonAvailabilityDto;
import dk.sygesikring.api.model.ChosenPersonDto;
import dk.sygesikring.api.model.ConsentAnswerDto;
import dk.sygesikring.api.model.ConsentRequestDto;
import dk.sygesikring.api.model.DispensationAnswerDto;
import dk.sygesikring.api.model.DoctorChoiceDto;
import dk.sygesikring.api.model.DoctorChoiceRequestDto;
import dk.sygesikring.api.model.DoctorChoiceStateDto;
import dk.sygesikring.api.model.PersonToChooseDto;
import dk.sygesikring.application.card.CardOrdersUseCase;
import dk.sygesikring.application.doctorchoice.ChooseDoctorCommand;
import dk.sygesikring.application.doctorchoice.ChooseDoctorUseCase;
import dk.sygesikring.application.doctorchoice.DoctorChoiceCase;
import dk.sygesikring.application.doctorchoice.DoctorChoiceUseCase;
import dk.sygesikring.application.forloeb.ForloebView;
import dk.sygesikring.domain.doctorchoice.ChoiceReason;
import dk.sygesikring.domain.doctorchoice.ChosenPerson;
import dk.sygesikring.domain.doctorchoice.Consent;
import dk.sygesikring.domain.doctorchoice.ConsentAnswer;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class DoctorChoicesController implements DoctorChoicesApi {

    private final ChooseDoctorUseCase chooseDoctor;
    private final DoctorChoiceUseCase doctorChoices;
    private final CardOrdersUseCase cardOrders;
    private final CurrentActor currentActor;
    private final Clock clock;

    DoctorChoicesController(ChooseDoctorUseCase chooseDoctor, DoctorChoiceUseCase doctorChoices, CardOrdersUseCase cardOrders,
                            CurrentActor currentActor, Clock clock) {
        this.cardOrders = cardOrders;
        this.chooseDoctor = chooseDoctor;
        this.doctorChoices = doctorChoices;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public HttpResponse<DoctorChoiceDto> chooseDoctor(DoctorChoiceRequestDto request, String idempotencyKey) {
        List<PersonToChooseDto> persons = request.getPersons();
        ChooseDoctorCommand command = new ChooseDoctorCommand(currentActor.get(),
                java.util.stream.IntStream.range(0, persons.size()).mapToObj(i -> new ChooseDoctorCommand.PersonToChoose(
                        CprPathParameter.parse("persons[" + i + "].cpr", persons.get(i).getCpr()),
                        Optional.ofNullable(persons.get(i).getConsent()).map(answer -> ConsentAnswer.valueOf(answer.name()))))
                        .toList(),
                ProviderNumber.of(request.getProviderNumber()), request.getValidFrom(),
                ChoiceReason.valueOf(request.getReason().name()), Boolean.TRUE.equals(request.getForce()),
                Optional.ofNullable(request.getPartnerCpr()).map(partner -> CprPathParameter.parse("partnerCpr", partner)),
                Optional.ofNullable(request.getNewAddress()).map(DoctorChoicesController::address),
                IdempotencyKeyHeader.parse(idempotencyKey));
        return HttpResponse.accepted().body(toDto(valueOrRefuse(chooseDoctor.choose(command))));
    }

    @Override
    public DoctorChoiceDto getDoctorChoice(UUID forloebId) {
        return toDto(valueOrRefuse(doctorChoices.read(currentActor.get(), new ForloebId(forloebId))));
    }

    @Override
    public DoctorChoiceDto settleConsent(UUID forloebId, String cpr, ConsentRequestDto request) {
        return toDto(valueOrRefuse(doctorChoices.settleConsent(currentActor.get(), new ForloebId(forloebId),
                CprPathParameter.parse(cpr), ConsentAnswer.valueOf(request.getAnswer().name()))));
    }

    @Override
    public DoctorChoiceDto answerDispensation(UUID forloebId, DispensationAnswerDto answer) {
        return toDto(valueOrRefuse(doctorChoices.answerDispensation(currentActor.get(), new ForloebId(forloebId),
                answer.getApproved(), answer.getNote())));
    }

    private static Address address(AddressDto dto) {
        try {
            Coordinates coordinates = dto.getLatitude() != null && dto.getLongitude() != null
                    ? new Coordinates(dto.getLatitude(), dto.getLongitude()) : null;
            return new Address(dto.getStreet(), dto.getHouseNumber(), dto.getFloor(), dto.getDoor(), dto.getPostcode(),
                    dto.getCity(), dto.getRoadCode(), MunicipalityCode.of(dto.getMunicipalityCode()), dto.getAddressId(),
                    coordinates);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("newAddress", e.getMessage());
        }
    }

    private DoctorChoiceDto toDto(DoctorChoiceCase found) {
        DoctorChoice choice = found.choice();
        LocalDate today = LocalDate.now(clock);
        // a reader who may see only one person's part gets that person and the forløb's summary (ROLE-3)
        DoctorChoiceDto dto = new DoctorChoiceDto(choice.forloebId().value(), choice.municipality().value(),
                choice.providerNumber().value(), choice.validFrom(), ChoiceReasonDto.valueOf(choice.reason().name()),
                choice.forced(), choice.createdOn(), DoctorChoiceStateDto.valueOf(choice.state().name()),
                choice.persons().stream()
                        .filter(person -> found.onlyPartOf().map(person.cpr()::equals).orElse(true))
                        .map(person -> toDto(person, today)).toList(),
                ForloebDtoMapper.toDto(found.onlyPartOf().isPresent()
                        ? new ForloebView.Summary(found.forloeb()) : new ForloebView.Full(found.forloeb())));
        switch (choice.state()) {
            case DoctorChoiceState.AwaitingDispensation awaiting -> dto.dispensationAnswerBy(awaiting.answerBy());
            case DoctorChoiceState.InEffect inEffect -> dto.decidedAt(ForloebDtoMapper.time(inEffect.since()));
            case DoctorChoiceState.Rejected rejected -> dto.decidedAt(ForloebDtoMapper.time(rejected.at()))
                    .decidedBy(ForloebDtoMapper.actor(rejected.by())).rejectedSilently(rejected.silent());
            case DoctorChoiceState.RefusedByLuna refused -> dto.decidedAt(ForloebDtoMapper.time(refused.at()))
                    .decidedBy(ForloebDtoMapper.actor(refused.by())).lunaRefusal(refused.reason());
            case DoctorChoiceState.Cancelled cancelled -> dto.decidedAt(ForloebDtoMapper.time(cancelled.at()))
                    .decidedBy(ForloebDtoMapper.actor(cancelled.by()));
            case DoctorChoiceState.AwaitingMoveEvent awaiting -> { }
            case DoctorChoiceState.AwaitingLuna awaiting -> { }
        }
        if (found.onlyPartOf().isPresent()) {
            dto.decidedBy(null); // may be the other custodian
        }
        cardOrders.paymentOf(currentActor.get(), choice.forloebId()).ifPresent(payment -> dto.payment(CardPayments.toDto(payment)));
        return dto;
    }

    private static ChosenPersonDto toDto(ChosenPerson person, LocalDate today) {
        ChosenPersonDto dto = new ChosenPersonDto(person.cpr().value(),
                ConsentAnswerDto.valueOf(person.consent().recorded().name()),
                ConsentAnswerDto.valueOf(person.consent().effectiveOn(today).name()),
                ChosenPersonAvailabilityDto.valueOf(person.basis().verdict().name()), person.basis().rule(),
                person.basis().reason());
        if (person.consent() instanceof Consent.DontKnow dontKnow) {
            dto.consentSettleBy(dontKnow.lastDayToSettle());
        }
        return dto;
    }
}
