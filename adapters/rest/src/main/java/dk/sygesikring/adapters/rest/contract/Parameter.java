package dk.sygesikring.adapters.rest.contract;

/**
 * A parameter of an operation as the contract declares it.
 *
 * @param in      {@code path}, {@code query} or {@code header}
 * @param explode for an array in the query: one {@code name=value} per item (the default) rather than one comma list
 */
record Parameter(String name, String in, boolean required, boolean explode, Schema schema) {
}
