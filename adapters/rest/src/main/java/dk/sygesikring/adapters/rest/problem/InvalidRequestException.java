package dk.sygesikring.adapters.rest.problem;

import dk.sygesikring.api.model.InvalidParamDto;
import java.util.List;

/** Bad input found by a controller; answered as 400 with the offending parameters. */
public class InvalidRequestException extends RuntimeException {

    private final List<InvalidParamDto> invalidParams;

    public InvalidRequestException(String name, String reason) {
        this(List.of(new InvalidParamDto(name, reason)));
    }

    public InvalidRequestException(List<InvalidParamDto> invalidParams) {
        super(invalidParams.toString(), null, false, false);
        this.invalidParams = List.copyOf(invalidParams);
    }

    public List<InvalidParamDto> invalidParams() {
        return invalidParams;
    }
}
