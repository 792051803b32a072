package dk.sygesikring.adapters.rest.contract;

import java.util.List;
import java.util.Optional;

/**
 * One operation of the contract: what its path, query, headers and JSON body must be.
 *
 * @param path the path template as the contract writes it, e.g. {@code /persons/{cpr}/group-changes}
 * @param body the schema of an {@code application/json} request body, if it takes one
 */
record Operation(String method, String path, List<Parameter> parameters, Optional<Schema> body, boolean bodyRequired) {

    Operation {
        parameters = List.copyOf(parameters);
    }
}
