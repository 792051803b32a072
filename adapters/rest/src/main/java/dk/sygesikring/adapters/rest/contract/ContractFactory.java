package dk.sygesikring.adapters.rest.contract;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;

/** Reads the contract once, when the service starts: a contract the request check cannot read stops the start. */
@Factory
class ContractFactory {

    @Context
    ApiContract apiContract() {
        return ApiContract.load();
    }
}
