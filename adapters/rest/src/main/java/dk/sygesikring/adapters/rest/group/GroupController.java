package dk.sygesikring.adapters.rest.group;

import static dk.sygesikring.adapters.rest.problem.Outcomes.valueOrRefuse;

import dk.sygesikring.adapters.rest.card.CardPayments;
import dk.sygesikring.adapters.rest.forloeb.ForloebDtoMapper;
import dk.sygesikring.adapters.rest.person.CprPathParameter;
import dk.sygesikring.adapters.rest.security.CurrentActor;
import dk.sygesikring.api.GroupsApi;
import dk.sygesikring.api.model.ForloebDto;
import dk.sygesikring.api.model.GroupChangeRequestDto;
import dk.sygesikring.api.model.GroupNumberDto;
import dk.sygesikring.api.model.GroupOverviewDto;
import dk.sygesikring.api.model.InsuranceRegistrationDto;
import dk.sygesikring.application.card.CardOrdersUseCase;
import dk.sygesikring.application.group.ChangeGroupCommand;
import dk.sygesikring.application.group.ChangeGroupUseCase;
import dk.sygesikring.application.group.GroupOverview;
import dk.sygesikring.application.group.ReadGroupUseCase;
import dk.sygesikring.adapters.rest.idempotency.IdempotencyKeyHeader;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.ZoneOffset;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class GroupController implements GroupsApi {

    private final ChangeGroupUseCase changeGroup;
    private final ReadGroupUseCase readGroup;
    private final CardOrdersUseCase cardOrders;
    private final CurrentActor currentActor;

    GroupController(ChangeGroupUseCase changeGroup, ReadGroupUseCase readGroup, CardOrdersUseCase cardOrders,
                    CurrentActor currentActor) {
        this.changeGroup = changeGroup;
        this.readGroup = readGroup;
        this.cardOrders = cardOrders;
        this.currentActor = currentActor;
    }

    @Override
    public HttpResponse<ForloebDto> changeGroup(String cpr, GroupChangeRequestDto request, String idempotencyKey) {
        ChangeGroupCommand command = new ChangeGroupCommand(currentActor.get(), CprPathParameter.parse(cpr),
                Sikringsgruppe.ofNumber(request.getGroup().getValue()).orElseThrow(), request.getValidFrom(),
                IdempotencyKeyHeader.parse(idempotencyKey));
        Forloeb changed = valueOrRefuse(changeGroup.changeGroup(command));
        // CARD-12: a citizen's own change between 1 and 2 costs the card, paid in Nets's checkout from here
        return HttpResponse.accepted().body(CardPayments.withPayment(ForloebDtoMapper.toDto(changed),
                cardOrders.paymentOf(currentActor.get(), changed.id())));
    }

    @Override
    public GroupOverviewDto getGroup(String cpr) {
        Cpr person = CprPathParameter.parse(cpr);
        GroupOverview overview = valueOrRefuse(readGroup.readGroup(currentActor.get(), person));
        GroupOverviewDto dto = new GroupOverviewDto(person.value(),
                overview.upcoming().stream().map(GroupController::toDto).toList(),
                overview.pending().stream().map(ForloebDtoMapper::toDto).toList());
        overview.inForce().ifPresent(inForce -> dto.inForce(toDto(inForce)));
        return dto;
    }

    private static InsuranceRegistrationDto toDto(InsuranceRegistration registration) {
        InsuranceRegistrationDto dto = new InsuranceRegistrationDto(GroupNumberDto.fromValue(registration.group().number()),
                registration.validFrom(), registration.registeredAt().atOffset(ZoneOffset.UTC), registration.registrationId());
        if (registration.forloebId() != null) {
            dto.forloebId(registration.forloebId().value());
        }
        registration.doctor().ifPresent(doctor -> dto.providerNumber(doctor.value()));
        return dto;
    }
}
