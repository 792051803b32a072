package dk.sygesikring.adapters.rest.letter.regional;

import static dk.sygesikring.adapters.rest.problem.Outcomes.valueOrRefuse;

import dk.sygesikring.adapters.rest.person.CprPathParameter;
import dk.sygesikring.adapters.rest.problem.InvalidRequestException;
import dk.sygesikring.adapters.rest.security.CurrentActor;
import dk.sygesikring.api.RegionalLettersApi;
import dk.sygesikring.api.model.RegionalLetterChannelDto;
import dk.sygesikring.api.model.RegionalLetterDto;
import dk.sygesikring.api.model.RegionalLettersDto;
import dk.sygesikring.application.letter.regional.LookUpRegionalLettersQuery;
import dk.sygesikring.application.letter.regional.LookUpRegionalLettersUseCase;
import dk.sygesikring.application.letter.regional.RegionalLetters;
import dk.sygesikring.application.port.out.luna.RegionalLetter;
import dk.sygesikring.domain.letter.InvalidPeriodException;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.LocalDate;
import java.util.Locale;

/** "Hent regionale breve" (LET-7); a period the configuration does not allow is a 400 naming its end. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class RegionalLettersController implements RegionalLettersApi {

    private final LookUpRegionalLettersUseCase regionalLetters;
    private final CurrentActor currentActor;

    RegionalLettersController(LookUpRegionalLettersUseCase regionalLetters, CurrentActor currentActor) {
        this.regionalLetters = regionalLetters;
        this.currentActor = currentActor;
    }

    @Override
    public RegionalLettersDto listRegionalLetters(String cpr, LocalDate from, LocalDate to) {
        LookUpRegionalLettersQuery query = new LookUpRegionalLettersQuery(currentActor.get(), CprPathParameter.parse(cpr),
                from, to);
        try {
            return toDto(valueOrRefuse(regionalLetters.lookUp(query)));
        } catch (InvalidPeriodException invalid) {
            throw new InvalidRequestException(invalid.end().name().toLowerCase(Locale.ROOT), invalid.reason());
        }
    }

    private static RegionalLettersDto toDto(RegionalLetters found) {
        return new RegionalLettersDto(found.cpr().value(), found.period().from(), found.period().to(),
                found.letters().stream().map(RegionalLettersController::toDto).toList());
    }

    private static RegionalLetterDto toDto(RegionalLetter letter) {
        RegionalLetterDto dto = new RegionalLetterDto(letter.letterId(), letter.regionCode(), letter.regionName(),
                letter.sentDate(), letter.title());
        return letter.channel() == null ? dto : dto.channel(RegionalLetterChannelDto.valueOf(letter.channel().name()));
    }
}
