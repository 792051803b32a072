package dk.sygesikring.adapters.rest.doctorchoice;

import static dk.sygesikring.adapters.rest.problem.Outcomes.valueOrRefuse;

import dk.sygesikring.adapters.rest.person.CprPathParameter;
import dk.sygesikring.adapters.rest.security.CurrentActor;
import dk.sygesikring.api.DoctorChoiceApi;
import dk.sygesikring.api.model.ChoiceListDto;
import dk.sygesikring.api.model.ChoiceListEntryAvailabilityDto;
import dk.sygesikring.api.model.ChoiceListEntryDto;
import dk.sygesikring.api.model.DoctorChoiceHistoryDto;
import dk.sygesikring.api.model.DoctorChoiceHistoryRowDto;
import dk.sygesikring.api.model.DoctorChoiceHistoryRowKindDto;
import dk.sygesikring.api.model.GetDoctorChoiceHistoryViewParameterDto;
import dk.sygesikring.api.model.GroupNumberDto;
import dk.sygesikring.application.doctorchoice.ChoiceListUseCase;
import dk.sygesikring.application.doctorchoice.DoctorChoiceHistory;
import dk.sygesikring.application.doctorchoice.DoctorChoiceHistoryUseCase;
import dk.sygesikring.domain.doctorchoice.ChoiceList;
import dk.sygesikring.domain.doctorchoice.ChoiceListEntry;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.ZoneOffset;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class DoctorChoiceController implements DoctorChoiceApi {

    private final ChoiceListUseCase choiceList;
    private final DoctorChoiceHistoryUseCase history;
    private final CurrentActor currentActor;

    DoctorChoiceController(ChoiceListUseCase choiceList, DoctorChoiceHistoryUseCase history, CurrentActor currentActor) {
        this.choiceList = choiceList;
        this.history = history;
        this.currentActor = currentActor;
    }

    @Override
    public DoctorChoiceHistoryDto getDoctorChoiceHistory(String cpr, GetDoctorChoiceHistoryViewParameterDto view) {
        DoctorChoiceHistoryUseCase.View asked = switch (view == null ? GetDoctorChoiceHistoryViewParameterDto.REGISTRATIONS : view) {
            case CURRENT -> DoctorChoiceHistoryUseCase.View.CURRENT;
            case CARD_ORDERS -> DoctorChoiceHistoryUseCase.View.CARD_ORDERS;
            case REGISTRATIONS -> DoctorChoiceHistoryUseCase.View.REGISTRATIONS;
        };
        DoctorChoiceHistory found = valueOrRefuse(history.history(currentActor.get(), CprPathParameter.parse(cpr), asked));
        return new DoctorChoiceHistoryDto(found.cpr().value(), found.lunaAnswered(),
                found.rows().stream().map(DoctorChoiceController::toDto).toList());
    }

    private static DoctorChoiceHistoryRowDto toDto(DoctorChoiceHistory.Row row) {
        DoctorChoiceHistoryRowDto dto = new DoctorChoiceHistoryRowDto(DoctorChoiceHistoryRowKindDto.valueOf(row.kind().name()),
                GroupNumberDto.fromValue(row.group().number()), row.validFrom(), row.registeredAt().atOffset(ZoneOffset.UTC),
                row.registrationId(), row.text())
                .validTo(row.validTo());
        if (row.providerNumber() != null) {
            dto.providerNumber(row.providerNumber().value());
        }
        if (row.forloebId() != null) {
            dto.forloebId(row.forloebId().value());
        }
        return dto;
    }

    @Override
    public ChoiceListDto getChoiceList(String cpr) {
        ChoiceList list = valueOrRefuse(choiceList.choiceList(currentActor.get(), CprPathParameter.parse(cpr)));
        return switch (list) {
            case ChoiceList.Listed listed -> new ChoiceListDto(listed.cpr().value(), true, listed.limit().kilometres(),
                    listed.entries().stream().map(DoctorChoiceController::toDto).toList());
            case ChoiceList.NotListed notListed -> new ChoiceListDto(notListed.cpr().value(), false, 0.0, java.util.List.of())
                    .notListedReason(notListed.why().reason());
        };
    }

    private static ChoiceListEntryDto toDto(ChoiceListEntry entry) {
        return new ChoiceListEntryDto(entry.practitioner().providerNumber().value(), entry.practitioner().practiceName(),
                entry.practitioner().municipalityCode().value(), entry.practitioner().address().display(),
                entry.distanceKilometres(), entry.openForPerson(),
                ChoiceListEntryAvailabilityDto.valueOf(entry.availability().verdict().name()),
                entry.availability().rule(), entry.availability().reason());
    }
}
